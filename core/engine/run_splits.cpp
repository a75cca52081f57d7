// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/run_splits.h"

#include <QMap>
#include <QSet>

#include "core/dataset/subject_split.h"

namespace alfee::core {

QStringList subjectSplitConflicts(const QVector<const TrainingData*>& tasks,
                                  const QStringList& taskNames) {
    QMap<QString, QMap<QString, QSet<QString>>> splitsOf;  // subject -> split -> tasks
    for (int k = 0; k < tasks.size(); ++k)
        for (const WindowRef& w : tasks[k]->windows)
            splitsOf[w.subject][w.split].insert(taskNames.value(k));
    QStringList out;
    for (auto it = splitsOf.cbegin(); it != splitsOf.cend(); ++it) {
        if (it.value().size() < 2) continue;
        QStringList places;
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s) {
            QStringList names = s.value().values();
            names.sort();
            places << QStringLiteral("%1 in '%2'").arg(s.key(), names.join("', '"));
        }
        out << it.key() + ": " + places.join(", ");
    }
    return out;
}

QStringList splitSharedSubjectsJointly(const QVector<TrainingData*>& tasks) {
    QMap<QString, QSet<int>> tasksOf;
    for (int k = 0; k < tasks.size(); ++k)
        for (const WindowRef& w : tasks[k]->windows) tasksOf[w.subject].insert(k);
    QStringList shared;
    for (auto it = tasksOf.cbegin(); it != tasksOf.cend(); ++it)
        if (it.value().size() > 1) shared << it.key();
    if (shared.isEmpty()) return {};
    // One class axis for all tasks: task k's class c is offset[k] + c.
    QVector<int> offset;
    int classCount = 0;
    SplitSpec spec = tasks.front()->spec.split;
    for (const TrainingData* t : tasks) {
        offset << classCount;
        classCount += t->spec.classNames().size();
        for (const QString& s : t->spec.split.testSubjects)
            if (!spec.testSubjects.contains(s)) spec.testSubjects << s;
    }
    QMap<QString, ClassCounts> counts;
    for (int k = 0; k < tasks.size(); ++k)
        for (const WindowRef& w : tasks[k]->windows) {
            ClassCounts& c = counts[w.subject];
            if (c.isEmpty()) c.resize(classCount);
            ++c[offset[k] + std::max(0, w.label)];
        }
    const QMap<QString, QString> split = splitSubjects(counts, classCount, spec);
    for (TrainingData* t : tasks)
        for (WindowRef& w : t->windows) w.split = split.value(w.subject);
    return shared;
}

}  // namespace alfee::core
