// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Subject-wise cross-validation folds, stratified by class and seeded: each subject is in the
// test split of exactly one fold, so every window is predicted once, by a model that never saw
// its subject.

#include <QMap>
#include <QString>

#include "core/dataset/dataset_spec.h"
#include "core/dataset/subject_split.h"

namespace alfee::core {

// The fold (0 .. folds-1) of each subject. Subjects go big first (ties in seeded Fisher-Yates
// order) to the fold whose unmet per-class share they fill most, among the folds whose window
// total stays within the largest subject's total of the smallest fold; every fold gets a
// subject when there are at least `folds` subjects. The same seed and counts give the same folds.
QMap<QString, int> assignFolds(const QMap<QString, ClassCounts>& counts, int classCount, int folds,
                               quint32 seed);

// Leave-subjects-out: one fold per subject (assignFolds with as many folds as subjects).
QMap<QString, int> leaveSubjectsOut(const QMap<QString, ClassCounts>& counts, int classCount,
                                    quint32 seed);

// How many folds `folds` has (the largest index plus one).
int foldCount(const QMap<QString, int>& folds);

// The subjects of fold `fold`: its test subjects.
QStringList foldSubjects(const QMap<QString, int>& folds, int fold);

// The split of fold `fold`: its subjects are "test"; the others go to "train" and "validation"
// by splitAroundTestSubjects with spec's shares and seed (spec.testSubjects is replaced).
QMap<QString, QString> foldAssignment(const QMap<QString, ClassCounts>& counts, int classCount,
                                      const QMap<QString, int>& folds, int fold, SplitSpec spec);

}  // namespace alfee::core
