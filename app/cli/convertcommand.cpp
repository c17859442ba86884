// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertcommand.h"

#include "cliargs.h"
#include "core/converter.h"
#include "core/inputcollector.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <csignal>

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
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    const auto convertOne = [&settings, existing, rows](const Job& job) {
        if (!job.error.isEmpty())
            return ConvertResult{job.input, {}, false, job.error, {}};
        if (g_interrupted.load())
            return ConvertResult{
                job.input,
                {},
                false,
                QCoreApplication::translate("framefit-cli", "interrupted before it started"),
                {}};
        return convertFile(job.input, job.output, settings, existing, rows);
    };
    QFuture<ConvertResult> results = QtConcurrent::mapped(&pool, jobList, convertOne);

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
    if (g_interrupted.load())
        return 130;
    return failed == 0 ? ExitOk : ExitFailed;
}

} // namespace framefit::cli
