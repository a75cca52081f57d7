// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/dataset_builder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <numeric>

#include "core/bids/bids_import.h"
#include "core/dataset/subject_guess.h"
#include "core/dataset/subject_identity.h"
#include "core/dataset/subject_split.h"

namespace alfee::core {
namespace {

// Window onsets inside [begin, end) with the spec's length and stride.
void windowsIn(double begin, double end, const DatasetSpec& spec, QVector<double>* onsets) {
    for (double t = begin; t + spec.windowSeconds <= end + 1e-9; t += spec.strideSeconds)
        onsets->push_back(t);
}

// A labelled annotation and the span of recording time its windows may take.
struct LabelledEvent {
    double begin = 0, end = 0;
    int label = 0;
    QString text;
};

const Segment* segmentAt(const StoredRecording& r, double t) {
    for (const Segment& s : r.segments)
        if (t >= s.onsetSeconds - 1e-9 && t < s.onsetSeconds + r.segmentSeconds(s)) return &s;
    return nullptr;
}

class Builder {
  public:
    Builder(const DatasetSpec& spec, RecordingStore& store, const QSet<qint64>* only)
        : spec_(spec), store_(store), only_(only) {}

    bool run(DatasetBuild* out, QString* error) {
        out->spec = spec_;
        const QRegularExpression filter(spec_.recordingFilter);
        for (const StoredRecording& r : store_.list(error)) {
            if (!error->isEmpty()) return false;
            if (!filter.match(r.fileName()).hasMatch()) continue;
            if (only_ && !only_->contains(r.id)) continue;
            QString reason;
            const int before = out->items.size();
            if (!addRecording(r, out, &reason)) {
                out->excluded << r.fileName() + ": " + reason;
                out->items.resize(before);
                continue;
            }
            if (out->items.size() == before) continue;  // matched nothing: not part of it
            ++out->recordingsUsed;
        }
        out->warnings = warnings();
        out->subjectSchemes = schemeCounts_;
        if (out->items.isEmpty()) {
            const QStringList why = out->warnings + out->excluded;
            *error =
                QCoreApplication::translate("alfee::core", "dataset '%1': no window matches (%2)")
                    .arg(spec_.name, why.isEmpty() ? "check --filter and --class" : why.join("; "));
            return false;
        }
        assignSplits(out);
        return testSubjectsFound(*out, error);
    }

  private:
    bool addRecording(const StoredRecording& r, DatasetBuild* out, QString* reason) {
        const SubjectIdentity who = subjectOfFile(r.path, spec_.subjectPattern);
        if (who.subject.isEmpty()) {
            *reason = noSubjectReason();
            return false;
        }
        if (!checkChannels(r, reason)) return false;
        QVector<QPair<double, int>> windows;
        if (spec_.label.source == LabelRule::Source::FileName)
            labelByFileName(r, &windows);
        else if (spec_.label.source == LabelRule::Source::Participant)
            labelByParticipant(r, who.subject, &windows);
        else if (!labelByAnnotations(r, &windows, reason))
            return false;
        for (const auto& [onset, label] : windows)
            out->items.push_back({r.id, onset, label, who.subject, {}});
        if (!windows.isEmpty()) noteSubject(r, who);
        return true;
    }

    QStringList warnings() const {
        QStringList out;
        if (!guessedNames_.isEmpty())
            out << QCoreApplication::translate(
                       "alfee::core",
                       "no known naming scheme says whose these recordings are: %1. Check the "
                       "subjects before trusting a subject-wise split, or give a subject pattern")
                       .arg(guessSubjects(guessedNames_).describe());
        QStringList events;
        for (auto it = eventsWithoutWindow_.cbegin(); it != eventsWithoutWindow_.cend(); ++it)
            events << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
        if (!events.isEmpty())
            out << QCoreApplication::translate("alfee::core",
                                               "%1 event(s) gave no window: shorter than the %2 s "
                                               "window, or every window would hold an event of "
                                               "another class (%3)")
                       .arg(std::accumulate(eventsWithoutWindow_.cbegin(),
                                            eventsWithoutWindow_.cend(), 0))
                       .arg(spec_.windowSeconds)
                       .arg(events.join(", "));
        return out;
    }

    QString noSubjectReason() const {
        if (spec_.subjectPattern != kAutoSubjects)
            return QCoreApplication::translate("alfee::core",
                                               "the subject pattern '%1' does not match")
                .arg(spec_.subjectPattern);
        return QCoreApplication::translate("alfee::core",
                                           "no subject in the name under any known naming "
                                           "scheme (%1); give a subject pattern")
            .arg(namingSchemes().join("; "));
    }

