// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include "core/targets.h"

#include <cstdio>

namespace framefit::cli {

namespace {
QString s_command; // the command word, for the usage line
} // namespace

void setCommandName(const QString& command) {
    s_command = command;
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

QString commandHelp(const QCommandLineParser& parser) {
    // Qt names the program by its path; users call it "framefit-cli <command>". The path is
    // replaced rather than the English words around it matched: with Qt's own translations
    // installed, "Usage:" and "[options]" arrive in the user's language.
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = help.indexOf(u'\n');
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && at < lineEnd)
        help.replace(at, program.size(), QLatin1String("framefit-cli ") + s_command);
    return help;
}

int usageError(const QString& message, const QCommandLineParser& parser) {
    err() << "framefit-cli: " << message << "\n\n" << commandHelp(parser);
    err().flush();
    return ExitUsage;
}

bool parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, int* status) {
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("framefit-cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *status = usageError(parser.errorText(), parser);
        return false;
    }
    if (parser.isSet(help)) {
        out() << commandHelp(parser);
        out().flush();
        *status = ExitOk;
        return false;
    }
    return true;
}

void addPictureOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {{QStringLiteral("s"), QStringLiteral("size")},
         QCoreApplication::translate("framefit-cli", "Video size: %1 (default 1280x720).")
             .arg(targetSizeList()),
         QStringLiteral("WxH"),
         QStringLiteral("1280x720")},
        {{QStringLiteral("m"), QStringLiteral("mode")},
         QCoreApplication::translate(
             "framefit-cli",
             "cover (fill, centre-crop), pad (fit on bars) or stretch (distorts). Default cover."),
         QStringLiteral("M"),
         QStringLiteral("cover")},
        {{QStringLiteral("c"), QStringLiteral("crop")},
         QCoreApplication::translate(
             "framefit-cli",
             "Crop bounds as fractions of the upright source, 0 <= L < R <= 1, 0 <= T < B <= 1 "
             "(default 0,0,1,1)."),
         QStringLiteral("L,T,R,B"),
         QStringLiteral("0,0,1,1")},
        {{QStringLiteral("b"), QStringLiteral("background")},
         QCoreApplication::translate(
             "framefit-cli", "Colour of pad bars and of flattened transparency (default #000000)."),
         QStringLiteral("#RRGGBB"),
         QStringLiteral("#000000")},
        {{QStringLiteral("f"), QStringLiteral("format")},
         QCoreApplication::translate("framefit-cli", "jpeg, png or webp (default jpeg)."),
         QStringLiteral("F"),
         QStringLiteral("jpeg")},
        {{QStringLiteral("q"), QStringLiteral("quality")},
         QCoreApplication::translate("framefit-cli", "1..100, for jpeg and webp (default 95)."),
         QStringLiteral("N"),
         QStringLiteral("95")},
    });
}

QString readTargetSize(const QCommandLineParser& parser, QSize& size) {
    const QString text = parser.value(QStringLiteral("size"));
    const std::optional<QSize> parsed = parseTargetSize(text);
    if (!parsed)
        return QCoreApplication::translate("framefit-cli",
                                           "size \"%1\" is not a Sora video size; use one of %2")
            .arg(text, targetSizeList());
    size = *parsed;
    return {};
}

QString readPictureOptions(const QCommandLineParser& parser, ConvertSettings& settings) {
    if (QString error = readTargetSize(parser, settings.target); !error.isEmpty())
        return error;
    const QString mode = parser.value(QStringLiteral("mode"));
    if (const auto parsed = parseFitMode(mode))
        settings.mode = *parsed;
    else
        return QCoreApplication::translate("framefit-cli",
                                           "mode \"%1\" is not one of cover, pad, stretch")
            .arg(mode);
    QString cropError;
    if (const auto crop = CropBounds::parse(parser.value(QStringLiteral("crop")), &cropError))
        settings.crop = *crop;
    else
        return cropError;
    const QString colour = parser.value(QStringLiteral("background"));
    if (const auto parsed = parseHexColour(colour))
        settings.background = *parsed;
    else
        return QCoreApplication::translate("framefit-cli",
                                           "background \"%1\" is not a colour of the form #RRGGBB")
            .arg(colour);
    const QString format = parser.value(QStringLiteral("format"));
    if (const auto parsed = parseImageFormat(format))
        settings.format = *parsed;
    else
        return QCoreApplication::translate("framefit-cli",
                                           "format \"%1\" is not one of jpeg, png, webp")
            .arg(format);
    bool ok = false;
    const QString quality = parser.value(QStringLiteral("quality"));
    settings.quality = quality.toInt(&ok);
    if (!ok || settings.quality < 1 || settings.quality > 100)
        return QCoreApplication::translate("framefit-cli",
                                           "quality \"%1\" is not a whole number from 1 to 100")
            .arg(quality);
    return {};
}

} // namespace framefit::cli
