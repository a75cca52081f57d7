// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/pretrain_data.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "core/dataset/dataset_builder.h"
#include "core/dataset/paradigms.h"
#include "core/dataset/subject_guess.h"
#include "core/dataset/subject_identity.h"
#include "core/engine/finetune_options.h"
#include "core/workspace/recording_files.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

// Files whose names say no subject are each taken as a subject of their own, which holds out
// a person's other files only by chance: said once, with examples, as a warning.
struct SubjectFallbacks {
    int count = 0;
    QStringList examples;

    QStringList guessed;  // base names whose subject the letters-and-digits guess gave

    QString subjectOf(const QString& path, const QString& pattern) {
        const SubjectIdentity who = subjectOfFile(path, pattern);
        if (who.guessed && !who.subject.isEmpty()) guessed << QFileInfo(path).completeBaseName();
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
    if (!fallbacks.guessed.isEmpty())
        data->warnings << QStringLiteral("%1: %2; validation subjects are held out by these names")
                              .arg(source.paths.join(", "),
                                   guessSubjects(fallbacks.guessed).describe());
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

// One fine-tuning task's windows (labels dropped) of the subjects the adaptation reads.
void addAdaptationWindows(const TrainingData& task, bool withTest, QVector<DatasetItem>* items) {
    const int label = paradigmNames().indexOf(task.spec.task);
    for (const WindowRef& w : task.windows)
        if (withTest || w.split != "test")
            items->push_back(
                {task.recordings[w.recording].id, w.onsetSeconds, label, w.subject, "train"});
}

// The windows of the fine-tuning run an adaptation run prepares: its files or datasets, cut and
// preprocessed as it cuts them, of its training and validation subjects (and its test
// subjects' with adapt_on "all").
bool addAdaptationData(Workspace& workspace, const QJsonObject& adaptation, TrainingData* out,
                       QString* error) {
    const FineTuneOptions f = FineTuneOptions::fromJson(adaptation["finetune"].toObject());
    const bool withTest = adaptation["adapt_on"].toString() == "all";
    QVector<TrainingData> tasks(f.datasets.isEmpty() ? 1 : f.datasets.size());
    for (int i = 0; i < tasks.size(); ++i)
        if (!(f.datasets.isEmpty() ? loadFileData(workspace, f.dataPaths, f.spec, &tasks[i], error)
                                   : loadDatasetData(workspace, f.datasets[i], &tasks[i], error)))
            return false;
    out->spec.windowSeconds = out->spec.strideSeconds = tasks.front().spec.windowSeconds;
    out->spec.preprocess = tasks.front().spec.preprocess;
    RecordingStore store(workspace);
    QVector<DatasetItem> items;
    for (const TrainingData& task : tasks) {
        if (task.spec.windowSeconds != out->spec.windowSeconds)
            return *error = "the datasets of one adaptation must have one window length", false;
        addAdaptationWindows(task, withTest, &items);
        out->excluded += task.excluded, out->warnings += task.warnings;
    }
    if (items.isEmpty()) return *error = "no window to adapt on", false;
    return appendWindows(store, items, out, error);
}

// The subjects of the windows from `first` on, sorted by name.
QStringList subjectsOf(const TrainingData& data, qsizetype first) {
    QStringList subjects;
    for (qsizetype i = first; i < data.windows.size(); ++i)
        if (!subjects.contains(data.windows[i].subject)) subjects << data.windows[i].subject;
    std::sort(subjects.begin(), subjects.end());
    return subjects;
}

// `count` validation subjects taken from every source in turn, each source's last by name
// (with two corpora, both are validated on), never all of a source's subjects.
QStringList validationSubjects(const QVector<QStringList>& perSource, int count) {
    QStringList heldOut, all;
    for (const QStringList& subjects : perSource) all += subjects;
    all.removeDuplicates();
    if (all.size() <= count) return {};  // too few to hold any out
    for (int round = 1; heldOut.size() < count; ++round) {
        bool took = false;
        for (const QStringList& subjects : perSource) {
            if (heldOut.size() >= count || subjects.size() <= round) continue;
            const QString s = subjects[subjects.size() - round];
            if (!heldOut.contains(s)) heldOut << s, took = true;
        }
        if (!took) break;
    }
    return heldOut;
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
    if (!options.adaptationOf.isEmpty() &&
        !addAdaptationData(workspace, options.adaptationOf, out, error))
        return false;
    QVector<QStringList> sourceSubjects;  // per source, sorted by name
    for (const PretrainSource& s : options.sources) {
        const qsizetype first = out->windows.size();
        if (!addPretrainSource(workspace, s, options.subjectPattern, out, error)) return false;
        sourceSubjects << subjectsOf(*out, first);
    }
    if (!options.adaptationOf.isEmpty()) sourceSubjects.prepend(subjectsOf(*out, 0));
    const QStringList heldOut = validationSubjects(sourceSubjects, options.validationSubjects);
    for (WindowRef& w : out->windows)
        w.split = heldOut.contains(w.subject) ? "validation" : "train";
    return true;
}

}  // namespace alfee::core
