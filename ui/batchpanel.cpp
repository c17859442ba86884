// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchpanel.h"

#include "batchmodel.h"
#include "core/inputcollector.h"
#include "core/targets.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace framefit {

namespace {

void setSwatch(QPushButton* button, const QColor& colour) {
    QPixmap swatch(16, 16);
    swatch.fill(colour);
    button->setIcon(QIcon(swatch));
    button->setText(colour.name().toUpper());
}

} // namespace

BatchPanel::BatchPanel(QWidget* parent)
    : QWidget(parent)
    , m_runner(new BatchRunner(this))
    , m_model(new BatchModel(m_runner, this)) {
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    // Adding pictures.
    auto* addRow = new QHBoxLayout;
    m_addFiles = new QPushButton(tr("Add &files…"), this);
    m_addFiles->setToolTip(tr("Add pictures to the batch. You can also drop files and folders "
                              "here."));
    m_addFolder = new QPushButton(tr("Add f&older…"), this);
    m_addFolder->setToolTip(tr("Add every picture directly inside a folder."));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setToolTip(tr("Remove the selected pictures from the batch (the files stay)."));
    auto* hint = new QLabel(tr("Drop pictures or folders here."), this);
    hint->setEnabled(false);
    addRow->addWidget(m_addFiles);
    addRow->addWidget(m_addFolder);
    addRow->addWidget(m_remove);
    addRow->addStretch();
    addRow->addWidget(hint);
    layout->addLayout(addRow);

    auto* defaults = new QGroupBox(tr("Batch defaults"), this);
    buildForm(defaults);
    layout->addWidget(defaults);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setIconSize(QSize(BatchModel::kThumbnailSide, BatchModel::kThumbnailSide * 2 / 3));
    m_view->verticalHeader()->setDefaultSectionSize(52);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(BatchModel::Picture, 270);
    m_view->setColumnWidth(BatchModel::Source, 90);
    m_view->setColumnWidth(BatchModel::Target, 140);
    m_view->setColumnWidth(BatchModel::Mode, 110);
    m_view->setColumnWidth(BatchModel::Readiness, 230);
    m_view->setColumnWidth(BatchModel::Status, 90);
    m_view->setToolTip(tr("Select a picture to adjust its crop in the main view."));
    layout->addWidget(m_view, 1);

    // The selected pictures.
    auto* itemRow = new QHBoxLayout;
    auto* orientationLabel = new QLabel(tr("Or&ientation:"), this);
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Auto (follow the picture)"), int(BatchOrientation::Auto));
    m_orientation->addItem(tr("Landscape"), int(BatchOrientation::Landscape));
    m_orientation->addItem(tr("Portrait"), int(BatchOrientation::Portrait));
    m_orientation->setToolTip(tr("Which size of the pair the selected pictures get. Auto picks "
                                 "the portrait size for pictures taller than wide."));
    orientationLabel->setBuddy(m_orientation);
    m_edit = new QPushButton(tr("&Edit crop…"), this);
    m_edit->setToolTip(tr("Open the selected picture in the crop view to adjust it alone."));
    m_resetEdit = new QPushButton(tr("Reset cro&p"), this);
    m_resetEdit->setToolTip(tr("Use the batch defaults again for the selected pictures."));
    itemRow->addWidget(orientationLabel);
    itemRow->addWidget(m_orientation);
    itemRow->addWidget(m_edit);
    itemRow->addWidget(m_resetEdit);
    itemRow->addStretch();
    layout->addLayout(itemRow);

    // Running.
    auto* runRow = new QHBoxLayout;
    m_run = new QPushButton(tr("Con&vert all"), this);
    m_run->setToolTip(tr("Convert every picture of the batch."));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setToolTip(tr("Stop after the pictures being converted now; no file is left "
                            "half-written."));
    m_retry = new QPushButton(tr("Re&try failed"), this);
    m_retry->setToolTip(tr("Convert again only the pictures that failed."));
    m_openFolder = new QPushButton(tr("Open output fol&der"), this);
    m_openFolder->setToolTip(tr("Show the converted pictures in the file manager."));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_count = new QLabel(this);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_count);
    runRow->addWidget(m_retry);
    runRow->addWidget(m_openFolder);
    layout->addLayout(runRow);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    QFont messageFont = m_message->font();
    messageFont.setBold(true);
    m_message->setFont(messageFont);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_addFiles, &QPushButton::clicked, this, &BatchPanel::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &BatchPanel::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &BatchPanel::removeSelected);
    connect(m_run, &QPushButton::clicked, this, &BatchPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPanel::cancel);
    connect(m_retry, &QPushButton::clicked, this, &BatchPanel::retryFailed);
    connect(m_openFolder, &QPushButton::clicked, this, &BatchPanel::openOutputFolder);
    connect(m_edit, &QPushButton::clicked, this, &BatchPanel::requestEditOfCurrent);
    connect(m_resetEdit, &QPushButton::clicked, this, &BatchPanel::resetSelectionOverrides);
    connect(m_orientation, &QComboBox::activated, this, &BatchPanel::applyOrientationToSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchPanel::requestEditOfCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchPanel::updateControls);
    connect(m_runner, &BatchRunner::progressChanged, this, &BatchPanel::updateProgress);
    connect(m_runner, &BatchRunner::finished, this, &BatchPanel::showSummary);
    connect(m_runner, &BatchRunner::itemsInserted, this, &BatchPanel::updateControls);
    connect(m_runner, &BatchRunner::itemsRemoved, this, &BatchPanel::updateControls);
    readForm();
    updateControls();
}