    // How each subject was named, for the summary; guessed names are said as a warning.
    void noteSubject(const StoredRecording& r, const SubjectIdentity& who) {
        ++schemeCounts_[who.scheme];
        if (who.guessed) guessedNames_ << QFileInfo(r.path).completeBaseName();
    }

    bool checkChannels(const StoredRecording& r, QString* reason) {
        QStringList missing;
        for (const QString& e : spec_.electrodes)
            if (r.mapping.signalForElectrode(e) < 0) missing << e;
        if (!missing.isEmpty()) {
            *reason = "lacks " + missing.join(", ");
            return false;
        }
        if (r.mapping.mapped().isEmpty()) {
            *reason = "no channel maps to an electrode";
            return false;
        }
        for (const ChannelMapEntry& e : r.mapping.mapped()) {
            if (!spec_.electrodes.isEmpty() && !spec_.electrodes.contains(e.electrode)) continue;
            const QString problem = spec_.preprocess.problemAt(r.ratesHz.value(e.signal));
            if (!problem.isEmpty()) {
                *reason = QStringLiteral("channel '%1': %2").arg(e.label, problem);
                return false;
            }
        }
        return true;
    }

    void labelByFileName(const StoredRecording& r, QVector<QPair<double, int>>* windows) {
        const QStringList names = spec_.classNames();
        for (const auto& [className, pattern] : spec_.label.classes) {
            if (!QRegularExpression(pattern).match(QFileInfo(r.path).completeBaseName()).hasMatch())
                continue;
            QVector<double> onsets;
            for (const Segment& s : r.segments)
                windowsIn(s.onsetSeconds, s.onsetSeconds + r.segmentSeconds(s), spec_, &onsets);
            for (double t : onsets) windows->push_back({t, int(names.indexOf(className))});
            return;  // the first class whose pattern matches
        }
    }

    // Every window of the recording gets the class of its subject's participants.tsv value.
    void labelByParticipant(const StoredRecording& r, const QString& subject,
                            QVector<QPair<double, int>>* windows) {
        const QString value = participantValue(store_.workspace(), subject, spec_.label.column);
        const QStringList names = spec_.classNames();
        for (const auto& [className, wanted] : spec_.label.classes) {
            if (value.isEmpty() || value != wanted) continue;
            QVector<double> onsets;
            for (const Segment& s : r.segments)
                windowsIn(s.onsetSeconds, s.onsetSeconds + r.segmentSeconds(s), spec_, &onsets);
            for (double t : onsets) windows->push_back({t, int(names.indexOf(className))});
            return;
        }
    }

    bool labelByAnnotations(const StoredRecording& r, QVector<QPair<double, int>>* windows,
                            QString* reason) {
        QString error;
        const QVector<Annotation> annotations = store_.annotations(r.id, &error);
        if (!error.isEmpty()) {
            *reason = error;
            return false;
        }
        const QVector<LabelledEvent> events = labelledEvents(r, annotations);
        for (const LabelledEvent& e : events) {
            QVector<double> onsets;
            windowsIn(e.begin, e.end, spec_, &onsets);
            int kept = 0;
            for (double t : onsets)
                if (!overlapsOtherClass(events, e, t, t + spec_.windowSeconds))
                    windows->push_back({t, e.label}), ++kept;
            if (kept == 0) ++eventsWithoutWindow_[e.text];
        }
        return true;
    }

    // The annotations that name a class, each with the span its windows must stay inside: the
    // event itself, or a window from the onset for an event without duration; never past the
    // end of its segment.
    QVector<LabelledEvent> labelledEvents(const StoredRecording& r,
                                          const QVector<Annotation>& annotations) const {
        const QStringList names = spec_.classNames();
        QVector<LabelledEvent> events;
        for (const Annotation& a : annotations) {
            int label = -1;
            for (const auto& [className, text] : spec_.label.classes)
                if (a.text == text) label = names.indexOf(className);
            if (label < 0) continue;
            const Segment* seg = segmentAt(r, a.onsetSeconds());
            const double length =
                a.durationSeconds() > 0 ? a.durationSeconds() : spec_.windowSeconds;
            const double end = seg ? std::min(a.onsetSeconds() + length,
                                              seg->onsetSeconds + r.segmentSeconds(*seg))
                                   : a.onsetSeconds();
            events.push_back({a.onsetSeconds(), end, label, a.text});
        }
        return events;
    }

