// SPDX-License-Identifier: GPL-3.0-or-later
#include "submitcommand.h"

#include "cliargs.h"
#include "core/converter.h"
#include "core/imageloader.h"
#include "core/sora/jobpoller.h"
#include "core/sora/soraclient.h"
#include "core/targets.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace framefit::cli {

using namespace framefit::sora;

namespace {

// Waits for `call` without blocking signal delivery (retries run on timers).
void waitFor(SoraCall* call) {
    QEventLoop loop;
    QObject::connect(call, &SoraCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void reportRetries(SoraCall* call) {
    QObject::connect(call, &SoraCall::retrying, call,
                     [](int retry, qint64 delayMs, const QString& reason) {
                         err() << QCoreApplication::translate(
                                      "framefit-cli", "framefit-cli: %1 Retry %2 of 2 in %3 s.")
                                      .arg(reason)
                                      .arg(retry)
                                      .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                               << Qt::endl;
                     });
}

QJsonValue errorJson(const SoraError& e) {
    if (!e.isError())
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("kind"), errorKindName(e.kind)},
        {QStringLiteral("http_status"), e.httpStatus > 0 ? QJsonValue(e.httpStatus) : QJsonValue()},
        {QStringLiteral("server_message"),
         e.serverMessage.isEmpty() ? QJsonValue() : QJsonValue(e.serverMessage)},
        {QStringLiteral("request_id"),
         e.requestId.isEmpty() ? QJsonValue() : QJsonValue(e.requestId)},
        {QStringLiteral("text"), e.toText()},
    };
}

} // namespace

