// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The model's 90 electrode names with their 3-D positions on the standard 10-10 head.

#include <QString>
#include <QVector>

namespace alfee::core {

// A point in head coordinates (x right, y front, z up), millimetres.
struct Position3D {
    double x = 0, y = 0, z = 0;
};

// One electrode of the vocabulary; `index` is its row in the model's channel-embedding table.
struct Electrode {
    int index = 0;
    QString name;  // canonical upper case, e.g. "FP1", "FCZ"
    Position3D positionMm;

    QString displayName() const;  // conventional spelling, e.g. "Fp1", "FCz"
};

// The fixed vocabulary of MODEL.md section 1, loaded from resources/electrodes_1010.tsv.
class ElectrodeVocabulary {
  public:
    static const ElectrodeVocabulary& instance();
    static constexpr int kSize = 90;
    static constexpr int kVersion = 1;  // saved with checkpoints and mappings

    const QVector<Electrode>& electrodes() const { return electrodes_; }
    int indexOf(const QString& canonicalName) const;  // -1 when not in the vocabulary
    const Electrode& at(int index) const { return electrodes_[index]; }

  private:
    ElectrodeVocabulary();
    QVector<Electrode> electrodes_;
};

// The conventional spelling of a canonical name ("FP1" -> "Fp1"); other names unchanged.
QString electrodeDisplayName(const QString& canonicalName);

}  // namespace alfee::core
