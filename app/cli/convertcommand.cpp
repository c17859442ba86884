// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertcommand.h"

#include "cliargs.h"
#include "core/converter.h"
#include "core/inputcollector.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <csignal>
#include <optional>
#include <utility>
#include <vector>

namespace framefit::cli {

namespace {

std::atomic_bool g_interrupted{false};

// Ctrl+C stops new conversions from starting; the ones in flight finish or are discarded before
// they reach their output path, so an interrupted run never leaves a partial output.
extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

struct Job {
    QString input;
    QString output;
    QString error; // set when the job cannot run at all
};

QJsonObject toJson(const ConvertResult& r) {
    return QJsonObject{
        {QStringLiteral("input"), r.input},
        {QStringLiteral("output"), r.ok ? QJsonValue(r.output) : QJsonValue()},
        {QStringLiteral("ok"), r.ok},
        {QStringLiteral("error"), r.ok ? QJsonValue() : QJsonValue(r.error)},
        {QStringLiteral("width"), r.ok ? r.size.width() : 0},
        {QStringLiteral("height"), r.ok ? r.size.height() : 0},
    };
}

} // namespace

int runConvert(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "framefit-cli", "Convert pictures to exactly the size a Sora video needs.\n"
                        "Outputs are named <stem>_sora_<W>x<H>.<ext>."));
    addPictureOptions(parser);
    const QCommandLineOption recursive(
        {QStringLiteral("r"), QStringLiteral("recursive")},
        QCoreApplication::translate("framefit-cli",
                                    "Also take pictures from subfolders of folder inputs."));
    const QCommandLineOption outputDir(
        {QStringLiteral("o"), QStringLiteral("output-dir")},
        QCoreApplication::translate("framefit-cli",
                                    "Where outputs go (default: beside each input); created "
                                    "if missing."),
        QStringLiteral("D"));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        QCoreApplication::translate("framefit-cli",
                                    "Replace existing outputs (default: that input fails)."));
    const QCommandLineOption jobs(
        {QStringLiteral("j"), QStringLiteral("jobs")},
        QCoreApplication::translate("framefit-cli", "Parallel workers (default: all cores)."),
        QStringLiteral("N"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("framefit-cli", "One JSON object per input on stdout."));
    parser.addOptions({recursive, outputDir, overwrite, jobs, json});
    parser.addPositionalArgument(
        QStringLiteral("input"),
        QCoreApplication::translate("framefit-cli", "Picture files or folders."),
        QStringLiteral("<input>..."));
    int status = ExitOk;
    if (!parseCommandLine(parser, arguments, &status))
        return status;

    ConvertSettings settings;
    if (const QString error = readPictureOptions(parser, settings); !error.isEmpty())
        return usageError(error, parser);
    int workers = QThread::idealThreadCount();
    if (parser.isSet(jobs)) {
        bool ok = false;
        workers = parser.value(jobs).toInt(&ok);
        if (!ok || workers < 1 || workers > 256)
            return usageError(QCoreApplication::translate(
                                  "framefit-cli", "jobs \"%1\" is not a whole number from 1 to 256")
                                  .arg(parser.value(jobs)),
                              parser);
    }
    if (parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("framefit-cli", "no input given"), parser);
    if (parser.isSet(outputDir) && parser.value(outputDir).isEmpty())
        return usageError(QCoreApplication::translate("framefit-cli", "the output folder is empty"),
                          parser);

    // Past this point the arguments are valid: only now may anything be written.
    QString dir;
    if (parser.isSet(outputDir)) {
        dir = parser.value(outputDir);
        if (!QDir().mkpath(dir)) {
            err() << "framefit-cli: "
                  << QCoreApplication::translate("framefit-cli",
                                                 "cannot create the output folder %1")
                         .arg(dir)
                  << '\n';
            return ExitFailed;
        }
    }
    const ExistingFile existing =
        parser.isSet(overwrite) ? ExistingFile::Replace : ExistingFile::Keep;

    QList<Job> jobList;
    QHash<QString, QString> claimedOutputs; // absolute output path -> the input that claimed it
    for (const InputEntry& entry :
         collectInputs(parser.positionalArguments(), parser.isSet(recursive))) {
        Job job{entry.path, {}, entry.error};
        if (job.error.isEmpty()) {
            const QFileInfo input(entry.path);
            const QString name = outputFileName(entry.path, settings.target, settings.format);
            job.output = QDir(dir.isEmpty() ? input.path() : dir).filePath(name);
            const QString key = QFileInfo(job.output).absoluteFilePath();
            if (key == input.absoluteFilePath())
                job.error = QCoreApplication::translate(
                    "framefit-cli", "its output would replace the input itself");
            else if (claimedOutputs.contains(key))
                job.error = QCoreApplication::translate("framefit-cli",
                                                        "has the same output name as %1: %2")
                                .arg(claimedOutputs[key], job.output);
            else
                claimedOutputs.insert(key, entry.path);
        }
        jobList.append(job);
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    // Each worker holds one decoded picture at a time, so memory stays flat however many
    // inputs there are. A single input gets all cores for its rows instead.
    const Threads rows = jobList.size() < workers ? Threads::All : Threads::Single;
    // Pictures start in input order, except that one needing more memory than is free right
    // now waits aside (at most one per worker) while smaller ones go ahead: the cores stay busy
    // and the peak stays near that of the largest picture.
    BudgetedScheduler scheduler(int(jobList.size()), kBatchMemoryBudget, workers);
    std::vector<std::optional<ImageLoader>> loaded(size_t(jobList.size())); // measured, not run
    const auto measure = [&](int i) -> qint64 {
        const Job& job = jobList[i];
        if (!job.error.isEmpty() || g_interrupted.load() ||
            (existing == ExistingFile::Keep && QFileInfo::exists(job.output)))
            return 0;
        loaded[size_t(i)].emplace(ImageLoader::fromFile(job.input));
        return conversionMemoryEstimate(*loaded[size_t(i)], settings);
    };
    QPromise<ConvertResult> promise;
    QFuture<ConvertResult> results = promise.future();
    promise.start();
    const auto run = [&](int i, BudgetedScheduler::Lease& lease) {
        const Job& job = jobList[i];
        std::optional<ImageLoader> loader = std::exchange(loaded[size_t(i)], std::nullopt);
        ConvertResult r;
        if (!job.error.isEmpty())
            r = ConvertResult{job.input, {}, false, job.error, {}};
        else if (g_interrupted.load())
            r = ConvertResult{
                job.input,
                {},
                false,
                QCoreApplication::translate("framefit-cli", "interrupted before it started"),
                {}};
        else if (!loader) // its output exists: convertFile() says so without reading it
            r = convertFile(job.input, job.output, settings, existing, rows);
        else
            r = convertLoaded(*loader, job.input, job.output, settings, existing, rows, &lease);
        promise.addResult(r, i);
    };
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    for (int w = 0; w < workers; ++w)
        pool.start([&] { scheduler.work(measure, run); });

    int failed = 0;
    const bool asJson = parser.isSet(json);
    for (int i = 0; i < jobList.size(); ++i) {
        const ConvertResult r = results.resultAt(i); // in input order, as each finishes
        if (asJson)
            out() << QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact) << '\n';
        else if (r.ok)
            out() << r.input << " -> " << r.output << '\n';
        out().flush();
        if (!r.ok) {
            ++failed;
            err() << "framefit-cli: " << r.input << ": " << r.error << '\n';
            err().flush();
        }
    }
    pool.waitForDone();
    promise.finish();
    if (g_interrupted.load())
        return 130;
    return failed == 0 ? ExitOk : ExitFailed;
}

} // namespace framefit::cli