BatchPanel::~BatchPanel() {
    m_runner->cancel();
}

void BatchPanel::buildForm(QWidget* box) {
    auto* form = new QFormLayout(box);
    m_pair = new QComboBox(box);
    for (const TargetSize& t : targetSizes()) {
        if (t.size.width() < t.size.height())
            continue; // one entry per pair; the orientation picks the size
        m_pair->addItem(tr("%1 or %2 (%3)")
                            .arg(sizeToString(t.size), sizeToString(t.size.transposed()),
                                 modelsAccepting(t.size).join(QStringLiteral(", "))),
                        t.size);
    }
    m_pair->setToolTip(tr("The output size pair. Each picture gets the landscape or the portrait "
                          "size by its orientation setting."));
    form->addRow(tr("Si&ze:"), m_pair);

    m_mode = new QComboBox(box);
    m_mode->addItem(tr("Cover: fill the frame, crop what overflows"), int(FitMode::Cover));
    m_mode->addItem(tr("Pad: fit inside, bars of the background colour"), int(FitMode::Pad));
    m_mode->addItem(tr("Stretch: fill exactly (distorts)"), int(FitMode::Stretch));
    m_mode->setToolTip(tr("How each picture is fitted into the frame, unless you changed it "
                          "for that picture."));
    form->addRow(tr("&Mode:"), m_mode);

    auto* look = new QHBoxLayout;
    m_background = new QPushButton(box);
    m_background->setToolTip(tr("Colour of pad bars and of transparent areas."));
    setSwatch(m_background, m_backgroundColour);
    m_format = new QComboBox(box);
    m_format->addItem(tr("JPEG"), int(ImageFormat::Jpeg));
    m_format->addItem(tr("PNG"), int(ImageFormat::Png));
    m_format->addItem(tr("WebP"), int(ImageFormat::Webp));
    m_format->setToolTip(tr("File format of the outputs."));
    m_quality = new QSpinBox(box);
    m_quality->setRange(1, 100);
    m_quality->setValue(95);
    m_quality->setToolTip(tr("JPEG and WebP quality, 1 to 100."));
    auto* formatLabel = new QLabel(tr("Form&at:"), box);
    formatLabel->setBuddy(m_format);
    auto* qualityLabel = new QLabel(tr("&Quality:"), box);
    qualityLabel->setBuddy(m_quality);
    look->addWidget(m_background);
    look->addSpacing(12);
    look->addWidget(formatLabel);
    look->addWidget(m_format);
    look->addSpacing(12);
    look->addWidget(qualityLabel);
    look->addWidget(m_quality);
    look->addStretch();
    form->addRow(tr("&Background:"), look);
    qobject_cast<QLabel*>(form->labelForField(look))->setBuddy(m_background);

    auto* outRow = new QHBoxLayout;
    m_outputDir = new QLineEdit(box);
    m_outputDir->setPlaceholderText(tr("Beside each picture"));
    m_outputDir->setToolTip(tr("Where the outputs go; empty puts each beside its picture. "
                               "Created if missing."));
    auto* browse = new QPushButton(tr("C&hoose…"), box);
    browse->setToolTip(tr("Choose the output folder."));
    outRow->addWidget(m_outputDir, 1);
    outRow->addWidget(browse);
    form->addRow(tr("Output fo&lder:"), outRow);
    qobject_cast<QLabel*>(form->labelForField(outRow))->setBuddy(m_outputDir);

    m_pattern = new QLineEdit(defaultNamePattern(), box);
    m_pattern->setToolTip(tr("Output file names: {stem} is the picture's name without its "
                             "extension, {w} and {h} the output size, {ext} the format's "
                             "extension."));
    m_patternProblem = new QLabel(box);
    m_patternProblem->setStyleSheet(QStringLiteral("color: #a00000"));
    auto* patternRow = new QHBoxLayout;
    patternRow->addWidget(m_pattern, 1);
    patternRow->addWidget(m_patternProblem);
    form->addRow(tr("&Names:"), patternRow);
    qobject_cast<QLabel*>(form->labelForField(patternRow))->setBuddy(m_pattern);

    connect(m_pair, &QComboBox::currentIndexChanged, this, &BatchPanel::readForm);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BatchPanel::readForm);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BatchPanel::readForm);
    connect(m_quality, &QSpinBox::valueChanged, this, &BatchPanel::readForm);
    connect(m_outputDir, &QLineEdit::textChanged, this, &BatchPanel::readForm);
    connect(m_pattern, &QLineEdit::textChanged, this, &BatchPanel::readForm);
    connect(m_background, &QPushButton::clicked, this, &BatchPanel::chooseBackground);
    connect(browse, &QPushButton::clicked, this, &BatchPanel::chooseOutputDir);
}

