// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/workspace_commands.h"

#include <unistd.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "app/cli/cli_support.h"
#include "app/cli/label_options.h"
#include "app/cli/numeric_flags.h"
#include "core/bids/bids_import.h"
#include "core/dataset/dataset_store.h"
#include "core/dataset/paradigms.h"
#include "core/dataset/summary_rows.h"
#include "core/engine/interrupted_work.h"
#include "core/export/dataset_bids_export.h"
#include "core/montage/montage_store.h"
#include "core/workspace/import_journal.h"
#include "core/workspace/recording_files.h"
#include "core/workspace/recording_store.h"

namespace alfee::cli {
namespace {

int usageOrHelp(const QCommandLineParser& parser) {
    return parser.isSet("help") ? kOk : kUsage;
}

void printSummary(const QJsonObject& summary, const QStringList& classes, QTextStream& out) {
    out << "windows " << summary["windows"].toInt() << " from " << summary["recordings"].toInt()
        << " recordings\n";
    const char* headings[] = {"per class:\n", "per split:\n", "per subject (split):\n"};
    int section = -1;
    for (const SummaryRow& r : summaryRows(summary)) {
        if (int(r.kind) != section) out << headings[section = int(r.kind)];
        const QString name = r.kind == SummaryRow::Kind::All       ? QStringLiteral("all")
                             : r.kind == SummaryRow::Kind::Subject ? r.name + " " + r.split
                                                                   : r.name;
        out << QStringLiteral("  %1").arg(name, -20);
        for (const QString& c : classes)
            out << QStringLiteral(" %1=%2").arg(c).arg(r.counts[c].toInt());
        out << QStringLiteral("  total=%1\n").arg(r.counts["total"].toInt());
    }
    const QJsonObject naming = summary["subject_naming"].toObject();
    QStringList schemes;
    for (auto it = naming.begin(); it != naming.end(); ++it)
        schemes << QStringLiteral("%1 (%2 recordings)").arg(it.key()).arg(it.value().toInt());
    if (!schemes.isEmpty()) out << "subjects named by: " << schemes.join(", ") << "\n";
    const QJsonArray excluded = summary["excluded"].toArray();
    if (!excluded.isEmpty()) out << "left out:\n";
    for (const auto& e : excluded) out << "  " << e.toString() << "\n";
    for (const auto& w : summary["warnings"].toArray()) out << "warning: " << w.toString() << "\n";
    out.flush();
}

// Recordings imported from BIDS know their power-line frequency: it is the notch unless
// --notch says otherwise.
void useBidsLineFrequency(Workspace& ws, DatasetBuild* build, CliContext& ctx) {
    QVector<qint64> ids;
    for (const DatasetItem& item : build->items)
        if (!ids.contains(item.recordingId)) ids << item.recordingId;
    const double hz = bidsLineFrequency(ws, ids);
    if (hz <= 0 || hz == build->spec.preprocess.notchHz) return;
    build->spec.preprocess.notchHz = hz;
    ctx.out << "notch " << hz << " Hz: the PowerLineFrequency of the BIDS sidecars" << Qt::endl;
}

int createDataset(const QCommandLineParser& p, CliContext& ctx) {
    DatasetSpec spec;
    QString error;
    spec.name = p.positionalArguments().value(1);
    spec.task = p.value("task");
    if (spec.task.isEmpty())
        return fail(ctx, QStringLiteral("dataset '%1': give its paradigm with --task (%2)")
                             .arg(spec.name, paradigmNames().join(", ")));
    QJsonObject numbers;
    if (!specFromLabelOptions(p, &spec, &error) ||
        !readNumericFlags(p, numericFlags("dataset create"), &numbers, &error))
        return fail(ctx, QStringLiteral("dataset '%1': %2").arg(spec.name, error));
    if (numbers.contains("seed"))  // the older name of --split-seed
        spec.split.seed = quint32(numbers["seed"].toInteger());
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    RecordingStore recordings(*ws);
    DatasetBuild build;
    if (!buildDataset(spec, recordings, &build, &error)) return fail(ctx, error);
    if (!p.isSet("notch")) useBidsLineFrequency(*ws, &build, ctx);
    printSummary(build.summary(), spec.classNames(), ctx.out);
    if (p.isSet("dry-run")) {
        ctx.out << "dry run: nothing saved" << Qt::endl;
        return kOk;
    }
    qint64 id = 0;
    if (!DatasetStore(*ws).save(build, p.isSet("replace"), &id, &error)) return fail(ctx, error);
    ctx.out << "saved dataset '" << spec.name << "' in " << ws->path() << Qt::endl;
    return kOk;
}

int exportDataset(const QCommandLineParser& p, CliContext& ctx) {
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    QStringList written;
    QString error;
    const QString name = p.positionalArguments()[1], dir = p.positionalArguments()[2];
    if (!exportDatasetEvents(*ws, name, dir, &written, &error)) return fail(ctx, error);
    ctx.out << "dataset '" << name << "' as " << written.size() - 3
            << " events.tsv files (one per recording) in " << dir << Qt::endl;
    return kOk;
}

int showDataset(const QCommandLineParser& p, CliContext& ctx) {
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    QString error;
    const auto d = DatasetStore(*ws).load(p.positionalArguments().value(1), &error);
    if (!d) return fail(ctx, error);
    if (p.isSet("json")) {
        ctx.out << QJsonDocument(QJsonObject{{"spec", d->spec.toJson()}, {"summary", d->summary}})
                       .toJson();
        ctx.out.flush();
        return kOk;
    }
    ctx.out << "dataset '" << d->spec.name << "': task " << d->spec.task << ", "
            << d->spec.windowSeconds << " s windows every " << d->spec.strideSeconds << " s\n";
    printSummary(d->summary, d->spec.classNames(), ctx.out);
    return kOk;
}

}  // namespace

int runWorkspace(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("action", "init or info");
    const QString usage = "alfee workspace init|info [--workspace PATH]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return usageOrHelp(p);
    const QString action = p.positionalArguments().value(0);
    QString error;
    if (action == "init") {
        auto ws = Workspace::create(workspacePath(p), &error);
        if (!ws) return fail(ctx, error);
        ctx.out << "created workspace " << ws->path() << " (schema " << ws->schemaVersion() << ")"
                << Qt::endl;
        return kOk;
    }
    if (action != "info") {
        fail(ctx, "usage: " + usage);
        return kUsage;
    }
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    for (const QString& line : takeInterruptedWork(*ws, &error))
        ctx.out << "note: " << line << "\n";
    if (!error.isEmpty()) return fail(ctx, error);
    RecordingStore store(*ws);
    const auto recs = store.list(&error);
    if (!error.isEmpty()) return fail(ctx, error);  // a damaged workspace, not an empty one
    const QStringList datasets = DatasetStore(*ws).names(&error);
    if (!error.isEmpty()) return fail(ctx, error);
    ctx.out << ws->path() << ": schema " << ws->schemaVersion() << ", " << recs.size()
            << " recordings, datasets: " << datasets.join(", ") << "\n";
    for (const StoredRecording& r : recs)
        ctx.out << QStringLiteral("  %1 %2 %3 %4 s, %5/%6 mapped, %7 annotations\n")
                       .arg(r.id, 4)
                       .arg(r.fileName(), -28)
                       .arg(r.format, -5)
                       .arg(r.durationSeconds, 7)
                       .arg(r.mapping.mapped().size())
                       .arg(r.signalCount)
                       .arg(r.annotationCount);
    ctx.out.flush();
    return kOk;
}

namespace {

int importBidsRoot(Workspace& ws, const QString& root, CliContext& ctx) {
    QString error;
    const auto dataset = scanBids(root, &error);
    if (!dataset) return fail(ctx, error);
    ctx.out << "BIDS dataset '" << dataset->name << "': " << dataset->recordings.size()
            << " EEG recordings, " << dataset->participants.size() << " participants" << Qt::endl;
    const bool terminal = isatty(STDOUT_FILENO);  // a counter in place, else one line a file
    const BidsImportSummary s = importBids(ws, *dataset, [&](int done, int total) {
        ctx.out << QStringLiteral("%1[%2/%3] %4")
                       .arg(terminal ? "\r" : "")
                       .arg(done)
                       .arg(total)
                       .arg(dataset->recordings[done - 1].path)
                << (terminal ? Qt::flush : Qt::endl);
    });
    if (terminal) ctx.out << Qt::endl;
    for (const QString& w : s.warnings) ctx.err << "warning: " << w << Qt::endl;
    for (const QString& e : s.errors) ctx.err << "error: " << e << Qt::endl;
    ctx.out << QStringLiteral(
                   "%1 imported, %2 already present, %3 failed; %4 subjects, %5 bad channels "
                   "excluded, %6 events added")
                   .arg(s.imported)
                   .arg(s.alreadyPresent)
                   .arg(s.failed)
                   .arg(s.subjects)
                   .arg(s.badChannels)
                   .arg(s.events)
            << Qt::endl;
    return s.failed ? kFailed : kOk;
}

}  // namespace

namespace {

int importFiles(Workspace& ws, const QStringList& files, CliContext& ctx) {
    RecordingStore store(ws);
    int imported = 0, present = 0, failed = 0;
    for (int i = 0; i < files.size(); ++i) {
        const ImportOutcome o = store.importFile(files[i]);
        const bool bad = o.kind == ImportOutcome::Kind::Failed;
        (bad ? ctx.err : ctx.out) << QStringLiteral("[%1/%2] ").arg(i + 1).arg(files.size())
                                  << (bad ? "error: " : "") << o.message << Qt::endl;
        imported +=
            o.kind == ImportOutcome::Kind::Imported || o.kind == ImportOutcome::Kind::Relocated;
        present += o.kind == ImportOutcome::Kind::AlreadyPresent;
        failed += bad;
    }
    ctx.out << QStringLiteral("%1 imported, %2 already present, %3 failed")
                   .arg(imported)
                   .arg(present)
                   .arg(failed)
            << Qt::endl;
    return failed ? kFailed : kOk;
}

}  // namespace

int runImport(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("paths", "EDF/BDF files or folders (searched recursively).", "PATH...");
    const QString usage = "alfee import [--workspace PATH] FILE|DIR...|BIDS_ROOT";
    if (!parseArgs(p, ctx.args, ctx, usage)) return usageOrHelp(p);
    const QStringList paths = p.positionalArguments();
    if (paths.isEmpty()) {
        fail(ctx, "usage: " + usage);
        return kUsage;
    }
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    QString error;
    // Left behind if this process is killed: the next start says the import was interrupted.
    if (!beginImportJournal(*ws, paths, &error)) return fail(ctx, error);
    const int rc = paths.size() == 1 && isBidsRoot(paths.front())
                       ? importBidsRoot(*ws, paths.front(), ctx)
                       : importFiles(*ws, findRecordingFiles(paths), ctx);
    if (!endImportJournal(*ws, &error)) return fail(ctx, error);
    return rc;
}

int runDataset(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("action", "create, show or list");
    p.addPositionalArgument("name", "Dataset name");
    addLabelOptions(p);
    addNumericFlags(p, {numericFlags("dataset create").constLast()});  // --seed
    p.addOptions({{"task", "Paradigm: " + paradigmNames().join(", "), "TASK"},
                  {"replace", "Replace a dataset of the same name"},
                  {"dry-run", "Show the counts, save nothing"},
                  {"json", "Print JSON (show)"}});
    const QString usage =
        "alfee dataset create NAME --task TASK --label-from filename|annotation|participant:COLUMN "
        "--class "
        "NAME=PATTERN... "
        "[--filter REGEX] [--window S] [--stride S] [--split F,F,F] [--seed N]\n"
        "       alfee dataset show NAME [--json]\n       alfee dataset list\n"
        "       alfee dataset export NAME DIR    (BIDS-style events.tsv of its windows)";
    if (!parseArgs(p, ctx.args, ctx, usage)) return usageOrHelp(p);
    const QString action = p.positionalArguments().value(0);
    if (action == "create" && p.positionalArguments().size() == 2) return createDataset(p, ctx);
    if (action == "show" && p.positionalArguments().size() == 2) return showDataset(p, ctx);
    if (action == "export" && p.positionalArguments().size() == 3) return exportDataset(p, ctx);
    if (action == "list") {
        auto ws = openWorkspace(p, ctx);
        if (!ws) return kFailed;
        QString error;
        for (const QString& n : DatasetStore(*ws).names(&error)) ctx.out << n << "\n";
        ctx.out.flush();
        return error.isEmpty() ? kOk : fail(ctx, error);
    }
    ctx.err << "usage: " << usage << Qt::endl;
    return kUsage;
}

int runMapping(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("action", "show or set");
    p.addPositionalArgument("recording", "Workspace id, path or file name");
    p.addPositionalArgument("changes", "LABEL=ELECTRODE (empty electrode unmaps)",
                            "[LABEL=ELECTRODE...]");
    const QString usage = "alfee mapping show|set RECORDING [LABEL=ELECTRODE...]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return usageOrHelp(p);
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2 || (pos[0] != "show" && pos[0] != "set")) {
        fail(ctx, "usage: " + usage);
        return kUsage;
    }
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    RecordingStore store(*ws);
    QString error;
    auto rec = store.find(pos[1], &error);
    if (!rec) return fail(ctx, error);
    ChannelMapping mapping = rec->mapping;
    for (const QString& change : pos.mid(2)) {
        const int eq = change.lastIndexOf('=');
        if (eq <= 0) return fail(ctx, QStringLiteral("'%1' is not LABEL=ELECTRODE").arg(change));
        if (!mapping.overrideLabel(change.left(eq), change.mid(eq + 1), &error))
            return fail(ctx,
                        QStringLiteral("%1: %2; the mapping is unchanged").arg(rec->path, error));
    }
    if (pos[0] == "set" && !store.saveMapping(rec->id, mapping, &error)) return fail(ctx, error);
    for (const ChannelMapEntry& e : mapping.entries())
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(e.signal, 3)
                       .arg(e.label, -18)
                       .arg(ChannelMapping::statusName(e.status), -9)
                       .arg(e.electrode, -5)
                       .arg(e.note);
    ctx.out.flush();
    return kOk;
}

