#include "core/export/predictions_csv.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>
#include <algorithm>

#include "core/engine/run_registry.h"

namespace alfee::core {
namespace {

// A CSV field, quoted when it holds a comma, a quote or a line break.
QString field(const QString& text) {
    if (!text.contains(QRegularExpression("[\",\r\n]"))) return text;
    return '"' + QString(text).replace('"', "\"\"") + '"';
}

// The class names the run's results carry (its first task's), or class_0, class_1...
QStringList classesOf(RunRegistry& registry, qint64 run, int count) {
    QString ignored;  // without results the columns get generic names
    for (const QJsonValue& r : registry.results(run, &ignored)) {
        const QJsonArray names = r["classes"].toArray();
        if (names.size() == count) {
            QStringList out;
            for (const QJsonValue& n : names) out << n.toString();
            return out;
        }
    }
    QStringList out;
    for (int k = 0; k < count; ++k) out << QStringLiteral("class_%1").arg(k);
    return out;
}

QString rowOf(const PredictionRecord& p, const QStringList& classes) {
    const auto best = std::max_element(p.probabilities.begin(), p.probabilities.end());
    QStringList cells{field(p.recording),
                      field(p.subject),
                      field(p.split),
                      QString::number(p.onsetSeconds, 'g', 10),
                      p.trueLabel >= 0 ? field(classes.value(p.trueLabel)) : QString(),
                      field(classes.value(int(best - p.probabilities.begin())))};
    for (double v : p.probabilities) cells << QString::number(v, 'g', 8);
    return cells.join(',') + "\r\n";
}

}  // namespace

bool writePredictionsCsv(Workspace& workspace, qint64 run, const QString& path, QString* error) {
    RunRegistry registry(workspace);
    const QVector<PredictionRecord> predictions = registry.predictions(run, error);
    if (predictions.isEmpty()) {
        if (error->isEmpty()) *error = QStringLiteral("run %1 has no predictions").arg(run);
        return false;
    }
    const QStringList classes =
        classesOf(registry, run, int(predictions.front().probabilities.size()));
    QStringList header{"recording", "subject", "split", "onset_s", "true_class", "predicted_class"};
    for (const QString& c : classes) header << field("p_" + c);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = path + ": cannot write: " + file.errorString();
        return false;
    }
    file.write((header.join(',') + "\r\n").toUtf8());
    for (const PredictionRecord& p : predictions) file.write(rowOf(p, classes).toUtf8());
    if (!file.commit()) {
        *error = path + ": cannot write: " + file.errorString();
        return false;
    }
    return true;
}

}  // namespace alfee::core
