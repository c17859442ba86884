// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "apisettingsdialog.h"
#include "batchpanel.h"
#include "core/appsettings.h"
#include "core/fitplacement.h"
#include "core/framerenderer.h"
#include "core/sora/soraservice.h"
#include "core/targets.h"
#include "core/translations.h"
#include "cropview.h"
#include "editcommand.h"
#include "jobslist.h"
#include "modepreview.h"
#include "submitpanel.h"
#include "whysoradialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace framefit {

namespace {
constexpr FitMode kModes[] = {FitMode::Pad, FitMode::Cover, FitMode::Stretch};
constexpr int kPreviewLongSide = 320; // about what the preview row shows

QString modeTitle(FitMode mode) {
    switch (mode) {
    case FitMode::Pad:
        return MainWindow::tr("Pad");
    case FitMode::Cover:
        return MainWindow::tr("Cover");
    case FitMode::Stretch:
        return MainWindow::tr("Stretch");
    }
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>()) {
    setWindowTitle(tr("FrameFit"));
    setAcceptDrops(true);
    EditState initial;
    initial.settings = m_settings->pictureDefaults();
    initial.aspectLocked = m_settings->aspectLocked();
    m_document.setState(initial);

    m_cropView = new CropView(&m_document);
    m_cropView->setNudgeStep(m_settings->nudgeStep());
    m_sora = new sora::SoraService(m_settings.get(), {}, this);
    QString soraError;
    m_sora->open(&soraError); // before the panels, which follow its tracker
    auto* side = new QTabWidget;
    side->addTab(buildControls(), tr("&Picture"));
    side->addTab(buildSoraTab(), tr("Send to S&ora"));
    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_cropView);
    top->addWidget(side);
    top->setStretchFactor(0, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(buildPreviews());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_batch = new BatchPanel;
    m_batch->setSettings(m_settings->batchDefaults());
    connect(m_batch, &BatchPanel::editRequested, this, &MainWindow::editBatchItem);
    connect(m_batch, &BatchPanel::settingsChanged, this,
            [this] { m_settings->setBatchDefaults(m_batch->settings()); });
    auto* tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(split, tr("One picture"));
    tabs->addTab(m_batch, tr("Batch"));
    tabs->setTabToolTip(1, tr("Many pictures at once, each with its own crop if you like."));
    setCentralWidget(tabs);
    buildMenus();

    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    statusBar()->addPermanentWidget(m_busy);

    connect(m_cropView, &CropView::cropEdited, this, [this](const CropBounds& crop, int session) {
        EditState next = m_document.state();
        next.settings.crop = crop;
        commit(next, session, tr("Move crop"));
    });
    connect(m_cropView, &CropView::resetRequested, this, &MainWindow::resetCrop);
    connect(&m_document, &PictureDocument::stateChanged, this, &MainWindow::refreshControls);
    connect(&m_document, &PictureDocument::stateChanged, this, &MainWindow::refreshPreviews);
    connect(&m_document, &PictureDocument::loadStarted, this, &MainWindow::showLoading);
    connect(&m_document, &PictureDocument::loaded, this, &MainWindow::showLoaded);
    connect(&m_document, &PictureDocument::loadFailed, this, &MainWindow::showLoadFailed);
    connect(&m_exportWatcher, &QFutureWatcher<ConvertResult>::finished, this,
            &MainWindow::finishExport);

    resize(1280, 860);
    restoreGeometry(m_settings->windowGeometry());
    refreshControls();

    if (!soraError.isEmpty())
        statusBar()->showMessage(tr("The job history cannot be opened: %1").arg(soraError));
    else
        m_sora->start(); // resumes following the jobs left unfinished last time
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildControls() {
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);

    auto* video = new QGroupBox(tr("Video size"));
    auto* videoForm = new QVBoxLayout(video);
    m_target = new QComboBox;
    for (const TargetSize& t : targetSizes()) {
        const QString shape = t.size.width() > t.size.height() ? tr("landscape") : tr("portrait");
        m_target->addItem(
            tr("%1 %2 — %3")
                .arg(sizeToString(t.size), shape, modelsAccepting(t.size).join(tr(", "))),
            t.size);
    }
    m_target->setToolTip(
        tr("The size of the video, and so of its first frame. sora-2 takes 1280x720 and "
           "720x1280; sora-2-pro takes all four."));
    m_target->setAccessibleName(tr("Video size"));
    connect(m_target, &QComboBox::activated, this, [this](int index) {
        EditState next = m_document.state();
        next.settings.target = m_target->itemData(index).toSize();
        commit(m_document.refitted(next), 0, tr("Change video size"));
    });
    videoForm->addWidget(m_target);
    m_aspectLock = new QCheckBox(tr("&Lock the crop to the video's shape"));
    m_aspectLock->setToolTip(
        tr("Locked, cover uses exactly the region you choose. Unlocked, any rectangle: "
           "pad, cover and stretch then fit it."));
    connect(m_aspectLock, &QCheckBox::toggled, this, [this](bool locked) {
        EditState next = m_document.state();
        next.aspectLocked = locked;
        commit(m_document.refitted(next), 0,
               locked ? tr("Lock crop shape") : tr("Unlock crop shape"));
    });
    videoForm->addWidget(m_aspectLock);
    layout->addWidget(video);

    auto* crop = new QGroupBox(tr("Crop (fractions of the picture)"));
    auto* grid = new QGridLayout(crop);
    const QString names[4] = {tr("&Left"), tr("&Top"), tr("&Right"), tr("&Bottom")};
    for (int side = 0; side < 4; ++side) {
        auto* field = new QDoubleSpinBox;
        field->setRange(0.0, 1.0);
        field->setDecimals(4);
        field->setSingleStep(0.01);
        field->setAccessibleName(QString(names[side]).remove(u'&'));
        field->setToolTip(
            tr("The crop's %1 edge as a fraction of the picture (0 to 1), the CLI's -c value.")
                .arg(QString(names[side]).remove(u'&').toLower()));
        auto* label = new QLabel(names[side]);
        label->setBuddy(field);
        grid->addWidget(label, side / 2, (side % 2) * 2);
        grid->addWidget(field, side / 2, (side % 2) * 2 + 1);
        m_cropFields[size_t(side)] = field;
        connect(field, &QDoubleSpinBox::valueChanged, this,
                [this, side](double v) { editCropField(side, v); });
    }
    auto* reset = new QPushButton(tr("Re&set crop"));
    reset->setToolTip(
        tr("The largest centred crop the lock allows (also: double-click the picture)."));
    connect(reset, &QPushButton::clicked, this, &MainWindow::resetCrop);
    grid->addWidget(reset, 2, 0, 1, 4);
    auto* step = new QSpinBox;
    step->setRange(1, 100);
    step->setSuffix(tr(" px"));
    step->setValue(m_settings->nudgeStep());
    step->setToolTip(
        tr("How far one arrow key moves or resizes the crop, in screen pixels (more on "
           "high-density screens)."));
    step->setAccessibleName(tr("Arrow-key step"));
    connect(step, &QSpinBox::valueChanged, this, [this](int pixels) {
        m_settings->setNudgeStep(pixels);
        m_cropView->setNudgeStep(pixels);
    });
    auto* stepLabel = new QLabel(tr("Arrow-&key step"));
    stepLabel->setBuddy(step);
    grid->addWidget(stepLabel, 3, 0, 1, 2);
    grid->addWidget(step, 3, 2, 1, 2);
    layout->addWidget(crop);

    auto* pad = new QGroupBox(tr("Pad bars and transparency"));
    auto* padRow = new QHBoxLayout(pad);
    m_colour = new QPushButton;
    m_colour->setToolTip(tr("The colour of the bars in pad mode, and behind transparent pixels."));
    m_colour->setAccessibleName(tr("Bar colour"));
    connect(m_colour, &QPushButton::clicked, this, &MainWindow::pickBackground);
    auto* edges = new QPushButton(tr("From &edges"));
    edges->setToolTip(
        tr("Take the average colour along the edges of the crop, so the bars blend in."));
    connect(edges, &QPushButton::clicked, this, &MainWindow::takeEdgeColour);
    padRow->addWidget(m_colour, 1);
    padRow->addWidget(edges);
    layout->addWidget(pad);

    auto* file = new QGroupBox(tr("File"));
    auto* form = new QFormLayout(file);
    m_format = new QComboBox;
    m_format->addItem(tr("JPEG"), int(ImageFormat::Jpeg));
    m_format->addItem(tr("PNG"), int(ImageFormat::Png));
    m_format->addItem(tr("WebP"), int(ImageFormat::Webp));
    m_format->setToolTip(tr("The formats the Sora API accepts."));
    connect(m_format, &QComboBox::activated, this, [this](int index) {
        EditState next = m_document.state();
        next.settings.format = ImageFormat(m_format->itemData(index).toInt());
        commit(next, 0, tr("Change format"));
    });
    form->addRow(tr("&Format"), m_format);
    m_quality = new QSpinBox;
    m_quality->setRange(1, 100);
    m_quality->setToolTip(tr("JPEG and WebP quality, 1 to 100 (95 keeps nearly everything)."));
    connect(m_quality, &QSpinBox::valueChanged, this, [this](int q) {
        EditState next = m_document.state();
        next.settings.quality = q;
        commit(next, 0, tr("Change quality"));
    });
    form->addRow(tr("&Quality"), m_quality);
    auto* exportButton = new QPushButton(tr("E&xport"));
    exportButton->setToolTip(tr("Write <name>_sora_<W>x<H> beside the picture (Ctrl+S)."));
    connect(exportButton, &QPushButton::clicked, this, &MainWindow::exportImage);
    form->addRow(exportButton);
    layout->addWidget(file);
    layout->addStretch(1);
    panel->setMinimumWidth(300);
    return panel;
}

QWidget* MainWindow::buildSoraTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    m_submit = new SubmitPanel;
    m_submit->setTracker(m_sora->tracker());
    m_submit->restoreSettings(*m_settings);
    // What is sent is what the preview shows: the same settings through the same engine.
    m_submit->setImageProvider([this](QString* error) -> std::optional<PreparedUpload> {
        if (!m_document.isLoaded()) {
            *error = tr("Open a picture first.");
            return std::nullopt;
        }
        const ConvertSettings& settings = m_document.state().settings;
        ImageLoader loader = ImageLoader::fromFile(m_document.path());
        const std::optional<QByteArray> bytes = prepareImage(loader, settings, Threads::All, error);
        if (!bytes)
            return std::nullopt;
        const QString name =
            m_document.path().startsWith(u':') ? QStringLiteral("sample") : m_document.path();
        return PreparedUpload{*bytes, settings.format,
                              outputFileName(name, settings.target, settings.format)};
    });
    connect(m_submit, &SubmitPanel::settingsChanged, this,
            [this] { m_submit->storeSettings(*m_settings); });
    connect(m_submit, &SubmitPanel::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    m_jobs = new JobsList;
    m_jobs->setTracker(m_sora->tracker());
    layout->addWidget(m_submit);
    layout->addWidget(m_jobs, 1);
    return tab;
}

QWidget* MainWindow::buildPreviews() {
    auto* box = new QWidget;
    auto* outer = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    auto* group = new QButtonGroup(box);
    group->setExclusive(true);
    for (FitMode mode : kModes) {
        auto* preview = new ModePreview(mode);
        preview->setAccessibleName(tr("%1 preview").arg(modeTitle(mode)));
        preview->setToolTip(
            mode == FitMode::Pad
                ? tr("Pad: the whole crop, on bars of your colour. Click to export this.")
            : mode == FitMode::Cover
                ? tr("Cover: fills the frame, the crop's overflow is cut. Click to export this.")
                : tr("Stretch: fills the frame by distorting the crop. Click to export this."));
        group->addButton(preview);
        row->addWidget(preview);
        m_previews[size_t(mode)] = preview;
        connect(preview, &QAbstractButton::clicked, this, [this, mode] {
            EditState next = m_document.state();
            next.settings.mode = mode;
            commit(next, 0, tr("Choose %1").arg(modeTitle(mode)));
        });
    }
    outer->addLayout(row, 1);
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    outer->addWidget(m_warning);
    return box;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Export"), this, &MainWindow::exportImage);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Export &As…"), this, &MainWindow::exportImageAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Re&set crop"), this, &MainWindow::resetCrop);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Video API…"), this, [this] {
        ApiSettingsDialog dialog(m_settings.get(), m_sora->keys(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_sora->applySettings();
    });

    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const auto addLanguage = [&](const QString& code, const QString& name) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings->language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings->setLanguage(code);
            statusBar()->showMessage(tr("The language changes the next time FrameFit starts."));
        });
    };
    addLanguage(QString(), tr("Follow the system"));
    for (const UiLanguage& l : uiLanguages())
        addLanguage(l.code, l.nativeName);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Why Sora rejects images"), this, [this] { WhySoraDialog(this).exec(); });
    help->addAction(tr("&About FrameFit"), this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::commit(const EditState& state, int session, const QString& text) {
    if (state == m_document.state() || !state.settings.crop.isValid())
        return;
    m_undo.push(new EditCommand(&m_document, m_document.state(), state, session, text));
    if (m_batchItem && m_document.path() == m_batchPath) {
        // The picture belongs to the batch: its crop and mode become that picture's own.
        const FitMode batchMode = m_batch->settings().picture.mode;
        m_batch->setItemOverride(
            *m_batchItem,
            state.settings.crop.isFull() ? std::nullopt : std::optional(state.settings.crop),
            state.settings.mode == batchMode ? std::nullopt : std::optional(state.settings.mode));
    }
    m_settings->setPictureDefaults(state.settings);
    m_settings->setAspectLocked(state.aspectLocked);
}

void MainWindow::editCropField(int side, double value) {
    if (!m_document.isLoaded())
        return;
    // A typed edge moves like its handle, so the lock and the clamping behave the same.
    const QSizeF source(m_document.sourceSize());
    const QRectF rect = m_document.crop().toRect(source);
    const double current[4] = {m_document.crop().left, m_document.crop().top,
                               m_document.crop().right, m_document.crop().bottom};
    const double delta =
        (value - current[side]) * (side % 2 == 0 ? source.width() : source.height());
    static const CropHandles handles[4] = {CropHandle::Left, CropHandle::Top, CropHandle::Right,
                                           CropHandle::Bottom};
    const QPointF shift = side % 2 == 0 ? QPointF(delta, 0) : QPointF(0, delta);
    EditState next = m_document.state();
    next.settings.crop = CropBounds::fromRect(
        dragCrop(rect, handles[side], shift, source, m_document.lockedAspect(), 1.0), source);
    commit(next, 0, tr("Edit crop"));
    refreshControls(); // the field shows what was applied, which the lock or clamping may change
}

void MainWindow::resetCrop() {
    EditState next = m_document.state();
    next.settings.crop = m_document.defaultCrop();
    commit(next, 0, tr("Reset crop"));
}

void MainWindow::refreshControls() {
    const EditState& s = m_document.state();
    if (m_submit)
        m_submit->setTargetSize(s.settings.target);
    const QSignalBlocker b1(m_target), b2(m_aspectLock), b3(m_format), b4(m_quality);
    m_target->setCurrentIndex(m_target->findData(s.settings.target));
    m_aspectLock->setChecked(s.aspectLocked);
    m_format->setCurrentIndex(m_format->findData(int(s.settings.format)));
    m_quality->setValue(s.settings.quality);
    m_quality->setEnabled(s.settings.format != ImageFormat::Png);
    const double values[4] = {s.settings.crop.left, s.settings.crop.top, s.settings.crop.right,
                              s.settings.crop.bottom};
    for (int side = 0; side < 4; ++side) {
        const QSignalBlocker block(m_cropFields[size_t(side)]);
        m_cropFields[size_t(side)]->setValue(values[side]);
    }
    const QColor bg = s.settings.background;
    m_colour->setText(bg.name(QColor::HexRgb));
    m_colour->setStyleSheet(QStringLiteral("background-color: %1; color: %2")
                                .arg(bg.name(), bg.lightnessF() > 0.5 ? QStringLiteral("black")
                                                                      : QStringLiteral("white")));
    for (FitMode mode : kModes) {
        const QSignalBlocker block(m_previews[size_t(mode)]);
        m_previews[size_t(mode)]->setChecked(mode == s.settings.mode);
    }
}

void MainWindow::refreshPreviews() {
    if (!m_document.isLoaded())
        return;
    const EditState& s = m_document.state();
    const QSize target = s.settings.target;
    const QSize canvas = target.scaled(kPreviewLongSide, kPreviewLongSide, Qt::KeepAspectRatio);
    // The export's own placement, drawn smaller: the preview is what gets written. The three
    // modes render side by side on the cores; the window waits for all three (a few ms).
    const std::vector<FitMode> modes(std::begin(kModes), std::end(kModes));
    const std::vector<QImage> frames = QtConcurrent::blockingMapped(modes, [&](FitMode mode) {
        const Placement placement =
            fitPlacement(m_document.sourceSize(), s.settings.crop, mode, target);
        return renderFrame(m_document.previewImage(), scaledPlacement(placement, canvas),
                           s.settings.background);
    });
    for (size_t i = 0; i < modes.size(); ++i) {
        const FitMode mode = modes[i];
        QString caption = tr("%1 — %2").arg(modeTitle(mode), sizeToString(target));
        if (mode == FitMode::Stretch)
            caption += QLatin1Char('\n') + tr("distorts the picture");
        else if (mode == FitMode::Pad)
            caption += QLatin1Char('\n') + tr("keeps all of the crop");
        else
            caption += QLatin1Char('\n') + tr("fills the frame");
        m_previews[size_t(mode)]->setImage(frames[i], caption);
    }
    const Placement chosen =
        fitPlacement(m_document.sourceSize(), s.settings.crop, s.settings.mode, target);
    const double upscale = chosen.upscaleFactor();
    m_warning->setVisible(upscale > 1.0);
    if (upscale > 1.0) {
        m_warning->setText(
            tr("⚠ The chosen region is %1 × %2 px, smaller than %3: it is enlarged %L4×, so fine "
               "detail will look soft.")
                .arg(qRound(chosen.sourceRect.width()))
                .arg(qRound(chosen.sourceRect.height()))
                .arg(sizeToString(target))
                .arg(upscale, 0, 'f', 2));
    }
}

QString MainWindow::defaultOutputPath() const {
    const ConvertSettings& s = m_document.state().settings;
    const QString name = outputFileName(m_document.path(), s.target, s.format);
    QString dir = m_settings->outputDir();
    const QFileInfo input(m_document.path());
    if (dir.isEmpty() && !m_document.path().startsWith(u':') &&
        QFileInfo(input.absolutePath()).isWritable())
        dir = input.absolutePath();
    if (dir.isEmpty()) // the bundled sample, or a read-only folder
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(name);
}

void MainWindow::exportImage() {
    if (!m_document.isLoaded())
        return;
    const QString path = defaultOutputPath();
    ExistingFile existing = ExistingFile::Keep;
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the file?"), tr("%1 already exists. Replace it?").arg(path),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        existing = ExistingFile::Replace;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    exportTo(path, existing);
}

void MainWindow::exportImageAs() {
    if (!m_document.isLoaded())
        return;
    const ImageFormat format = m_document.state().settings.format;
    const QString filter =
        tr("%1 picture (*.%2)").arg(imageFormatName(format).toUpper(), fileExtension(format));
    // the dialog asks before replacing an existing file
    QString path = QFileDialog::getSaveFileName(this, tr("Export as"), defaultOutputPath(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + fileExtension(format);
    exportTo(path, ExistingFile::Replace);
}

void MainWindow::exportTo(const QString& path, ExistingFile existing) {
    if (m_exportWatcher.isRunning())
        return;
    m_busy->setVisible(true);
    statusBar()->showMessage(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    // The export reads the file again at the resolution the output needs, exactly as
    // framefit-cli does, so both write the same bytes.
    m_exportWatcher.setFuture(QtConcurrent::run(&convertFile, m_document.path(), path,
                                                m_document.state().settings, existing,
                                                Threads::All));
}

void MainWindow::finishExport() {
    m_busy->setVisible(false);
    const ConvertResult r = m_exportWatcher.result();
    if (!r.ok) {
        statusBar()->showMessage(tr("Not written: %1").arg(r.error));
        showProblem(
            tr("Export failed"),
            tr("%1 was not written: %2").arg(r.output.isEmpty() ? r.input : r.output, r.error));
        emit exported(r.output, false, r.error);
        return;
    }
    const QString message =
        tr("%1 — ready for %2").arg(sizeToString(r.size), modelsAccepting(r.size).join(tr(", ")));
    statusBar()->showMessage(tr("%1: %2").arg(QFileInfo(r.output).fileName(), message));
    emit exported(r.output, true, message);
}

void MainWindow::pickBackground() {
    const QColor colour =
        QColorDialog::getColor(m_document.state().settings.background, this, tr("Bar colour"));
    if (!colour.isValid())
        return;
    EditState next = m_document.state();
    next.settings.background = colour.toRgb();
    commit(next, 0, tr("Change bar colour"));
}

void MainWindow::takeEdgeColour() {
    if (!m_document.isLoaded())
        return;
    const DecodedImage& d = m_document.displayImage();
    const QImage image = flattenOnto(d.image, m_document.state().settings.background);
    const QRectF region = m_document.crop().toRect(QSizeF(m_document.sourceSize()));
    const QRect r = QRectF(region.topLeft() * d.scale, region.size() * d.scale)
                        .toAlignedRect()
                        .intersected(image.rect());
    if (r.isEmpty())
        return;
    qint64 sum[3] = {0, 0, 0};
    qint64 count = 0;
    const auto add = [&](int x, int y) {
        const QRgb p = image.pixel(x, y);
        sum[0] += qRed(p);
        sum[1] += qGreen(p);
        sum[2] += qBlue(p);
        ++count;
    };
    for (int x = r.left(); x <= r.right(); ++x) {
        add(x, r.top());
        add(x, r.bottom());
    }
    for (int y = r.top(); y <= r.bottom(); ++y) {
        add(r.left(), y);
        add(r.right(), y);
    }
    EditState next = m_document.state();
    next.settings.background =
        QColor(int(sum[0] / count), int(sum[1] / count), int(sum[2] / count));
    commit(next, 0, tr("Take colour from edges"));
}

void MainWindow::showOpenDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a picture"), m_settings->lastOpenDir(),
        tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setLastOpenDir(QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openFile(const QString& path) {
    m_batchItem.reset(); // a picture opened on its own is not a batch picture
    m_pendingBatchSettings.reset();
    m_document.open(path);
}

void MainWindow::editBatchItem(quint64 id, const QString& path, const ConvertSettings& settings) {
    m_batchItem = id;
    m_batchPath = path;
    m_pendingBatchSettings = settings;
    m_document.open(path);
    statusBar()->showMessage(
        tr("%1 from the batch: crop and mode changes in \"One picture\" apply to it in "
           "the batch.")
            .arg(QFileInfo(path).fileName()));
}

void MainWindow::applyPendingBatchSettings() {
    if (!m_pendingBatchSettings || m_document.path() != m_batchPath)
        return;
    EditState state = m_document.state();
    state.settings.target = m_pendingBatchSettings->target;
    state.settings.mode = m_pendingBatchSettings->mode;
    state.settings.crop = m_pendingBatchSettings->crop.isFull()
                              ? m_document.refitted(state).settings.crop
                              : m_pendingBatchSettings->crop;
    m_pendingBatchSettings.reset();
    m_document.setState(state); // shows the picture as the batch will convert it; not an edit
}

void MainWindow::openSample() {
    m_document.open(QStringLiteral(":/sample.jpg"));
}

void MainWindow::showLoading(const QString& path) {
    m_busy->setVisible(true);
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    m_cropView->update();
}

void MainWindow::showLoaded() {
    m_busy->setVisible(false);
    m_undo.clear();
    applyPendingBatchSettings();
    const QString name = m_document.path().startsWith(u':')
                             ? tr("sample picture")
                             : QFileInfo(m_document.path()).fileName();
    setWindowTitle(tr("%1 — FrameFit").arg(name));
    const QSize s = m_document.sourceSize();
    statusBar()->showMessage(tr("%1: %2 × %3 pixels").arg(name).arg(s.width()).arg(s.height()));
}

void MainWindow::showLoadFailed(const QString& path, const QString& error) {
    m_busy->setVisible(false);
    statusBar()->showMessage(
        tr("%1 could not be opened: %2").arg(QFileInfo(path).fileName(), error));
    showProblem(tr("Cannot open the picture"),
                tr("%1 could not be opened: %2").arg(QFileInfo(path).fileName(), error));
}

void MainWindow::showProblem(const QString& title, const QString& text) {
    // Window-modal and non-blocking: the event loop (and any export in flight) keeps running.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace framefit
