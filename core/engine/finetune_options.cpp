// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/finetune_options.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/engine/common_options.h"
#include "core/resources/resource_location.h"

namespace alfee::core {
namespace {

using namespace common_options;

using Option = TrainingOption<FineTuneOptions>;
using O = FineTuneOptions;

// The model size matters only from scratch: the reproducing command writes it after --scratch.
OptionSpec sizeFromScratch() {
    OptionSpec spec = forModelRuns(modelSize("Model size from scratch: tiny, S, M, B, L, XL"));
    spec.onlyWith = "scratch";
    return spec;
}

// Both the model and the band-power baseline read aligned windows: the baseline's band powers
// are then those of the aligned signals.
OptionSpec alignment() {
    return {.flag = "align",
            .key = "align",
            .valueName = "METHOD",
            .help = QT_TRANSLATE_NOOP("alfee::core",
                                      "Align each subject's windows: none, or euclidean (whitened "
                                      "by the subject's mean spatial covariance over its own "
                                      "windows, without labels; test subjects included)"),
            .defaultValue = "none",
            .choices = {"none", "euclidean"},
            .inCommand = InCommand::UnlessDefault,
            .use = kEveryRun};
}

// An option of gradient training: a frozen encoder's probe (a logistic regression on features
// computed once) has no epochs, rates or steps, and its reproducing command leaves them out.
OptionSpec trained(OptionSpec spec) {
    spec.gradientsOnly = true;
    return spec;
}

QVector<Option> startingPointOptions() {
    return {
        bindOption(&O::scratch, {.flag = "scratch",
                                 .key = "scratch",
                                 .help = "Start from random weights",
                                 .defaultValue = false,
                                 .use = kModelRun}),
        bindOption(&O::size, sizeFromScratch()),
        bindOption(&O::from, {.flag = "from",
                              .key = "from",
                              .valueName = "CHECKPOINT",
                              .help = "Checkpoint to start from (default: the bundled one)",
                              .defaultValue = "",
                              .inCommand = InCommand::UnlessDefault,
                              .use = kModelRun}),
        bindOption(&O::adaptSteps,
                   {.flag = "adapt-steps",
                    .key = "adapt_steps",
                    .valueName = "N",
                    .help = QT_TRANSLATE_NOOP("alfee::core",
                                              "First adapt the starting checkpoint to the run's "
                                              "own recordings by N steps of continued "
                                              "pretraining (no labels; 0: no adaptation)"),
                    .defaultValue = 0,
                    .minimum = 0,
                    .maximum = 10000000,
                    .inCommand = InCommand::UnlessDefault,
                    .use = kModelRun}),
        bindOption(&O::adaptOn,
                   {.flag = "adapt-on",
                    .key = "adapt_on",
                    .valueName = "SUBJECTS",
                    .help = QT_TRANSLATE_NOOP("alfee::core",
                                              "Whose recordings the adaptation reads: training "
                                              "(training and validation subjects) or all (the "
                                              "test subjects' too, without their labels)"),
                    .defaultValue = "training",
                    .choices = {"training", "all"},
                    .inCommand = InCommand::UnlessDefault,
                    .use = kModelRun}),
        // Set by FineTunePlan once the adaptation has run: fine-tuning starts from its
        // checkpoint; `from` and `adapt_steps` keep what the user asked for.
        bindOption(&O::adaptationRun, {.key = "adaptation_run",
                                       .defaultValue = 0,
                                       .minimum = 0,
                                       .inCommand = InCommand::Never,
                                       .use = kModelRun}),
        bindOption(&O::adaptedCheckpoint, {.key = "adapted_checkpoint",
                                           .defaultValue = "",
                                           .inCommand = InCommand::Never,
                                           .use = kModelRun}),
    };
}

QVector<Option> recipeOptions() {
    return {
        bindOption(&O::epochs, trained({.flag = "epochs",
                                        .key = "epochs",
                                        .valueName = "N",
                                        .help = QT_TRANSLATE_NOOP("alfee::core", "Epochs"),
                                        .defaultValue = 8,
                                        .minimum = 1,
                                        .maximum = 100000,
                                        .use = kModelRun})),
        bindOption(&O::batch,
                   forModelRuns(batch(QT_TRANSLATE_NOOP("alfee::core", "Windows per batch")))),
        bindOption(&O::lr, trained(forModelRuns(learningRate(5e-4)))),
        bindOption(&O::patience,
                   trained({.flag = "patience",
                            .key = "patience",
                            .valueName = "N",
                            .help = "Epochs without a better validation score before stopping",
                            .defaultValue = 4,
                            .minimum = 1,
                            .maximum = 100000,
                            .use = kModelRun})),
        bindOption(&O::seed, seed(QT_TRANSLATE_NOOP(
                                 "alfee::core", "Seed of the data order and the initial weights"))),
        bindOption(&O::weightDecay, trained(forModelRuns(weightDecay()))),
        bindOption(&O::warmupFraction, trained(forModelRuns(warmupFraction(0.1)))),
        bindOption(&O::clipNorm, trained(forModelRuns(clipNorm()))),
        bindOption(&O::maxBadSteps, trained(forModelRuns(maxBadSteps()))),
        bindOption(&O::align, alignment()),
    };
}

// Where a setting of the small-data recipe comes from: its flag, config key and help.
OptionSpec recipeSetting(const char* flag, const char* help, QJsonValue defaultValue) {
    return {.flag = flag,
            .key = QString(flag).replace('-', '_'),
            .help = help,
            .defaultValue = defaultValue,
            .inCommand = InCommand::UnlessDefault,
            .use = kModelRun};
}

OptionSpec bounded(OptionSpec spec, const char* valueName, double minimum, double maximum,
                   bool exclusiveMinimum = false) {
    spec.valueName = valueName;
    spec.minimum = minimum, spec.maximum = maximum, spec.exclusiveMinimum = exclusiveMinimum;
    return spec;
}

QVector<Option> smallDataOptions() {
    OptionSpec freeze = recipeSetting(
        "freeze",
        QT_TRANSLATE_NOOP("alfee::core",
                          "none, or encoder: keep the checkpoint's encoder as it is and fit a "
                          "logistic regression on its pooled features, computed once (a linear "
                          "probe)"),
        "none");
    freeze.valueName = "PART", freeze.choices = {"none", "encoder"};
    OptionSpec centring = recipeSetting(
        "subject-centring",
        QT_TRANSLATE_NOOP("alfee::core",
                          "Subtract each subject's mean feature vector over its own windows, "
                          "without labels (test subjects included; frozen encoder or baseline)"),
        false);
    centring.use = kEveryRun;
    return {
        bindOption(&O::freeze, freeze),
        bindOption(
            &O::probeEpochs,
            trained(bounded(recipeSetting("probe-epochs",
                                          QT_TRANSLATE_NOOP("alfee::core",
                                                            "Train the task head alone for N "
                                                            "epochs before the whole model"),
                                          0),
                            "N", 0, 100000))),
        bindOption(
            &O::layerDecay,
            trained(bounded(recipeSetting("layer-decay",
                                          QT_TRANSLATE_NOOP("alfee::core",
                                                            "Learning rate of each encoder layer: "
                                                            "the one above it times X (1: none; "
                                                            "LaBraM uses 0.65)"),
                                          1.0),
                            "X", 0, 1, true))),
        bindOption(
            &O::headLr,
            trained(bounded(recipeSetting("head-lr",
                                          QT_TRANSLATE_NOOP("alfee::core",
                                                            "The task head's learning rate (0: "
                                                            "--lr)"),
                                          0.0),
                            "X", 0, 10))),
        bindOption(
            &O::labelSmoothing,
            trained(bounded(recipeSetting("label-smoothing",
                                          QT_TRANSLATE_NOOP("alfee::core",
                                                            "Share of each target spread over "
                                                            "the other classes"),
                                          0.0),
                            "X", 0, 0.99))),
        bindOption(
            &O::loraRank,
            trained(bounded(recipeSetting("lora-rank",
                                          QT_TRANSLATE_NOOP("alfee::core",
                                                            "LoRA adapters of rank N on every "
                                                            "attention projection (update scale "
                                                            "2): they and the task head train, "
                                                            "the checkpoint's weights stay; the "
                                                            "result is merged into plain weights "
                                                            "(0: none)"),
                                          0),
                            "N", 0, 256))),
        bindOption(&O::subjectCentring, centring),
        bindOption(&O::withBandPower,
                   recipeSetting("with-band-power",
                                 QT_TRANSLATE_NOOP("alfee::core",
                                                   "The frozen encoder's probe also sees each "
                                                   "channel's log band power (a hybrid head)"),
                                 false)),
        bindOption(&O::probeC,
                   bounded(recipeSetting("probe-c",
                                         QT_TRANSLATE_NOOP("alfee::core",
                                                           "The frozen encoder probe's inverse "
                                                           "L2 regularisation strength (0.05: "
                                                           "better than 1 on the Workload study)"),
                                         0.05),
                           "X", 0, 1e6, true)),
    };
}

QVector<Option> runtimeOptions() {
    return {
        bindOption(&O::device, forModelRuns(device())),
        bindOption(&O::deterministic, forModelRuns(deterministic())),
        bindOption(&O::checkpointEvery,
                   forModelRuns(checkpointEvery("Steps between resumable checkpoints", 20,
                                                InCommand::Never))),
        bindOption(&O::threads, threads()),
    };
}

QVector<Option> baselineAndNameOptions() {
    return {
        bindOption(&O::baseline, {.flag = "baseline",
                                  .key = "baseline",
                                  .valueName = "NAME",
                                  .help = "Fit a classical baseline on the same windows instead "
                                          "of the model: bandpower (log band power, logistic "
                                          "regression)",
                                  .defaultValue = "",
                                  .choices = {"bandpower"},
                                  .inCommand = InCommand::Never,  // written first, by the kind
                                  .use = kBaselineRun}),
        bindOption(&O::baselineC,
                   {.flag = "baseline-c",
                    .key = "c",
                    .valueName = "X",
                    .help = "The baseline's inverse L2 regularisation strength (scikit-learn's C)",
                    .defaultValue = 1.0,
                    .minimum = 0,
                    .exclusiveMinimum = true,
                    .use = kBaselineRun}),
        bindOption(&O::withBaseline,
                   {.flag = "with-baseline",
                    .key = "with_baseline",
                    .help = QT_TRANSLATE_NOOP("alfee::core",
                                              "Also fit the band-power baseline on the same "
                                              "windows and split (a run of its own, shown beside "
                                              "the model's metrics)"),
                    .defaultValue = false,
                    .use = kModelRun}),
        bindOption(&O::name, runName()),
        bindOption(&O::experiment, experiment()),
    };
}

}  // namespace

const QVector<TrainingOption<FineTuneOptions>>& fineTuneOptionTable() {
    static const QVector<Option> table = startingPointOptions() + recipeOptions() +
                                         smallDataOptions() + runtimeOptions() +
                                         baselineAndNameOptions();
    return table;
}

FineTuneOptions::FineTuneOptions() {
    applyDefaults(fineTuneOptionTable(), *this);
}

QJsonObject FineTuneOptions::toJson() const {
    QJsonObject json{{"datasets", QJsonArray::fromStringList(datasets)},
                     {"data", QJsonArray::fromStringList(dataPaths)},
                     {"spec", spec.toJson()}};
    writeOptions(fineTuneOptionTable(), *this, use(), json);
    if (!baselineRuns.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : baselineRuns) ids.append(id);
        json["baseline_runs"] = ids;
    }
    return json;
}

