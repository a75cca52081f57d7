// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/study_report.h"

#include <QJsonArray>
#include <QMap>
#include <QPainter>
#include <QSvgRenderer>
#include <algorithm>
#include <cmath>

#include "core/engine/study_results.h"
#include "core/report/reproducing_command.h"

namespace alfee::core {
namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString fixed(const QJsonValue& v, int decimals = 3) {
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QStringLiteral("-");
}

QString interval(const QJsonValue& ci) {
    const QJsonArray a = ci.toArray();
    return QStringLiteral("[%1, %2]").arg(fixed(a[0]), fixed(a[1]));
}

QString signedFixed(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() >= 0 ? "+" + fixed(v) : fixed(v);
}

QString row(const QStringList& cells, const char* tag = "td") {
    QString r = "<tr>";
    for (const QString& c : cells) r += QStringLiteral("<%1>%2</%1>").arg(tag, esc(c));
    return r + "</tr>\n";
}

// The range the forest plot's axis spans: every interval, padded, within [0, 1].
QPair<double, double> forestRange(const QJsonArray& arms) {
    double lo = 1, hi = 0;
    for (const QJsonValue& a : arms)
        for (const QString& m : forestMetrics()) {
            const QJsonObject p = a["pooled"][m].toObject();
            for (const QJsonValue& v : {p["value"], p["ci95"][0], p["ci95"][1]})
                if (v.isDouble()) lo = std::min(lo, v.toDouble()), hi = std::max(hi, v.toDouble());
        }
    if (lo > hi) return {0.0, 1.0};
    return {std::max(0.0, std::floor((lo - 0.02) * 10) / 10),
            std::min(1.0, std::ceil((hi + 0.02) * 10) / 10)};
}

const char* metricColour(int k) {
    return k == 0 ? "#1f77b4" : "#d62728";
}

}  // namespace

const QStringList& forestMetrics() {
    static const QStringList metrics{"balanced_accuracy", "auroc"};
    return metrics;
}

QString forestMetricLabel(const QString& metric) {
    return metric == "auroc" ? QStringLiteral("AUROC") : QStringLiteral("balanced accuracy");
}

QStringList studyFigureHeader() {
    return {"arm",
            "metric",
            "runs",
            "mean \u00b1 SD",
            "pooled [95% CI]",
            "vs reference [95% CI]",
            "Wilcoxon p",
            "W/T/L"};
}

