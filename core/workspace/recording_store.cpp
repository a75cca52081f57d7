// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/recording_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/recording/recording_json.h"
#include "core/workspace/sql_util.h"

namespace alfee::core {
namespace {

QString json(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char* kColumns =
    "id, path, sha256, format, reader, bytes, duration_s, signal_count, annotation_count, "
    "mapping_json, warnings, header_json";

StoredRecording fromRow(const QSqlQuery& q) {
    StoredRecording r;
    r.id = q.value(0).toLongLong();
    r.path = q.value(1).toString();
    r.sha256 = q.value(2).toString();
    r.format = q.value(3).toString();
    r.reader = q.value(4).toString();
    r.bytes = q.value(5).toLongLong();
    r.durationSeconds = q.value(6).toDouble();
    r.signalCount = q.value(7).toInt();
    r.annotationCount = q.value(8).toInt();
    QString ignored;
    ChannelMapping::fromJson(parseObject(q.value(9).toString()), &r.mapping, &ignored);
    r.warnings = q.value(10).toString().split('\n', Qt::SkipEmptyParts);
    const QJsonObject header = parseObject(q.value(11).toString());
    r.recordDuration = header["record_duration_s"].toDouble();
    for (const auto& v : header["segments"].toArray()) {
        const QJsonObject seg = v.toObject();
        r.segments.push_back({seg["first_record"].toInteger(), seg["records"].toInteger(),
                              seg["onset_s"].toDouble()});
    }
    for (const auto& v : header["signals"].toArray())
        r.ratesHz.push_back(v.toObject()["rate_hz"].toDouble());
    return r;
}

bool insertChannels(QSqlQuery& q, qint64 id, const RecordingInfo& info, const ChannelMapping& m,
                    QString* error) {
    for (const ChannelMapEntry& e : m.entries()) {
        const SignalInfo& s = info.signalInfos[e.signal];
        if (!execSql(q,
                     "INSERT INTO channels(recording_id, signal, label, rate_hz, samples, unit, "
                     "type, electrode, status) VALUES(?,?,?,?,?,?,?,?,?)",
                     {id, e.signal, s.label, s.rateHz, s.samples, s.unit, channelTypeName(e.type),
                      e.electrode, ChannelMapping::statusName(e.status)},
                     error))
            return false;
    }
    return true;
}

// The channels column: '' for all channels, else a JSON array of file labels.
QString channelsText(const QStringList& channels) {
    if (channels.isEmpty()) return QString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(channels)).toJson(QJsonDocument::Compact));
}

QStringList channelsOf(const QString& text) {
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) out << v.toString();
    return out;
}

// Every write of an annotation row goes through here (imports of files and of BIDS events, the
// user's edits).
bool insertAnnotation(QSqlQuery& q, qint64 recordingId, const Annotation& a, QString* why) {
    return execSql(q,
                   "INSERT INTO annotations(recording_id, onset_s, duration_s, text, channels) "
                   "VALUES(?,?,?,?,?)",
                   {recordingId, a.onsetSeconds(),
                    a.hasDuration() ? QVariant(a.durationSeconds()) : QVariant(), a.text,
                    channelsText(a.channels)},
                   why);
}

}  // namespace

QString StoredRecording::fileName() const {
    return QFileInfo(path).fileName();
}

bool RecordingStore::sha256OfFile(const QString& path, QString* hex, QString* error) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : recordingFileSet(path)) {  // a BrainVision header with its data
        QFile f(part);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(part, f.errorString());
            return false;
        }
        if (!hash.addData(&f)) {
            *error = QCoreApplication::translate("alfee::core", "%1: read error while hashing")
                         .arg(part);
            return false;
        }
    }
    *hex = QString::fromLatin1(hash.result().toHex());
    return true;
}

ImportOutcome RecordingStore::importFile(const QString& path) {
    ImportOutcome out;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString error, sha;
    // Open first: a bad file must be refused before anything is written.
    auto rec = Recording::open(path, &error);
    if (!rec || !sha256OfFile(path, &sha, &error)) {
        out.message = error;
        return out;
    }
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT id, path FROM recordings WHERE sha256 = ?", {sha}, &error)) {
        out.message = error;
        return out;
    }
    if (q.next()) {
        out.recordingId = q.value(0).toLongLong();
        const QString known = q.value(1).toString();
        if (known == absolute || QFileInfo::exists(known)) {
            out.kind = ImportOutcome::Kind::AlreadyPresent;
            out.message =
                QCoreApplication::translate("alfee::core", "%1: already in the workspace as %2")
                    .arg(path, known);
            return out;
        }
        const bool moved = ws_.transact(
            [&](QString* why) {
                QSqlQuery u(ws_.db());
                return execSql(u, "UPDATE recordings SET path = ? WHERE id = ?",
                               {absolute, out.recordingId}, why);
            },
            &error);
        out.kind = moved ? ImportOutcome::Kind::Relocated : ImportOutcome::Kind::Failed;
        out.message = moved ? QCoreApplication::translate("alfee::core",
                                                          "%1: known by its content; moved from %2")
                                  .arg(path, known)
                            : error;
        return out;
    }
    const ChannelMapping mapping = ChannelMapping::fromRecording(rec->info());
    const bool ok = ws_.transact(
        [&](QString* why) {
            QSqlQuery w(ws_.db());
            const RecordingInfo& info = rec->info();
            if (!execSql(w,
                         "INSERT INTO recordings(path, sha256, bytes, format, reader, start, "
                         "duration_s, signal_count, annotation_count, header_json, mapping_json, "
                         "warnings, imported_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         {absolute, sha, QFileInfo(path).size(), info.format, rec->readerName(),
                          info.start.toString(Qt::ISODate), info.durationSeconds(),
                          int(info.signalInfos.size()), int(info.annotations.size()),
                          json(recordingToJson(*rec, mapping)), json(mapping.toJson()),
                          issueTexts(rec->warnings(), HeaderIssue::Severity::Warning).join('\n'),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         why))
                return false;
            out.recordingId = w.lastInsertId().toLongLong();
            if (!insertChannels(w, out.recordingId, info, mapping, why)) return false;
            for (const Annotation& a : info.annotations)
                if (!insertAnnotation(w, out.recordingId, a, why)) return false;
            return true;
        },
        &error);
    out.kind = ok ? ImportOutcome::Kind::Imported : ImportOutcome::Kind::Failed;
    out.message =
        ok ? QCoreApplication::translate("alfee::core", "%1: imported (%2 channels, %3 mapped)")
                 .arg(path)
                 .arg(rec->info().signalInfos.size())
                 .arg(mapping.mapped().size())
           : error;
    return out;
}

