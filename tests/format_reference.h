// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Comparisons of a recording with what MNE read from the same file, for the readers of other
// formats (tests/data/make_*_reference.py): "ch_names", "sfreq", "n_times", "sample_indices",
// "microvolts" (per channel, at the indices; in the file's unit where that is no voltage),
// "channel_sum_uv" and "annotations" as [onset s, duration s, text] from the first sample.

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>

#include "core/recording/recording.h"
#include "core/recording/units.h"

namespace alfee::tests {

// Names, rate, length, the samples at MNE's indices (within `tolerance` uV) and each channel's
// sum (within `sumTolerance` uV).
inline void compareSamplesWithMne(const core::Recording& rec, const QJsonObject& ref,
                                  double tolerance, double sumTolerance) {
    const QJsonArray names = ref["ch_names"].toArray(), picks = ref["sample_indices"].toArray();
    QCOMPARE(rec.info().signalInfos.size(), names.size());
    for (int c = 0; c < names.size(); ++c) {
        const core::SignalInfo& s = rec.info().signalInfos[c];
        QCOMPARE(s.label, names[c].toString());
        QCOMPARE(s.rateHz, ref["sfreq"].toDouble());
        QCOMPARE(s.samples, qint64(ref["n_times"].toInteger()));
        QVector<float> all;
        QString error;
        if (core::microvoltFactor(s.unit)) {
            QVERIFY2(rec.readMicrovolts(c, 0, s.samples, &all, &error), qPrintable(error));
        } else {  // not a voltage (a temperature): MNE gives it in the file's unit, as we do
            QVector<double> physical(s.samples);
            QVERIFY2(rec.readPhysical(c, 0, s.samples, physical.data(), &error), qPrintable(error));
            all = QVector<float>(physical.begin(), physical.end());
        }
        for (int k = 0; k < picks.size(); ++k) {
            const double mne = ref["microvolts"].toArray()[c].toArray()[k].toDouble();
            const float ours = all[picks[k].toInt()];
            QVERIFY2(std::abs(ours - mne) < tolerance,
                     qPrintable(QStringLiteral("%1 sample %2: %3, MNE %4")
                                    .arg(s.label)
                                    .arg(picks[k].toInt())
                                    .arg(ours)
                                    .arg(mne)));
        }
        double sum = 0;
        for (float v : all) sum += v;
        QVERIFY(std::abs(sum - ref["channel_sum_uv"].toArray()[c].toDouble()) < sumTolerance);
    }
}

inline void compareAnnotationsWithMne(const core::Recording& rec, const QJsonObject& ref) {
    const QJsonArray annotations = ref["annotations"].toArray();
    QCOMPARE(rec.info().annotations.size(), annotations.size());
    for (int i = 0; i < annotations.size(); ++i) {
        const core::Annotation& a = rec.info().annotations[i];
        const QJsonArray m = annotations[i].toArray();
        QVERIFY(std::abs(a.onsetSeconds() - m[0].toDouble()) < 1e-6);
        QVERIFY(std::abs(a.durationSeconds() - m[1].toDouble()) < 1e-6);
        QCOMPARE(a.text, m[2].toString());
    }
}

}  // namespace alfee::tests