int runMontage(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("action", "list, save, export or import");
    p.addOptions({{"kind", "as-recorded, average, linked-ears or bipolar", "KIND"},
                  {"pairs", "Bipolar pairs: FP1-F7,F7-T7,...", "PAIRS"},
                  {"preset", "double-banana", "NAME"}});
    const QString usage =
        "alfee montage list | save NAME (--preset double-banana | --kind KIND [--pairs A-B,...]) | "
        "export NAME FILE | import FILE";
    if (!parseArgs(p, ctx.args, ctx, usage)) return usageOrHelp(p);
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    MontageStore store(*ws);
    const QStringList pos = p.positionalArguments();
    QString error;
    if (pos.value(0) == "list") {
        for (const Montage& m : store.list(&error))
            ctx.out << m.name << " (" << Montage::kindName(m.kind) << ", " << m.pairs.size()
                    << " pairs)\n";
        ctx.out.flush();
        return error.isEmpty() ? kOk : fail(ctx, error);
    }
    if (pos.value(0) == "save" && pos.size() == 2) {
        Montage m;
        if (p.value("preset") == "double-banana") {
            m = Montage::doubleBanana();
        } else {
            QJsonArray pairs;
            for (const QString& pair : p.value("pairs").split(',', Qt::SkipEmptyParts))
                pairs.append(QJsonArray{pair.section('-', 0, 0), pair.section('-', 1)});
            if (!Montage::fromJson(
                    {{"format", "alfee-montage"}, {"kind", p.value("kind")}, {"pairs", pairs}}, &m,
                    &error))
                return fail(ctx, error);
        }
        m.name = pos[1];
        if (!store.save(m, &error)) return fail(ctx, error);
        ctx.out << "saved montage '" << m.name << "'" << Qt::endl;
        return kOk;
    }
    if (pos.value(0) == "export" && pos.size() == 3) {
        const auto m = store.load(pos[1], &error);
        if (!m || !m->saveFile(pos[2], &error)) return fail(ctx, error);
        ctx.out << "wrote " << pos[2] << Qt::endl;
        return kOk;
    }
    if (pos.value(0) == "import" && pos.size() == 2) {
        Montage m;
        if (!Montage::loadFile(pos[1], &m, &error) || !store.save(m, &error))
            return fail(ctx, error);
        ctx.out << "imported montage '" << m.name << "'" << Qt::endl;
        return kOk;
    }
    ctx.err << "usage: " << usage << Qt::endl;
    return kUsage;
}

}  // namespace alfee::cli
