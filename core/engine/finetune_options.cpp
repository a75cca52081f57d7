#include "core/engine/finetune_options.h"

#include <QJsonArray>

#include "core/resources/resource_location.h"

namespace alfee::core {
namespace {

using Option = TrainingOption<FineTuneOptions>;
using O = FineTuneOptions;
constexpr double kLargestSeed = 9007199254740991.0;  // 2^53 - 1: exact in the config JSON

QVector<Option> startingPointOptions() {
    return {
        bindOption(&O::scratch, {.flag = "scratch",
                                 .key = "scratch",
                                 .help = "Start from random weights",
                                 .defaultValue = false,
                                 .use = kModelRun}),
        bindOption(&O::size, {.flag = "size",
                              .key = "size",
                              .valueName = "NAME",
                              .help = "Model size from scratch: tiny, S, M, B, L, XL",
                              .defaultValue = "tiny",
                              .onlyWith = "scratch",
                              .use = kModelRun}),
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
                    .help = "First adapt the starting checkpoint to the run's own recordings by N "
                            "steps of continued pretraining (no labels; 0: no adaptation)",
                    .defaultValue = 0,
                    .minimum = 0,
                    .maximum = 10000000,
                    .inCommand = InCommand::UnlessDefault,
                    .use = kModelRun}),
        // Set by FineTunePlan once the adaptation has run: `from` is then its checkpoint.
        bindOption(&O::adaptationRun, {.key = "adaptation_run",
                                       .defaultValue = 0,
                                       .minimum = 0,
                                       .inCommand = InCommand::Never,
                                       .use = kModelRun}),
    };
}

QVector<Option> recipeOptions() {
    return {
        bindOption(&O::epochs, {.flag = "epochs",
                                .key = "epochs",
                                .valueName = "N",
                                .help = "Epochs",
                                .defaultValue = 8,
                                .minimum = 1,
                                .maximum = 100000,
                                .use = kModelRun}),
        bindOption(&O::batch, {.flag = "batch",
                               .key = "batch",
                               .valueName = "N",
                               .help = "Windows per batch",
                               .defaultValue = 16,
                               .minimum = 1,
                               .maximum = 65536,
                               .use = kModelRun}),
        bindOption(&O::lr, {.flag = "lr",
                            .key = "lr",
                            .valueName = "X",
                            .help = "Peak learning rate",
                            .defaultValue = 5e-4,
                            .minimum = 0,
                            .maximum = 1,
                            .exclusiveMinimum = true,
                            .use = kModelRun}),
        bindOption(&O::patience,
                   {.flag = "patience",
                    .key = "patience",
                    .valueName = "N",
                    .help = "Epochs without a better validation score before stopping",
                    .defaultValue = 4,
                    .minimum = 1,
                    .maximum = 100000,
                    .use = kModelRun}),
        bindOption(&O::seed, {.flag = "seed",
                              .key = "seed",
                              .valueName = "N",
                              .help = "Seed of the data order and the initial weights",
                              .defaultValue = 1,
                              .minimum = 0,
                              .maximum = kLargestSeed}),
        bindOption(&O::weightDecay, {.flag = "weight-decay",
                                     .key = "weight_decay",
                                     .valueName = "X",
                                     .help = "AdamW weight decay",
                                     .defaultValue = 0.05,
                                     .minimum = 0,
                                     .maximum = 1,
                                     .use = kModelRun}),
        bindOption(&O::warmupFraction,
                   {.flag = "warmup-fraction",
                    .key = "warmup_fraction",
                    .valueName = "X",
                    .help = "Share of the steps in linear warm-up before the cosine decay",
                    .defaultValue = 0.1,
                    .minimum = 0,
                    .maximum = 1,
                    .use = kModelRun}),
        bindOption(&O::clipNorm, {.flag = "clip-norm",
                                  .key = "clip_norm",
                                  .valueName = "X",
                                  .help = "Largest gradient norm (larger gradients are scaled)",
                                  .defaultValue = 1.0,
                                  .minimum = 0,
                                  .exclusiveMinimum = true,
                                  .use = kModelRun}),
        bindOption(&O::maxBadSteps, {.flag = "max-bad-steps",
                                     .key = "max_bad_steps",
                                     .valueName = "N",
                                     .help = "Non-finite steps in a row that end the run as failed",
                                     .defaultValue = 20,
                                     .minimum = 1,
                                     .maximum = 1000000,
                                     .use = kModelRun}),
    };
}

