// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the attention job hands the viewers: one window's traces and where the model looked,
// as plain arrays (no LibTorch type): the channel encoder's attention over the electrodes for
// each one-second step (a scalp map per second) and the fine-tuning tokens' attention over the
// steps (a strip under the traces).

#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace alfee::core {

// One window's attention, averaged over heads. Arrays are row-major.
struct AttentionMaps {
    QString recording;
    QString checkpoint;
    double onsetSeconds = 0;
    QStringList electrodes;        // C, canonical 10-10 names
    int steps = 0;                 // T one-second patches of 256 samples
    int layers = 0;                // L channel-encoder layers
    QVector<float> traces;         // C x (T*256), microvolts
    QVector<float> channel;        // L x T x C: attention of each step's query over the electrodes
    QStringList tasks;             // K fine-tuning tasks (empty for a pretrained checkpoint)
    QVector<float> task;           // K x T: each task token's attention over the steps
    QStringList classes;           // the first task's classes
    QVector<float> probabilities;  // the first task's class probabilities for this window

    // Attention of layer `layer` at step `step` over the electrodes (C values summing to 1).
    QVector<float> channelAt(int layer, int step) const {
        return channel.mid((layer * steps + step) * electrodes.size(), electrodes.size());
    }
};

}  // namespace alfee::core

Q_DECLARE_METATYPE(alfee::core::AttentionMaps)
