// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the labels found in EDF files into the vocabulary's names, and guesses channel types.

#include <QString>

namespace alfee::core {

enum class ChannelType { Eeg, Eog, Ecg, Emg, Other };

QString channelTypeName(ChannelType type);
ChannelType channelTypeFromName(const QString& name);

// "EEG Fp1-REF", "Fp1.", "EEG Fp1", "Fc5.", "FP1" -> "FP1"/"FC5"; T3/T4/T5/T6 -> T7/T8/P7/P8.
// A bipolar label ("Fpz-Cz", "A2-A1") stays as it is, upper-cased: it is no single electrode.
QString normaliseChannelLabel(const QString& label);

// True when the label names a derivation between two electrodes rather than one electrode.
bool isBipolarLabel(const QString& label);

ChannelType guessChannelType(const QString& label, const QString& unit, bool mapsToVocabulary);

}  // namespace alfee::core
