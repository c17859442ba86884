// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "targets.h"

#include <QUrl>

namespace framefit {

namespace {
bool isText(const QVariant& v) {
    return v.canConvert<QString>();
}
bool isNonEmptyText(const QVariant& v) {
    return isText(v) && !v.toString().trimmed().isEmpty();
}
bool isBytes(const QVariant& v) {
    return v.canConvert<QByteArray>();
}
bool isIntIn(const QVariant& v, int lo, int hi) {
    bool ok = false;
    const int i = v.toInt(&ok);
    return ok && i >= lo && i <= hi;
}
QString groupKey(const QString& group, const char* name) {
    return group + u'/' + QLatin1String(name);
}
} // namespace

AppSettings::AppSettings(QSettings* settings)
    : m_owned(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_owned.get()) {}

AppSettings::~AppSettings() = default;

QVariant AppSettings::read(QAnyStringView key, const QVariant& fallback,
                           const std::function<bool(const QVariant&)>& valid) const {
    const QVariant v = m_settings->value(key);
    return (v.isValid() && valid(v)) ? v : fallback;
}

void AppSettings::write(QAnyStringView key, const QVariant& value) {
    m_settings->setValue(key, value);
}

ConvertSettings AppSettings::readPicture(const QString& group) const {
    ConvertSettings d;
    const auto validSize = [](const QVariant& v) {
        return parseTargetSize(v.toString()).has_value();
    };
    d.target = *parseTargetSize(
        read(groupKey(group, "target"), sizeToString(d.target), validSize).toString());
    const auto validMode = [](const QVariant& v) {
        return parseFitMode(v.toString()).has_value();
    };
    d.mode =
        *parseFitMode(read(groupKey(group, "mode"), fitModeName(d.mode), validMode).toString());
    const auto validColour = [](const QVariant& v) {
        return parseHexColour(v.toString()).has_value();
    };
    d.background = *parseHexColour(
        read(groupKey(group, "background"), d.background.name(QColor::HexRgb), validColour)
            .toString());
    const auto validFormat = [](const QVariant& v) {
        return parseImageFormat(v.toString()).has_value();
    };
    d.format = *parseImageFormat(
        read(groupKey(group, "format"), imageFormatName(d.format), validFormat).toString());
    d.quality = read(groupKey(group, "quality"), d.quality, [](const QVariant& v) {
                    return isIntIn(v, 1, 100);
                }).toInt();
    return d;
}

void AppSettings::writePicture(const QString& group, const ConvertSettings& picture) {
    write(groupKey(group, "target"), sizeToString(picture.target));
    write(groupKey(group, "mode"), fitModeName(picture.mode));
    write(groupKey(group, "background"), picture.background.name(QColor::HexRgb));
    write(groupKey(group, "format"), imageFormatName(picture.format));
    write(groupKey(group, "quality"), picture.quality);
}

ConvertSettings AppSettings::pictureDefaults() const {
    return readPicture(QStringLiteral("picture"));
}

void AppSettings::setPictureDefaults(const ConvertSettings& picture) {
    writePicture(QStringLiteral("picture"), picture);
}

BatchSettings AppSettings::batchDefaults() const {
    BatchSettings d;
    d.picture = readPicture(QStringLiteral("batch"));
    d.outputDir = read(QStringLiteral("batch/outputDir"), QString(), isText).toString();
    d.namePattern = read(QStringLiteral("batch/namePattern"), QString(), [](const QVariant& v) {
                        return isText(v) && namePatternProblem(v.toString()).isEmpty();
                    }).toString();
    return d;
}

void AppSettings::setBatchDefaults(const BatchSettings& batch) {
    writePicture(QStringLiteral("batch"), batch.picture);
    write(QStringLiteral("batch/outputDir"), batch.outputDir);
    write(QStringLiteral("batch/namePattern"), batch.namePattern);
}

QString AppSettings::outputDir() const {
    return read("paths/outputDir", QString(), isText).toString();
}
void AppSettings::setOutputDir(const QString& dir) {
    write("paths/outputDir", dir);
}
QString AppSettings::lastOpenDir() const {
    return read("paths/lastOpenDir", QString(), isText).toString();
}
void AppSettings::setLastOpenDir(const QString& dir) {
    write("paths/lastOpenDir", dir);
}

bool AppSettings::aspectLocked() const {
    return read("crop/aspectLocked", true, [](const QVariant& v) { return v.canConvert<bool>(); })
        .toBool();
}
void AppSettings::setAspectLocked(bool locked) {
    write("crop/aspectLocked", locked);
}
int AppSettings::nudgeStep() const {
    return read("crop/nudgeStep", 1, [](const QVariant& v) { return isIntIn(v, 1, 100); }).toInt();
}
void AppSettings::setNudgeStep(int pixels) {
    write("crop/nudgeStep", std::clamp(pixels, 1, 100));
}

QByteArray AppSettings::windowGeometry() const {
    return read("window/geometry", QByteArray(), isBytes).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    write("window/geometry", geometry);
}
QByteArray AppSettings::windowState() const {
    return read("window/state", QByteArray(), isBytes).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& state) {
    write("window/state", state);
}

QString AppSettings::language() const {
    return read("ui/language", QString(),
                [](const QVariant& v) {
                    const QString s = v.toString();
                    return s.isEmpty() || s == QLatin1String("en") || s == QLatin1String("id") ||
                           s == QLatin1String("zh_CN");
                })
        .toString();
}
void AppSettings::setLanguage(const QString& language) {
    write("ui/language", language);
}

QString AppSettings::apiBaseUrl() const {
    const QString env = qEnvironmentVariable("OPENAI_BASE_URL");
    const QString fallback = env.isEmpty() ? QStringLiteral("https://api.openai.com/v1") : env;
    return read("api/baseUrl", fallback,
                [](const QVariant& v) {
                    const QUrl url(v.toString(), QUrl::StrictMode);
                    return url.isValid() && (url.scheme() == QLatin1String("https") ||
                                             url.scheme() == QLatin1String("http"));
                })
        .toString();
}
void AppSettings::setApiBaseUrl(const QString& url) {
    write("api/baseUrl", url);
}
QString AppSettings::model() const {
    return read("api/model", QStringLiteral("sora-2"), isNonEmptyText).toString();
}
void AppSettings::setModel(const QString& model) {
    write("api/model", model);
}
QString AppSettings::seconds() const {
    return read("api/seconds", QStringLiteral("4"),
                [](const QVariant& v) { return isIntIn(v, 1, 600); })
        .toString();
}
void AppSettings::setSeconds(const QString& seconds) {
    write("api/seconds", seconds);
}

void AppSettings::sync() {
    m_settings->sync();
}

} // namespace framefit
