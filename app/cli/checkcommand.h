// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace framefit::cli {

// framefit-cli check: `arguments` starts with the program name, without the word "check".
int runCheck(const QStringList& arguments);

} // namespace framefit::cli