void BatchPanel::readForm() {
    BatchSettings s = m_runner->settings();
    s.picture.target = m_pair->currentData().toSize();
    s.picture.mode = FitMode(m_mode->currentData().toInt());
    s.picture.background = m_backgroundColour;
    s.picture.format = ImageFormat(m_format->currentData().toInt());
    s.picture.quality = m_quality->value();
    s.outputDir = m_outputDir->text().trimmed();
    s.namePattern = m_pattern->text();
    m_quality->setEnabled(s.picture.format != ImageFormat::Png);
    m_runner->setSettings(s);
    m_model->refreshAll();
    updateControls();
    emit settingsChanged();
}

BatchSettings BatchPanel::settings() const {
    return m_runner->settings();
}

void BatchPanel::setSettings(const BatchSettings& s) {
    const QSize landscape = orientedTarget(s.picture.target, BatchOrientation::Landscape, {});
    m_pair->setCurrentIndex(std::max(0, m_pair->findData(landscape)));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(s.picture.mode))));
    m_backgroundColour = s.picture.background;
    setSwatch(m_background, m_backgroundColour);
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(s.picture.format))));
    m_quality->setValue(s.picture.quality);
    m_outputDir->setText(s.outputDir);
    m_pattern->setText(s.namePattern.isEmpty() ? defaultNamePattern() : s.namePattern);
    BatchSettings kept = s;
    kept.picture.target = landscape;
    m_runner->setSettings(kept);
    readForm();
}

void BatchPanel::updateControls() {
    const bool running = m_runner->isRunning();
    const bool hasItems = m_runner->count() > 0;
    const QString problem = namePatternProblem(m_pattern->text());
    m_patternProblem->setText(problem);
    const bool hasSelection = !selectedRows().isEmpty();
    m_run->setEnabled(!running && hasItems && problem.isEmpty());
    m_cancel->setEnabled(running && !m_runner->isCancelling());
    m_retry->setEnabled(!running && m_runner->summary().failed > 0);
    m_remove->setEnabled(!running && hasSelection);
    m_orientation->setEnabled(!running && hasSelection);
    m_edit->setEnabled(!running && hasSelection);
    m_resetEdit->setEnabled(!running && hasSelection);
    bool anyOutput = false;
    for (int i = 0; i < m_runner->count() && !anyOutput; ++i)
        anyOutput = !m_runner->item(i).output.isEmpty();
    m_openFolder->setEnabled(anyOutput || !m_outputDir->text().trimmed().isEmpty());
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty()) {
        const int index = m_orientation->findData(int(m_runner->item(rows.first()).orientation));
        m_orientation->setCurrentIndex(index);
    }
}

