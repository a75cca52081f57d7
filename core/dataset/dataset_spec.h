// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a dataset is made of: which recordings, how windows are cut and labelled, how split.

#include <QJsonObject>
#include <QPair>
#include <QStringList>
#include <QVector>

#include "core/dsp/preprocessing.h"

namespace alfee::core {

// Where a window's class comes from.
struct LabelRule {
    enum class Source { FileName, Annotation, Participant };
    Source source = Source::FileName;
    // (class name, pattern): FileName -> a regular expression searched in the file name;
    // Annotation -> the exact annotation text; Participant -> the exact value of `column`
    // of the subject's participants.tsv row (an imported BIDS dataset).
    QVector<QPair<QString, QString>> classes;
    QString column;
};

// Fractions of subjects' windows per split, and the seed of the subject shuffle. Named test
// subjects (cross-validation folds) are the test split; the others keep the validation subjects
// that the same seed and fractions give without named test subjects, and train on the rest.
struct SplitSpec {
    quint32 seed = 42;
    double train = 0.7, validation = 0.15, test = 0.15;
    QStringList testSubjects;
};

// A dataset definition, stored as JSON with the dataset.
struct DatasetSpec {
    QString name;
    QString task;             // one of paradigmNames()
    QString recordingFilter;  // regular expression on file names; empty takes every recording
    // "auto": the known naming schemes of subject_identity.h (EEG-BIDS, Sleep-EDF, EEGMMIDB,
    // EEGMAT, ...); otherwise a regular expression whose group 1 in the base name is the subject.
    QString subjectPattern = QStringLiteral("auto");
    LabelRule label;
    double windowSeconds = 10, strideSeconds = 10;
    QStringList electrodes;  // required electrodes; empty: each recording's mapped electrodes
    dsp::PreprocessConfig preprocess;
    SplitSpec split;

    QStringList classNames() const;
    QString validate() const;  // empty when usable
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, DatasetSpec* out, QString* error);
};

}  // namespace alfee::core
