#include "core/modeling/finetune_plan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include "core/engine/baseline_job.h"
#include "core/engine/run_registry.h"
#include "core/modeling/finetune_job.h"
#include "core/modeling/pretrain_job.h"
#include "core/workspace/recording_files.h"

namespace alfee::core {
namespace {

// Checkpoints of a short adaptation: at most every 100 steps, and at its end.
constexpr int kAdaptationCheckpointEvery = 100;

// Fine-tuning from the weights the adaptation run left.
FineTuneOptions afterAdaptation(FineTuneOptions o, const QJsonObject& adaptation) {
    o.from = adaptation["checkpoint"].toString();
    o.scratch = false;
    o.adaptSteps = 0;
    o.adaptationRun = adaptation["run"].toInteger();
    return o;
}

// The recordings of the fine-tuning data: the files under `paths` that its filter keeps (the
// dataset builder matches the filter on the file name).
QStringList recordingsOf(const QStringList& paths, const QString& filter) {
    if (filter.isEmpty()) return paths;
    const QRegularExpression keep(filter);
    QStringList files;
    for (const QString& file : findRecordingFiles(paths))
        if (keep.match(QFileInfo(file).fileName()).hasMatch()) files << file;
    return files;
}

}  // namespace

PretrainOptions adaptationOf(const FineTuneOptions& o) {
    PretrainOptions p;
    p.workspace = o.workspace;
    if (!o.dataPaths.isEmpty())
        p.sources << PretrainSource{
            recordingsOf(o.dataPaths, o.spec.recordingFilter), {}, o.spec.task};
    for (const QString& dataset : o.datasets) p.sources << PretrainSource{{}, dataset, o.spec.task};
    if (o.datasets.isEmpty())
        p.windowSeconds = o.spec.windowSeconds, p.subjectPattern = o.spec.subjectPattern;
    p.from = o.from.isEmpty() ? bundledCheckpoint() : o.from;
    p.steps = o.adaptSteps, p.batch = o.batch;
    p.checkpointEvery = std::min(kAdaptationCheckpointEvery, o.adaptSteps);
    p.device = o.device, p.threads = o.threads, p.seed = o.seed;
    p.deterministic = o.deterministic;
    p.name = o.name + " (adaptation)", p.experiment = o.experiment;
    return p;
}

std::unique_ptr<Job> FineTunePlan::next(const QString& status, const QJsonObject& result,
                                        QString* stopped) {
    stopped->clear();
    const int index = handedOut_++;
    const bool adapting = o_.use() == kModelRun && o_.adaptSteps > 0;
    if (index == 0 && o_.use() == kBaselineRun) {
        stage_ = QStringLiteral("baseline");
        return std::make_unique<BandPowerBaselineJob>(o_);
    }
    if (index == 0 && adapting) {
        stage_ = QStringLiteral("adaptation");
        return std::make_unique<PretrainJob>(adaptationOf(o_));
    }
    if (index == 0 || (index == 1 && adapting && status == run_status::kFinished)) {
        stage_ = QStringLiteral("fine-tuning");
        return std::make_unique<FineTuneJob>(index == 0 ? o_ : afterAdaptation(o_, result));
    }
    if (index == 1 && adapting)
        *stopped = QCoreApplication::translate(
                       "alfee::core",
                       "the adaptation (run %1) ended %2: fine-tuning was not started; resume "
                       "it with alfee pretrain --resume %1, then fine-tune with --from its "
                       "checkpoint")
                       .arg(result["run"].toInteger())
                       .arg(status);
    return nullptr;
}

}  // namespace alfee::core
