// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bids/bids_layout.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

#include "core/bids/tsv_table.h"
#include "core/recording/recording_formats.h"

namespace alfee::core {
namespace {

// EEG data files BIDS allows (EEGLAB's .set is read where this build has libmatio).
const QStringList kDataSuffixes = {"edf", "bdf", "vhdr", "set"};

// The sidecar of `recording` with `suffix` ("channels.tsv"): beside it with the same entities,
// else at the root for the task (BIDS inheritance, the common case of it).
QString sidecar(const QString& root, const QString& recordingPath, const BidsEntities& e,
                const QString& suffix) {
    const QFileInfo fi(recordingPath);
    const QString stem = fi.completeBaseName().chopped(4);  // without "_eeg"
    const QString beside = fi.dir().filePath(stem + "_" + suffix);
    if (QFileInfo::exists(beside)) return beside;
    const QString top = QDir(root).filePath("task-" + e.task + "_" + suffix);
    return !e.task.isEmpty() && QFileInfo::exists(top) ? top : QString();
}

void readChannels(BidsRecording* r) {
    QString error;
    const auto table = readTsv(r->channelsFile, &error, &r->warnings);
    if (!table) return r->warnings.append(error);
    if (!table->has("name") || !table->has("type"))
        r->warnings << r->channelsFile + ": no 'name' or 'type' column";
    for (const auto& row : table->rows) {
        BidsChannel c{cell(row, "name"), cell(row, "type"), cell(row, "units"), cell(row, "status"),
                      cell(row, "status_description")};
        if (!c.status.isEmpty() && !c.bad() && c.status.compare("good", Qt::CaseInsensitive))
            r->warnings << QStringLiteral("%1: channel '%2' has status '%3' (good or bad)")
                               .arg(r->channelsFile, c.name, c.status);
        r->channels << c;
    }
}

void readEvents(BidsRecording* r) {
    QString error;
    const auto table = readTsv(r->eventsFile, &error, &r->warnings);
    if (!table) return r->warnings.append(error);
    if (!table->has("onset") || !table->has("duration"))
        return r->warnings.append(r->eventsFile + ": no 'onset' or 'duration' column");
    for (const auto& row : table->rows) {
        bool ok = false;
        const double onset = cell(row, "onset").toDouble(&ok);
        const QString durationText = cell(row, "duration");
        const double duration = durationText.toDouble();
        QString text = cell(row, "trial_type");
        if (text.isEmpty()) text = cell(row, "value");
        if (!ok || !std::isfinite(onset) || text.isEmpty()) {
            r->warnings << QStringLiteral(
                               "%1: an event without onset or trial_type/value is left out")
                               .arg(r->eventsFile);
            continue;
        }
        Annotation a;
        a.onset100ns = std::llround(onset * 1e7);
        a.duration100ns = durationText.isEmpty() ? -1 : std::llround(duration * 1e7);
        a.text = text;
        r->events << a;
    }
}

void readSidecar(BidsRecording* r) {
    QFile f(r->sidecarFile);
    QJsonParseError parse;
    const QJsonObject json = f.open(QIODevice::ReadOnly)
                                 ? QJsonDocument::fromJson(f.readAll(), &parse).object()
                                 : QJsonObject();
    if (json.isEmpty()) return r->warnings.append(r->sidecarFile + ": not readable JSON");
    r->samplingFrequency = json["SamplingFrequency"].toDouble();
    r->lineFrequency = json["PowerLineFrequency"].toDouble();  // "n/a" reads as 0
    r->reference = json["EEGReference"].toString();
    if (r->lineFrequency != 50 && r->lineFrequency != 60)
        r->warnings << r->sidecarFile + ": PowerLineFrequency is not 50 or 60 Hz";
}

BidsRecording recordingAt(const QString& root, const QString& path, const BidsEntities& e) {
    BidsRecording r;
    r.path = path, r.entities = e;
    r.channelsFile = sidecar(root, path, e, "channels.tsv");
    r.eventsFile = sidecar(root, path, e, "events.tsv");
    r.sidecarFile = sidecar(root, path, e, "eeg.json");
    if (r.channelsFile.isEmpty())
        r.warnings << path + ": no channels.tsv; every channel is used as its label says";
    else
        readChannels(&r);
    if (!r.eventsFile.isEmpty()) readEvents(&r);
    if (r.sidecarFile.isEmpty())
        r.warnings << path + ": no _eeg.json; no line frequency (the notch stays as set)";
    else
        readSidecar(&r);
    return r;
}

void readParticipants(const QString& root, BidsDataset* d) {
    const QString path = QDir(root).filePath("participants.tsv");
    if (!QFileInfo::exists(path))
        return d->warnings.append(path + ": missing; subjects have no metadata");
    QString error;
    const auto table = readTsv(path, &error, &d->warnings);
    if (!table) return d->warnings.append(error);
    if (!table->has("participant_id"))
        return d->warnings.append(path + ": no 'participant_id' column");
    d->participantColumns = table->columns;
    d->participantColumns.removeAll("participant_id");
    for (const auto& row : table->rows) {
        QString id = cell(row, "participant_id");
        if (id.startsWith("sub-")) id = id.mid(4);
        d->participants.insert(id, row);
    }
}

void checkParticipants(BidsDataset* d) {
    if (d->participants.isEmpty()) return;
    QSet<QString> withData;
    for (const BidsRecording& r : d->recordings) withData.insert(r.entities.subject);
    const QString path = QDir(d->root).filePath("participants.tsv");
    for (const QString& s : withData)
        if (!d->participants.contains(s))
            d->warnings << QStringLiteral("%1: sub-%2 has recordings but no row").arg(path, s);
    for (auto it = d->participants.begin(); it != d->participants.end(); ++it)
        if (!withData.contains(it.key()))
            d->warnings
                << QStringLiteral("%1: sub-%2 has a row but no EEG recording").arg(path, it.key());
}

}  // namespace

std::optional<BidsEntities> parseBidsName(const QString& fileName) {
    static const QRegularExpression re(
        R"(^sub-([A-Za-z0-9]+)(?:_ses-([A-Za-z0-9]+))?(?:_task-([A-Za-z0-9]+))?)"
        R"((?:_acq-([A-Za-z0-9]+))?(?:_run-([A-Za-z0-9]+))?(?:_[a-z]+-[A-Za-z0-9]+)*_eeg\.)");
    const auto m = re.match(fileName);
    if (!m.hasMatch()) return std::nullopt;
    return BidsEntities{m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5)};
}

