// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/html_report.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <algorithm>
#include <cmath>

#include "core/engine/baseline_comparison.h"
#include "core/engine/run_registry.h"
#include "core/engine/subject_alignment.h"
#include "core/report/reproducing_command.h"

namespace alfee::core {
namespace {

const QStringList kMetrics = {"balanced_accuracy", "auroc",    "auc_pr",   "cohen_kappa",
                              "weighted_f1",       "accuracy", "n_windows"};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString cell(const QJsonValue& v) {
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 4);
    if (v.isString()) return esc(v.toString());
    if (v.isBool()) return v.toBool() ? "yes" : "no";
    if (v.isNull() || v.isUndefined()) return "-";
    return esc(QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact)));
}

QString row(const QStringList& cells, const char* tag = "td") {
    QString r = "<tr>";
    for (const QString& c : cells) r += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return r + "</tr>\n";
}

QString keyValueTable(const QJsonObject& o) {
    QString t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n";
    for (auto it = o.begin(); it != o.end(); ++it) t += row({esc(it.key()), cell(it.value())});
    return t + "</table>\n";
}

QJsonObject wholeSplit(const QJsonArray& results, const QString& split) {
    for (const QJsonValue& v : results)
        if (v["split"] == split && !v.toObject().contains("subject")) return v.toObject();
    return {};
}

QString metricsTable(const QJsonArray& results) {
    QString t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n" +
                row({"metric", "validation", "test"}, "th");
    for (const QString& m : kMetrics)
        t += row(
            {m, cell(wholeSplit(results, "validation")[m]), cell(wholeSplit(results, "test")[m])});
    return t + "</table>\n";
}

// Balanced accuracy per (split, subject) of a run's results.
QMap<QString, double> perSubject(const QJsonArray& results) {
    QMap<QString, double> out;
    for (const QJsonValue& v : results)
        if (v.toObject().contains("subject"))
            out[v["split"].toString() + "\t" + v["subject"].toString()] =
                v["balanced_accuracy"].toDouble(std::nan(""));
    return out;
}

QString subjectTable(const QJsonArray& results, const QJsonArray& baseline) {
    const QMap<QString, double> reference = perSubject(baseline);
    QStringList header{"split", "subject", "balanced accuracy", "windows"};
    if (!baseline.isEmpty()) header << "band-power baseline";
    QString t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n" + row(header, "th");
    for (const QJsonValue& v : results) {
        if (!v.toObject().contains("subject")) continue;
        QStringList cells{esc(v["split"].toString()), esc(v["subject"].toString()),
                          cell(v["balanced_accuracy"]), cell(v["n_windows"])};
        const QString key = v["split"].toString() + "\t" + v["subject"].toString();
        if (!baseline.isEmpty())
            cells << (reference.contains(key) ? QString::number(reference[key], 'g', 4) : "-");
        t += row(cells);
    }
    return t + "</table>\n";
}

QString confusionTable(const QJsonObject& test) {
    const QJsonArray m = test["confusion_matrix"].toArray();
    const QJsonArray classes = test["classes"].toArray();
    if (m.isEmpty()) return "<p>No test results.</p>\n";
    QStringList header{"true \\ predicted"};
    for (const QJsonValue& c : classes) header << esc(c.toString());
    QString t = "<table class=\"confusion\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n" +
                row(header, "th");
    for (int i = 0; i < m.size(); ++i) {
        double total = 0;
        for (const QJsonValue& v : m[i].toArray()) total += v.toDouble();
        QString r = "<tr><th>" + esc(classes[i].toString()) + "</th>";
        for (const QJsonValue& v : m[i].toArray()) {
            const double share = total > 0 ? v.toDouble() / total : 0;
            r += QStringLiteral("<td style=\"background:rgba(8,69,148,%1);color:%2\">%3</td>")
                     .arg(share, 0, 'f', 2)
                     .arg(share > 0.5 ? "white" : "black")
                     .arg(v.toInteger());
        }
        t += r + "</tr>\n";
    }
    return t + "</table>\n";
}

