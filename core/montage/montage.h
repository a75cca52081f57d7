// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Montages: which derivations of the recorded electrodes are shown or fed onward.

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace alfee::core {

// One derived channel: a weighted sum of electrodes, e.g. FP1-F7 = FP1 - F7.
struct Derivation {
    QString name;
    QVector<QPair<QString, double>> terms;  // canonical electrode name, weight
};

// A reference scheme, saved in the workspace and to JSON files.
struct Montage {
    enum class Kind { AsRecorded, Average, LinkedEars, Bipolar };
    QString name;
    Kind kind = Kind::AsRecorded;
    QVector<QPair<QString, QString>> pairs;  // Bipolar: (plus, minus) electrode names

    // The derivations this montage gives over the electrodes a recording has. Bipolar pairs
    // whose electrodes are missing are left out and named in *skipped; linked ears without
    // A1 and A2, or no electrodes at all, are an error.
    QVector<Derivation> derive(const QStringList& electrodes, QStringList* skipped,
                               QString* error) const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, Montage* out, QString* error);
    bool saveFile(const QString& path, QString* error) const;
    static bool loadFile(const QString& path, Montage* out, QString* error);

    static QString kindName(Kind kind);
    static Montage doubleBanana();  // the longitudinal bipolar chains of clinical EEG
    // Whether derive() gives anything for these electrodes: linked ears need A1 and A2, a
    // bipolar montage at least one pair with both electrodes.
    bool appliesTo(const QStringList& electrodes) const;
};

// Applies derivations to channel data: out[d][i] = sum_k w_k * in[electrode_k][i].
QVector<QVector<float>> applyDerivations(const QVector<Derivation>& derivations,
                                         const QStringList& electrodes,
                                         const QVector<QVector<float>>& data);

}  // namespace alfee::core
