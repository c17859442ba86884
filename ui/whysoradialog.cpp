// SPDX-License-Identifier: GPL-3.0-or-later
#include "whysoradialog.h"

#include "core/targets.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace framefit {

WhySoraDialog::WhySoraDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Why Sora rejects images"));
    auto* layout = new QVBoxLayout(this);

    auto* rule = new QLabel(
        tr("Sora starts the video from your reference image, so the API accepts it only when its "
           "width and height are exactly the size of the video you ask for. A picture even one "
           "pixel larger or smaller is rejected, which is why FrameFit crops, pads or stretches it "
           "to exactly that size first."));
    rule->setObjectName(QStringLiteral("ruleLabel"));
    rule->setWordWrap(true);
    layout->addWidget(rule);

    const auto targets = targetSizes();
    auto* table = new QTableWidget(int(targets.size()), 3);
    table->setObjectName(QStringLiteral("sizesTable"));
    table->setHorizontalHeaderLabels({tr("Video size"), tr("Orientation"), tr("Models")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < int(targets.size()); ++row) {
        const QSize size = targets[row].size;
        const QString orientation = size.width() > size.height() ? tr("Landscape") : tr("Portrait");
        const QString models = QLocale().createSeparatedList(modelsAccepting(size));
        table->setItem(row, 0, new QTableWidgetItem(sizeToString(size)));
        table->setItem(row, 1, new QTableWidgetItem(orientation));
        table->setItem(row, 2, new QTableWidgetItem(models));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    // Four rows: show them all, with no scroll bar and no empty space below.
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
    layout->addWidget(table);

    auto* hint = new QLabel(tr("Pick the same size in FrameFit as in your video request, and a "
                               "model that takes it."));
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

} // namespace framefit
