// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/predictions_edf.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <cmath>

#include "core/engine/run_registry.h"
#include "core/export/run_predictions.h"
#include "core/recording/edf_repair.h"
#include "core/recording/recording.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

// "<class> p=<probability>" by the task's own classes, after "<task>: " where the run has
// several tasks.
Annotation annotationOf(const PredictionRecord& p, const RunPredictions& predictions,
                        double windowSeconds) {
    const TaskPredictions& task = predictions.taskOf(p);
    const QStringList& classes = task.classes;
    const int best = predictedClass(p);
    QString text = QStringLiteral("%1 p=%2")
                       .arg(classes.value(best))
                       .arg(p.probabilities.value(best), 0, 'f', 3);
    if (p.trueLabel >= 0) text += QStringLiteral(" (true %1)").arg(classes.value(p.trueLabel));
    if (predictions.tasks.size() > 1) text = task.task + ": " + text;
    Annotation a;
    a.onset100ns = std::llround(p.onsetSeconds * 1e7);
    a.duration100ns = windowSeconds > 0 ? std::llround(windowSeconds * 1e7) : -1;
    a.text = text;
    return a;
}

// The recording's annotations as the workspace keeps them (the user's edits), or its file's.
QVector<Annotation> ownAnnotations(Workspace& workspace, const Recording& recording) {
    RecordingStore store(workspace);
    QString error;
    const auto stored = store.find(recording.info().path, &error);
    if (!stored || store.annotationsEditedAt(stored->id, &error).isEmpty())
        return recording.info().annotations;
    return store.annotations(stored->id, &error);
}

// NAME_runN_predictions.SUFFIX, with _2, _3... where two recordings share a name.
QString outputPath(const QString& dir, const QString& recording, qint64 run,
                   QMap<QString, int>* used) {
    const QFileInfo fi(recording);
    const bool bdf = fi.suffix().compare("bdf", Qt::CaseInsensitive) == 0;
    QString stem = fi.completeBaseName() + QStringLiteral("_run%1_predictions").arg(run);
    if (const int n = ++(*used)[stem]; n > 1) stem += QStringLiteral("_%1").arg(n);
    return QDir(dir).filePath(stem + (bdf ? ".bdf" : ".edf"));
}

}  // namespace

bool writePredictionsEdf(Workspace& workspace, qint64 run, const QString& dir, QStringList* written,
                         QString* error) {
    RunRegistry registry(workspace);
    const auto record = registry.find(QString::number(run), error);
    if (!record) return false;
    const auto predictions = predictionsOfRun(registry, run, error);
    if (!predictions) return false;
    const double window = windowSecondsOfRun(*record);
    QMap<QString, QVector<Annotation>> byRecording;  // ordered: the files come out sorted
    for (const PredictionRecord& p : predictions->rows)
        byRecording[p.recording] << annotationOf(p, *predictions, window);
    if (!QDir().mkpath(dir)) {
        *error = dir + ": cannot create the folder";
        return false;
    }
    QMap<QString, int> used;
    for (auto it = byRecording.begin(); it != byRecording.end(); ++it) {
        const auto recording = Recording::open(it.key(), error);
        if (!recording) return false;
        if (!copyWithAnnotations(*recording, ownAnnotations(workspace, *recording) + it.value(),
                                 outputPath(dir, it.key(), run, &used), written, error))
            return false;
    }
    return true;
}

}  // namespace alfee::core
