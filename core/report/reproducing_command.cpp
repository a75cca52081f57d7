// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reproducing_command.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "core/engine/finetune_options.h"
#include "core/engine/pretrain_options.h"
#include "core/engine/run_registry.h"
#include "core/engine/study_design.h"

namespace alfee::core {
namespace {

QString num(const QJsonValue& v) {
    return QString::number(v.toDouble(), 'g', 10);
}

// The label options of a dataset spec (as `alfee dataset create` and `finetune --data` read).
QStringList labelOptions(const QJsonObject& spec) {
    const QString source = spec["label_source"].toString();
    QStringList a{"--label-from", source == "participant"
                                      ? "participant:" + spec["participant_column"].toString()
                                      : source};
    for (const QJsonValue& c : spec["classes"].toArray())
        a << "--class" << c[0].toString() + "=" + c[1].toString();
    if (!spec["recording_filter"].toString().isEmpty())
        a << "--filter" << spec["recording_filter"].toString();
    a << "--subject-pattern" << spec["subject_pattern"].toString();
    a << "--window" << num(spec["window_s"]) << "--stride" << num(spec["stride_s"]);
    const QJsonArray electrodes = spec["electrodes"].toArray();
    if (!electrodes.isEmpty()) {
        QStringList names;
        for (const QJsonValue& e : electrodes) names << e.toString();
        a << "--electrodes" << names.join(',');
    }
    const QJsonObject split = spec["split"].toObject();
    a << "--split"
      << QStringLiteral("%1,%2,%3")
             .arg(num(split["train"]), num(split["validation"]), num(split["test"]))
      << "--split-seed" << num(split["seed"]);
    QStringList test;
    for (const QJsonValue& s : split["test_subjects"].toArray()) test << s.toString();
    if (!test.isEmpty()) a << "--test-subjects" << test.join(',');
    const QJsonObject p = spec["preprocess"].toObject();
    a << "--band"
      << (p["bandpass"].toBool() ? num(p["low_hz"]) + "-" + num(p["high_hz"]) : QString("off"))
      << "--notch" << num(p["notch_hz"]);
    return a;
}

QStringList dataOptions(const QJsonObject& c) {
    QStringList a;
    for (const QJsonValue& d : c["datasets"].toArray()) a << "--dataset" << d.toString();
    for (const QJsonValue& d : c["data"].toArray()) a << "--data" << d.toString();
    if (!c["data"].toArray().isEmpty()) a += labelOptions(c["spec"].toObject());
    return a;
}

// The table's options of `use` as flags with the values `c` stores (a key a run recorded before
// the option existed: its default).
QStringList optionFlags(const QVector<OptionSpec>& specs, const QJsonObject& c, unsigned use) {
    QStringList a;
    for (const OptionSpec& s : specs) {
        if (s.flag.isEmpty() || s.key.isEmpty() || !(s.use & use)) continue;
        if (s.inCommand == InCommand::Never) continue;
        if (!s.onlyWith.isEmpty() && !c[s.onlyWith].toBool()) continue;
        if (s.gradientsOnly && c["freeze"].toString() == "encoder") continue;
        const QJsonValue value = c.contains(s.key) ? c[s.key] : s.defaultValue;
        if (s.type == OptionType::Switch) {
            if (value.toBool()) a << s.dashed();
            continue;
        }
        if (s.inCommand == InCommand::UnlessDefault && value == s.defaultValue) continue;
        a << s.dashed() << s.text(value);
    }
    return a;
}

QStringList fineTuneCommand(const QJsonObject& c) {
    return QStringList{"alfee", "finetune"} + dataOptions(c) +
           optionFlags(specsOf(fineTuneOptionTable()), c, kModelRun);
}

QStringList baselineCommand(const QJsonObject& c) {
    return QStringList{"alfee", "finetune", "--baseline", c["baseline"].toString("bandpower")} +
           dataOptions(c) + optionFlags(specsOf(fineTuneOptionTable()), c, kBaselineRun);
}

// An adaptation run is the first step of `alfee finetune --adapt-steps N`: that command runs it
// again (and the fine-tuning after it).
QStringList adaptationCommand(const QJsonObject& c) {
    const QJsonObject adaptation = c["adaptation_of"].toObject();
    QStringList a =
        QStringList{"alfee", "finetune"} + dataOptions(adaptation["finetune"].toObject());
    if (c["from"].toString() != bundledCheckpoint()) a << "--from" << c["from"].toString();
    a << "--adapt-steps" << QString::number(c["steps"].toInteger());
    if (adaptation["adapt_on"].toString() == "all")
        a << "--adapt-on"
          << "all";
    return a;
}

QStringList pretrainCommand(const QJsonObject& c) {
    if (c.contains("adaptation_of")) return adaptationCommand(c);
    QStringList a{"alfee", "pretrain"};
    for (const QJsonValue& v : c["sources"].toArray()) {
        const QJsonObject s = v.toObject();
        if (!s["dataset"].toString().isEmpty()) a << "--dataset" << s["dataset"].toString();
        for (const QJsonValue& p : s["paths"].toArray()) a << "--data" << p.toString();
        if (!s["paradigm"].toString().isEmpty()) a << "--paradigm" << s["paradigm"].toString();
    }
    return a + optionFlags(specsOf(pretrainOptionTable()), c, kEveryRun);
}

// The run's name and experiment, so that the rerun sits beside it in the dashboard.
QStringList nameOptions(const RunRecord& run) {
    QStringList a{"--name", run.name};
    if (!run.experiment.isEmpty()) a << "--experiment" << run.experiment;
    return a;
}

}  // namespace

QStringList reproducingCommand(const RunRecord& run) {
    if (run.kind == "pretrain") return pretrainCommand(run.config) + nameOptions(run);
    if (run.kind == "baseline") return baselineCommand(run.config) + nameOptions(run);
    return fineTuneCommand(run.config) + nameOptions(run);
}

namespace {

// `alfee import` of every recording of the definitions, each once, in their order.
QStringList importCommand(const QJsonArray& definitions) {
    QStringList a{"alfee", "import"};
    for (const QJsonValue& d : definitions)
        for (const QJsonValue& r : d["recordings"].toArray())
            if (!a.contains(r["path"].toString())) a << r["path"].toString();
    return a;
}

// `alfee dataset create` with the dataset's recorded definition.
QStringList datasetCommand(const QJsonObject& definition) {
    const QJsonObject spec = definition["spec"].toObject();
    QStringList a{"alfee", "dataset", "create", definition["name"].toString()};
    if (!spec["task"].toString().isEmpty()) a << "--task" << spec["task"].toString();
    return a + labelOptions(spec);
}

}  // namespace

QVector<QStringList> reproducingScript(const RunRecord& run) {
    const QJsonArray definitions = run.config["data_definitions"].toArray();
    if (run.config["datasets"].toArray().isEmpty() || definitions.isEmpty())
        return {reproducingCommand(run)};
    QVector<QStringList> script{{"alfee", "workspace", "init"}, importCommand(definitions)};
    for (const QJsonValue& d : definitions) script << datasetCommand(d.toObject());
    return script << reproducingCommand(run);
}

namespace {

// One setting as its flag and value: a switch alone when on, nothing when off.
QStringList settingFlag(const OptionSpec& s, const QJsonValue& value) {
    if (s.type == OptionType::Switch)
        return value.toBool() ? QStringList{s.dashed()} : QStringList{};
    return {s.dashed(), s.text(value)};
}

// The study's settings as flags: `common` every one given, an arm's only those off their
// default (an arm stores every setting). The run's name, experiment and seed are the study's.
QStringList studySettingFlags(const QJsonObject& settings, bool onlyChanged) {
    QStringList a;
    for (const OptionSpec& s : specsOf(fineTuneOptionTable())) {
        if (s.flag.isEmpty() || s.key.isEmpty() || !settings.contains(s.key)) continue;
        if (QStringList{"name", "experiment", "seed"}.contains(s.flag)) continue;
        if (onlyChanged && settings[s.key] == s.defaultValue) continue;
        a += settingFlag(s, settings[s.key]);
    }
    return a;
}

// --arms for the built-in arms as they are, --arm NAME="FLAGS" for the others.
QStringList armOptions(const QJsonArray& arms) {
    QStringList builtIn, a;
    for (const QJsonValue& v : arms) {
        const QString name = v["arm"].toString();
        const QJsonObject options = v["options"].toObject();
        const auto known = builtInArm(name);
        if (known && known->options == options)
            builtIn << name;
        else
            a << "--arm" << name + "=" + shellCommand(studySettingFlags(options, true));
    }
    return builtIn.isEmpty() ? a : QStringList{"--arms", builtIn.join(',')} + a;
}

}  // namespace

QStringList reproducingStudyCommand(const QJsonObject& study) {
    QStringList a{"alfee", "study"};
    for (const QJsonValue& d : study["data"].toArray()) a << "--data" << d.toString();
    a += labelOptions(study["spec"].toObject());
    const int folds = study["folds"].toInt();
    a += folds == 0 ? QStringList{"--leave-subjects-out"}
                    : QStringList{"--folds", QString::number(folds)};
    QStringList seeds;
    for (const QJsonValue& s : study["seeds"].toArray()) seeds << QString::number(s.toInteger());
    a << "--seeds" << seeds.join(',');
    a += studySettingFlags(study["common"].toObject(), false);
    a += armOptions(study["arms"].toArray());
    a << "--reference" << study["reference"].toString();
    if (!study["name"].toString().isEmpty()) a << "--name" << study["name"].toString();
    return a;
}

QString shellCommand(const QStringList& arguments) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,+-]+$"));
    QStringList quoted;
    for (QString a : arguments)
        quoted << (plain.match(a).hasMatch() ? a : "'" + a.replace("'", "'\\''") + "'");
    return quoted.join(' ');
}

}  // namespace alfee::core
