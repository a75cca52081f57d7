// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/recording_commands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include "app/cli/numeric_flags.h"
#include "core/recording/edf_repair.h"
#include "core/recording/recording.h"
#include "core/recording/recording_json.h"

namespace alfee::cli {
namespace {

// Parses ctx.args; false after printing the problem, or the help that --help asks for (then
// exitCode() is kOk).
bool parse(QCommandLineParser& parser, CliContext& ctx, const QString& usage) {
    parser.addHelpOption();
    if (!parser.parse(QStringList{"alfee"} + ctx.args)) {
        ctx.err << parser.errorText() << "\nusage: " << usage << Qt::endl;
        return false;
    }
    if (parser.isSet("help")) {
        ctx.out << "usage: " << usage << "\n" << parser.helpText().section('\n', 2) << Qt::flush;
        return false;
    }
    return true;
}

int exitCode(const QCommandLineParser& parser) {
    return parser.isSet("help") ? kOk : kUsage;
}

void printInfoText(const Recording& rec, const ChannelMapping& mapping, QTextStream& out) {
    const RecordingInfo& info = rec.info();
    out << info.path << "\n  format " << info.format << ", read by " << rec.readerName()
        << "\n  start "
        << (info.start.isValid() ? info.start.toString(Qt::ISODate) +
                                       QStringLiteral(" + %1 s").arg(info.startSubsecond100ns / 1e7)
                                 : QStringLiteral("not in the file"))
        << "\n  duration " << info.durationSeconds() << " s in " << info.records << " records of "
        << info.recordDuration << " s, " << info.segments.size() << " segment(s)\n";
    out << "  signals (" << info.signalInfos.size() << "):\n";
    for (int i = 0; i < info.signalInfos.size(); ++i) {
        const SignalInfo& s = info.signalInfos[i];
        const ChannelMapEntry& m = mapping.entries()[i];
        out << QStringLiteral("    %1 %2 %3 Hz %4 samples [%5] %6 %7 %8\n")
                   .arg(i, 3)
                   .arg(s.label, -16)
                   .arg(s.rateHz, 8)
                   .arg(s.samples, 9)
                   .arg(s.unit)
                   .arg(channelTypeName(m.type), -5)
                   .arg(ChannelMapping::statusName(m.status), -9)
                   .arg(m.electrode.isEmpty() ? m.note : m.electrode);
    }
    QMap<QString, int> counts;
    for (const Annotation& a : info.annotations) ++counts[a.text];
    out << "  annotations: " << info.annotations.size() << "\n";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << "    " << it.key() << " x" << it.value() << "\n";
    for (const HeaderIssue& w : rec.warnings()) out << "  warning: " << w.text() << "\n";
}

// A channel by its exact label, else by its normalised electrode name.
int findChannel(const Recording& rec, const QString& label) {
    const int exact = rec.info().signalIndex(label);
    if (exact >= 0) return exact;
    const QString wanted = normaliseChannelLabel(label);
    for (int i = 0; i < rec.info().signalInfos.size(); ++i)
        if (normaliseChannelLabel(rec.info().signalInfos[i].label) == wanted) return i;
    return -1;
}

}  // namespace

int runInfo(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({"json", "Print JSON."});
    parser.addPositionalArgument("files", "EDF/BDF files.", "FILE...");
    if (!parse(parser, ctx, "alfee info [--json] FILE...")) return exitCode(parser);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        ctx.err << "usage: alfee info [--json] FILE..." << Qt::endl;
        return kUsage;
    }
    int rc = kOk;
    QJsonArray all;
    for (const QString& path : files) {
        QString error;
        auto rec = Recording::open(path, &error);
        if (!rec) {
            ctx.err << "error: " << error << Qt::endl;
            rc = kFailed;
            continue;
        }
        const ChannelMapping mapping = ChannelMapping::fromRecording(rec->info());
        if (parser.isSet("json"))
            all.append(recordingToJson(*rec, mapping));
        else
            printInfoText(*rec, mapping, ctx.out);
    }
    if (parser.isSet("json") && !all.isEmpty()) {
        const QJsonDocument doc =
            all.size() == 1 ? QJsonDocument(all[0].toObject()) : QJsonDocument(all);
        ctx.out << doc.toJson(QJsonDocument::Indented);
    }
    ctx.out.flush();
    return rc;
}