QVector<Option> runtimeOptions() {
    return {
        bindOption(&O::device, {.flag = "device",
                                .key = "device",
                                .valueName = "DEVICE",
                                .help = "cpu, cuda or auto",
                                .defaultValue = "auto",
                                .use = kModelRun}),
        bindOption(&O::deterministic,
                   {.flag = "deterministic",
                    .key = "deterministic",
                    .help = "Deterministic algorithms (a resumed run ends identical)",
                    .defaultValue = false,
                    .use = kModelRun}),
        bindOption(&O::checkpointEvery, {.flag = "checkpoint-every",
                                         .key = "checkpoint_every",
                                         .valueName = "N",
                                         .help = "Steps between resumable checkpoints",
                                         .defaultValue = 20,
                                         .minimum = 1,
                                         .maximum = 1000000000,
                                         .inCommand = InCommand::Never,
                                         .use = kModelRun}),
        bindOption(&O::threads, {.flag = "threads",
                                 .key = "threads",
                                 .valueName = "N",
                                 .help = "LibTorch threads (0: every core)",
                                 .defaultValue = 0,
                                 .minimum = 0,
                                 .maximum = 4096,
                                 .inCommand = InCommand::Never}),
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
        bindOption(&O::name, {.flag = "name",
                              .valueName = "NAME",
                              .help = "Run name",
                              .defaultValue = "",
                              .inCommand = InCommand::Never}),
        bindOption(&O::experiment, {.flag = "experiment",
                                    .valueName = "NAME",
                                    .help = "Experiment the run belongs to",
                                    .defaultValue = "",
                                    .inCommand = InCommand::Never}),
    };
}

}  // namespace

const QVector<TrainingOption<FineTuneOptions>>& fineTuneOptionTable() {
    static const QVector<Option> table =
        startingPointOptions() + recipeOptions() + runtimeOptions() + baselineAndNameOptions();
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
    return json;
}

FineTuneOptions FineTuneOptions::fromJson(const QJsonObject& o) {
    FineTuneOptions f;
    for (const QJsonValue& v : o["datasets"].toArray()) f.datasets << v.toString();
    for (const QJsonValue& v : o["data"].toArray()) f.dataPaths << v.toString();
    QString ignored;
    DatasetSpec::fromJson(o["spec"].toObject(), &f.spec, &ignored);
    readOptions(fineTuneOptionTable(), o, f);
    return f;
}

QString FineTuneOptions::validate() const {
    if (datasets.isEmpty() && dataPaths.isEmpty()) return "give --data PATH... or --dataset NAME";
    if (!datasets.isEmpty() && !dataPaths.isEmpty()) return "give --data or --dataset, not both";
    if (!from.isEmpty() && scratch) return "give --from or --scratch, not both";
    if (scratch && adaptSteps > 0)
        return "--adapt-steps adapts a pretrained checkpoint: not with --scratch";
    if (const QString problem = rangeProblems(fineTuneOptionTable(), *this, use());
        !problem.isEmpty())
        return problem;
    if (!dataPaths.isEmpty()) {
        const QString problem = spec.validate();
        if (!problem.isEmpty()) return problem;
    }
    return {};
}

QString bundledCheckpoint() {
    return findResource(QStringLiteral("checkpoints/alfee-tiny-pretrained.alfee-ckpt"));
}

}  // namespace alfee::core
