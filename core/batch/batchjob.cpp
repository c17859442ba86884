// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjob.h"

#include "core/targets.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace framefit {

QString defaultNamePattern() {
    return QStringLiteral("{stem}_sora_{w}x{h}.{ext}");
}

QString namePatternProblem(const QString& pattern) {
    if (pattern.trimmed().isEmpty())
        return QCoreApplication::translate("BatchJob", "the name pattern is empty");
    if (pattern.contains(u'/') || pattern.contains(u'\\'))
        return QCoreApplication::translate("BatchJob",
                                           "the name pattern must not contain a folder separator");
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("stem") && name != QLatin1String("w") &&
            name != QLatin1String("h") && name != QLatin1String("ext"))
            return QCoreApplication::translate(
                       "BatchJob",
                       "the name pattern has an unknown placeholder {%1}: use {stem}, {w}, {h} "
                       "and {ext}")
                .arg(name);
    }
    if (!pattern.contains(QLatin1String("{stem}")))
        return QCoreApplication::translate(
            "BatchJob", "the name pattern needs {stem}, or every picture would get the same name");
    return {};
}

QString expandNamePattern(const QString& pattern, const QString& input, QSize target,
                          ImageFormat format) {
    if (pattern.isEmpty() || pattern == defaultNamePattern())
        return outputFileName(input, target, format);
    QString name = pattern;
    // {stem} last: a stem may itself contain "{w}" and must stay as it is.
    name.replace(QLatin1String("{w}"), QString::number(target.width()));
    name.replace(QLatin1String("{h}"), QString::number(target.height()));
    name.replace(QLatin1String("{ext}"), fileExtension(format));
    name.replace(QLatin1String("{stem}"), QFileInfo(input).completeBaseName());
    return name;
}

QSize orientedTarget(QSize chosen, BatchOrientation orientation, QSize uprightSource) {
    const QSize other = rotatedTarget(chosen);
    const QSize landscape = chosen.width() >= chosen.height() ? chosen : other;
    const QSize portrait = chosen.width() >= chosen.height() ? other : chosen;
    switch (orientation) {
    case BatchOrientation::Landscape:
        return landscape;
    case BatchOrientation::Portrait:
        return portrait;
    case BatchOrientation::Auto:
        break;
    }
    return uprightSource.isValid() && uprightSource.height() > uprightSource.width() ? portrait
                                                                                     : landscape;
}

ConvertSettings itemSettings(const BatchSettings& settings, const BatchItem& item,
                             QSize uprightSource) {
    ConvertSettings s = settings.picture;
    const QSize upright = uprightSource.isValid() ? uprightSource : item.uprightSize;
    s.target = orientedTarget(settings.picture.target, item.orientation, upright);
    s.crop = item.crop.value_or(CropBounds{});
    if (item.mode)
        s.mode = *item.mode;
    return s;
}

QString plannedOutputPath(const BatchSettings& settings, const BatchItem& item,
                          QSize uprightSource) {
    const ConvertSettings s = itemSettings(settings, item, uprightSource);
    const QString name = expandNamePattern(settings.namePattern, item.input, s.target, s.format);
    const QString dir =
        settings.outputDir.isEmpty() ? QFileInfo(item.input).path() : settings.outputDir;
    return QDir(dir).filePath(name);
}

QString numberedPath(const QString& path, int n) {
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? info.fileName() : info.completeBaseName();
    QString name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    if (!suffix.isEmpty())
        name += u'.' + suffix;
    return QDir(info.path()).filePath(name);
}

QString batchItemStateName(BatchItemState state) {
    switch (state) {
    case BatchItemState::Pending:
        return QCoreApplication::translate("BatchJob", "Waiting");
    case BatchItemState::Running:
        return QCoreApplication::translate("BatchJob", "Converting");
    case BatchItemState::Done:
        return QCoreApplication::translate("BatchJob", "Done");
    case BatchItemState::Failed:
        return QCoreApplication::translate("BatchJob", "Failed");
    case BatchItemState::Skipped:
        return QCoreApplication::translate("BatchJob", "Skipped");
    }
    return {};
}

} // namespace framefit