namespace {

// "0.603 [0.507, 0.700]"; "-" without a value (an arm with no finished run).
QString withInterval(const QJsonValue& value, const QJsonValue& ci, bool sign = false) {
    if (!value.isDouble()) return QStringLiteral("-");
    return (sign ? signedFixed(value) : fixed(value)) + " " + interval(ci);
}

QString winsTiesLosses(const QJsonObject& v) {
    if (v["wins"].toInt() + v["ties"].toInt() + v["losses"].toInt() == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1/%2/%3")
        .arg(v["wins"].toInt())
        .arg(v["ties"].toInt())
        .arg(v["losses"].toInt());
}

QStringList figureRow(const QJsonObject& arm, const QString& metric, bool isReference) {
    const QJsonObject pooled = arm["pooled"][metric].toObject();
    const QJsonObject v = arm["versus_reference"][metric].toObject();
    const QJsonValue mean = arm["mean"][metric];
    return {
        arm["arm"].toString(),
        forestMetricLabel(metric),
        QString::number(arm["runs"].toArray().size()),
        mean.isDouble() ? fixed(mean) + " \u00b1 " + fixed(arm["sd"][metric])
                        : QStringLiteral("no finished run"),
        withInterval(pooled["value"], pooled["ci95"]),
        isReference ? QStringLiteral("reference") : withInterval(v["difference"], v["ci95"], true),
        v["wilcoxon_p"].isDouble() ? QString::number(v["wilcoxon_p"].toDouble(), 'g', 3)
                                   : QStringLiteral("-"),
        winsTiesLosses(v)};
}

}  // namespace

QVector<QStringList> studyFigureRows(const QJsonObject& results) {
    QVector<QStringList> rows;
    const QString reference = results["reference"].toString();
    for (const QJsonValue& a : results["arms"].toArray())
        for (const QString& m : forestMetrics())
            rows << figureRow(a.toObject(), m, a["arm"].toString() == reference);
    return rows;
}

QString studyForestSvg(const QJsonObject& results, int width) {
    const QJsonArray arms = results["arms"].toArray();
    const QString reference = results["reference"].toString();
    constexpr int kLeft = 190, kRight = 20, kTop = 34, kRow = 36, kBottom = 44;
    const int height = kTop + kRow * int(arms.size()) + kBottom;
    const auto [lo, hi] = forestRange(arms);
    const double plotWidth = width - kLeft - kRight;
    auto x = [&](double v) { return kLeft + plotWidth * (v - lo) / std::max(1e-9, hi - lo); };
    QString svg = QStringLiteral(
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                      "role=\"img\" font-family=\"sans-serif\">"
                      "<rect width=\"%1\" height=\"%2\" fill=\"white\"/>")
                      .arg(width)
                      .arg(height);
    const double step = hi - lo > 0.35 ? 0.1 : 0.05;
    for (double t = lo; t <= hi + 1e-9; t += step)  // grid and tick labels
        svg += QStringLiteral(
                   "<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e4e4e4\"/>"
                   "<text x=\"%1\" y=\"%4\" font-size=\"11\" text-anchor=\"middle\" "
                   "fill=\"#444\">%5</text>")
                   .arg(x(t), 0, 'f', 1)
                   .arg(kTop - 6)
                   .arg(height - kBottom + 4)
                   .arg(height - kBottom + 18)
                   .arg(t, 0, 'f', 2);
    for (int k = 0; k < forestMetrics().size(); ++k)  // the legend
        svg += QStringLiteral(
                   "<circle cx=\"%1\" cy=\"14\" r=\"4\" fill=\"%2\"/><text x=\"%3\" y=\"18\" "
                   "font-size=\"12\" fill=\"#222\">%4 (pooled, 95% CI)</text>")
                   .arg(kLeft + 8 + k * 270)
                   .arg(metricColour(k))
                   .arg(kLeft + 16 + k * 270)
                   .arg(forestMetricLabel(forestMetrics()[k]));
    for (int r = 0; r < arms.size(); ++r) {
        const QString arm = arms[r]["arm"].toString();
        const bool isReference = arm == reference;
        const int y = kTop + kRow * r + kRow / 2;
        if (isReference)
            svg += QStringLiteral(
                       "<rect x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\" fill=\"#f3f3f3\"/>")
                       .arg(y - kRow / 2)
                       .arg(width)
                       .arg(kRow);
        svg += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"end\" "
                   "font-weight=\"%3\" fill=\"#222\">%4</text>")
                   .arg(kLeft - 10)
                   .arg(y + 4)
                   .arg(isReference ? "bold" : "normal")
                   .arg(esc(isReference ? arm + " (reference)" : arm));
        for (int k = 0; k < forestMetrics().size(); ++k) {
            const QJsonObject p = arms[r]["pooled"][forestMetrics()[k]].toObject();
            if (!p["value"].isDouble()) continue;
            const int yk = y + (k == 0 ? -6 : 6);
            if (p["ci95"][0].isDouble() && p["ci95"][1].isDouble())
                svg += QStringLiteral(
                           "<line x1=\"%1\" y1=\"%3\" x2=\"%2\" y2=\"%3\" stroke=\"%4\" "
                           "stroke-width=\"2\"/>")
                           .arg(x(p["ci95"][0].toDouble()), 0, 'f', 1)
                           .arg(x(p["ci95"][1].toDouble()), 0, 'f', 1)
                           .arg(yk)
                           .arg(metricColour(k));
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4.5\" fill=\"%3\"/>")
                       .arg(x(p["value"].toDouble()), 0, 'f', 1)
                       .arg(yk)
                       .arg(metricColour(k));
        }
    }
    svg += QStringLiteral(
               "<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\"/>"
               "<text x=\"%4\" y=\"%5\" font-size=\"12\" text-anchor=\"middle\" "
               "fill=\"#444\">pooled out-of-fold test metric</text></svg>\n")
               .arg(kLeft)
               .arg(height - kBottom + 4)
               .arg(width - kRight)
               .arg(kLeft + plotWidth / 2, 0, 'f', 1)
               .arg(height - 8);
    return svg;
}

namespace {

// An arm's name that may break after its underscores (a PDF's narrow columns cut
// "probe_centred" mid-word).
QString breakable(const QString& name) {
    QString out = esc(name);
    return out.replace('_', QStringLiteral("_&#8203;"));
}

// A table as wide as the page with its columns' shares of the width (in percent): Qt's rich
// text shares the width evenly otherwise, which broke every figure of a PDF over three lines.
QString tableStart(const QStringList& header, const QVector<int>& widths) {
    QString t =
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
        "style=\"font-size:8pt\">\n<tr>";
    for (int c = 0; c < header.size(); ++c)
        t += QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.value(c)).arg(header[c]);
    return t + "</tr>\n";
}

