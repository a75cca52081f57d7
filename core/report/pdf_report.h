// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report page printed to PDF (A4, Qt's rich-text engine): text stays text, so what the page
// escaped shows literally.

#include "core/report/html_report.h"

class QTextDocument;

namespace alfee::core {

// Moves every heading that would end a page, or sit within `keepWith` of its foot, to the top
// of the next page (Qt's rich text keeps no heading with what follows it).
void keepHeadingsWithTheirText(QTextDocument& document, qreal pageHeight, qreal keepWith);

// Writes `page` to `path`; false with *error naming the file when it cannot be written.
bool writeReportPdf(const ReportPage& page, const QString& title, const QString& path,
                    QString* error);

}  // namespace alfee::core
