// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/predictions_csv.h"

#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

#include "core/engine/run_registry.h"
#include "core/export/run_predictions.h"

namespace alfee::core {
namespace {

// A CSV field, quoted when it holds a comma, a quote or a line break.
QString field(const QString& text) {
    if (!text.contains(QRegularExpression("[\",\r\n]"))) return text;
    return '"' + QString(text).replace('"', "\"\"") + '"';
}

// One row: the window, its task, the true and predicted class by the task's own names, and
// its probabilities in the columns of the task's classes (empty in the other tasks' columns).
QString rowOf(const PredictionRecord& p, const TaskPredictions& task, const QStringList& columns) {
    QStringList cells{field(p.recording),
                      field(p.subject),
                      field(p.split),
                      QString::number(p.onsetSeconds, 'g', 10),
                      field(task.task),
                      p.trueLabel >= 0 ? field(task.classes.value(p.trueLabel)) : QString(),
                      field(task.classes.value(predictedClass(p)))};
    for (const QString& c : columns) {
        const int k = task.classes.indexOf(c);
        cells << (k >= 0 ? QString::number(p.probabilities.value(k), 'g', 8) : QString());
    }
    return cells.join(',') + "\r\n";
}

}  // namespace

bool writePredictionsCsv(Workspace& workspace, qint64 run, const QString& path, QString* error) {
    RunRegistry registry(workspace);
    const auto predictions = predictionsOfRun(registry, run, error);
    if (!predictions) return false;
    const QStringList columns = predictions->allClasses();
    QStringList header{"recording", "subject",    "split",          "onset_s",
                       "task",      "true_class", "predicted_class"};
    for (const QString& c : columns) header << field("p_" + c);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = path + ": cannot write: " + file.errorString();
        return false;
    }
    file.write((header.join(',') + "\r\n").toUtf8());
    for (const PredictionRecord& p : predictions->rows)
        file.write(rowOf(p, predictions->taskOf(p), columns).toUtf8());
    if (!file.commit()) {
        *error = path + ": cannot write: " + file.errorString();
        return false;
    }
    return true;
}

}  // namespace alfee::core
