// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/study_design.h"

#include <QJsonArray>

#include "core/dataset/subject_folds.h"
#include "core/engine/training_data.h"

namespace alfee::core {
namespace {

QMap<QString, ClassCounts> countsBySubject(const TrainingData& data) {
    QMap<QString, ClassCounts> counts;
    const int classes = int(data.spec.classNames().size());
    for (const WindowRef& w : data.windows) {
        ClassCounts& row = counts[w.subject];
        if (row.isEmpty()) row.resize(classes);
        if (w.label >= 0) ++row[w.label];
    }
    return counts;
}

}  // namespace

QJsonObject StudyDesign::toJson() const {
    QJsonArray armList, seedList;
    for (const StudyArm& a : arms)
        armList.append(QJsonObject{{"arm", a.name}, {"options", a.options}});
    for (qint64 s : seeds) seedList.append(s);
    return {{"name", name},
            {"data", QJsonArray::fromStringList(data.dataPaths)},
            {"spec", data.spec.toJson()},
            {"common", common},
            {"folds", folds},
            {"seeds", seedList},
            {"arms", armList},
            {"reference", reference}};
}

StudyDesign StudyDesign::fromJson(const QJsonObject& j, const QString& workspace) {
    StudyDesign d;
    d.name = j["name"].toString();
    d.data.workspace = workspace;
    for (const QJsonValue& v : j["data"].toArray()) d.data.dataPaths << v.toString();
    QString ignored;
    DatasetSpec::fromJson(j["spec"].toObject(), &d.data.spec, &ignored);
    d.common = j["common"].toObject();
    d.folds = j["folds"].toInt(), d.reference = j["reference"].toString();
    d.seeds.clear();
    for (const QJsonValue& v : j["seeds"].toArray()) d.seeds << v.toInteger();
    for (const QJsonValue& v : j["arms"].toArray())
        d.arms << StudyArm{v["arm"].toString(), v["options"].toObject()};
    return d;
}

QString StudyDesign::validate() const {
    if (data.dataPaths.isEmpty()) return QStringLiteral("give --data PATH... or --dataset NAME");
    if (folds == 1 || folds < 0) return QStringLiteral("--folds must be 2 or more");
    if (seeds.isEmpty()) return QStringLiteral("give --seeds, e.g. 1,2,3");
    if (arms.isEmpty()) return QStringLiteral("give --arms or --arm");
    for (const StudyArm& a : arms)
        if (a.name == reference) return data.spec.validate();
    return QStringLiteral("the reference arm '%1' is not one of the arms").arg(reference);
}

std::optional<StudyArm> builtInArm(const QString& name) {
    if (name == "bandpower") return StudyArm{name, {{"baseline", "bandpower"}}};
    if (name == "scratch") return StudyArm{name, {{"scratch", true}, {"size", "tiny"}}};
    if (name == "pretrained") return StudyArm{name, {}};
    return std::nullopt;
}

StudyDesign studyOfRequest(const FineTuneOptions& request, int folds) {
    StudyDesign d;
    d.name = request.name.isEmpty() ? QStringLiteral("model against band power")
                                    : request.name + QStringLiteral(" against band power");
    // The data and runtime only: the recipe is the model arm's, not the reference's.
    d.data.workspace = request.workspace;
    d.data.datasets = request.datasets, d.data.dataPaths = request.dataPaths;
    d.data.spec = request.spec;
    d.data.device = request.device, d.data.threads = request.threads;
    d.folds = folds;
    d.seeds = {qint64(request.seed)};
    QJsonObject model;
    writeOptions(fineTuneOptionTable(), request, kModelRun, model);
    model.remove("with_baseline");  // the study's own bandpower arm is the reference
    StudyArm bandpower = *builtInArm(QStringLiteral("bandpower"));
    bandpower.options["align"] = request.align;
    bandpower.options["subject_centring"] = request.subjectCentring;
    d.arms = {bandpower, StudyArm{QStringLiteral("model"), model}};
    return d;
}

bool datasetAsFiles(Workspace& workspace, const QString& dataset, FineTuneOptions* data,
                    QString* error) {
    TrainingData d;
    if (!loadDatasetData(workspace, dataset, &d, error)) return false;
    data->dataPaths.clear();
    for (const SourceRecording& r : d.recordings) data->dataPaths << r.path;
    data->spec = d.spec;
    return true;
}

bool planCells(Workspace& workspace, const StudyDesign& design, QVector<StudyCell>* cells,
               QString* error) {
    TrainingData data;
    if (!loadFileData(workspace, design.data.dataPaths, design.data.spec, &data, error))
        return false;
    const QMap<QString, ClassCounts> counts = countsBySubject(data);
    const int classes = int(data.spec.classNames().size());
    const quint32 seed = design.data.spec.split.seed;
    const QMap<QString, int> folds = design.folds == 0
                                         ? leaveSubjectsOut(counts, classes, seed)
                                         : assignFolds(counts, classes, design.folds, seed);
    if (foldCount(folds) < std::max(2, design.folds)) {
        *error =
            QStringLiteral("%1 subjects cannot fill %2 folds").arg(counts.size()).arg(design.folds);
        return false;
    }
    cells->clear();
    for (int f = 0; f < foldCount(folds); ++f)
        for (const StudyArm& arm : design.arms)
            for (qint64 s : design.seeds)
                *cells << StudyCell{arm.name, f, s, foldSubjects(folds, f), 0};
    return true;
}

FineTuneOptions cellOptions(const StudyDesign& design, qint64 study, const StudyCell& cell) {
    FineTuneOptions o = design.data;
    readOptions(fineTuneOptionTable(), design.common, o);
    for (const StudyArm& arm : design.arms)
        if (arm.name == cell.arm) readOptions(fineTuneOptionTable(), arm.options, o);
    o.spec.split.testSubjects = cell.testSubjects;
    o.seed = quint64(cell.seed);
    o.name = QStringLiteral("study %1 %2 fold %3 seed %4")
                 .arg(study)
                 .arg(cell.arm)
                 .arg(cell.fold + 1)
                 .arg(cell.seed);
    o.experiment = QStringLiteral("study %1").arg(study);
    o.withBaseline = false;  // the study's own bandpower arm is the reference
    return o;
}

}  // namespace alfee::core
