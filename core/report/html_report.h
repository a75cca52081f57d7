// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A run of the registry as one self-contained HTML page (no external file, no script), or as
// the HTML of a PDF: what was run, on what data, the metrics per split, per subject next to the
// band-power baseline's on the same data and split when one was run, the confusion matrix, the
// curves, an example reconstruction and the attention maps, the program version and the
// command line that runs it again. Every user or file text is escaped.

#include <QImage>
#include <QMap>
#include <QString>

#include "core/report/report_figures.h"

namespace alfee::core {

class Workspace;

// HTML carries its pictures inside (inline SVG, PNG data URLs); the PDF's HTML (Qt's rich
// text, which draws neither) names them as resources.
enum class ReportFormat { Html, Pdf };

// A report page and, for ReportFormat::Pdf, the pictures its <img> elements name.
struct ReportPage {
    QString html;
    QMap<QString, QImage> images;
};

// The page of run `run` with the model's figures; empty html with *error when the run cannot
// be read.
ReportPage runReport(Workspace& workspace, qint64 run, const ReportFigures& figures,
                     ReportFormat format, QString* error);
// The self-contained HTML page without model figures.
QString runReportHtml(Workspace& workspace, qint64 run, QString* error);

}  // namespace alfee::core
