// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_workspace.h"

#include <QDir>
#include <QFileInfo>

#include "core/dataset/dataset_store.h"
#include "core/montage/montage_store.h"
#include "core/resources/resource_location.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

DatasetSpec demoSpec(const QString& name, const QString& task, LabelRule::Source source,
                     const QVector<QPair<QString, QString>>& classes, const QString& filter,
                     double window, const SplitSpec& split) {
    DatasetSpec spec;
    spec.name = name;
    spec.task = task;
    spec.label.source = source;
    spec.label.classes = classes;
    spec.recordingFilter = filter;
    spec.windowSeconds = window;
    spec.strideSeconds = window;
    spec.split = split;
    return spec;
}

}  // namespace

QString demoRecordingsDir() {
    const QString first = findResource(QStringLiteral("demo/Subject00_1.edf"));
    return first.isEmpty() ? QString() : QFileInfo(first).absolutePath();
}

bool createDemoWorkspace(const QString& path, QStringList* log, QString* error) {
    const QString dir = demoRecordingsDir();
    if (dir.isEmpty()) {
        *error = "the demo recordings are missing (set ALFEE_RESOURCES to the resources folder)";
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto ws = Workspace::create(path, error);
    if (!ws) return false;
    *log << "created workspace " + path;
    RecordingStore recordings(*ws);
    for (const QFileInfo& f : QDir(dir).entryInfoList({"*.edf"}, QDir::Files, QDir::Name)) {
        const ImportOutcome o = recordings.importFile(f.filePath());
        if (o.kind == ImportOutcome::Kind::Failed) {
            *error = o.message;
            return false;
        }
        *log << o.message;
    }
    if (!MontageStore(*ws).save(Montage::doubleBanana(), error)) return false;
    *log << "saved montage 'double banana'";
    const DatasetSpec specs[] = {
        demoSpec("demo workload", "workload", LabelRule::Source::FileName,
                 {{"rest", "_1$"}, {"arithmetic", "_2$"}}, "^Subject", 10,
                 {42, 0.5, 0.25, 0.25, {}}),  // 8 subjects: 4 train, 2 validation, 2 test
        demoSpec("demo motor imagery", "motor-imagery", LabelRule::Source::Annotation,
                 {{"left", "T1"}, {"right", "T2"}}, "R04", 4,
                 {42, 1.0, 0.0, 0.0, {}})};  // one subject: a split needs more
    for (const DatasetSpec& spec : specs) {
        DatasetBuild build;
        qint64 id = 0;
        if (!buildDataset(spec, recordings, &build, error) ||
            !DatasetStore(*ws).save(build, false, &id, error))
            return false;
        *log << QStringLiteral("saved dataset '%1': %2 windows")
                    .arg(spec.name)
                    .arg(build.items.size());
    }
    return true;
}

}  // namespace alfee::core