// One metric's [step, epoch, value] series as an SVG polyline in a 600 x 200 box.
QString svgCurve(const QJsonArray& series, const char* colour, double lo, double hi,
                 double lastStep) {
    QStringList points;
    for (const QJsonValue& p : series) {
        const QJsonArray a = p.toArray();
        if (a[2].isNull()) continue;
        const double x = 40 + 550 * a[0].toDouble() / std::max(1.0, lastStep);
        const double y = 190 - 180 * (a[2].toDouble() - lo) / std::max(1e-12, hi - lo);
        points << QStringLiteral("%1,%2").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
    }
    return QStringLiteral(
               "<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\" "
               "points=\"%2\"/>")
        .arg(colour, points.join(' '));
}

// Ticks and labels of the step axis under the plot box (x 40-590, y 10-190).
QString stepAxis(double lastStep) {
    QString svg;
    for (int k = 0; k <= 4; ++k) {
        const double x = 40 + 550 * k / 4.0;
        svg += QStringLiteral(
                   "<line x1=\"%1\" y1=\"190\" x2=\"%1\" y2=\"195\" stroke=\"#999\"/>"
                   "<text x=\"%1\" y=\"207\" font-size=\"10\" text-anchor=\"middle\" "
                   "fill=\"#444\">%2</text>")
                   .arg(x, 0, 'f', 1)
                   .arg(std::llround(lastStep * k / 4.0));
    }
    return svg +
           "<text x=\"315\" y=\"222\" font-size=\"11\" text-anchor=\"middle\" "
           "fill=\"#444\">training step</text>";
}

QString curvesSvg(const QJsonObject& history) {
    const QJsonArray loss = history["train_loss"].toArray();
    if (loss.isEmpty()) return {};
    double lo = 1e300, hi = -1e300, last = 1;
    for (const QJsonValue& p : loss) {
        lo = std::min(lo, p[2].toDouble()), hi = std::max(hi, p[2].toDouble());
        last = std::max(last, p[0].toDouble());
    }
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"226\" "
               "role=\"img\"><rect x=\"40\" y=\"10\" width=\"550\" height=\"180\" "
               "fill=\"none\" stroke=\"#999\"/>%1%2%5"
               "<text x=\"45\" y=\"24\" font-size=\"11\" fill=\"#1f77b4\">train loss "
               "%3-%4</text><text x=\"45\" y=\"38\" font-size=\"11\" "
               "fill=\"#2ca02c\">validation balanced accuracy 0-1</text></svg>\n")
        .arg(svgCurve(loss, "#1f77b4", lo, hi, last),
             svgCurve(history["val_balanced_accuracy"].toArray(), "#2ca02c", 0, 1, last))
        .arg(lo, 0, 'g', 3)
        .arg(hi, 0, 'g', 3)
        .arg(stepAxis(last));
}

// The per-subject results of the baseline beside the run's first task, if there is one.
QJsonArray baselineResults(RunRegistry& registry, const QVector<BaselineComparison>& comparisons,
                           QString* error) {
    if (comparisons.isEmpty() || !comparisons.front().baselineRun) return {};
    return registry.results(comparisons.front().baselineRun, error);
}

// The model's metrics beside the baseline's, per task, with a sentence on the test split.
QString comparisonTables(const QVector<BaselineComparison>& comparisons) {
    QString html;
    for (const BaselineComparison& c : comparisons) {
        if (comparisons.size() > 1) html += "<h3>Task " + esc(c.task) + "</h3>\n";
        if (c.baselineRun)
            html += QStringLiteral(
                        "<p>Beside the band-power baseline on the same windows and "
                        "split: run %1.</p>\n")
                        .arg(c.baselineRun);
        // The metric column wide enough for its names (the PDF's layout shares the width
        // evenly otherwise, and broke "balanced_accuracy").
        QString t =
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
            "width=\"100%\">\n<tr><th width=\"28%\">metric</th><th>model "
            "validation</th><th>model test</th><th>baseline validation</th><th>baseline "
            "test</th></tr>\n";
        for (const QString& m : comparedMetrics())
            t += row({m, cell(c.model["validation"].toObject()[m]),
                      cell(c.model["test"].toObject()[m]),
                      cell(c.baseline["validation"].toObject()[m]),
                      cell(c.baseline["test"].toObject()[m])});
        html += t + "</table>\n<p>" + esc(comparisonSentence(c)) + "</p>\n";
    }
    return html;
}

