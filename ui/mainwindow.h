// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/atomicwrite.h"
#include "core/converter.h"
#include "picturedocument.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QUndoStack>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace framefit {

class AppSettings;
class BatchPanel;
class CropView;
class JobsList;
class ModePreview;
class SubmitPanel;
namespace sora {
class SoraService;
}

// The FrameFit window: the crop view, the three live previews, the controls and export.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    PictureDocument* document() { return &m_document; }
    QUndoStack* undoStack() { return &m_undo; }
    CropView* cropView() { return m_cropView; }
    ModePreview* preview(FitMode mode) { return m_previews[size_t(mode)]; }
    QDoubleSpinBox* cropField(int side) { return m_cropFields[size_t(side)]; } // 0..3 = L, T, R, B
    // Where Export writes for the current picture and settings.
    QString defaultOutputPath() const;
    sora::SoraService* soraService() { return m_sora; }
    SubmitPanel* submitPanel() { return m_submit; }
    JobsList* jobsList() { return m_jobs; }
    BatchPanel* batchPanel() { return m_batch; }

public slots:
    void openFile(const QString& path);
    void openSample();
    // Writes the current picture to `path` on a worker; emits exported() when done.
    void exportTo(const QString& path, framefit::ExistingFile existing);

signals:
    void exported(const QString& path, bool ok, const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildControls();
    QWidget* buildSoraTab();
    QWidget* buildPreviews();
    void buildMenus();
    void commit(const EditState& state, int session, const QString& text);
    void editCropField(int side, double value);
    void resetCrop();
    void showOpenDialog();
    void exportImage();
    void exportImageAs();
    void pickBackground();
    void takeEdgeColour();
    void refreshControls();
    void refreshPreviews();
    void finishExport();
    void showLoading(const QString& path);
    void showLoaded();
    void showLoadFailed(const QString& path, const QString& error);
    void showProblem(const QString& title, const QString& text);
    void editBatchItem(quint64 id, const QString& path, const ConvertSettings& settings);
    void applyPendingBatchSettings();

    PictureDocument m_document;
    QUndoStack m_undo;
    std::unique_ptr<AppSettings> m_settings;
    CropView* m_cropView = nullptr;
    std::array<ModePreview*, 3> m_previews{};
    std::array<QDoubleSpinBox*, 4> m_cropFields{};
    QComboBox* m_target = nullptr;
    QCheckBox* m_aspectLock = nullptr;
    QPushButton* m_colour = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_quality = nullptr;
    QLabel* m_warning = nullptr;
    QProgressBar* m_busy = nullptr;
    QFutureWatcher<ConvertResult> m_exportWatcher;
    sora::SoraService* m_sora = nullptr;
    SubmitPanel* m_submit = nullptr;
    JobsList* m_jobs = nullptr;
    BatchPanel* m_batch = nullptr;
    // The batch picture the crop view is editing: its edits become that picture's override.
    std::optional<quint64> m_batchItem;
    QString m_batchPath;
    std::optional<ConvertSettings> m_pendingBatchSettings; // applied once its picture loads
};

} // namespace framefit
