#include "core/engine/pretrain_data.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "core/dataset/dataset_builder.h"
#include "core/dataset/paradigms.h"
#include "core/dataset/subject_identity.h"
#include "core/workspace/recording_files.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

// Files whose names say no subject are each taken as a subject of their own, which holds out
// a person's other files only by chance: said once, with examples, as a warning.
struct SubjectFallbacks {
    int count = 0;
    QStringList examples;

    QString subjectOf(const QString& path, const QString& pattern) {
        const SubjectIdentity who = subjectOfFile(path, pattern);
        if (!who.subject.isEmpty()) return who.subject;
        const QString base = QFileInfo(path).completeBaseName();
        if (++count <= 3) examples << base;
        return base;
    }
    QString warning(const QString& pattern) const {
        return QStringLiteral(
                   "%1 file(s) have no subject in their name under %2 (%3...): each "
                   "is taken as a subject of its own, so one person's files may sit in "
                   "training and validation; give --subject-pattern")
            .arg(count)
            .arg(pattern == kAutoSubjects ? QStringLiteral("the known naming schemes")
                                          : "the pattern '" + pattern + "'")
            .arg(examples.join(", "));
    }
};

// Every whole window of every segment of one recording.
QVector<DatasetItem> windowsOf(const StoredRecording& r, double seconds, int label,
                               const QString& subject) {
    QVector<DatasetItem> items;
    if (r.mapping.mapped().isEmpty()) return items;  // nothing the model can read
    for (const Segment& s : r.segments)
        for (double t = s.onsetSeconds; t + seconds <= s.onsetSeconds + r.segmentSeconds(s) + 1e-9;
             t += seconds)
            items.push_back({r.id, t, label, subject, "train"});
    return items;
}

bool addFolders(Workspace& workspace, const PretrainSource& source, int label,
                const QString& subjectPattern, TrainingData* data, QString* error) {
    RecordingStore store(workspace);
    QVector<DatasetItem> items;
    SubjectFallbacks fallbacks;
    for (const QString& file : findRecordingFiles(source.paths)) {
        const ImportOutcome o = store.importFile(file);
        if (o.kind == ImportOutcome::Kind::Failed) {
            data->excluded << o.message;
            continue;
        }
        const auto r = store.byId(o.recordingId, error);
        if (!r) return false;
        const QVector<DatasetItem> mine = windowsOf(*r, data->spec.windowSeconds, label,
                                                    fallbacks.subjectOf(r->path, subjectPattern));
        if (mine.isEmpty()) data->excluded << r->path + ": no mapped channel or no whole window";
        items += mine;
    }
    if (items.isEmpty()) {
        *error = QStringLiteral("%1: no window to pretrain on").arg(source.paths.join(", "));
        return false;
    }
    if (fallbacks.count > 0) data->warnings << fallbacks.warning(subjectPattern);
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

bool addPretrainSource(Workspace& workspace, const PretrainSource& source,
                       const QString& subjectPattern, TrainingData* data, QString* error) {
    if (!source.dataset.isEmpty()) return addDataset(workspace, source, data, error);
    return addFolders(workspace, source, paradigmNames().indexOf(source.paradigm), subjectPattern,
                      data, error);
}

QVector<int> spreadAcrossSubjects(const TrainingData& data, const QVector<int>& indices,
                                  int maxWindows) {
    QMap<QString, QVector<int>> bySubject;
    for (int i : indices) bySubject[data.windows[i].subject] << i;
    QVector<QVector<int>> groups = bySubject.values().toVector();
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto& a, const auto& b) { return a.size() < b.size(); });
    QVector<int> out;
    int left = maxWindows;
    for (int g = 0; g < groups.size(); ++g) {
        // Smallest first: what a short subject cannot fill goes to the longer ones.
        const QVector<int>& windows = groups[g];
        const int quota = std::min<int>(windows.size(), left / int(groups.size() - g));
        for (int k = 0; k < quota; ++k) out << windows[qint64(k) * windows.size() / quota];
        left -= quota;
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool loadPretrainData(Workspace& workspace, const PretrainOptions& options, TrainingData* out,
                      QString* error) {
    *out = TrainingData();
    out->name = QStringLiteral("pretraining");
    out->spec.name = out->name;
    out->spec.windowSeconds = out->spec.strideSeconds = options.windowSeconds;
    for (const PretrainSource& s : options.sources)
        if (!addPretrainSource(workspace, s, options.subjectPattern, out, error)) return false;
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
