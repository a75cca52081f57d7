// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bids/bids_import.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <cmath>

#include "core/recording/recording.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/sql_util.h"
#include "core/workspace/workspace.h"

namespace alfee::core {
namespace {

// BIDS channel types that are EEG; others (EOG, ECG, EMG, MISC, TRIG...) are no model input.
bool isEegType(const QString& type) {
    return type.isEmpty() || type.compare("EEG", Qt::CaseInsensitive) == 0;
}

// Bad and non-EEG channels of channels.tsv out of the mapping; warnings for names that the
// recording does not have, and for its channels the table does not list.
int applyChannels(const BidsRecording& r, const RecordingInfo& info, ChannelMapping* mapping,
                  QStringList* warnings) {
    int bad = 0;
    QSet<QString> listed;
    for (const BidsChannel& c : r.channels) {
        listed.insert(c.name);
        if (info.signalIndex(c.name) < 0) {
            *warnings << QStringLiteral("%1: channel '%2' is not in %3")
                             .arg(r.channelsFile, c.name, r.path);
            continue;
        }
        if (c.bad()) {
            mapping->excludeLabel(
                c.name, QStringLiteral("bad in channels.tsv%1")
                            .arg(c.description.isEmpty() ? QString() : ": " + c.description));
            ++bad;
        } else if (!isEegType(c.type)) {
            mapping->excludeLabel(c.name, QStringLiteral("type %1 in channels.tsv").arg(c.type));
        }
    }
    if (!r.channels.isEmpty())
        for (const SignalInfo& s : info.signalInfos)
            if (!listed.contains(s.label))
                *warnings << QStringLiteral("%1: does not list channel '%2' of the recording")
                                 .arg(r.channelsFile, s.label);
    return bad;
}

// What the sidecars say that the file contradicts.
void checkAgainstFile(const BidsRecording& r, const StoredRecording& s, QStringList* warnings) {
    double rate = 0;
    for (double v : s.ratesHz) rate = std::max(rate, v);
    if (r.samplingFrequency > 0 && std::abs(rate - r.samplingFrequency) > 1e-6)
        *warnings << QStringLiteral("%1: SamplingFrequency %2 Hz, the file has %3 Hz")
                         .arg(r.sidecarFile)
                         .arg(r.samplingFrequency)
                         .arg(rate);
    for (const Annotation& e : r.events)
        if (e.onsetSeconds() > s.durationSeconds) {
            *warnings << QStringLiteral(
                             "%1: an event at %2 s lies after the end of the recording (%3 s)")
                             .arg(r.eventsFile)
                             .arg(e.onsetSeconds())
                             .arg(s.durationSeconds);
            break;
        }
}

bool saveEntities(Workspace& ws, const QString& root, qint64 id, const BidsRecording& r,
                  QString* error) {
    QSqlQuery q(ws.db());
    const BidsEntities& e = r.entities;
    return execSql(q,
                   "INSERT OR REPLACE INTO bids_recordings(recording_id, root, subject, session, "
                   "task, acquisition, run, line_freq, reference, bad_channels) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   {id, root, e.subject, e.session, e.task, e.acquisition, e.run,
                    r.lineFrequency > 0 ? QVariant(r.lineFrequency) : QVariant(), r.reference,
                    r.badChannels().join(',')},
                   error);
}

bool saveParticipants(Workspace& ws, const BidsDataset& d, QString* error) {
    return ws.transact(
        [&](QString* why) {
            QSqlQuery q(ws.db());
            for (auto it = d.participants.begin(); it != d.participants.end(); ++it) {
                QJsonObject row;
                for (auto c = it.value().begin(); c != it.value().end(); ++c)
                    row.insert(c.key(), c.value());
                if (!execSql(q,
                             "INSERT OR REPLACE INTO participants(subject, root, metadata_json) "
                             "VALUES(?, ?, ?)",
                             {it.key(), d.root,
                              QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))},
                             why))
                    return false;
            }
            return true;
        },
        error);
}

// The BIDS part of one imported recording, in one transaction.
bool applyBids(Workspace& ws, RecordingStore& store, qint64 id, const BidsDataset& d,
               const BidsRecording& r, BidsImportSummary* summary, QString* error) {
    const auto stored = store.byId(id, error);
    if (!stored) return false;
    QString why;
    const auto recording = Recording::open(stored->path, &why);
    if (!recording) {
        *error = why;
        return false;
    }
    ChannelMapping mapping = stored->mapping;
    summary->badChannels += applyChannels(r, recording->info(), &mapping, &summary->warnings);
    checkAgainstFile(r, *stored, &summary->warnings);
    if (!store.saveMapping(id, mapping, error)) return false;
    return ws.transact(
        [&](QString* fail) {
            const int added = store.addAnnotations(id, r.events, fail);
            if (added < 0) return false;
            summary->events += added;
            return saveEntities(ws, d.root, id, r, fail);
        },
        error);
}

}  // namespace

BidsImportSummary importBids(Workspace& workspace, const BidsDataset& dataset,
                             const std::function<void(int, int)>& progress) {
    BidsImportSummary summary;
    summary.warnings = dataset.warnings;
    RecordingStore store(workspace);
    QSet<QString> subjects;
    for (int i = 0; i < dataset.recordings.size(); ++i) {
        const BidsRecording& r = dataset.recordings[i];
        summary.warnings += r.warnings;
        ImportOutcome o = store.importFile(r.path);
        QString error;
        if (o.kind == ImportOutcome::Kind::Failed) {
            summary.errors << o.message, ++summary.failed;
        } else if (!applyBids(workspace, store, o.recordingId, dataset, r, &summary, &error)) {
            summary.errors << r.path + ": " + error, ++summary.failed;
            o.kind = ImportOutcome::Kind::Failed, o.message = r.path + ": " + error;
        } else {
            (o.kind == ImportOutcome::Kind::AlreadyPresent ? summary.alreadyPresent
                                                           : summary.imported)++;
            subjects.insert(r.entities.subject);
        }
        summary.outcomes.push_back({r.path, o});
        if (progress) progress(i + 1, dataset.recordings.size());
    }
    QString error;
    if (!saveParticipants(workspace, dataset, &error)) summary.errors << error;
    summary.subjects = subjects.size();
    return summary;
}

double bidsLineFrequency(Workspace& workspace, const QVector<qint64>& recordingIds) {
    QSet<double> found;
    QSqlQuery q(workspace.db());
    QString error;
    for (qint64 id : recordingIds) {
        if (!execSql(q, "SELECT line_freq FROM bids_recordings WHERE recording_id = ?", {id},
                     &error) ||
            !q.next() || q.value(0).isNull())
            return 0;
        found.insert(q.value(0).toDouble());
    }
    return found.size() == 1 ? *found.begin() : 0;
}

QString participantValue(Workspace& workspace, const QString& subject, const QString& column) {
    QSqlQuery q(workspace.db());
    QString error;
    if (!execSql(q, "SELECT metadata_json FROM participants WHERE subject = ?", {subject},
                 &error) ||
        !q.next())
        return {};
    const QString v =
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()[column].toString();
    return v == QLatin1String("n/a") ? QString() : v;
}

}  // namespace alfee::core