int runSubmit(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "framefit-cli",
        "Prepare a picture exactly as convert would and send it to a Sora-compatible Videos "
        "API as the first frame of a new video. The API key is read from OPENAI_API_KEY.\n"
        "Note: OpenAI shut the official Sora 2 API down on 2026-09-24; use --base-url (or "
        "OPENAI_BASE_URL) for a compatible server."));
    addPictureOptions(parser);
    const QCommandLineOption prompt(
        QStringLiteral("prompt"),
        QCoreApplication::translate("framefit-cli", "What the video shows (required)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        QCoreApplication::translate("framefit-cli",
                                    "sora-2, sora-2-pro or a compatible server's model "
                                    "(default sora-2)."),
        QStringLiteral("M"), QStringLiteral("sora-2"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"),
        QCoreApplication::translate("framefit-cli",
                                    "Video length in seconds: 4, 8, 12... (default 4)."),
        QStringLiteral("S"), QStringLiteral("4"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate("framefit-cli", "API address (default $OPENAI_BASE_URL, else "
                                                    "https://api.openai.com/v1)."),
        QStringLiteral("URL"), defaultBaseUrl());
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        QCoreApplication::translate("framefit-cli",
                                    "Wait until the video is completed or failed (progress on "
                                    "stderr)."));
    const QCommandLineOption download(
        QStringLiteral("download"),
        QCoreApplication::translate("framefit-cli",
                                    "Save the finished MP4 to FILE (implies --wait)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("framefit-cli",
                                    "Print one JSON object describing the job on stdout."));
    const QCommandLineOption pollInterval(
        QStringLiteral("poll-interval"),
        QCoreApplication::translate("framefit-cli",
                                    "First wait between status checks in ms when the "
                                    "server does not say (default 2000; grows to 20 s)."),
        QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption maxWait(
        QStringLiteral("max-wait"),
        QCoreApplication::translate("framefit-cli",
                                    "Give up waiting after this many seconds (default 0: "
                                    "wait as long as the job runs)."),
        QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("framefit-cli",
                                    "Seconds without any data before a request is abandoned "
                                    "(default 60)."),
        QStringLiteral("S"), QStringLiteral("60"));
    parser.addOptions(
        {prompt, model, seconds, baseUrl, wait, download, json, pollInterval, maxWait, timeout});
    parser.addPositionalArgument(
        QStringLiteral("image"),
        QCoreApplication::translate("framefit-cli", "The picture to send."),
        QStringLiteral("<image>"));
    int status = ExitOk;
    if (!parseCommandLine(parser, arguments, &status))
        return status;

    ConvertSettings settings;
    if (const QString error = readPictureOptions(parser, settings); !error.isEmpty())
        return usageError(error, parser);
    if (parser.positionalArguments().size() != 1)
        return usageError(
            parser.positionalArguments().isEmpty()
                ? QCoreApplication::translate("framefit-cli", "no image given")
                : QCoreApplication::translate("framefit-cli", "submit takes exactly one image"),
            parser);
    if (parser.value(prompt).trimmed().isEmpty())
        return usageError(QCoreApplication::translate(
                              "framefit-cli", "--prompt is required: describe the video to make"),
                          parser);
    const QString modelName = parser.value(model).trimmed();
    if (!modelAcceptsSize(modelName, settings.target))
        return usageError(
            QCoreApplication::translate("framefit-cli",
                                        "model %1 does not make %2 videos; models that do: %3")
                .arg(modelName, sizeToString(settings.target),
                     modelsAccepting(settings.target).join(QStringLiteral(", "))),
            parser);
    const QString secondsText = parser.value(seconds).trimmed();
    bool secondsOk = false;
    if (secondsText.toInt(&secondsOk) <= 0 || !secondsOk)
        return usageError(QCoreApplication::translate(
                              "framefit-cli", "seconds \"%1\" is not a whole number of seconds")
                              .arg(secondsText),
                          parser);
    const QUrl url = QUrl::fromUserInput(parser.value(baseUrl).trimmed());
    if (const QString problem = baseUrlProblem(url); !problem.isEmpty())
        return usageError(problem, parser);
    bool numbersOk = true;
    bool ok = false;
    const int pollMs = parser.value(pollInterval).toInt(&ok);
    numbersOk = numbersOk && ok && pollMs > 0;
    const int maxWaitS = parser.value(maxWait).toInt(&ok);
    numbersOk = numbersOk && ok && maxWaitS >= 0;
    const int timeoutS = parser.value(timeout).toInt(&ok);
    numbersOk = numbersOk && ok && timeoutS > 0;
    if (!numbersOk)
        return usageError(QCoreApplication::translate(
                              "framefit-cli",
                              "--poll-interval, --max-wait and --timeout take whole positive "
                              "numbers"),
                          parser);
    const QString downloadPath = parser.value(download);
    if (!downloadPath.isEmpty() && QFileInfo::exists(downloadPath))
        return usageError(QCoreApplication::translate(
                              "framefit-cli", "%1 already exists; choose another --download file")
                              .arg(downloadPath),
                          parser);
    // Never a command-line argument: it would show in the process list.
    const QString key = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    if (key.isEmpty())
        return usageError(QCoreApplication::translate(
                              "framefit-cli",
                              "OPENAI_API_KEY is not set; submit reads the API key only from that "
                              "environment variable"),
                          parser);

    const QString input = parser.positionalArguments().constFirst();
    ImageLoader loader = ImageLoader::fromFile(input);
    QString prepareError;
    const std::optional<QByteArray> image =
        loader.data().isEmpty() ? std::nullopt
                                : prepareImage(loader, settings, Threads::All, &prepareError);
    if (!image) {
        err() << "framefit-cli: " << input << ": "
              << (loader.data().isEmpty() ? loader.error() : prepareError) << Qt::endl;
        return ExitFailed;
    }

    ClientConfig config;
    config.baseUrl = url;
    config.apiKey = key;
    config.timeoutMs = timeoutS * 1000;
    SoraClient client(config);
    CreateRequest request;
    request.prompt = parser.value(prompt);
    request.model = modelName;
    request.seconds = secondsText;
    request.size = settings.target;
    request.image = *image;
    request.format = settings.format;
    request.fileName =
        QFileInfo(outputFileName(input, settings.target, settings.format)).fileName();

    const bool asJson = parser.isSet(json);
    Video last;
    SoraError failure;
    QString requestId;
    const auto finishWith = [&](int exitStatus) {
        if (asJson) {
            const QJsonObject o{
                {QStringLiteral("id"), last.id.isEmpty() ? QJsonValue() : QJsonValue(last.id)},
                {QStringLiteral("status"),
                 last.status.isEmpty() ? QJsonValue() : QJsonValue(last.status)},
                {QStringLiteral("progress"), last.progress},
                {QStringLiteral("model"), modelName},
                {QStringLiteral("size"), sizeToString(settings.target)},
                {QStringLiteral("seconds"), secondsText},
                {QStringLiteral("request_id"),
                 requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)},
                {QStringLiteral("output"), exitStatus == ExitOk && !downloadPath.isEmpty()
                                               ? QJsonValue(downloadPath)
                                               : QJsonValue()},
                {QStringLiteral("ok"), exitStatus == ExitOk},
                {QStringLiteral("error"), errorJson(failure)},
            };
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            out().flush();
        }
        if (failure.isError())
            err() << "framefit-cli: " << failure.toText() << Qt::endl;
        return exitStatus;
    };

    SoraCall* create = client.create(request);
    reportRetries(create);
    waitFor(create);
    requestId = create->requestId();
    if (!create->ok()) {
        failure = create->error();
        return finishWith(failure.kind == ErrorKind::NotSent ? ExitUsage : ExitFailed);
    }
    last = *create->video();
    if (!asJson) {
        out() << last.id << '\n';
        out().flush();
    }
    if (!parser.isSet(wait) && downloadPath.isEmpty())
        return finishWith(ExitOk);

    JobPoller poller(&client, last.id);
    poller.setIntervals(pollMs, std::max<qint64>(pollMs, 20'000));
    poller.setMaxWait(qint64(maxWaitS) * 1000);
    QEventLoop loop;
    QString lastLine;
    QObject::connect(&poller, &JobPoller::updated, &loop, [&](const Video& v) {
        last = v;
        const QString line = QCoreApplication::translate("framefit-cli", "%1: %2 %3%")
                                 .arg(v.id, v.status)
                                 .arg(v.progress);
        if (line != lastLine)
            err() << line << Qt::endl;
        lastLine = line;
    });
    QObject::connect(&poller, &JobPoller::completed, &loop, [&](const Video& v) {
        last = v;
        loop.quit();
    });
    QObject::connect(&poller, &JobPoller::failed, &loop, [&](const SoraError& e, const Video& v) {
        if (!v.id.isEmpty())
            last = v;
        failure = e;
        loop.quit();
    });
    poller.start();
    loop.exec();
    if (failure.isError())
        return finishWith(ExitFailed);
    if (downloadPath.isEmpty())
        return finishWith(ExitOk);

    SoraCall* video = client.download(last.id, QStringLiteral("video"), downloadPath);
    reportRetries(video);
    waitFor(video);
    if (!video->ok()) {
        failure = video->error();
        return finishWith(ExitFailed);
    }
    if (!asJson)
        err() << QCoreApplication::translate("framefit-cli", "Saved %1").arg(downloadPath)
              << Qt::endl;
    return finishWith(ExitOk);
}

} // namespace framefit::cli