int runRead(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({"json", "Print JSON."});
    parser.addOption({"channel", "Channel label (or its electrode name).", "LABEL"});
    addNumericFlags(parser, numericFlags("read"));
    parser.addOption({"microvolts", "Convert a voltage signal to microvolts."});
    parser.addPositionalArgument("file", "EDF/BDF file.", "FILE");
    const QString usage =
        "alfee read [--json] FILE --channel LABEL [--start N] [--count K] [--microvolts]";
    if (!parse(parser, ctx, usage)) return exitCode(parser);
    if (parser.positionalArguments().size() != 1 || !parser.isSet("channel")) {
        ctx.err << "usage: " << usage << Qt::endl;
        return kUsage;
    }
    const QString path = parser.positionalArguments().front();
    QString error;
    auto rec = Recording::open(path, &error);
    if (!rec) {
        ctx.err << "error: " << error << Qt::endl;
        return kFailed;
    }
    const int channel = findChannel(*rec, parser.value("channel"));
    if (channel < 0) {
        ctx.err << "error: " << path << ": no channel '" << parser.value("channel") << "'"
                << Qt::endl;
        return kFailed;
    }
    const SignalInfo& s = rec->info().signalInfos[channel];
    QJsonObject numbers;
    if (!readNumericFlags(parser, numericFlags("read"), &numbers, &error)) {
        ctx.err << "error: " << error << Qt::endl;
        return kUsage;
    }
    const qint64 start = numbers["start"].toInteger();
    const qint64 count = numbers["count"].toInteger(std::max<qint64>(0, s.samples - start));
    if (start + count > s.samples) {
        ctx.err << "error: --start " << start << " and --count " << count << " reach past the "
                << s.samples << " samples of " << s.label << Qt::endl;
        return kFailed;
    }
    QVector<double> values(std::max<qint64>(0, count));
    QString unit = s.unit;
    if (parser.isSet("microvolts")) {
        QVector<float> uv;
        if (!rec->readMicrovolts(channel, start, count, &uv, &error)) {
            ctx.err << "error: " << error << Qt::endl;
            return kFailed;
        }
        for (qint64 i = 0; i < count; ++i) values[i] = uv[i];
        unit = "uV";
    } else if (!rec->readPhysical(channel, start, count, values.data(), &error)) {
        ctx.err << "error: " << error << Qt::endl;
        return kFailed;
    }
    if (parser.isSet("json")) {
        QJsonArray samples;
        for (double v : values) samples.append(v);
        const QJsonObject o{{"file", path},      {"channel", s.label}, {"rate_hz", s.rateHz},
                            {"unit", unit},      {"start", start},     {"count", count},
                            {"samples", samples}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (double v : values) ctx.out << QString::number(v, 'g', 17) << "\n";
    }
    ctx.out.flush();
    return kOk;
}

int runRepair(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument("file", "EDF/BDF file to repair.", "FILE");
    parser.addPositionalArgument("out", "Compliant copy to write.", "OUT");
    if (!parse(parser, ctx, "alfee repair FILE OUT")) return exitCode(parser);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        ctx.err << "usage: alfee repair FILE OUT" << Qt::endl;
        return kUsage;
    }
    QString error;
    auto rec = Recording::open(pos[0], &error);
    if (!rec) {
        ctx.err << "error: " << error << Qt::endl;
        return kFailed;
    }
    for (const HeaderIssue& w : rec->warnings()) ctx.out << "fixed: " << w.text() << "\n";
    QStringList written;
    if (!repairRecording(*rec, pos[1], &written, &error)) {
        ctx.err << "error: " << error << Qt::endl;
        return kFailed;
    }
    for (const QString& w : written) ctx.out << "wrote " << w << " (accepted by EDFlib)\n";
    ctx.out.flush();
    return kOk;
}

}  // namespace alfee::cli
