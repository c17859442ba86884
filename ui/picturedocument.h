// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/convertsettings.h"
#include "core/imageloader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace framefit {

// What the user is editing: which picture, the crop, and the output settings. The single source
// of truth the crop view, the previews and the controls all read and edit.
struct EditState {
    ConvertSettings settings; // includes the crop
    bool aspectLocked = true; // crop rectangle kept at the target's shape

    friend bool operator==(const EditState& a, const EditState& b) {
        const ConvertSettings& x = a.settings;
        const ConvertSettings& y = b.settings;
        return x.target == y.target && x.mode == y.mode && x.crop == y.crop &&
               x.background == y.background && x.format == y.format && x.quality == y.quality &&
               a.aspectLocked == b.aspectLocked;
    }
};

// The open picture: decoded on a worker into two screen-sized proxies (one to draw the crop
// view, a smaller one to render the three previews fast), never the full-size pixels: the export
// reads the file again at the resolution it needs.
class PictureDocument : public QObject {
    Q_OBJECT
public:
    explicit PictureDocument(QObject* parent = nullptr);
    ~PictureDocument() override;

    bool isLoaded() const { return !m_display.image.isNull(); }
    bool isLoading() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }
    QSize sourceSize() const { return m_display.uprightSize; } // upright, full resolution
    const DecodedImage& displayImage() const { return m_display; }
    const DecodedImage& previewImage() const { return m_preview; }

    const EditState& state() const { return m_state; }
    CropBounds crop() const { return m_state.settings.crop; }
    // Width / height the crop must keep in source pixels, or 0 when free.
    double lockedAspect() const;

    // Starts loading `path` (also ":/..." resources); a picture still loading is dropped.
    void open(const QString& path);
    void setState(const EditState& state);

    // The crop that fills as much of the picture as the lock allows.
    CropBounds defaultCrop() const;
    // `state` with its crop refitted to its own aspect lock and target (after either changed).
    EditState refitted(EditState state) const;

signals:
    void loadStarted(const QString& path);
    void loaded();
    void loadFailed(const QString& path, const QString& error);
    void stateChanged();

private:
    struct Loaded {
        int generation = 0;
        QString path;
        QString error;
        DecodedImage display;
        DecodedImage preview;
    };
    static Loaded load(const QString& path, int generation);
    void finishLoading();

    QFutureWatcher<Loaded> m_watcher;
    int m_generation = 0;
    QString m_path;
    DecodedImage m_display;
    DecodedImage m_preview;
    EditState m_state;
};

} // namespace framefit