// The recordings a run read, with the SHA-256 that identifies each on another machine.
QString recordingTable(const QJsonArray& recordings) {
    QString t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n" +
                row({"recording", "SHA-256"}, "th");
    for (const QJsonValue& r : recordings)
        t += row({esc(r["path"].toString()), esc(r["sha256"].toString())});
    return t + "</table>\n";
}

// What the windows were (counts per split and class) and what they were cut from: each data
// definition's spec and recordings.
QString dataSection(const QJsonValue& summary, const QJsonValue& definitions) {
    QString html;
    for (const QJsonValue& s : summary.isArray() ? summary.toArray() : QJsonArray{summary})
        html += keyValueTable(s.toObject());
    for (const QJsonValue& d : definitions.toArray()) {
        html += "<h3>Windows of " + esc(d["name"].toString()) + ": definition</h3>\n" +
                keyValueTable(d["spec"].toObject());
        html += recordingTable(d["recordings"].toArray());
    }
    return html;
}

// What the adaptation before fine-tuning read: its steps, recordings and subjects, and whether
// the test subjects were among them.
QString adaptationSection(RunRegistry& registry, const RunRecord& run) {
    const qint64 id = run.config["adaptation_run"].toInteger();
    if (!id) return {};
    QString ignored;
    const auto adaptation = registry.find(QString::number(id), &ignored);
    const QJsonObject summary =
        adaptation ? adaptation->config["data_summary"].toObject() : QJsonObject();
    const bool withTest = run.config["adapt_on"].toString() == "all";
    return QStringLiteral(
               "<p>Before fine-tuning, the starting checkpoint was adapted to this data by run "
               "%1: %2 steps of continued pretraining (no labels read) on %3 windows of %4 "
               "recordings of %5 subjects, %6.</p>\n")
        .arg(id)
        .arg(run.config["adapt_steps"].toInteger())
        .arg(summary["train_windows"].toInteger() + summary["validation_windows"].toInteger())
        .arg(summary["recordings"].toInteger())
        .arg(summary["subjects"].toInteger())
        .arg(withTest ? QStringLiteral("the test subjects included (their recordings, not their "
                                       "labels: --adapt-on all)")
                      : QStringLiteral("the training and validation subjects only (the test "
                                       "subjects were not read)"));
}

// That the windows were aligned per subject, with the test subjects' own unlabelled windows.
QString alignmentSection(const QJsonObject& config) {
    if (config["align"].toString() != kAlignEuclidean) return {};
    return "<h2>Alignment</h2>\n<p>" + esc(alignmentNote()) + "</p>\n";
}

// The commands that rerun the run, one per line: with the same files (their SHA-256 above) in a
// new workspace they give the same windows, split and, with the same seed, the same metrics.
QString commandSection(const RunRecord& run) {
    QStringList lines;
    for (const QStringList& command : reproducingScript(run)) lines << shellCommand(command);
    QString html = "<code>" + esc(lines.join("\n")).replace("\n", "<br>\n") + "</code>\n";
    if (lines.size() > 1)
        html +=
            "<p>Run in an empty folder: the first lines import the recordings and recreate "
            "the workspace datasets from their definitions.</p>\n";
    return html;
}

// The text width of an A4 page with 15 mm margins in CSS pixels (1/96 inch), which is what
// Qt's rich text reads an <img width> in.
constexpr int kPdfWidth = 660;

// Puts pictures in the page: inline (HTML) or as named resources (the PDF's rich text).
class Figures {
  public:
    explicit Figures(ReportFormat format) : format_(format) {}
    QString svg(const QString& name, const QString& svg, const QSize& size) {
        if (format_ == ReportFormat::Html) return svg;
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        QSvgRenderer(svg.toUtf8()).render(&painter);
        return image_(name, image, kPdfWidth * 9 / 10);
    }
    QString image(const QString& name, const QImage& image, const QString& alt) {
        if (format_ == ReportFormat::Pdf) return image_(name, image, kPdfWidth);
        QByteArray png;
        QBuffer buffer(&png);
        image.save(&buffer, "PNG");
        return QStringLiteral(
                   "<p><img alt=\"%1\" style=\"max-width:100%\" "
                   "src=\"data:image/png;base64,%2\"></p>\n")
            .arg(esc(alt), QString::fromLatin1(png.toBase64()));
    }
    QMap<QString, QImage> images;

