// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/dataset_spec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "core/dataset/paradigms.h"
#include "core/dataset/subject_identity.h"
#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {

QStringList DatasetSpec::classNames() const {
    QStringList out;
    for (const auto& c : label.classes)
        if (!out.contains(c.first)) out << c.first;
    return out;
}

QString DatasetSpec::validate() const {
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("alfee::core", "the dataset needs a name");
    if (!task.isEmpty() && !paradigmNames().contains(task))  // empty: not declared
        return QCoreApplication::translate("alfee::core", "task '%1' is not one of: %2")
            .arg(task, paradigmNames().join(", "));
    if (label.classes.isEmpty())
        return QCoreApplication::translate("alfee::core",
                                           "no classes given (--class NAME=PATTERN)");
    if (classNames().size() < 2)
        return QCoreApplication::translate("alfee::core", "a dataset needs at least two classes");
    if (label.source == LabelRule::Source::Participant && label.column.isEmpty())
        return QCoreApplication::translate("alfee::core",
                                           "labels from participants need the column's name");
    for (const auto& c : label.classes)
        if (label.source == LabelRule::Source::FileName && !QRegularExpression(c.second).isValid())
            return QCoreApplication::translate("alfee::core",
                                               "class '%1': '%2' is not a regular expression")
                .arg(c.first, c.second);
    if (!QRegularExpression(recordingFilter).isValid())
        return QCoreApplication::translate("alfee::core", "filter '%1' is not a regular expression")
            .arg(recordingFilter);
    const QRegularExpression subject(subjectPattern);
    if (subjectPattern != kAutoSubjects && (!subject.isValid() || subject.captureCount() < 1))
        return QCoreApplication::translate("alfee::core",
                                           "subject pattern '%1' needs one capture group")
            .arg(subjectPattern);
    if (windowSeconds <= 0 || windowSeconds != std::floor(windowSeconds))
        return QCoreApplication::translate(
            "alfee::core",
            "the window length must be a whole number of seconds (one patch per second)");
    if (strideSeconds <= 0)
        return QCoreApplication::translate("alfee::core", "the stride must be positive");
    for (const QString& e : electrodes)
        if (ElectrodeVocabulary::instance().indexOf(e) < 0)
            return QCoreApplication::translate("alfee::core",
                                               "'%1' is not an electrode of the vocabulary")
                .arg(e);
    const double sum = split.train + split.validation + split.test;
    if (split.train < 0 || split.validation < 0 || split.test < 0 || std::abs(sum - 1.0) > 1e-6)
        return QCoreApplication::translate("alfee::core",
                                           "split fractions must be non-negative and add up to 1");
    return {};
}

QJsonObject DatasetSpec::toJson() const {
    QJsonArray classes;
    for (const auto& c : label.classes) classes.append(QJsonArray{c.first, c.second});
    return {
        {"name", name},
        {"task", task},
        {"recording_filter", recordingFilter},
        {"subject_pattern", subjectPattern},
        {"label_source", label.source == LabelRule::Source::FileName     ? "filename"
                         : label.source == LabelRule::Source::Annotation ? "annotation"
                                                                         : "participant"},
        {"participant_column", label.column},
        {"classes", classes},
        {"window_s", windowSeconds},
        {"stride_s", strideSeconds},
        {"electrodes", QJsonArray::fromStringList(electrodes)},
        {"preprocess", preprocess.toJson()},
        {"split", QJsonObject{{"seed", qint64(split.seed)},
                              {"train", split.train},
                              {"validation", split.validation},
                              {"test", split.test},
                              {"test_subjects", QJsonArray::fromStringList(split.testSubjects)}}}};
}

bool DatasetSpec::fromJson(const QJsonObject& j, DatasetSpec* out, QString* error) {
    DatasetSpec s;
    s.name = j["name"].toString();
    s.task = j["task"].toString();
    s.recordingFilter = j["recording_filter"].toString();
    s.subjectPattern = j["subject_pattern"].toString(s.subjectPattern);
    const QString source = j["label_source"].toString();
    s.label.source = source == "annotation"    ? LabelRule::Source::Annotation
                     : source == "participant" ? LabelRule::Source::Participant
                                               : LabelRule::Source::FileName;
    s.label.column = j["participant_column"].toString();
    for (const auto& v : j["classes"].toArray())
        s.label.classes.push_back({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    s.windowSeconds = j["window_s"].toDouble(s.windowSeconds);
    s.strideSeconds = j["stride_s"].toDouble(s.strideSeconds);
    for (const auto& v : j["electrodes"].toArray()) s.electrodes << v.toString();
    s.preprocess = dsp::PreprocessConfig::fromJson(j["preprocess"].toObject());
    const QJsonObject split = j["split"].toObject();
    s.split.seed = static_cast<quint32>(split["seed"].toInteger(42));
    s.split.train = split["train"].toDouble(0.7);
    s.split.validation = split["validation"].toDouble(0.15);
    s.split.test = split["test"].toDouble(0.15);
    for (const QJsonValue& v : split["test_subjects"].toArray())
        s.split.testSubjects << v.toString();
    const QString problem = s.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *out = s;
    return true;
}

}  // namespace alfee::core
