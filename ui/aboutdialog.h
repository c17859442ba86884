// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

namespace framefit {

// Help > About FrameFit: version, licence, the libraries FrameFit is built on and the licence of
// the bundled sample picture.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // `sampleLicencePath` is read when it exists; the sample section is left out otherwise.
    explicit AboutDialog(QWidget* parent = nullptr,
                         const QString& sampleLicencePath = QStringLiteral(":/sample-LICENSE.txt"));
};

} // namespace framefit
