// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace framefit {

// Help > Why Sora rejects images: the exact-size rule and the sizes each model takes, read from
// core/targets.h so the page can never disagree with what FrameFit produces.
class WhySoraDialog : public QDialog {
    Q_OBJECT
public:
    explicit WhySoraDialog(QWidget* parent = nullptr);
};

} // namespace framefit
