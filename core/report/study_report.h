// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A study of the workspace as one report page (HTML, or the HTML of a PDF): the forest plot of
// every arm's pooled figures, the table of figures against the reference arm, each fold's runs,
// the method in plain words and the command that runs the study again.

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include "core/report/html_report.h"

namespace alfee::core {

// The two metrics the forest plot draws, with the words it labels them with.
const QStringList& forestMetrics();
QString forestMetricLabel(const QString& metric);

// The study's figures per arm and metric (balanced accuracy, AUROC), as text: arm, metric,
// mean +- SD, pooled [95% CI], difference vs the reference [95% CI], Wilcoxon p, wins/ties/
// losses. The GUI's table and the report's show the same rows.
QStringList studyFigureHeader();
QVector<QStringList> studyFigureRows(const QJsonObject& results);

// The forest plot (pooled value and 95% interval of each arm, one row per arm, the reference
// arm marked) as a self-contained SVG of `width` pixels.
QString studyForestSvg(const QJsonObject& results, int width = 720);

// The study's "method" with its JSON key names said in words (the columns a reader sees).
QString studyMethodInWords(const QJsonObject& results);

// The page of study `study`; empty html with *error when the study cannot be read.
ReportPage studyReport(Workspace& workspace, qint64 study, ReportFormat format, QString* error);

}  // namespace alfee::core
