// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/electrodes/electrode_vocabulary.h"

#include <QFile>
#include <QTextStream>

namespace alfee::core {

QString Electrode::displayName() const {
    QString out = name;
    if (out.startsWith("FP")) out[1] = 'p';
    if (out.endsWith('Z')) out.back() = 'z';
    return out;
}

QString electrodeDisplayName(const QString& canonicalName) {
    const int i = ElectrodeVocabulary::instance().indexOf(canonicalName);
    return i < 0 ? canonicalName : ElectrodeVocabulary::instance().at(i).displayName();
}

const ElectrodeVocabulary& ElectrodeVocabulary::instance() {
    static const ElectrodeVocabulary vocabulary;
    return vocabulary;
}

ElectrodeVocabulary::ElectrodeVocabulary() {
    QFile file(":/alfee/electrodes_1010.tsv");
    // The table is compiled into the program; failing to read it is a build error, not input.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("electrode table missing from the resources");
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith('#') || line.startsWith("index")) continue;
        const QStringList f = line.split('\t');
        if (f.size() != 5) continue;
        electrodes_.push_back(
            {f[0].toInt(), f[1], Position3D{f[2].toDouble(), f[3].toDouble(), f[4].toDouble()}});
    }
    if (electrodes_.size() != kSize) qFatal("electrode table does not hold 90 rows");
}

int ElectrodeVocabulary::indexOf(const QString& canonicalName) const {
    for (const Electrode& e : electrodes_)
        if (e.name == canonicalName) return e.index;
    return -1;
}

}  // namespace alfee::core
