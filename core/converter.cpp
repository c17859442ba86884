// SPDX-License-Identifier: GPL-3.0-or-later
#include "converter.h"

#include "fitplacement.h"
#include "framerenderer.h"
#include "imageencoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QWaitCondition>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace framefit {

QString outputFileName(const QString& inputPath, QSize target, ImageFormat format) {
    return QStringLiteral("%1_sora_%2x%3.%4")
        .arg(QFileInfo(inputPath).completeBaseName())
        .arg(target.width())
        .arg(target.height())
        .arg(fileExtension(format));
}

bool isFrameFitOutputName(const QString& fileName) {
    static const QRegularExpression pattern(QStringLiteral("_sora_\\d+x\\d+\\.(jpg|png|webp)\\z"));
    return pattern.match(fileName).hasMatch();
}

std::optional<QImage> renderPrepared(ImageLoader& loader, const ConvertSettings& settings,
                                     Threads threads, QString* error) {
    const auto fail = [&](const QString& why) -> std::optional<QImage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (loader.hasError())
        return fail(loader.error());
    const QSize upright = loader.header().uprightSize();
    // Formats Qt decodes may not know their size before decoding; then decode first.
    std::optional<DecodedImage> decoded;
    Placement placement;
    if (upright.isValid()) {
        placement = fitPlacement(upright, settings.crop, settings.mode, settings.target);
        decoded = loader.decode(decodeScaleFor(placement), decodeRegionFor(placement));
    } else {
        decoded = loader.decode(1.0);
        if (decoded)
            placement =
                fitPlacement(decoded->uprightSize, settings.crop, settings.mode, settings.target);
    }
    if (!decoded)
        return fail(loader.error());
    QImage frame = renderFrame(*decoded, placement, settings.background, threads);
    if (frame.isNull() || frame.size() != settings.target)
        return fail(
            QCoreApplication::translate("Converter", "not enough memory to draw the frame"));
    return frame;
}

std::optional<QByteArray> prepareImage(ImageLoader& loader, const ConvertSettings& settings,
                                       Threads threads, QString* error) {
    const std::optional<QImage> frame = renderPrepared(loader, settings, threads, error);
    if (!frame)
        return std::nullopt;
    return encodeImage(*frame, settings.format, settings.quality, error);
}

namespace {

// Decodes in flight share this budget, so a batch's peak memory stays flat whatever the number
// of workers and files: a picture that needs more than the whole budget (a progressive JPEG's
// coefficient buffer can be 100 MB) waits until it can run alone, and no other starts beside it.
constexpr qint64 kDecodeBudgetBytes = qint64(96) << 20;

class DecodeBudget {
public:
    qint64 acquire(qint64 bytes) {
        bytes = std::clamp<qint64>(bytes, 1, kDecodeBudgetBytes);
        QMutexLocker lock(&m_mutex);
        while (m_inUse + bytes > kDecodeBudgetBytes)
            m_freed.wait(&m_mutex);
        m_inUse += bytes;
#if defined(__GLIBC__)
        // Memory freed by earlier pictures stays mapped in malloc's heap; before a big decode,
        // hand it back so the peak is this picture's, not this plus what came before.
        if (bytes >= kDecodeBudgetBytes / 2)
            malloc_trim(0);
#endif
        return bytes;
    }
    void release(qint64 bytes) {
        QMutexLocker lock(&m_mutex);
        m_inUse -= bytes;
        m_freed.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_freed;
    qint64 m_inUse = 0;
};

DecodeBudget& decodeBudget() {
    static DecodeBudget budget;
    return budget;
}

// Holds a share of the decode budget for one conversion's lifetime.
class BudgetShare {
public:
    explicit BudgetShare(qint64 bytes)
        : m_bytes(decodeBudget().acquire(bytes)) {}
    ~BudgetShare() { decodeBudget().release(m_bytes); }
    BudgetShare(const BudgetShare&) = delete;
    BudgetShare& operator=(const BudgetShare&) = delete;

private:
    qint64 m_bytes;
};

qint64 estimateConversionBytes(const ImageLoader& loader, const ConvertSettings& settings) {
    const QSize upright = loader.header().uprightSize();
    const double scale =
        upright.isValid()
            ? decodeScaleFor(fitPlacement(upright, settings.crop, settings.mode, settings.target))
            : 1.0;
    return loader.decodeMemoryEstimate(scale);
}

} // namespace

ConvertResult convertFile(const QString& input, const QString& output,
                          const ConvertSettings& settings, ExistingFile existing, Threads threads) {
    ConvertResult result;
    result.input = input;
    // Checked before decoding so a batch re-run skips finished work quickly.
    if (existing == ExistingFile::Keep && QFileInfo::exists(output)) {
        result.error =
            QCoreApplication::translate("Converter", "the output %1 already exists").arg(output);
        return result;
    }
    ImageLoader loader = ImageLoader::fromFile(input);
    std::optional<QByteArray> bytes;
    {
        const BudgetShare share(estimateConversionBytes(loader, settings));
        bytes = prepareImage(loader, settings, threads, &result.error);
    }
    if (!bytes)
        return result;
    if (!writeFileAtomically(output, *bytes, existing, &result.error))
        return result;
    result.output = output;
    result.ok = true;
    result.size = settings.target;
    return result;
}

} // namespace framefit
