// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/dataset_bids_export.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include "core/dataset/dataset_store.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

// A BIDS label from any subject name ("Subject00" -> "Subject00", "s 1" -> "s1").
QString bidsLabel(const QString& subject) {
    QString out;
    for (const QChar c : subject)
        if (c.isLetterOrNumber()) out += c;
    return out.isEmpty() ? QStringLiteral("unknown") : out;
}

bool writeText(const QString& path, const QString& text, QStringList* written, QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        *error = path + ": cannot write: " + f.errorString();
        return false;
    }
    written->append(path);
    return true;
}

QString eventsOf(const QVector<DatasetItem>& items, const DatasetSpec& spec) {
    QString text = "onset\tduration\ttrial_type\tvalue\tsplit\n";
    const QStringList classes = spec.classNames();
    for (const DatasetItem& i : items)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(i.onsetSeconds, 0, 'g', 10)
                    .arg(spec.windowSeconds)
                    .arg(classes.value(i.label), QString::number(i.label), i.split);
    return text;
}

}  // namespace

bool exportDatasetEvents(Workspace& workspace, const QString& name, const QString& dir,
                         QStringList* written, QString* error) {
    const auto dataset = DatasetStore(workspace).load(name, error);
    if (!dataset) return false;
    QMap<qint64, QVector<DatasetItem>> byRecording;
    QMap<QString, QString> splitOfSubject;
    for (const DatasetItem& i : dataset->items)
        byRecording[i.recordingId] << i, splitOfSubject[bidsLabel(i.subject)] = i.split;
    RecordingStore store(workspace);
    QString recordings = "events_file\trecording\n";
    for (auto it = byRecording.begin(); it != byRecording.end(); ++it) {
        const auto r = store.byId(it.key(), error);
        if (!r) return false;
        const QString subject = bidsLabel(it.value().front().subject);
        const QString folder = QDir(dir).filePath("sub-" + subject + "/eeg");
        if (!QDir().mkpath(folder)) {
            *error = folder + ": cannot create the folder";
            return false;
        }
        const QString events = folder + "/sub-" + subject + "_task-" + bidsLabel(name) + "_acq-" +
                               bidsLabel(QFileInfo(r->path).completeBaseName()) + "_events.tsv";
        if (!writeText(events, eventsOf(it.value(), dataset->spec), written, error)) return false;
        recordings += QDir(dir).relativeFilePath(events) + "\t" + r->path + "\n";
    }
    QString participants = "participant_id\tsplit\n";
    for (auto it = splitOfSubject.begin(); it != splitOfSubject.end(); ++it)
        participants += "sub-" + it.key() + "\t" + it.value() + "\n";
    const QJsonObject description{{"Name", name},
                                  {"BIDSVersion", "1.8.0"},
                                  {"DatasetType", "derivative"},
                                  {"GeneratedBy", QJsonObject{{"Name", "ALFEE Workbench"}}},
                                  {"ALFEEDatasetSpec", dataset->spec.toJson()}};
    return writeText(QDir(dir).filePath("participants.tsv"), participants, written, error) &&
           writeText(QDir(dir).filePath("recordings.tsv"), recordings, written, error) &&
           writeText(QDir(dir).filePath("dataset_description.json"),
                     QString::fromUtf8(QJsonDocument(description).toJson()), written, error);
}

}  // namespace alfee::core
