// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturedocument.h"

#include "core/lanczos.h"
#include "cropgeometry.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace framefit {

namespace {

constexpr int kDisplayLongSide = 2048; // sharp on a large screen
constexpr int kPreviewLongSide = 1024; // 2x margin over a ~500 px preview

DecodedImage shrink(const DecodedImage& d, int longSide) {
    const QSize size = d.image.size();
    const int longest = std::max(size.width(), size.height());
    if (longest <= longSide)
        return d;
    const double f = double(longSide) / longest;
    const QSize smaller(std::max(1, int(std::lround(size.width() * f))),
                        std::max(1, int(std::lround(size.height() * f))));
    DecodedImage out = d;
    out.image =
        d.image.format() == QImage::Format_RGB888
            ? resampleLanczos3(d.image, QRectF(QPointF(0, 0), QSizeF(size)), smaller, Threads::All)
            : d.image.scaled(smaller, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                  .convertToFormat(QImage::Format_RGBA8888);
    out.scale = d.scale * double(smaller.width()) / size.width();
    return out;
}

} // namespace

PictureDocument::PictureDocument(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &PictureDocument::finishLoading);
}

// A load still running needs nothing from this object: its result is simply never used.
PictureDocument::~PictureDocument() = default;

PictureDocument::Loaded PictureDocument::load(const QString& path, int generation) {
    Loaded result;
    result.generation = generation;
    result.path = path;
    ImageLoader loader = ImageLoader::fromFile(path);
    if (loader.hasError()) {
        result.error = loader.error();
        return result;
    }
    const QSize upright = loader.header().uprightSize();
    const int longest = upright.isValid() ? std::max(upright.width(), upright.height()) : 0;
    const double scale = longest > 0 ? std::min(1.0, double(kDisplayLongSide) / longest) : 1.0;
    const std::optional<DecodedImage> decoded = loader.decode(scale);
    if (!decoded) {
        result.error = loader.error();
        return result;
    }
    result.display = shrink(*decoded, kDisplayLongSide);
    result.preview = shrink(result.display, kPreviewLongSide);
    return result;
}

void PictureDocument::open(const QString& path) {
    ++m_generation;
    emit loadStarted(path);
    // A picture still decoding is not waited for: its result is recognised and dropped.
    m_watcher.setFuture(QtConcurrent::run(&PictureDocument::load, path, m_generation));
}

void PictureDocument::finishLoading() {
    const Loaded result = m_watcher.result();
    if (result.generation != m_generation)
        return;
    if (!result.error.isEmpty()) {
        emit loadFailed(result.path, result.error);
        return;
    }
    m_path = result.path;
    m_display = result.display;
    m_preview = result.preview;
    EditState fresh = m_state;
    fresh.settings.crop = CropBounds{};
    m_state = refitted(fresh);
    emit loaded();
    emit stateChanged();
}

double PictureDocument::lockedAspect() const {
    const QSize t = m_state.settings.target;
    return m_state.aspectLocked ? double(t.width()) / t.height() : 0.0;
}

CropBounds PictureDocument::defaultCrop() const {
    const QSizeF source(sourceSize());
    if (source.isEmpty())
        return {};
    return CropBounds::fromRect(framefit::defaultCrop(source, lockedAspect()), source);
}

EditState PictureDocument::refitted(EditState state) const {
    const QSizeF source(sourceSize());
    if (source.isEmpty() || !state.aspectLocked)
        return state;
    const QSize t = state.settings.target;
    const QRectF rect = state.settings.crop.toRect(source);
    state.settings.crop =
        CropBounds::fromRect(fitToAspect(rect, source, double(t.width()) / t.height()), source);
    return state;
}

void PictureDocument::setState(const EditState& state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace framefit
