// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/brainvision_markers.h"

#include <QStringList>
#include <cmath>

#include "core/recording/brainvision_header.h"

namespace alfee::core {
namespace {

// "Mk2=Stimulus,S  1,1001,1,0[,date]": type and description (commas escaped as \1), 1-based
// position, size in samples (0 where it is not a number, as MNE reads it), channel.
std::optional<Annotation> markerOf(const QString& fields, double rateHz) {
    const QStringList f = fields.split(',');
    bool ok = false;
    const qint64 position = f.value(2).trimmed().toLongLong(&ok);
    if (f.size() < 3 || !ok) return std::nullopt;
    const qint64 size = std::max<qint64>(0, f.value(3).trimmed().toLongLong());
    Annotation a;
    a.onset100ns = std::llround((position - 1) / rateHz * 1e7);
    a.duration100ns = std::llround(size / rateHz * 1e7);
    a.text = QString(f[0]).replace("\\1", ",") + "/" + QString(f[1]).replace("\\1", ",");
    return a;
}

// "20261207102030123456": the date of a "New Segment" marker, microseconds included.
void readStart(const QString& fields, BrainVisionMarkers* markers) {
    const QStringList f = fields.split(',');
    const QString date = f.value(5).trimmed();
    if (markers->start.isValid() || f.value(0) != "New Segment" || date.size() != 20) return;
    const QDateTime start = QDateTime::fromString(date.left(14), QStringLiteral("yyyyMMddHHmmss"));
    if (!start.isValid()) return;
    markers->start = start;
    markers->startSubsecond100ns = date.mid(14).toLongLong() * 10;
}

}  // namespace

std::optional<BrainVisionMarkers> readBrainVisionMarkerFile(const QString& markerPath,
                                                            double rateHz, QString* why) {
    const auto ini = readBrainVisionIni(markerPath, why);
    if (!ini) return std::nullopt;
    BrainVisionMarkers markers;
    for (const auto& [key, fields] : ini->sections.value("marker infos")) {
        if (!key.startsWith("mk")) continue;
        if (const auto a = markerOf(fields, rateHz)) markers.annotations << *a;
        readStart(fields, &markers);
    }
    return markers;
}

}  // namespace alfee::core
