// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Recordings of a workspace: import (deduplicated by content hash), listing, channel mappings.

#include <QDateTime>
#include <QVector>
#include <optional>

#include "core/electrodes/channel_mapping.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

// A recording as the workspace knows it, without opening the file.
struct StoredRecording {
    qint64 id = 0;
    QString path, sha256, format, reader;
    qint64 bytes = 0;
    double durationSeconds = 0;
    int signalCount = 0, annotationCount = 0;
    ChannelMapping mapping;
    QStringList warnings;
    QVector<Segment> segments;  // contiguous stretches (EDF+D files have several)
    QVector<double> ratesHz;    // per signal
    double recordDuration = 0;  // seconds per data record

    double segmentSeconds(const Segment& segment) const {
        return segment.recordCount * recordDuration;
    }

    QString fileName() const;
};

// What importing one file did.
struct ImportOutcome {
    enum class Kind { Imported, AlreadyPresent, Relocated, Failed };
    Kind kind = Kind::Failed;
    qint64 recordingId = 0;
    QString message;  // for Failed: names the file and the problem
};

// Reads and writes the recordings tables of one workspace.
class RecordingStore {
  public:
    explicit RecordingStore(Workspace& workspace) : ws_(workspace) {}
    Workspace& workspace() const { return ws_; }

    // Opens and checks the file, then stores its header, channels, mapping and annotations in one
    // transaction. The same content imported twice is stored once; a file whose content is
    // known under a path that no longer exists is taken as moved and its path updated.
    ImportOutcome importFile(const QString& path);

    QVector<StoredRecording> list(QString* error);
    std::optional<StoredRecording> byId(qint64 id, QString* error);
    // The recording with this content (SHA-256 in hex); nullopt without an error when none is.
    std::optional<StoredRecording> bySha256(const QString& sha256, QString* error);
    // By workspace id, by path, or by file name (unique).
    std::optional<StoredRecording> find(const QString& idPathOrName, QString* error);
    QVector<Annotation> annotations(qint64 recordingId, QString* error);
    // Adds the annotations the recording does not hold yet (the same annotation twice is stored
    // once) and counts them in its row; returns how many were added, -1 on an error. Runs inside
    // the caller's Workspace::transact (a BIDS import adds a recording's events.tsv so).
    int addAnnotations(qint64 recordingId, const QVector<Annotation>& annotations, QString* error);

    // The user's edit of a recording's annotations: its annotations become `annotations`, in
    // one transaction (the file is never written). Datasets built later label windows by them.
    bool replaceAnnotations(qint64 recordingId, const QVector<Annotation>& annotations,
                            QString* error);
    // When the user last edited them (ISO 8601, UTC); empty: as the file has them.
    QString annotationsEditedAt(qint64 recordingId, QString* error);

    // Forgets a recording (its channels and annotations with it; the file stays on disk).
    // Refused, naming them, while datasets use its windows.
    bool remove(qint64 recordingId, QString* error);
    // Renames the file on disk within its folder (the subject often comes from the file name)
    // and the stored path with it; the file is renamed back when the workspace cannot be updated.
    bool renameFile(qint64 recordingId, const QString& newFileName, QString* error);

    // Replaces the mapping of a recording (after user overrides); one transaction.
    bool saveMapping(qint64 recordingId, const ChannelMapping& mapping, QString* error);

    static bool sha256OfFile(const QString& path, QString* hex, QString* error);

  private:
    bool insert(const QString& path, const QString& sha, qint64* id, QString* error);

    Workspace& ws_;
};

}  // namespace alfee::core
