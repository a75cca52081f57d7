// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/pretrain_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

#include "core/dataset/paradigms.h"
#include "core/dataset/subject_identity.h"
#include "core/engine/common_options.h"

namespace alfee::core {
namespace {

using namespace common_options;

using Option = TrainingOption<PretrainOptions>;
using O = PretrainOptions;

QVector<Option> modelAndDataOptions() {
    return {
        bindOption(&O::size, modelSize("Model size: tiny, S, M, B, L, XL")),
        bindOption(&O::steps, {.flag = "steps",
                               .key = "steps",
                               .valueName = "N",
                               .help = "Training steps",
                               .defaultValue = 1000,
                               .minimum = 1,
                               .maximum = 1e12}),
        bindOption(&O::batch, batch("Windows per batch, over all processes")),
        bindOption(&O::lr, learningRate(1e-4)),
        bindOption(&O::seed, seed("Seed of the data order, masks and initial weights")),
        bindOption(&O::windowSeconds, {.flag = "window",
                                       .key = "window_seconds",
                                       .valueName = "S",
                                       .help = "Window length in whole seconds",
                                       .defaultValue = 10.0,
                                       .minimum = 1,
                                       .maximum = 3600}),
        bindOption(&O::validationSubjects, {.flag = "validation-subjects",
                                            .key = "validation_subjects",
                                            .valueName = "N",
                                            .help = "Subjects held out for the validation loss "
                                                    "(the last by name of each data source in "
                                                    "turn)",
                                            .defaultValue = 2,
                                            .minimum = 0,
                                            .maximum = 100000}),
        bindOption(&O::checkpointEvery,
                   checkpointEvery("Steps between checkpoints and validation losses", 100,
                                   InCommand::Always)),
        bindOption(&O::device, device()),
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
        bindOption(&O::weightDecay, weightDecay()),
        bindOption(&O::warmupFraction, warmupFraction(0.05)),
        bindOption(&O::clipNorm, clipNorm()),
        bindOption(&O::validationWindows,
                   {.flag = "validation-windows",
                    .key = "validation_windows",
                    .valueName = "N",
                    .help = "Held-out windows per validation, spread over the subjects",
                    .defaultValue = 256,
                    .minimum = 1,
                    .maximum = 10000000}),
        bindOption(&O::maxBadSteps, maxBadSteps()),
        bindOption(&O::deterministic, deterministic()),
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
        bindOption(&O::threads, threads()),
        bindOption(&O::distributedTimeoutSeconds,
                   {.flag = "timeout",
                    .valueName = "S",
                    .help = "Data parallel: seconds a process waits for the others before it "
                            "gives up",
                    .defaultValue = 1800,
                    .minimum = 1,
                    .maximum = 1000000,
                    .inCommand = InCommand::Never}),
        bindOption(&O::name, runName()),
        bindOption(&O::experiment, experiment()),
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
    if (!adaptationOf.isEmpty()) json["adaptation_of"] = adaptationOf;
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
    p.adaptationOf = o["adaptation_of"].toObject();
    readOptions(pretrainOptionTable(), o, p);
    return p;
}

QString PretrainOptions::validate() const {
    if (sources.isEmpty() && adaptationOf.isEmpty())
        return QStringLiteral("give data: --data PATH... or --dataset NAME");
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
