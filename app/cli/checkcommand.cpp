// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "cliargs.h"
#include "core/imageloader.h"
#include "core/readiness.h"
#include "core/targets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace framefit::cli {

namespace {
// The file's own problems (missing, unreadable, empty) come first; then the picture's.
Readiness checkFile(const QString& path, QSize target) {
    const ImageLoader loader = ImageLoader::fromFile(path);
    if (loader.data().isEmpty())
        return Readiness{false, {}, {}, loader.error()};
    return checkReadiness(loader.data(), target);
}
} // namespace

int runCheck(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "framefit-cli",
        "Tell whether pictures are ready to send as a Sora reference image: exactly the video "
        "size, and JPEG, PNG or WebP by content."));
    parser.addOption(
        {{QStringLiteral("s"), QStringLiteral("size")},
         QCoreApplication::translate("framefit-cli", "Video size: %1 (default 1280x720).")
             .arg(targetSizeList()),
         QStringLiteral("WxH"),
         QStringLiteral("1280x720")});
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("framefit-cli", "One JSON object per file on stdout."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("framefit-cli", "Pictures to check."),
                                 QStringLiteral("<file>..."));
    int status = ExitOk;
    if (!parseCommandLine(parser, arguments, &status))
        return status;
    QSize target;
    if (const QString error = readTargetSize(parser, target); !error.isEmpty())
        return usageError(error, parser);
    if (parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("framefit-cli", "no file given"), parser);

    bool allReady = true;
    for (const QString& path : parser.positionalArguments()) {
        const Readiness r = checkFile(path, target);
        allReady = allReady && r.ready;
        if (parser.isSet(json)) {
            const QJsonObject o{
                {QStringLiteral("input"), path},
                {QStringLiteral("ready"), r.ready},
                {QStringLiteral("format"),
                 r.format.isEmpty() ? QJsonValue() : QJsonValue(r.format)},
                {QStringLiteral("width"), r.size.isValid() ? r.size.width() : 0},
                {QStringLiteral("height"), r.size.isValid() ? r.size.height() : 0},
                {QStringLiteral("reason"), r.ready ? QJsonValue() : QJsonValue(r.reason)},
            };
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else if (r.ready) {
            out() << QCoreApplication::translate("framefit-cli", "%1: ready (%2 %3)")
                         .arg(path, r.format, sizeToString(r.size))
                  << '\n';
        } else {
            out() << QCoreApplication::translate("framefit-cli", "%1: not ready: %2")
                         .arg(path, r.reason)
                  << '\n';
        }
    }
    out().flush();
    return allReady ? ExitOk : ExitFailed;
}

} // namespace framefit::cli
