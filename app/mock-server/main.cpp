// SPDX-License-Identifier: GPL-3.0-or-later
// framefit-mock-server: a local Sora Videos API for trying FrameFit offline and for the tests.
#include "mockserver/mocksoraserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using framefit::mock::MockSoraServer;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("framefit-mock-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRAMEFIT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mock-server",
        "A local server speaking the Sora Videos API (POST/GET/DELETE /v1/videos...), bound to "
        "127.0.0.1 only, for trying FrameFit without the internet and for tests.\n\n"
        "Faults (--fault, repeatable; also POST /mock/faults {\"fault\": SPEC}):\n"
        "  status:CODE[@ENDPOINT][xN][,retry-after=S][,retry-after-ms=M][,message=TEXT]\n"
        "  drop | hang | malformed | huge [@ENDPOINT][xN]\n"
        "  reset-upload | create-then-drop | job-fails | job-stuck\n"
        "ENDPOINT: create, retrieve, list, content, delete, remix, any (default any)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"),
         QCoreApplication::translate("mock-server", "TCP port (default: chosen by the system)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("key"),
         QCoreApplication::translate("mock-server",
                                     "The API key clients must send (default sk-mock)."),
         QStringLiteral("KEY"), QStringLiteral("sk-mock")},
        {QStringLiteral("tick-ms"),
         QCoreApplication::translate("mock-server", "Job timer period in ms (default 500)."),
         QStringLiteral("MS"), QStringLiteral("500")},
        {QStringLiteral("ticks"),
         QCoreApplication::translate("mock-server", "Ticks until a job completes (default 4)."),
         QStringLiteral("N"), QStringLiteral("4")},
        {QStringLiteral("poll-after-ms"),
         QCoreApplication::translate(
             "mock-server", "Send openai-poll-after-ms with this value (default: not sent)."),
         QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("fault"),
         QCoreApplication::translate("mock-server", "Inject a fault (see above)."),
         QStringLiteral("SPEC")},
        {QStringLiteral("redirect-content"),
         QCoreApplication::translate("mock-server",
                                     "Answer /content with a redirect to a key-less asset URL.")},
        {QStringLiteral("shut-down"),
         QCoreApplication::translate(
             "mock-server",
             "Behave like the retired official endpoint: 404 for every /videos call.")},
    });
    parser.process(app);

    MockSoraServer::Options options;
    options.apiKey = parser.value(QStringLiteral("key"));
    options.tickMs = std::max(1, parser.value(QStringLiteral("tick-ms")).toInt());
    options.ticksToFinish = std::max(1, parser.value(QStringLiteral("ticks")).toInt());
    options.pollAfterMs = parser.value(QStringLiteral("poll-after-ms")).toInt();
    options.redirectContent = parser.isSet(QStringLiteral("redirect-content"));
    options.shutDown = parser.isSet(QStringLiteral("shut-down"));
    MockSoraServer server(options);
    for (const QString& spec : parser.values(QStringLiteral("fault"))) {
        QString error;
        const auto fault = framefit::mock::parseFault(spec, &error);
        if (!fault) {
            err << "framefit-mock-server: " << error << '\n';
            return 2;
        }
        server.addFault(*fault);
    }
    if (!server.listen(quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        err << QCoreApplication::translate(
                   "mock-server", "framefit-mock-server: cannot listen on 127.0.0.1 port %1")
                   .arg(parser.value(QStringLiteral("port")))
            << '\n';
        return 1;
    }
    // Scripts read this first line to learn the port.
    out << "framefit-mock-server listening on " << server.baseUrl() << Qt::endl;
    return app.exec();
}
