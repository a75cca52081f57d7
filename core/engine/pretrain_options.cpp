#include "core/engine/pretrain_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

#include "core/dataset/paradigms.h"
#include "core/dataset/subject_identity.h"

namespace alfee::core {
namespace {

using Option = TrainingOption<PretrainOptions>;
using O = PretrainOptions;
constexpr double kLargestSeed = 9007199254740991.0;  // 2^53 - 1: exact in the config JSON

QVector<Option> modelAndDataOptions() {
    return {
        bindOption(&O::size, {.flag = "size",
                              .key = "size",
                              .valueName = "NAME",
                              .help = "Model size: tiny, S, M, B, L, XL",
                              .defaultValue = "tiny"}),
        bindOption(&O::steps, {.flag = "steps",
                               .key = "steps",
                               .valueName = "N",
                               .help = "Training steps",
                               .defaultValue = 1000,
                               .minimum = 1,
                               .maximum = 1e12}),
        bindOption(&O::batch, {.flag = "batch",
                               .key = "batch",
                               .valueName = "N",
                               .help = "Windows per batch, over all processes",
                               .defaultValue = 16,
                               .minimum = 1,
                               .maximum = 65536}),
        bindOption(&O::lr, {.flag = "lr",
                            .key = "lr",
                            .valueName = "X",
                            .help = "Peak learning rate",
                            .defaultValue = 1e-4,
                            .minimum = 0,
                            .maximum = 1,
                            .exclusiveMinimum = true}),
        bindOption(&O::seed, {.flag = "seed",
                              .key = "seed",
                              .valueName = "N",
                              .help = "Seed of the data order, masks and initial weights",
                              .defaultValue = 1,
                              .minimum = 0,
                              .maximum = kLargestSeed}),
        bindOption(&O::windowSeconds, {.flag = "window",
                                       .key = "window_seconds",
                                       .valueName = "S",
                                       .help = "Window length in whole seconds",
                                       .defaultValue = 10.0,
                                       .minimum = 1,
                                       .maximum = 3600}),
        bindOption(&O::validationSubjects,
                   {.flag = "validation-subjects",
                    .key = "validation_subjects",
                    .valueName = "N",
                    .help = "Subjects held out for the validation loss (the last by name)",
                    .defaultValue = 2,
                    .minimum = 0,
                    .maximum = 100000}),
        bindOption(&O::checkpointEvery, {.flag = "checkpoint-every",
                                         .key = "checkpoint_every",
                                         .valueName = "N",
                                         .help = "Steps between checkpoints and validation losses",
                                         .defaultValue = 100,
                                         .minimum = 1,
                                         .maximum = 1000000000}),
        bindOption(&O::device, {.flag = "device",
                                .key = "device",
                                .valueName = "DEVICE",
                                .help = "cpu, cuda or auto",
                                .defaultValue = "auto"}),
        bindOption(&O::from, {.flag = "from",
                              .key = "from",
                              .valueName = "CHECKPOINT",
                              .help = "Checkpoint to continue pretraining from",
                              .defaultValue = "",
                              .inCommand = InCommand::UnlessDefault}),
        bindOption(&O::subjectPattern,
                   {.flag = "subject-pattern",
                    .key = "subject_pattern",
                    .valueName = "REGEX",
                    .help = "Regex with one group that finds the subject in a file name (auto: "
                            "the known naming schemes)",
                    .defaultValue = kAutoSubjects,
                    .inCommand = InCommand::UnlessDefault}),
    };
}

QVector<Option> recipeOptions() {
    return {
        bindOption(&O::weightDecay, {.flag = "weight-decay",
                                     .key = "weight_decay",
                                     .valueName = "X",
                                     .help = "AdamW weight decay",
                                     .defaultValue = 0.05,
                                     .minimum = 0,
                                     .maximum = 1}),
        bindOption(&O::warmupFraction,
                   {.flag = "warmup-fraction",
                    .key = "warmup_fraction",
                    .valueName = "X",
                    .help = "Share of the steps in linear warm-up before the cosine decay",
                    .defaultValue = 0.05,
                    .minimum = 0,
                    .maximum = 1}),
        bindOption(&O::clipNorm, {.flag = "clip-norm",
                                  .key = "clip_norm",
                                  .valueName = "X",
                                  .help = "Largest gradient norm (larger gradients are scaled)",
                                  .defaultValue = 1.0,
                                  .minimum = 0,
                                  .exclusiveMinimum = true}),
        bindOption(&O::validationWindows,
                   {.flag = "validation-windows",
                    .key = "validation_windows",
                    .valueName = "N",
                    .help = "Held-out windows per validation, spread over the subjects",
                    .defaultValue = 256,
                    .minimum = 1,
                    .maximum = 10000000}),
        bindOption(&O::maxBadSteps, {.flag = "max-bad-steps",
                                     .key = "max_bad_steps",
                                     .valueName = "N",
                                     .help = "Non-finite steps in a row that end the run as failed",
                                     .defaultValue = 20,
                                     .minimum = 1,
                                     .maximum = 1000000}),
        bindOption(&O::deterministic,
                   {.flag = "deterministic",
                    .key = "deterministic",
                    .help = "Deterministic algorithms (a resumed run ends identical)",
                    .defaultValue = false}),
    };
}

QVector<Option> runtimeOptions() {
    return {
        bindOption(&O::logEvery, {.flag = "log-every",
                                  .key = "log_every",
                                  .valueName = "N",
                                  .help = "Steps between training losses in the registry",
                                  .defaultValue = 10,
                                  .minimum = 1,
                                  .maximum = 1000000000,
                                  .inCommand = InCommand::Never}),
        bindOption(&O::threads, {.flag = "threads",
                                 .key = "threads",
                                 .valueName = "N",
                                 .help = "LibTorch threads (0: every core)",
                                 .defaultValue = 0,
                                 .minimum = 0,
                                 .maximum = 4096,
                                 .inCommand = InCommand::Never}),
        bindOption(&O::distributedTimeoutSeconds,
                   {.flag = "timeout",
                    .valueName = "S",
                    .help = "Data parallel: seconds a process waits for the others before it "
                            "gives up",
                    .defaultValue = 1800,
                    .minimum = 1,
                    .maximum = 1000000,
                    .inCommand = InCommand::Never}),
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

const QVector<TrainingOption<PretrainOptions>>& pretrainOptionTable() {
    static const QVector<Option> table = modelAndDataOptions() + recipeOptions() + runtimeOptions();
    return table;
}

PretrainOptions::PretrainOptions() {
    applyDefaults(pretrainOptionTable(), *this);
}

QJsonObject PretrainOptions::toJson() const {
    QJsonArray list;
    for (const PretrainSource& s : sources)
        list.append(QJsonObject{{"paths", QJsonArray::fromStringList(s.paths)},
                                {"dataset", s.dataset},
                                {"paradigm", s.paradigm}});
    QJsonObject json{{"sources", list}};
    writeOptions(pretrainOptionTable(), *this, kEveryRun, json);
    return json;
}

PretrainOptions PretrainOptions::fromJson(const QJsonObject& o) {
    PretrainOptions p;
    for (const QJsonValue& v : o["sources"].toArray()) {
        const QJsonObject s = v.toObject();
        PretrainSource source;
        for (const QJsonValue& path : s["paths"].toArray()) source.paths << path.toString();
        source.dataset = s["dataset"].toString();
        source.paradigm = s["paradigm"].toString();
        p.sources << source;
    }
    readOptions(pretrainOptionTable(), o, p);
    return p;
}

QString PretrainOptions::validate() const {
    if (sources.isEmpty()) return QStringLiteral("give data: --data PATH... or --dataset NAME");
    for (const PretrainSource& s : sources)
        if (!s.paradigm.isEmpty() && !paradigmNames().contains(s.paradigm))
            return QStringLiteral("paradigm '%1' is not one of: %2")
                .arg(s.paradigm, paradigmNames().join(", "));
    if (const QString problem = rangeProblems(pretrainOptionTable(), *this, kEveryRun);
        !problem.isEmpty())
        return problem;
    if (windowSeconds != std::floor(windowSeconds))
        return QStringLiteral("--window must be a whole number of seconds");
    const QRegularExpression subject(subjectPattern);
    if (subjectPattern != kAutoSubjects && (!subject.isValid() || subject.captureCount() < 1))
        return QStringLiteral("--subject-pattern '%1' needs one capture group").arg(subjectPattern);
    if (batch < distributed.worldSize)
        return QStringLiteral("the batch (%1, over all processes) is smaller than the %2 processes")
            .arg(batch)
            .arg(distributed.worldSize);
    return {};
}

}  // namespace alfee::core
