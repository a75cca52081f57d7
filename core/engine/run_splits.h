// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One person, one split, across every task of a run: each dataset is split by subject on its
// own, so two tasks over the same people could put a person in one task's training windows and
// the other's test windows.

#include <QStringList>
#include <QVector>

#include "core/engine/training_data.h"

namespace alfee::core {

// "S001: train in 'a', test in 'b'" for every subject found in more than one split (within one
// task or across tasks); empty when none is.
QStringList subjectSplitConflicts(const QVector<const TrainingData*>& tasks,
                                  const QStringList& taskNames);

// When tasks share subjects, splits every subject of every task again, once for all of them
// (the first task's seed and fractions, every task's named test subjects; stratified by task
// and class), so that a subject has one split in every task. Returns the shared subjects; the
// tasks are untouched when none is shared.
QStringList splitSharedSubjectsJointly(const QVector<TrainingData*>& tasks);

}  // namespace alfee::core
