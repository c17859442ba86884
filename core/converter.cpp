// SPDX-License-Identifier: GPL-3.0-or-later
#include "converter.h"

#include "fitplacement.h"
#include "framerenderer.h"
#include "imageencoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

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

namespace {

qint64 frameBytes(const ConvertSettings& settings) {
    return qint64(settings.target.width()) * settings.target.height() * 3;
}

ConvertResult outputExists(const QString& input, const QString& output) {
    ConvertResult result;
    result.input = input;
    result.error =
        QCoreApplication::translate("Converter", "the output %1 already exists").arg(output);
    return result;
}

} // namespace

std::optional<QImage> renderPrepared(ImageLoader& loader, const ConvertSettings& settings,
                                     Threads threads, QString* error,
                                     BudgetedScheduler::Lease* lease) {
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
    if (lease) {
        // From here on: the file, the pixels (twice when alpha is flattened) and the frame.
        const qint64 pixels = decoded->image.sizeInBytes();
        lease->shrinkTo(loader.data().size() + pixels * (decoded->image.hasAlphaChannel() ? 2 : 1) +
                        2 * frameBytes(settings));
    }
    QImage frame = renderFrame(*decoded, placement, settings.background, threads);
    if (frame.isNull() || frame.size() != settings.target)
        return fail(
            QCoreApplication::translate("Converter", "not enough memory to draw the frame"));
    return frame;
}

std::optional<QByteArray> prepareImage(ImageLoader& loader, const ConvertSettings& settings,
                                       Threads threads, QString* error,
                                       BudgetedScheduler::Lease* lease) {
    const std::optional<QImage> frame = renderPrepared(loader, settings, threads, error, lease);
    if (!frame)
        return std::nullopt;
    return encodeImage(*frame, settings.format, settings.quality, error);
}

qint64 conversionMemoryEstimate(const ImageLoader& loader, const ConvertSettings& settings) {
    const QSize upright = loader.header().uprightSize();
    const double scale =
        upright.isValid()
            ? decodeScaleFor(fitPlacement(upright, settings.crop, settings.mode, settings.target))
            : 1.0;
    // Decoding holds the working memory and the pixels; drawing and encoding, the pixels and
    // the frame (renderPrepared() shrinks the lease in between).
    const qint64 decoding = loader.decodeMemoryEstimate(scale);
    const qint64 drawing = decoding - loader.decodeWorkingMemory() + 2 * frameBytes(settings);
    return loader.data().size() + std::max(decoding, drawing);
}

ConvertResult convertFile(const QString& input, const QString& output,
                          const ConvertSettings& settings, ExistingFile existing, Threads threads) {
    // Checked before reading so a batch re-run skips finished work quickly.
    if (existing == ExistingFile::Keep && QFileInfo::exists(output))
        return outputExists(input, output);
    ImageLoader loader = ImageLoader::fromFile(input);
    return convertLoaded(loader, input, output, settings, existing, threads, nullptr);
}

ConvertResult convertLoaded(ImageLoader& loader, const QString& input, const QString& output,
                            const ConvertSettings& settings, ExistingFile existing, Threads threads,
                            BudgetedScheduler::Lease* lease) {
    if (existing == ExistingFile::Keep && QFileInfo::exists(output))
        return outputExists(input, output);
    ConvertResult result;
    result.input = input;
#if defined(__GLIBC__)
    // Memory freed by earlier pictures stays mapped in malloc's heap; before a big decode, hand
    // it back so the peak is this picture's, not this plus what came before.
    if (lease && lease->bytes() >= (qint64(48) << 20))
        malloc_trim(0);
#endif
    const std::optional<QByteArray> bytes =
        prepareImage(loader, settings, threads, &result.error, lease);
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