QVector<StoredRecording> RecordingStore::list(QString* error) {
    QVector<StoredRecording> out;
    QSqlQuery q(ws_.db());
    if (!execSql(q, QStringLiteral("SELECT %1 FROM recordings ORDER BY path").arg(kColumns), {},
                 error))
        return out;
    while (q.next()) out.push_back(fromRow(q));
    return out;
}

std::optional<StoredRecording> RecordingStore::byId(qint64 id, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, QStringLiteral("SELECT %1 FROM recordings WHERE id = ?").arg(kColumns), {id},
                 error))
        return std::nullopt;
    if (!q.next()) {
        *error = QCoreApplication::translate("alfee::core", "no recording %1 in %2")
                     .arg(id)
                     .arg(ws_.path());
        return std::nullopt;
    }
    return fromRow(q);
}

std::optional<StoredRecording> RecordingStore::bySha256(const QString& sha256, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, QStringLiteral("SELECT %1 FROM recordings WHERE sha256 = ?").arg(kColumns),
                 {sha256}, error) ||
        !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<StoredRecording> RecordingStore::find(const QString& key, QString* error) {
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (isId) return byId(id, error);
    const QString absolute = QFileInfo(key).absoluteFilePath();
    QVector<StoredRecording> matches;
    for (const StoredRecording& r : list(error))
        if (r.path == absolute || r.fileName() == key) matches.push_back(r);
    if (matches.size() == 1) return matches.front();
    *error = matches.isEmpty()
                 ? QCoreApplication::translate("alfee::core", "%1: not a recording of %2")
                       .arg(key, ws_.path())
                 : QCoreApplication::translate("alfee::core",
                                               "%1: %2 recordings have that name; use the id")
                       .arg(key)
                       .arg(matches.size());
    return std::nullopt;
}

QVector<Annotation> RecordingStore::annotations(qint64 recordingId, QString* error) {
    QVector<Annotation> out;
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 "SELECT onset_s, duration_s, text, channels FROM annotations "
                 "WHERE recording_id = ? ORDER BY rowid",
                 {recordingId}, error))
        return out;
    while (q.next())
        out.push_back({std::llround(q.value(0).toDouble() * 1e7),
                       q.value(1).isNull() ? -1 : std::llround(q.value(1).toDouble() * 1e7),
                       q.value(2).toString(), channelsOf(q.value(3).toString())});
    return out;
}

bool RecordingStore::saveMapping(qint64 recordingId, const ChannelMapping& mapping,
                                 QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "UPDATE recordings SET mapping_json = ? WHERE id = ?",
                         {json(mapping.toJson()), recordingId}, why))
                return false;
            for (const ChannelMapEntry& e : mapping.entries())
                if (!execSql(q,
                             "UPDATE channels SET electrode = ?, status = ?, type = ? "
                             "WHERE recording_id = ? AND signal = ?",
                             {e.electrode, ChannelMapping::statusName(e.status),
                              channelTypeName(e.type), recordingId, e.signal},
                             why))
                    return false;
            return true;
        },
        error);
}

int RecordingStore::addAnnotations(qint64 recordingId, const QVector<Annotation>& annotations,
                                   QString* error) {
    const QVector<Annotation> known = this->annotations(recordingId, error);
    QSqlQuery q(ws_.db());
    int added = 0;
    for (const Annotation& a : annotations) {
        if (known.contains(a)) continue;
        if (!insertAnnotation(q, recordingId, a, error)) return -1;
        ++added;
    }
    if (!execSql(q, "UPDATE recordings SET annotation_count = annotation_count + ? WHERE id = ?",
                 {added, recordingId}, error))
        return -1;
    return added;
}

bool RecordingStore::replaceAnnotations(qint64 recordingId, const QVector<Annotation>& annotations,
                                        QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "DELETE FROM annotations WHERE recording_id = ?", {recordingId}, why))
                return false;
            for (const Annotation& a : annotations)
                if (!insertAnnotation(q, recordingId, a, why)) return false;
            if (!execSql(q,
                         "UPDATE recordings SET annotation_count = ?, annotations_edited_at = ? "
                         "WHERE id = ?",
                         {int(annotations.size()),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), recordingId},
                         why))
                return false;
            if (q.numRowsAffected() == 1) return true;
            *why = QCoreApplication::translate("alfee::core", "%1: no recording %2")
                       .arg(ws_.path())
                       .arg(recordingId);
            return false;
        },
        error);
}

QString RecordingStore::annotationsEditedAt(qint64 recordingId, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT annotations_edited_at FROM recordings WHERE id = ?", {recordingId},
                 error) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

}  // namespace alfee::core
