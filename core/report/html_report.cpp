#include "core/report/html_report.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <algorithm>
#include <cmath>

#include "core/engine/run_registry.h"
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

// The newest finished baseline run on the same data (content hash) and split, if any.
QJsonArray baselineResults(RunRegistry& registry, const RunRecord& run, QString* error) {
    if (run.kind == "baseline") return {};
    const QJsonObject split = run.config["spec"].toObject()["split"].toObject();
    for (const RunRecord& r : registry.list(error))
        if (r.kind == "baseline" && r.status == "finished" && r.datasetHash == run.datasetHash &&
            r.config["spec"].toObject()["split"].toObject() == split)
            return registry.results(r.id, error);
    return {};
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
    html += "<h2>Metrics</h2>\n" + metricsTable(results);
    html += "<h2>Confusion matrix (test)</h2>\n" + confusionTable(wholeSplit(results, "test"));
    html +=
        "<h2>Per subject</h2>\n" + subjectTable(results, baselineResults(registry, *record, error));
    html += "<h2>Curves</h2>\n" + curves(d["metric_history"].toObject(), figures);
    if (const QString inside = modelFigures(shown, figures); !inside.isEmpty())
        html += "<h2>Inside the model</h2>\n" + inside;
    html += "<h2>Data</h2>\n" + (summary.isArray() ? [&] {
        QString t;
        for (const QJsonValue& s : summary.toArray()) t += keyValueTable(s.toObject());
        return t;
    }()
                                                   : keyValueTable(summary.toObject()));
    html += "<h2>Configuration</h2>\n" + keyValueTable(config);
    html += "<h2>Command line</h2>\n<code>" + esc(shellCommand(reproducingCommand(*record))) +
            "</code>\n</body></html>\n";
    return {html, figures.images};
}

QString runReportHtml(Workspace& workspace, qint64 run, QString* error) {
    return runReport(workspace, run, {}, ReportFormat::Html, error).html;
}

}  // namespace alfee::core
