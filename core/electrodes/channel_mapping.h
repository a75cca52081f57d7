// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the signals of one recording map onto the electrode vocabulary: explicit, stored, editable.

#include <QJsonObject>
#include <QString>
#include <QVector>

#include "core/electrodes/channel_label.h"
#include "core/recording/recording_info.h"

namespace alfee::core {

// One signal of a recording and what it became.
struct ChannelMapEntry {
    enum class Status { Mapped, Unmapped, Duplicate };
    int signal = 0;     // index into RecordingInfo::signalInfos
    QString label;      // as in the file
    QString electrode;  // canonical vocabulary name; empty when unmapped
    ChannelType type = ChannelType::Other;
    Status status = Status::Unmapped;
    bool overridden = false;  // set by the user rather than by the label rules
    QString note;             // why a channel is unmapped or a duplicate

    bool isModelInput() const { return status == Status::Mapped; }
};

// The mapping of all signals of one recording. Nothing is silently dropped: every signal has an
// entry that says whether it is model input and why not.
class ChannelMapping {
  public:
    // Maps by the label rules; where two signals name one electrode, the first keeps it.
    static ChannelMapping fromRecording(const RecordingInfo& info);

    const QVector<ChannelMapEntry>& entries() const { return entries_; }
    QVector<ChannelMapEntry> mapped() const;
    QVector<ChannelMapEntry> unmapped() const;
    QVector<ChannelMapEntry> duplicates() const;
    int signalForElectrode(const QString& electrode) const;  // -1 when no signal maps to it

    // Points the signal with `label` at `electrode` (canonical or any alias; empty unmaps it).
    // Fails with a message on an unknown label, an unknown electrode, or an electrode already
    // taken by another signal (a clash): the mapping is then unchanged.
    bool overrideLabel(const QString& label, const QString& electrode, QString* error);

    // Takes the signal with `label` out of the model input, saying why (a bad channel of a BIDS
    // channels.tsv, say); false when no signal has that label.
    bool excludeLabel(const QString& label, const QString& note);

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, ChannelMapping* out, QString* error);

    static QString statusName(ChannelMapEntry::Status status);

  private:
    QVector<ChannelMapEntry> entries_;
};

// A mapping note (stored in English) in the user's language.
QString mappingNoteText(const QString& note);

}  // namespace alfee::core