  private:
    QString image_(const QString& name, const QImage& image, int width) {
        images["report:" + name] = image;
        const int height =
            width * image.height() / std::max(1, image.width());  // Qt keeps no aspect
        return QStringLiteral("<p><img src=\"report:%1\" width=\"%2\" height=\"%3\"></p>\n")
            .arg(name)
            .arg(width)
            .arg(height);
    }
    ReportFormat format_;
};

QString curves(const QJsonObject& history, Figures& figures) {
    const QString svg = curvesSvg(history);
    if (svg.isEmpty()) return "<p>No training curves (the run trains no network).</p>\n";
    return figures.svg("curves", svg, {600, 226});
}

QString modelFigures(const ReportFigures& f, Figures& figures) {
    QString html;
    if (f.reconstruction)
        html += "<h3>Example reconstruction</h3>\n" +
                figures.image("reconstruction", reconstructionImage(*f.reconstruction),
                              "original and reconstructed traces");
    if (f.attention)
        html += "<h3>Attention maps</h3>\n" +
                figures.image("attention", attentionImage(*f.attention), "attention maps");
    if (!f.note.isEmpty()) html += "<p>" + esc(f.note) + "</p>\n";
    return html;
}

const char* kStyle =
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;"
    "text-align:left}th{background:#f0f0f0}code{background:#f6f6f6;padding:4px;display:block;"
    "white-space:pre-wrap;word-break:break-all}";

}  // namespace

ReportPage runReport(Workspace& workspace, qint64 run, const ReportFigures& shown,
                     ReportFormat format, QString* error) {
    RunRegistry registry(workspace);
    const auto record = registry.find(QString::number(run), error);
    if (!record) return {};
    Figures figures(format);
    const QJsonObject d = registry.details(*record, error);
    const QJsonArray results = d["results"].toArray();
    QJsonObject config = record->config;
    const QJsonValue summary = config.take("data_summary");
    // A dataset run's windows are described by its "tasks"; its label options were not used.
    if (!config["datasets"].toArray().isEmpty()) config.remove("spec");
    const QString title = QStringLiteral("Run %1: %2").arg(run).arg(esc(record->name));
    QString html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
                   "</title><style>" + kStyle + "</style></head><body>\n<h1>" + title + "</h1>\n";
    html += QStringLiteral(
                "<p>%1, <b>%2</b>: %3<br>dataset %4; device %5; %6 to %7; ALFEE "
                "Workbench %8</p>\n")
                .arg(esc(record->kind), esc(record->status), esc(record->message),
                     esc(record->dataset), esc(record->device), esc(record->createdAt),
                     esc(record->endedAt), esc(record->programVersion));
    const QVector<BaselineComparison> comparisons = compareWithBaseline(registry, *record, error);
    html += "<h2>Metrics</h2>\n" +
            (comparisons.isEmpty() ? metricsTable(results) : comparisonTables(comparisons));
    html += "<h2>Confusion matrix (test)</h2>\n" + confusionTable(wholeSplit(results, "test"));
    html += "<h2>Per subject</h2>\n" +
            subjectTable(results, baselineResults(registry, comparisons, error));
    html += "<h2>Curves</h2>\n" + curves(d["metric_history"].toObject(), figures);
    if (const QString inside = modelFigures(shown, figures); !inside.isEmpty())
        html += "<h2>Inside the model</h2>\n" + inside;
    if (const QString adapted = adaptationSection(registry, *record); !adapted.isEmpty())
        html += "<h2>Adaptation</h2>\n" + adapted;
    html += alignmentSection(config);
    html += "<h2>Data</h2>\n" + dataSection(summary, config.take("data_definitions"));
    html += "<h2>Configuration</h2>\n" + keyValueTable(config);
    html += "<h2>Command line</h2>\n" + commandSection(*record) + "</body></html>\n";
    return {html, figures.images};
}

QString runReportHtml(Workspace& workspace, qint64 run, QString* error) {
    return runReport(workspace, run, {}, ReportFormat::Html, error).html;
}

}  // namespace alfee::core
