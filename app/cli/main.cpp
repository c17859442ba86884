// SPDX-License-Identifier: GPL-3.0-or-later
// framefit-cli: the FrameFit engine for scripts. The contract is shared/spec/cli.md.
#include "checkcommand.h"
#include "cliargs.h"
#include "convertcommand.h"
#include "core/picturemalloc.h"
#include "core/translations.h"
#include "submitcommand.h"

#include <QCoreApplication>

#include <cstring>

using namespace framefit::cli;

namespace {

QString mainUsage() {
    return QCoreApplication::translate(
        "framefit-cli", "Usage: framefit-cli <command> [options] <input>...\n\n"
                        "Commands:\n"
                        "  convert   convert pictures to exactly a Sora video size\n"
                        "  check     tell whether pictures are ready to send as they are\n"
                        "  submit    send a prepared picture to a Sora-compatible Videos API\n\n"
                        "Run framefit-cli <command> --help for the options of a command.\n");
}

} // namespace

int main(int argc, char* argv[]) {
    // Only conversions allocate enough for malloc's set-up to matter.
    if (argc > 1 && std::strcmp(argv[1], "convert") == 0)
        framefit::usePictureMalloc(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("framefit-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("FrameFit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRAMEFIT_VERSION));
    // Scripts and users choose the CLI's language the Unix way: LANGUAGE, LC_ALL, LANG.
    framefit::installTranslators(app);

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "framefit-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << mainUsage();
        return ExitOk;
    }
    setCommandName(command);
    if (args.size() > 1)
        args.removeAt(1); // the command's parser sees "framefit-cli <its options>"
    if (command == QLatin1String("convert"))
        return runConvert(args);
    if (command == QLatin1String("check"))
        return runCheck(args);
    if (command == QLatin1String("submit"))
        return runSubmit(args);
    err() << "framefit-cli: "
          << (command.isEmpty()
                  ? QCoreApplication::translate("framefit-cli", "no command given")
                  : QCoreApplication::translate("framefit-cli", "unknown command \"%1\"")
                        .arg(command))
          << "\n\n"
          << mainUsage();
    return ExitUsage;
}
