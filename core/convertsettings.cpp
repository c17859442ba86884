// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertsettings.h"

#include <QRegularExpression>

namespace framefit {

std::optional<QColor> parseHexColour(QStringView text) {
    static const QRegularExpression pattern(QStringLiteral("\\A#[0-9a-fA-F]{6}\\z"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return QColor::fromString(text);
}

} // namespace framefit
