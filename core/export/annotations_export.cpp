// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/annotations_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include "core/recording/edf_repair.h"
#include "core/recording/recording.h"

namespace alfee::core {
namespace {

QString number(double value) {
    return QString::number(value, 'g', 12);
}

// A CSV field, quoted where it holds a comma, a quote or a line break (RFC 4180).
QString csvField(const QString& text) {
    if (!text.contains(QRegularExpression(QStringLiteral("[,\"\\n\\r]")))) return text;
    return '"' + QString(text).replace('"', QStringLiteral("\"\"")) + '"';
}

// A TSV field: tabs and line breaks would break the row.
QString tsvField(const QString& text) {
    return QString(text).replace(QRegularExpression(QStringLiteral("[\\t\\r\\n]")), " ");
}

QString csvText(const QVector<Annotation>& annotations) {
    QString out = QStringLiteral("onset_s,duration_s,description,channels\n");
    for (const Annotation& a : annotations)
        out +=
            QStringLiteral("%1,%2,%3,%4\n")
                .arg(number(a.onsetSeconds()), a.hasDuration() ? number(a.durationSeconds()) : "",
                     csvField(a.text), csvField(a.channels.join(';')));
    return out;
}

// A field of MNE's text: its reader (numpy's loadtxt) splits rows at commas and line breaks and
// cuts them at '#', so those become a semicolon, a space and "No.".
QString mneField(QString text) {
    text.replace(',', ';').replace('#', QStringLiteral("No."));
    return text.replace(QRegularExpression(QStringLiteral("[\\r\\n]")), QStringLiteral(" "));
}

// As mne.Annotations.save(*.txt) writes it: onsets in seconds from the first sample.
QString mneText(const QVector<Annotation>& annotations) {
    bool channels = false;
    for (const Annotation& a : annotations) channels = channels || !a.channels.isEmpty();
    QString out = QStringLiteral("# MNE-Annotations\n# onset, duration, description");
    out += channels ? QStringLiteral(", ch_names\n") : QStringLiteral("\n");
    for (const Annotation& a : annotations) {
        out += QStringLiteral("%1,%2,%3")
                   .arg(number(a.onsetSeconds()), number(a.durationSeconds()), mneField(a.text));
        // MNE's list of names: joined by colons, a name's own colons written {COLON}.
        QStringList names;
        for (const QString& n : a.channels) names << mneField(n).replace(':', "{COLON}");
        out += channels ? ',' + names.join(':') + '\n' : QStringLiteral("\n");
    }
    return out;
}

QString bidsEvents(const QVector<Annotation>& annotations) {
    QString out = QStringLiteral("onset\tduration\ttrial_type\tchannels\n");
    for (const Annotation& a : annotations)
        out +=
            QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(number(a.onsetSeconds()),
                     a.hasDuration() ? number(a.durationSeconds()) : QStringLiteral("n/a"),
                     tsvField(a.text),
                     a.channels.isEmpty() ? QStringLiteral("n/a") : tsvField(a.channels.join(',')));
    return out;
}

// BIDS describes a column of its own (channels) in the events.json beside the events.tsv.
QString sidecarOf(const QString& tsv) {
    return tsv.left(tsv.size() - 3) + QStringLiteral("json");
}

QString bidsSidecar() {
    return QStringLiteral(
        "{\n"
        "  \"trial_type\": {\"Description\": \"The annotation's text\"},\n"
        "  \"channels\": {\"Description\": \"The channels the annotation concerns, by their "
        "labels in the recording, comma-separated; n/a: all channels\"}\n"
        "}\n");
}

bool writeText(const QString& path, const QString& text, QStringList* written, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    written->append(path);
    return true;
}

}  // namespace

bool exportAnnotations(const QString& recording, const QVector<Annotation>& annotations,
                       const QString& path, QStringList* written, QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "csv") return writeText(path, csvText(annotations), written, error);
    if (suffix == "txt") return writeText(path, mneText(annotations), written, error);
    if (suffix == "tsv")
        return writeText(path, bidsEvents(annotations), written, error) &&
               writeText(sidecarOf(path), bidsSidecar(), written, error);
    if (suffix == "edf" || suffix == "bdf") {
        const auto source = Recording::open(recording, error);
        if (!source) return false;
        // EDFlib copies the samples as they are: 16-bit EDF or 24-bit BDF, as the recording is.
        const QString own = source->info().format.startsWith("BDF") ? "bdf" : "edf";
        if (suffix != own) {
            *error = QCoreApplication::translate("alfee::core",
                                                 "%1: the recording is %2; its copy is a .%3 file")
                         .arg(path, source->info().format, own);
            return false;
        }
        return copyWithAnnotations(*source, annotations, path, written, error);
    }
    *error =
        QCoreApplication::translate("alfee::core",
                                    "%1: annotations are written as .csv, .txt (MNE), .tsv (BIDS "
                                    "events), .edf or .bdf; not as .%2")
            .arg(path, suffix);
    return false;
}

QString annotationExportFilter() {
    return QCoreApplication::translate(
        "alfee::core",
        "CSV table (*.csv);;MNE annotations (*.txt);;BIDS events (*_events.tsv);;"
        "EDF+ copy of the recording (*.edf);;BDF+ copy of the recording (*.bdf)");
}

}  // namespace alfee::core