QList<int> BatchPanel::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int BatchPanel::addPaths(const QStringList& paths) {
    QSet<QString> present;
    for (int i = 0; i < m_runner->count(); ++i)
        present.insert(QFileInfo(m_runner->item(i).input).absoluteFilePath());
    QStringList files;
    QStringList problems;
    for (const InputEntry& entry : collectInputs(paths, false)) {
        if (!entry.error.isEmpty()) {
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(entry.path), entry.error);
            continue;
        }
        const QString absolute = QFileInfo(entry.path).absoluteFilePath();
        if (present.contains(absolute))
            continue;
        present.insert(absolute);
        files << absolute;
    }
    m_runner->addItems(files);
    if (!problems.isEmpty())
        m_message->setText(problems.join(u'\n'));
    else if (!files.isEmpty())
        m_message->setText(tr("%n picture(s) in the batch.", nullptr, m_runner->count()));
    return int(files.size());
}

void BatchPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void BatchPanel::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    addPaths(paths);
    event->acceptProposedAction();
}

void BatchPanel::addFiles() {
    QStringList patterns;
    for (const QString& ext : pictureExtensions())
        patterns << QStringLiteral("*.") + ext;
    auto* dialog = new QFileDialog(this, tr("Add pictures"), m_lastFolder,
                                   tr("Pictures (%1)").arg(patterns.join(u' ')));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& files) {
        if (!files.isEmpty())
            m_lastFolder = QFileInfo(files.first()).path();
        addPaths(files);
    });
    dialog->open();
}

void BatchPanel::addFolder() {
    auto* dialog = new QFileDialog(this, tr("Add a folder of pictures"), m_lastFolder);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_lastFolder = dir;
        addPaths({dir});
    });
    dialog->open();
}

void BatchPanel::chooseOutputDir() {
    auto* dialog = new QFileDialog(this, tr("Output folder"), m_outputDir->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_outputDir, &QLineEdit::setText);
    dialog->open();
}

void BatchPanel::chooseBackground() {
    auto* dialog = new QColorDialog(m_backgroundColour, this);
    dialog->setWindowTitle(tr("Background colour"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor& colour) {
        m_backgroundColour = colour;
        setSwatch(m_background, colour);
        readForm();
    });
    dialog->open();
}

void BatchPanel::removeSelected() {
    m_runner->removeItems(selectedRows());
}

QString BatchPanel::itemPath(BatchItemId id) const {
    const int row = m_runner->rowOf(id);
    return row < 0 ? QString() : m_runner->item(row).input;
}

std::optional<ConvertSettings> BatchPanel::itemSettings(BatchItemId id) const {
    const int row = m_runner->rowOf(id);
    if (row < 0)
        return std::nullopt;
    return framefit::itemSettings(m_runner->settings(), m_runner->item(row));
}

bool BatchPanel::setItemOverride(BatchItemId id, std::optional<CropBounds> crop,
                                 std::optional<FitMode> mode) {
    const int row = m_runner->rowOf(id);
    if (row < 0)
        return false;
    m_runner->setCrop(row, crop);
    m_runner->setMode(row, mode);
    return true;
}

bool BatchPanel::setItemOrientation(BatchItemId id, BatchOrientation orientation) {
    const int row = m_runner->rowOf(id);
    if (row < 0)
        return false;
    m_runner->setOrientation(row, orientation);
    return true;
}

void BatchPanel::setExistingOutputAnswer(std::optional<ExistingOutput> answer) {
    m_presetAnswer = answer;
}

void BatchPanel::requestEditOfCurrent() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const BatchItem& item = m_runner->item(current.row());
    emit editRequested(item.id, item.input, framefit::itemSettings(m_runner->settings(), item));
}

void BatchPanel::applyOrientationToSelection() {
    const auto orientation = BatchOrientation(m_orientation->currentData().toInt());
    for (int row : selectedRows())
        m_runner->setOrientation(row, orientation);
}

void BatchPanel::resetSelectionOverrides() {
    for (int row : selectedRows()) {
        m_runner->setCrop(row, std::nullopt);
        m_runner->setMode(row, std::nullopt);
    }
}

