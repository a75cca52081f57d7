// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/baseline_output.h"

#include "core/engine/baseline_comparison.h"

namespace alfee::cli {
namespace {

QString cell(const QJsonValue& v) {
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 4) : QStringLiteral("-");
}

void printTable(const BaselineComparison& c, QTextStream& out) {
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg("beside the band-power baseline", -30)
               .arg("model val", 10)
               .arg("model test", 10)
               .arg("base val", 10)
               .arg("base test", 10);
    for (const QString& m : comparedMetrics())
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(m, -30)
                   .arg(cell(c.model["validation"].toObject()[m]), 10)
                   .arg(cell(c.model["test"].toObject()[m]), 10)
                   .arg(cell(c.baseline["validation"].toObject()[m]), 10)
                   .arg(cell(c.baseline["test"].toObject()[m]), 10);
}

}  // namespace

QJsonArray printBaselineComparison(RunRegistry& registry, const RunRecord& run, QTextStream& out,
                                   bool quiet) {
    QString error;
    const QVector<BaselineComparison> comparisons = compareWithBaseline(registry, run, &error);
    if (!quiet)
        for (const BaselineComparison& c : comparisons) {
            if (comparisons.size() > 1) out << "task " << c.task << ":\n";
            if (c.baselineRun) printTable(c, out);
            out << "  " << comparisonSentence(c) << "\n";
        }
    out.flush();
    return comparisonJson(comparisons);
}

}  // namespace alfee::cli