// Each fold's test subjects, then each fold x seed's runs: every arm's two metrics.
QString foldTable(const QJsonObject& results) {
    const QJsonArray arms = results["arms"].toArray();
    QMap<QPair<int, qint64>, QMap<QString, QJsonObject>> byFold;  // (fold, seed) -> arm -> run
    QMap<int, QStringList> subjects;
    for (const QJsonValue& a : arms)
        for (const QJsonValue& r : a["runs"].toArray()) {
            byFold[{r["fold"].toInt(), r["seed"].toInteger()}][a["arm"].toString()] = r.toObject();
            for (const QJsonValue& s : r["test_subjects"].toArray())
                if (!subjects[r["fold"].toInt()].contains(s.toString()))
                    subjects[r["fold"].toInt()] << s.toString();
        }
    QString html = "<p>Test subjects: ";
    QStringList folds;
    for (auto it = subjects.cbegin(); it != subjects.cend(); ++it)
        folds << QStringLiteral("fold %1: %2").arg(it.key()).arg(esc(it->join(", ")));
    html += folds.join("; ") + ".</p>\n<p>Each run's test balanced accuracy / AUROC.</p>\n";
    QStringList header{"fold", "seed"};
    QVector<int> widths{8, 8};
    for (const QJsonValue& a : arms)
        header << breakable(a["arm"].toString()), widths << 84 / std::max(1, int(arms.size()));
    html += tableStart(header, widths);
    for (auto it = byFold.cbegin(); it != byFold.cend(); ++it) {
        QStringList cells{QString::number(it.key().first), QString::number(it.key().second)};
        for (const QJsonValue& a : arms) {
            const QJsonObject run = it.value().value(a["arm"].toString());
            cells << (run.isEmpty() ? QStringLiteral("-")
                                    : fixed(run["metrics"]["balanced_accuracy"]) + " / " +
                                          fixed(run["metrics"]["auroc"]));
        }
        html += row(cells);
    }
    return html + "</table>\n";
}

QString figureTable(const QJsonObject& results) {
    QStringList header;
    for (const QString& h : studyFigureHeader()) header << esc(h);
    QString t = tableStart(header, {14, 12, 6, 13, 17, 17, 11, 10});
    for (QStringList r : studyFigureRows(results)) {
        r[0] = breakable(r[0]);
        QString line = "<tr>";
        for (int c = 0; c < r.size(); ++c) line += "<td>" + (c == 0 ? r[c] : esc(r[c])) + "</td>";
        t += line + "</tr>\n";
    }
    return t + "</table>\n";
}

// The forest plot inline (HTML) or as a picture resource (the PDF's rich text draws no SVG).
QString forestFigure(const QJsonObject& results, ReportFormat format, ReportPage* page) {
    const QString svg = studyForestSvg(results);
    if (format == ReportFormat::Html) return "<p>" + svg + "</p>\n";
    QSvgRenderer renderer(svg.toUtf8());
    QImage image(renderer.defaultSize() * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    page->images["report:forest"] = image;
    constexpr int kWidth = 600;  // CSS pixels within an A4 page's text width
    return QStringLiteral("<p><img src=\"report:forest\" width=\"%1\" height=\"%2\"></p>\n")
        .arg(kWidth)
        .arg(kWidth * image.height() / std::max(1, image.width()));
}

const char* kStyle =
    "body{font-family:sans-serif;max-width:70em;margin:2em auto;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;"
    "text-align:left}th{background:#f0f0f0}code{background:#f6f6f6;padding:4px;display:block;"
    "white-space:pre-wrap;word-break:break-all}";

}  // namespace

// The method as the study's JSON words it names the JSON's keys; a reader of the page sees the
// columns of its table instead.
QString studyMethodInWords(const QJsonObject& results) {
    QString method = results["method"].toString();
    method.replace(QStringLiteral("\"mean\" and \"sd\" are"),
                   QStringLiteral("The mean and SD are"));
    method.replace(QStringLiteral("\"pooled\" is"), QStringLiteral("the pooled value is"));
    method.replace(QStringLiteral("\"versus_reference\" pairs"),
                   QStringLiteral("The comparison with the reference pairs"));
    return method;
}

ReportPage studyReport(Workspace& workspace, qint64 study, ReportFormat format, QString* error) {
    const auto record = StudyStore(workspace).find(study, error);
    if (!record) return {};
    const QJsonObject r = studyResults(workspace, *record, error);
    if (!error->isEmpty()) return {};
    ReportPage page;
    const QString title = esc(QStringLiteral("Study %1: %2").arg(study).arg(record->name));
    QString html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
                   "</title><style>" + kStyle + "</style></head><body>\n<h1>" + title + "</h1>\n";
    html += QStringLiteral("<p>%1 of %2 runs finished; reference arm <b>%3</b>; created %4.</p>\n")
                .arg(r["finished_runs"].toInt())
                .arg(r["cells"].toInt())
                .arg(esc(r["reference"].toString()), esc(record->createdAt));
    html += "<h2>Forest plot</h2>\n" + forestFigure(r, format, &page);
    html += "<h2>Figures</h2>\n" + figureTable(r);
    html += "<h2>Per fold</h2>\n" + foldTable(r);
    html += "<h2>Method</h2>\n<p>" + esc(studyMethodInWords(r)) + "</p>\n";
    html += "<h2>Command line</h2>\n<code>" +
            esc(shellCommand(reproducingStudyCommand(record->config))) + "</code>\n";
    page.html = html + "</body></html>\n";
    return page;
}

}  // namespace alfee::core
