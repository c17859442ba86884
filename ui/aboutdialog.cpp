// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace framefit {

namespace {

QLabel* addLabel(QVBoxLayout* layout, const QString& objectName, const QString& text) {
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    layout->addWidget(label);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent, const QString& sampleLicencePath)
    : QDialog(parent) {
    setWindowTitle(tr("About FrameFit"));
    // Wide enough for the licence to read as a paragraph, in any font size.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto* layout = new QVBoxLayout(this);

    auto* icon = new QLabel;
    icon->setPixmap(QPixmap(QStringLiteral(":/icons/framefit-128.png")));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);

    addLabel(layout, QStringLiteral("versionLabel"),
             QStringLiteral("<h2>%1</h2>")
                 .arg(tr("FrameFit %1").arg(QStringLiteral(FRAMEFIT_VERSION)).toHtmlEscaped()))
        ->setAlignment(Qt::AlignHCenter);
    addLabel(layout, QStringLiteral("summaryLabel"),
             tr("Prepares reference pictures at exactly the pixel size the Sora video API "
                "requires."));
    addLabel(layout, QStringLiteral("licenceLabel"),
             tr("FrameFit is free software: you can redistribute it and change it under the terms "
                "of the GNU General Public License, version 3 or any later version "
                "(GPL-3.0-or-later). It comes with no warranty."));

    // Names and licence identifiers are proper names: they stay as they are in every language.
    const QString libraries = QStringLiteral("<ul>"
                                             "<li>Qt %1 (LGPL-3.0-only)</li>"
                                             "<li>libjpeg-turbo (IJG, BSD-3-Clause)</li>"
                                             "<li>libwebp (BSD-3-Clause)</li>"
                                             "<li>Little CMS (MIT)</li>"
                                             "<li>QtKeychain (BSD-3-Clause)</li>"
                                             "</ul>")
                                  .arg(QString::fromLatin1(qVersion()));
    addLabel(layout, QStringLiteral("librariesLabel"),
             QStringLiteral("<p>%1</p>%2").arg(tr("Built with:").toHtmlEscaped(), libraries));

    QFile sample(sampleLicencePath);
    if (!sampleLicencePath.isEmpty() && sample.open(QIODevice::ReadOnly | QIODevice::Text)) {
        addLabel(layout, QStringLiteral("sampleHeading"), tr("The sample picture:"));
        auto* text = new QPlainTextEdit(QString::fromUtf8(sample.readAll()));
        text->setObjectName(QStringLiteral("sampleLicenceText"));
        text->setReadOnly(true);
        text->setMaximumHeight(fontMetrics().lineSpacing() * 8);
        layout->addWidget(text);
    }

    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace framefit