QStringList BidsRecording::badChannels() const {
    QStringList out;
    for (const BidsChannel& c : channels)
        if (c.bad()) out << c.name;
    return out;
}

bool isBidsRoot(const QString& dir) {
    return QFileInfo(dir).isDir() &&
           QFileInfo::exists(QDir(dir).filePath("dataset_description.json"));
}

std::optional<BidsDataset> scanBids(const QString& root, QString* error) {
    if (!isBidsRoot(root)) {
        *error = root + ": not a BIDS dataset (no dataset_description.json)";
        return std::nullopt;
    }
    BidsDataset d;
    d.root = QDir(root).absolutePath();
    QFile description(QDir(root).filePath("dataset_description.json"));
    if (description.open(QIODevice::ReadOnly))
        d.name = QJsonDocument::fromJson(description.readAll()).object()["Name"].toString();
    readParticipants(d.root, &d);
    QStringList files;
    QDirIterator it(d.root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    files.sort();
    for (const QString& f : files) {
        const QFileInfo fi(f);
        if (!kDataSuffixes.contains(fi.suffix().toLower()) || !fi.path().endsWith("/eeg")) continue;
        const auto e = parseBidsName(fi.fileName());
        if (!e) {
            d.warnings << f + ": not a BIDS EEG file name (sub-<label>[_ses-][_task-]..._eeg)";
            continue;
        }
        if (fi.suffix().toLower() == "set" && !haveEeglab()) {
            d.warnings << f + ": EEGLAB .set files are not read by this build (built without "
                              "libmatio); convert to EDF or BrainVision";
            continue;
        }
        d.recordings << recordingAt(d.root, f, *e);
    }
    if (d.recordings.isEmpty()) {
        *error =
            root +
            ": a BIDS dataset without EEG recordings (sub-*/[ses-*/]eeg/*_eeg.edf|bdf|vhdr|set)";
        return std::nullopt;
    }
    checkParticipants(&d);
    return d;
}

}  // namespace alfee::core