    // A window labelled by `e` must not hold any of an event of another class.
    static bool overlapsOtherClass(const QVector<LabelledEvent>& events, const LabelledEvent& e,
                                   double from, double to) {
        constexpr double slack = 1e-9;
        for (const LabelledEvent& other : events)
            if (other.label != e.label && other.begin < to - slack && other.end > from + slack)
                return true;
        return false;
    }

    // Named test subjects (a cross-validation fold) must be subjects of the dataset: a typo
    // would leave the test split empty without a word.
    bool testSubjectsFound(const DatasetBuild& out, QString* error) const {
        QSet<QString> subjects;
        for (const DatasetItem& item : out.items) subjects.insert(item.subject);
        for (const QString& s : spec_.split.testSubjects)
            if (!subjects.contains(s)) {
                QStringList known = subjects.values();
                known.sort();
                *error =
                    QCoreApplication::translate("alfee::core",
                                                "dataset '%1': test subject '%2' is not one of its "
                                                "subjects (%3)")
                        .arg(spec_.name, s, known.join(", "));
                return false;
            }
        return true;
    }

    void assignSplits(DatasetBuild* out) {
        const int classCount = spec_.classNames().size();
        QMap<QString, ClassCounts> counts;
        for (const DatasetItem& item : out->items) {
            auto& c = counts[item.subject];
            if (c.isEmpty()) c.resize(classCount);
            ++c[item.label];
        }
        const QMap<QString, QString> assignment = splitSubjects(counts, classCount, spec_.split);
        for (DatasetItem& item : out->items) item.split = assignment[item.subject];
    }

    const DatasetSpec& spec_;
    RecordingStore& store_;
    const QSet<qint64>* only_;
    QMap<QString, int> schemeCounts_;
    QStringList guessedNames_;  // base names of the recordings whose subject is a guess
    QMap<QString, int> eventsWithoutWindow_;  // by annotation text
};

}  // namespace

bool buildDataset(const DatasetSpec& spec, RecordingStore& store, DatasetBuild* out, QString* error,
                  const QSet<qint64>* onlyRecordings) {
    const QString problem = spec.validate();
    if (!problem.isEmpty()) {
        // No "dataset '':" before the reason when the name is what is missing.
        *error = spec.name.trimmed().isEmpty()
                     ? problem
                     : QCoreApplication::translate("alfee::core", "dataset '%1': %2")
                           .arg(spec.name, problem);
        return false;
    }
    error->clear();
    *out = DatasetBuild();
    return Builder(spec, store, onlyRecordings).run(out, error);
}

QJsonObject DatasetBuild::summary() const {
    const QStringList classes = spec.classNames();
    QMap<QString, QVector<int>> bySubject, bySplit;
    QVector<int> byClass(classes.size());
    for (const DatasetItem& item : items) {
        ++byClass[item.label];
        for (auto* map : {&bySubject, &bySplit}) {
            auto& row = (*map)[map == &bySubject ? item.subject : item.split];
            if (row.isEmpty()) row.resize(classes.size());
            ++row[item.label];
        }
    }
    auto row = [&](const QVector<int>& counts) {
        QJsonObject o;
        int total = 0;
        for (int k = 0; k < classes.size(); ++k) o[classes[k]] = counts[k], total += counts[k];
        o["total"] = total;
        return o;
    };
    QJsonObject subjects, splits, subjectSplits;
    for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it)
        subjects[it.key()] = row(it.value());
    for (auto it = bySplit.cbegin(); it != bySplit.cend(); ++it) splits[it.key()] = row(it.value());
    for (const DatasetItem& item : items) subjectSplits[item.subject] = item.split;
    QJsonObject schemes;  // recordings per naming scheme
    for (auto it = subjectSchemes.cbegin(); it != subjectSchemes.cend(); ++it)
        schemes[it.key()] = it.value();
    return {{"windows", int(items.size())},
            {"recordings", recordingsUsed},
            {"classes", row(byClass)},
            {"subjects", subjects},
            {"splits", splits},
            {"subject_split", subjectSplits},
            {"subject_naming", schemes},
            {"warnings", QJsonArray::fromStringList(warnings)},
            {"excluded", QJsonArray::fromStringList(excluded)}};
}

}  // namespace alfee::core
