// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Seeded subject-wise splits, stratified by class: no subject is ever in two splits.

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include "core/dataset/dataset_spec.h"

namespace alfee::core {

// Windows per class of one subject.
using ClassCounts = QVector<int>;

// Fisher-Yates with raw mt19937 draws: the same order on every platform and standard library.
void seededShuffle(QStringList& items, quint32 seed);

// Assigns each subject to "train", "validation" or "test" so that every split's class counts
// come close to its fraction of the totals. The same seed and counts give the same split.
QMap<QString, QString> splitSubjects(const QMap<QString, ClassCounts>& counts, int classCount,
                                     const SplitSpec& spec);
// spec.testSubjects are the test split; the others go to train and validation as above.
QMap<QString, QString> splitAroundTestSubjects(const QMap<QString, ClassCounts>& counts,
                                               int classCount, const SplitSpec& spec);

}  // namespace alfee::core
