// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/batchrunner.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace framefit {

class BatchModel;

// Prepares many pictures at once: drop files or folders, set the batch defaults, adjust single
// pictures (the main window's crop view edits them through editRequested/setItemOverride), run,
// and read per picture what happened. Everything slow runs on workers.
class BatchPanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchPanel(QWidget* parent = nullptr);
    ~BatchPanel() override;

    BatchRunner* runner() const { return m_runner; }
    BatchModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Files are added as they are, folders give the pictures directly inside them; pictures
    // already in the batch are not added twice. Returns how many were added.
    int addPaths(const QStringList& paths);

    BatchSettings settings() const;
    void setSettings(const BatchSettings& settings); // also updates the form

    // --- per-picture edits, by the id editRequested() gave
    QString itemPath(BatchItemId id) const;
    // The settings the picture is converted with (its crop, mode and oriented target).
    std::optional<ConvertSettings> itemSettings(BatchItemId id) const;
    // nullopt clears an override; a full crop counts as none. Returns false for an unknown id.
    bool setItemOverride(BatchItemId id, std::optional<CropBounds> crop,
                         std::optional<FitMode> mode);
    bool setItemOrientation(BatchItemId id, BatchOrientation orientation);

    // When outputs already exist the panel asks once per run; a preset answer (scripts, tests
    // that do not drive the question) skips the question.
    void setExistingOutputAnswer(std::optional<ExistingOutput> answer);

public slots:
    void addFiles();
    void addFolder();
    void removeSelected();
    void run();
    void cancel();
    void retryFailed();
    void openOutputFolder();

signals:
    // The user selected a picture (click, arrow keys) or pressed "Edit crop…": show it in the
    // crop view. Write the result back with setItemOverride(id, ...).
    void editRequested(framefit::BatchItemId id, const QString& path,
                       const framefit::ConvertSettings& settings);
    void runFinished(const framefit::BatchSummary& summary, bool cancelled);
    // The batch defaults in the form changed (settings() has the new ones).
    void settingsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildForm(QWidget* box);
    void readForm();
    void updateControls();
    void updateProgress(int done, int total);
    void showSummary(const BatchSummary& summary, bool cancelled);
    void requestEditOfCurrent();
    void applyOrientationToSelection();
    void resetSelectionOverrides();
    void startWith(ExistingOutput policy);
    QList<int> selectedRows() const;
    void chooseBackground();
    void chooseOutputDir();

    BatchRunner* m_runner;
    BatchModel* m_model;
    QTableView* m_view = nullptr;

    QComboBox* m_pair = nullptr;
    QComboBox* m_mode = nullptr;
    QPushButton* m_background = nullptr;
    QColor m_backgroundColour{Qt::black};
    QComboBox* m_format = nullptr;
    QSpinBox* m_quality = nullptr;
    QLineEdit* m_outputDir = nullptr;
    QLineEdit* m_pattern = nullptr;
    QLabel* m_patternProblem = nullptr;

    QComboBox* m_orientation = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_resetEdit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_addFolder = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_openFolder = nullptr;

    std::optional<ExistingOutput> m_presetAnswer;
    QString m_lastFolder;
};

} // namespace framefit
