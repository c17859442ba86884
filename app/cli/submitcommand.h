// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace framefit::cli {

// framefit-cli submit: `arguments` starts with the program name, without the word "submit".
// The contract is the "framefit-cli submit" section of shared/spec/sora-api.md.
int runSubmit(const QStringList& arguments);

} // namespace framefit::cli
