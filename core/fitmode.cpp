// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitmode.h"

namespace framefit {

QString fitModeName(FitMode mode) {
    switch (mode) {
    case FitMode::Cover:
        return QStringLiteral("cover");
    case FitMode::Pad:
        return QStringLiteral("pad");
    case FitMode::Stretch:
        return QStringLiteral("stretch");
    }
    return {};
}

std::optional<FitMode> parseFitMode(QStringView text) {
    for (FitMode mode : {FitMode::Cover, FitMode::Pad, FitMode::Stretch}) {
        if (text.compare(fitModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace framefit
