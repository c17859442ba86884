// SPDX-License-Identifier: GPL-3.0-or-later
#include "converter.h"

#include "fitplacement.h"
#include "framerenderer.h"
#include "imageencoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace framefit {

QString outputFileName(const QString& inputPath, QSize target, ImageFormat format) {
    return QStringLiteral("%1_sora_%2x%3.%4")
        .arg(QFileInfo(inputPath).completeBaseName())
        .arg(target.width())
        .arg(target.height())
        .arg(fileExtension(format));
}

bool isFrameFitOutputName(const QString& fileName) {
    static const QRegularExpression pattern(QStringLiteral("_sora_\\d+x\\d+\\.(jpg|png|webp)$"));
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
    const std::optional<QByteArray> bytes = prepareImage(loader, settings, threads, &result.error);
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
