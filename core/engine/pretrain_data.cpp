#include "core/engine/pretrain_data.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "core/dataset/dataset_builder.h"
#include "core/dataset/paradigms.h"
#include "core/workspace/recording_files.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

QString subjectOf(const QString& path) {
    static const QRegularExpression pattern(DatasetSpec().subjectPattern);
    const QString base = QFileInfo(path).completeBaseName();
    const QString subject = pattern.match(base).captured(1);
    return subject.isEmpty() ? base : subject;
}

// Every whole window of every segment of one recording.
QVector<DatasetItem> windowsOf(const StoredRecording& r, double seconds, int label) {
    QVector<DatasetItem> items;
    if (r.mapping.mapped().isEmpty()) return items;  // nothing the model can read
    for (const Segment& s : r.segments)
        for (double t = s.onsetSeconds; t + seconds <= s.onsetSeconds + r.segmentSeconds(s) + 1e-9;
             t += seconds)
            items.push_back({r.id, t, label, subjectOf(r.path), "train"});
    return items;
}

bool addFolders(Workspace& workspace, const PretrainSource& source, int label, TrainingData* data,
                QString* error) {
    RecordingStore store(workspace);
    QVector<DatasetItem> items;
    for (const QString& file : findRecordingFiles(source.paths)) {
        const ImportOutcome o = store.importFile(file);
        if (o.kind == ImportOutcome::Kind::Failed) {
            data->excluded << o.message;
            continue;
        }
        const auto r = store.byId(o.recordingId, error);
        if (!r) return false;
        const QVector<DatasetItem> mine = windowsOf(*r, data->spec.windowSeconds, label);
        if (mine.isEmpty()) data->excluded << r->path + ": no mapped channel or no whole window";
        items += mine;
    }
    if (items.isEmpty()) {
        *error = QStringLiteral("%1: no window to pretrain on").arg(source.paths.join(", "));
        return false;
    }
    return appendWindows(store, items, data, error);
}

bool addDataset(Workspace& workspace, const PretrainSource& source, TrainingData* data,
                QString* error) {
    TrainingData d;
    if (!loadDatasetData(workspace, source.dataset, &d, error)) return false;
    const QString paradigm = source.paradigm.isEmpty() ? d.spec.task : source.paradigm;
    const int label = paradigmNames().indexOf(paradigm);
    RecordingStore store(workspace);
    QVector<DatasetItem> items;
    for (const WindowRef& w : d.windows)
        items.push_back({d.recordings[w.recording].id, w.onsetSeconds, label, w.subject, "train"});
    return appendWindows(store, items, data, error);
}

}  // namespace

bool addPretrainSource(Workspace& workspace, const PretrainSource& source, TrainingData* data,
                       QString* error) {
    if (!source.dataset.isEmpty()) return addDataset(workspace, source, data, error);
    return addFolders(workspace, source, paradigmNames().indexOf(source.paradigm), data, error);
}

bool loadPretrainData(Workspace& workspace, const PretrainOptions& options, TrainingData* out,
                      QString* error) {
    *out = TrainingData();
    out->name = QStringLiteral("pretraining");
    out->spec.name = out->name;
    out->spec.windowSeconds = out->spec.strideSeconds = options.windowSeconds;
    for (const PretrainSource& s : options.sources)
        if (!addPretrainSource(workspace, s, out, error)) return false;
    QStringList subjects;
    for (const WindowRef& w : out->windows)
        if (!subjects.contains(w.subject)) subjects << w.subject;
    std::sort(subjects.begin(), subjects.end());
    const QStringList heldOut = subjects.size() > options.validationSubjects
                                    ? subjects.mid(subjects.size() - options.validationSubjects)
                                    : QStringList();
    for (WindowRef& w : out->windows)
        w.split = heldOut.contains(w.subject) ? "validation" : "train";
    return true;
}

}  // namespace alfee::core
