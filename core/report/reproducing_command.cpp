#include "core/report/reproducing_command.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "core/engine/run_registry.h"

namespace alfee::core {
namespace {

QString num(const QJsonValue& v) {
    return QString::number(v.toDouble(), 'g', 10);
}

// The label options of a dataset spec (as `alfee dataset create` and `finetune --data` read).
QStringList labelOptions(const QJsonObject& spec) {
    QStringList a{"--label-from", spec["label_source"].toString()};
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

QStringList fineTuneCommand(const QJsonObject& c) {
    QStringList a{"alfee", "finetune"};
    a += dataOptions(c);
    if (c["scratch"].toBool())
        a << "--scratch"
          << "--size" << c["size"].toString();
    else if (!c["from"].toString().isEmpty())
        a << "--from" << c["from"].toString();
    a << "--epochs" << num(c["epochs"]) << "--batch" << num(c["batch"]) << "--lr" << num(c["lr"])
      << "--patience" << num(c["patience"]) << "--seed" << num(c["seed"]) << "--device"
      << c["device"].toString();
    if (c["deterministic"].toBool()) a << "--deterministic";
    return a;
}

QStringList pretrainCommand(const QJsonObject& c) {
    QStringList a{"alfee", "pretrain"};
    for (const QJsonValue& v : c["sources"].toArray()) {
        const QJsonObject s = v.toObject();
        if (!s["dataset"].toString().isEmpty()) a << "--dataset" << s["dataset"].toString();
        for (const QJsonValue& p : s["paths"].toArray()) a << "--data" << p.toString();
        if (!s["paradigm"].toString().isEmpty()) a << "--paradigm" << s["paradigm"].toString();
    }
    a << "--size" << c["size"].toString() << "--steps" << num(c["steps"]) << "--batch"
      << num(c["batch"]) << "--lr" << num(c["lr"]) << "--seed" << num(c["seed"]) << "--window"
      << num(c["window_seconds"]) << "--validation-subjects" << num(c["validation_subjects"])
      << "--checkpoint-every" << num(c["checkpoint_every"]) << "--device" << c["device"].toString();
    if (!c["from"].toString().isEmpty()) a << "--from" << c["from"].toString();
    const QString subjects = c["subject_pattern"].toString(QStringLiteral("auto"));
    if (subjects != "auto") a << "--subject-pattern" << subjects;
    return a;
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
    if (run.kind == "baseline")
        return QStringList{"alfee", "finetune", "--baseline", "bandpower"} +
               dataOptions(run.config) + nameOptions(run);
    return fineTuneCommand(run.config) + nameOptions(run);
}

QString shellCommand(const QStringList& arguments) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,+-]+$"));
    QStringList quoted;
    for (QString a : arguments)
        quoted << (plain.match(a).hasMatch() ? a : "'" + a.replace("'", "'\\''") + "'");
    return quoted.join(' ');
}

}  // namespace alfee::core
