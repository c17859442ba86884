// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/convertsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace framefit::cli {

// Exit statuses of the CLI contract (shared/spec/cli.md).
enum ExitStatus { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

QTextStream& out();
QTextStream& err();

// The command being run ("convert"), for usage and help texts.
void setCommandName(const QString& command);
// The parser's help text with the usage line "Usage: framefit-cli <command> [options] ...".
QString commandHelp(const QCommandLineParser& parser);

// Prints "framefit-cli: <message>" and the command's usage on stderr; returns ExitUsage.
int usageError(const QString& message, const QCommandLineParser& parser);

// Parses `arguments` (the command's own, the program name first); on failure reports a usage
// error. Returns false when the caller should exit with *status (help shown, or usage error).
bool parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, int* status);

// The picture options shared by convert and submit: -s -m -c -b -f -q.
void addPictureOptions(QCommandLineParser& parser);
// Reads them into `settings`; returns the usage error in words, or an empty string.
QString readPictureOptions(const QCommandLineParser& parser, ConvertSettings& settings);

// -s alone (check): the target size or a usage error in words.
QString readTargetSize(const QCommandLineParser& parser, QSize& size);

} // namespace framefit::cli