void BatchPanel::run() {
    if (m_runner->isRunning() || m_runner->count() == 0)
        return;
    readForm();
    // Asked once per run, before anything is written. A picture whose size is not known yet
    // may get either size of the pair, so both of its possible outputs count.
    const BatchSettings s = m_runner->settings();
    QStringList existing;
    for (int i = 0; i < m_runner->count(); ++i) {
        BatchItem item = m_runner->item(i);
        QStringList candidates{plannedOutputPath(s, item)};
        if (!item.uprightSize.isValid() && item.orientation == BatchOrientation::Auto) {
            item.orientation = BatchOrientation::Portrait;
            candidates << plannedOutputPath(s, item);
        }
        for (const QString& path : candidates) {
            if (QFileInfo::exists(path))
                existing << path;
        }
    }
    if (existing.isEmpty() || m_presetAnswer) {
        startWith(m_presetAnswer.value_or(ExistingOutput::Skip));
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Outputs already exist"),
        tr("%n output file(s) already exist, for example %1.", nullptr, int(existing.size()))
            .arg(QDir::toNativeSeparators(existing.first())),
        QMessageBox::NoButton, this);
    box->setInformativeText(tr("What should the batch do with them?"));
    QPushButton* overwrite = box->addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwrite"));
    QPushButton* skip = box->addButton(tr("&Skip those pictures"), QMessageBox::AcceptRole);
    skip->setObjectName(QStringLiteral("skip"));
    QPushButton* rename =
        box->addButton(tr("&Keep both (number the new ones)"), QMessageBox::AcceptRole);
    rename->setObjectName(QStringLiteral("rename"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(skip);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, overwrite, skip, rename](QAbstractButton* button) {
                if (button == overwrite)
                    startWith(ExistingOutput::Overwrite);
                else if (button == skip)
                    startWith(ExistingOutput::Skip);
                else if (button == rename)
                    startWith(ExistingOutput::Rename);
            });
    box->open();
}

void BatchPanel::startWith(ExistingOutput policy) {
    BatchSettings s = m_runner->settings();
    s.existing = policy;
    m_runner->setSettings(s);
    m_message->clear();
    m_runner->start();
    updateControls();
}

void BatchPanel::cancel() {
    m_runner->cancel();
    m_message->setText(tr("Cancelling: finishing the pictures being converted now…"));
    updateControls();
}

void BatchPanel::retryFailed() {
    if (m_runner->retryFailed()) {
        m_message->clear();
        updateControls();
    }
}

void BatchPanel::openOutputFolder() {
    QString dir = m_runner->settings().outputDir;
    for (int i = 0; i < m_runner->count() && dir.isEmpty(); ++i) {
        if (!m_runner->item(i).output.isEmpty())
            dir = QFileInfo(m_runner->item(i).output).path();
    }
    if (!dir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(dir).absoluteFilePath()));
}

void BatchPanel::updateProgress(int done, int total) {
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_count->setText(tr("%1 of %2").arg(done).arg(total));
    updateControls();
}

void BatchPanel::showSummary(const BatchSummary& summary, bool cancelled) {
    QStringList parts;
    parts << tr("%n converted", nullptr, summary.converted);
    if (summary.failed > 0)
        parts << tr("%n failed", nullptr, summary.failed);
    if (summary.skipped > 0)
        parts << tr("%n skipped (output already there)", nullptr, summary.skipped);
    if (summary.notRun > 0)
        parts << tr("%n not converted", nullptr, summary.notRun);
    const QString text = parts.join(tr(", "));
    QString message = cancelled ? tr("Cancelled: %1.").arg(text) : tr("Finished: %1.").arg(text);
    // Name the failures and bring the first into view: in a long list they are easy to miss.
    QStringList failedNames;
    int firstFailed = -1;
    for (int i = 0; i < m_runner->count(); ++i) {
        if (m_runner->item(i).state != BatchItemState::Failed)
            continue;
        if (firstFailed < 0)
            firstFailed = i;
        failedNames << QFileInfo(m_runner->item(i).input).fileName();
    }
    if (!failedNames.isEmpty()) {
        constexpr int kNamed = 3;
        QString names = QStringList(failedNames.mid(0, kNamed)).join(tr(", "));
        if (failedNames.size() > kNamed)
            names = tr("%1 and %n more", nullptr, int(failedNames.size()) - kNamed).arg(names);
        message += u' ' + tr("Failed: %1 (the reasons are in the list).").arg(names);
        m_view->scrollTo(m_model->index(firstFailed, BatchModel::Result),
                         QAbstractItemView::PositionAtCenter);
    }
    m_message->setText(message);
    updateControls();
    emit runFinished(summary, cancelled);
}

} // namespace framefit
