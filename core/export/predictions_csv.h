#pragma once
// A run's predictions as one CSV row per window (recording, subject, split, onset, true and
// predicted class, a probability column per class), for spreadsheets, R and pandas.

#include <QString>

namespace alfee::core {

class Workspace;

// Writes the predictions of run `run` to `path` (RFC 4180 quoting); false with *error naming
// the run or the file.
bool writePredictionsCsv(Workspace& workspace, qint64 run, const QString& path, QString* error);

}  // namespace alfee::core