FineTuneOptions FineTuneOptions::fromJson(const QJsonObject& o) {
    FineTuneOptions f;
    for (const QJsonValue& v : o["datasets"].toArray()) f.datasets << v.toString();
    for (const QJsonValue& v : o["data"].toArray()) f.dataPaths << v.toString();
    QString ignored;
    DatasetSpec::fromJson(o["spec"].toObject(), &f.spec, &ignored);
    readOptions(fineTuneOptionTable(), o, f);
    for (const QJsonValue& v : o["baseline_runs"].toArray()) f.baselineRuns << v.toInteger();
    return f;
}

QString FineTuneOptions::validate() const {
    if (datasets.isEmpty() && dataPaths.isEmpty()) return "give --data PATH... or --dataset NAME";
    if (!datasets.isEmpty() && !dataPaths.isEmpty()) return "give --data or --dataset, not both";
    if (!from.isEmpty() && scratch) return "give --from or --scratch, not both";
    if (scratch && adaptSteps > 0)
        return "--adapt-steps adapts a pretrained checkpoint: not with --scratch";
    if (const QString problem = recipeProblem(); !problem.isEmpty()) return problem;
    if (const QString problem = rangeProblems(fineTuneOptionTable(), *this, use());
        !problem.isEmpty())
        return problem;
    if (!dataPaths.isEmpty()) {
        const QString problem = spec.validate();
        if (!problem.isEmpty()) return problem;
    }
    return {};
}

// Recipe settings that cannot go together.
QString FineTuneOptions::recipeProblem() const {
    const bool frozen = freeze == "encoder";
    if (frozen && scratch)
        return "--freeze encoder probes a pretrained encoder: not with --scratch";
    if (frozen && probeEpochs > 0)
        return "--probe-epochs fine-tunes after the probe: not with --freeze encoder";
    if (loraRank > 0 && scratch)
        return "--lora-rank adapts a pretrained encoder: not with --scratch";
    if (loraRank > 0 && frozen) return "--lora-rank fine-tunes adapters: not with --freeze encoder";
    if (withBandPower && !frozen)
        return "--with-band-power is a head on features computed once: give --freeze encoder";
    if (subjectCentring && !fitsLinearHead())
        return "--subject-centring centres features computed once: give --freeze encoder (or "
               "--baseline bandpower)";
    return {};
}

QString bundledCheckpoint() {
    return findResource(QStringLiteral("checkpoints/alfee-tiny-pretrained.alfee-ckpt"));
}

}  // namespace alfee::core
