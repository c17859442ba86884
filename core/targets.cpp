// SPDX-License-Identifier: GPL-3.0-or-later
#include "targets.h"

#include <array>

namespace framefit {

namespace {
constexpr std::array<TargetSize, 4> kTargets{{
    {QSize(1280, 720), true, true},
    {QSize(720, 1280), true, true},
    {QSize(1792, 1024), false, true},
    {QSize(1024, 1792), false, true},
}};

const TargetSize* findTarget(QSize size) {
    for (const TargetSize& t : kTargets) {
        if (t.size == size)
            return &t;
    }
    return nullptr;
}
} // namespace

std::span<const TargetSize> targetSizes() {
    return kTargets;
}

std::optional<QSize> parseTargetSize(QStringView text) {
    const QList<QStringView> parts =
        text.trimmed().split(u'x', Qt::KeepEmptyParts, Qt::CaseInsensitive);
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false;
    bool okH = false;
    const QSize size(parts[0].toInt(&okW), parts[1].toInt(&okH));
    if (!okW || !okH || !findTarget(size))
        return std::nullopt;
    return size;
}

QString sizeToString(QSize size) {
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

QString targetSizeList() {
    QStringList names;
    for (const TargetSize& t : kTargets)
        names << sizeToString(t.size);
    return names.join(QStringLiteral(", "));
}

QStringList knownModels() {
    return {QStringLiteral("sora-2"), QStringLiteral("sora-2-pro")};
}

bool modelAcceptsSize(const QString& model, QSize size) {
    const TargetSize* target = findTarget(size);
    if (model == QLatin1String("sora-2"))
        return target && target->sora2;
    if (model == QLatin1String("sora-2-pro"))
        return target && target->sora2Pro;
    return true;
}

QStringList modelsAccepting(QSize size) {
    QStringList models;
    for (const QString& model : knownModels()) {
        if (findTarget(size) && modelAcceptsSize(model, size))
            models << model;
    }
    return models;
}

QSize rotatedTarget(QSize size) {
    return findTarget(size) ? size.transposed() : size;
}

} // namespace framefit
