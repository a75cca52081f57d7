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

QString rowOf(const PredictionRecord& p, const QStringList& classes) {
    QStringList cells{field(p.recording),
                      field(p.subject),
                      field(p.split),
                      QString::number(p.onsetSeconds, 'g', 10),
                      p.trueLabel >= 0 ? field(classes.value(p.trueLabel)) : QString(),
                      field(classes.value(predictedClass(p)))};
    for (double v : p.probabilities) cells << QString::number(v, 'g', 8);
    return cells.join(',') + "\r\n";
}

}  // namespace

bool writePredictionsCsv(Workspace& workspace, qint64 run, const QString& path, QString* error) {
    RunRegistry registry(workspace);
    const auto predictions = predictionsOfRun(registry, run, error);
    if (!predictions) return false;
    const QStringList& classes = predictions->classes;
    QStringList header{"recording", "subject", "split", "onset_s", "true_class", "predicted_class"};
    for (const QString& c : classes) header << field("p_" + c);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = path + ": cannot write: " + file.errorString();
        return false;
    }
    file.write((header.join(',') + "\r\n").toUtf8());
    for (const PredictionRecord& p : predictions->rows) file.write(rowOf(p, classes).toUtf8());
    if (!file.commit()) {
        *error = path + ": cannot write: " + file.errorString();
        return false;
    }
    return true;
}

}  // namespace alfee::core
