#pragma once
// A report page printed to PDF (A4, Qt's rich-text engine): text stays text, so what the page
// escaped shows literally.

#include "core/report/html_report.h"

namespace alfee::core {

// Writes `page` to `path`; false with *error naming the file when it cannot be written.
bool writeReportPdf(const ReportPage& page, const QString& title, const QString& path,
                    QString* error);

}  // namespace alfee::core
