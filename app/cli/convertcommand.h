// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace framefit::cli {

// framefit-cli convert: `arguments` starts with the program name, without the word "convert".
int runConvert(const QStringList& arguments);

} // namespace framefit::cli
