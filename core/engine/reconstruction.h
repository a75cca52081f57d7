// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the reconstruction job hands the viewers: one window's original and reconstructed traces
// in microvolts, their log-PSD per patch, which patches were hidden, and the error per channel.

#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace alfee::core {

// One window reconstructed under one masking task. Arrays are row-major.
struct ReconstructionResult {
    QString recording;
    double onsetSeconds = 0;
    QString task;                     // channel, temporal, forecast or none
    QStringList electrodes;           // C rows
    int steps = 0;                    // T one-second patches of 256 samples
    QVector<float> original;          // C x (T*256), microvolts
    QVector<float> reconstructed;     // C x (T*256), microvolts (forecast: patch t shows t+1)
    QVector<float> originalPsd;       // C x T x 129, log10 power of the z-scored patch
    QVector<float> reconstructedPsd;  // C x T x 129
    QVector<quint8> hidden;           // C x T: 1 where the model did not see the patch
    QVector<double> errorPerChannel;  // C: RMS error in microvolts over the judged patches
    // C: 1 - SSE / SST over the judged samples (1: exact, 0: no better than their mean, below 0:
    // worse): tells a weak model (near 0) from a view that draws wrongly (RMS errors alone
    // cannot).
    QVector<double> explainedVariance;
};

}  // namespace alfee::core

Q_DECLARE_METATYPE(alfee::core::ReconstructionResult)
