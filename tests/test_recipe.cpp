// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The fine-tuning recipe for small data (issue 33, item 5), on the demo recordings (EEGMAT
// subjects 00-07) and the bundled checkpoint: the frozen encoder's probe with band power
// beside it, aligned and centred, records what it did and gives the same test metrics when its
// run is evaluated again; its features are centred per subject; the recipe's settings that do
// not go together are refused; --probe-epochs leaves the encoder as the checkpoint has it;
// layer-wise decay gives each depth its rate; label smoothing is the textbook mixture; LoRA
// adapters start as the model, their merged weights give the adapters' forward, and a LoRA run
// leaves every weight of the checkpoint but the attention projections as it was.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "cli_run.h"
#include "core/engine/finetune_options.h"
#include "core/engine/run_registry.h"
#include "core/engine/study_design.h"
#include "core/engine/subject_centring.h"
#include "core/modeling/training_support.h"
#include "model/layer_decay.h"
#include "model/lora.h"
#include "model/losses.h"

using namespace alfee::core;
using namespace alfee::tests;
namespace model = alfee::model;

namespace {

QStringList demoData() {
    return {"--data",  demoFolder(), "--filter", "^Subject",        "--class",
            "rest=_1", "--class",    "task=_2",  "--test-subjects", "Subject06,Subject07"};
}

QJsonObject json(const CliRun& r) {
    return QJsonDocument::fromJson(r.out).object();
}

// The rows of a CSV without quotes, header first.
QVector<QStringList> csvRows(const QString& path) {
    QFile f(path);
    QVector<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly)) return rows;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty()) rows << QString::fromUtf8(line.trimmed()).split(',');
    return rows;
}

// The largest |mean| of a feature column over one subject's windows.
double largestSubjectMean(const QVector<QStringList>& rows) {
    QHash<QString, QVector<double>> sums;
    QHash<QString, int> counts;
    for (const QStringList& row : rows.mid(1)) {
        QVector<double>& sum = sums[row[1]];
        sum.resize(row.size() - 4);
        for (int j = 4; j < row.size(); ++j) sum[j - 4] += row[j].toDouble();
        ++counts[row[1]];
    }
    double worst = 0;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        for (double s : it.value()) worst = std::max(worst, std::abs(s / counts[it.key()]));
    return worst;
}

}  // namespace

class TestRecipe : public QObject {
    Q_OBJECT
  private slots:
    void hybridProbeRecordsAndEvaluatesAlike();
    void conflictingSettingsAreRefused();
    void probeEpochsLeaveTheEncoderAlone();
    void layerDecayRates();
    void labelSmoothingMixesTheTargets();
    void loraMergedWeightsGiveTheAdaptersForward();
    void loraRunChangesOnlyTheProjections();
    void centringTakesEachSubjectsMean();
    void aRequestBecomesATwoArmStudy();
    void aProbeIsNotResumedAsFineTuning();

  private:
    QTemporaryDir dir_;
};

void TestRecipe::hybridProbeRecordsAndEvaluatesAlike() {
    const QString ws = dir_.filePath("probe.alfee");
    const CliRun run = runAlfee(QStringList{"finetune", "--workspace", ws} + demoData() +
                                QStringList{"--freeze", "encoder", "--with-band-power", "--align",
                                            "euclidean", "--subject-centring", "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 id = json(run)["run"].toInteger();
    const double test =
        json(run)["metrics"].toObject()["test"].toObject()["balanced_accuracy"].toDouble(
            std::nan(""));
    QVERIFY(test >= 0 && test <= 1);
    const QJsonObject shown =
        json(runAlfee({"runs", "show", QString::number(id), "--workspace", ws, "--json"}));
    QCOMPARE(shown["kind"].toString(), QStringLiteral("finetune"));
    const QJsonObject config = shown["config"].toObject();
    QCOMPARE(config["freeze"].toString(), QStringLiteral("encoder"));
    QVERIFY(config["warnings"].toArray().contains(centringNote()));
    const QVector<QStringList> rows =
        csvRows(ws + ".runs/" + QString::number(id) + "/probe-features.csv");
    QVERIFY(rows.size() > 20);
    QCOMPARE(rows[0].mid(0, 5).join(','),
             QStringLiteral("window,subject,split,label,encoder:t_dt:0"));
    QVERIFY(rows[0].contains("Fp1:alpha"));
    QCOMPARE(rows[0].size(), 4 + 2 * 128 + 19 * 5);  // tiny: D = 128; EEGMAT's 19 electrodes
    // Centred per subject, then scaled by the training split's statistics, whose mean is 0.
    QVERIFY2(largestSubjectMean(rows) < 1e-6,
             qPrintable(QString::number(largestSubjectMean(rows))));
    // Evaluating the run on its test subjects' recordings: the same windows, the same numbers.
    const CliRun evaluated = runAlfee({"evaluate", "--workspace", ws, "--run", QString::number(id),
                                       "--data", demoFolder(), "--filter", "^Subject0[67]",
                                       "--class", "rest=_1", "--class", "task=_2", "--json"});
    QVERIFY2(evaluated.code == 0, evaluated.err.constData());
    const double again = json(evaluated)["balanced_accuracy"].toDouble(std::nan(""));
    QVERIFY(json(evaluated)["warnings"].toArray().contains(centringNote()));
    QVERIFY2(std::abs(again - test) < 1e-12,
             qPrintable(QStringLiteral("%1 against %2").arg(again).arg(test)));
}

void TestRecipe::conflictingSettingsAreRefused() {
    const QString ws = dir_.filePath("refused.alfee");
    const QVector<QPair<QStringList, QString>> cases = {
        {{"--with-band-power"}, "--with-band-power is a head on features computed once"},
        {{"--subject-centring"}, "--subject-centring centres features computed once"},
        {{"--freeze", "encoder", "--scratch"}, "--freeze encoder probes a pretrained encoder"},
        {{"--freeze", "encoder", "--probe-epochs", "2"}, "--probe-epochs fine-tunes after"},
        {{"--layer-decay", "0"}, "--layer-decay"},
        {{"--label-smoothing", "1"}, "--label-smoothing"},
        {{"--lora-rank", "4", "--scratch"}, "--lora-rank adapts a pretrained encoder"},
        {{"--freeze", "encoder", "--lora-rank", "2"}, "--lora-rank fine-tunes adapters"},
    };
    for (const auto& [flags, message] : cases) {
        const CliRun r = runAlfee(QStringList{"finetune", "--workspace", ws} + demoData() + flags);
        QVERIFY2(r.code != 0, qPrintable(flags.join(' ')));
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }
}

void TestRecipe::probeEpochsLeaveTheEncoderAlone() {
    const QString ws = dir_.filePath("lpft.alfee");
    const CliRun run = runAlfee(QStringList{"finetune", "--workspace", ws} + demoData() +
                                QStringList{"--probe-epochs", "1", "--epochs", "1", "--batch", "8",
                                            "--device", "cpu", "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString best = json(run)["checkpoint"].toString();
    auto start = readCheckpoint(bundledCheckpoint(), torch::kCPU).model;
    auto tuned = readCheckpoint(best, torch::kCPU).model;
    const auto before = start->named_parameters();
    int encoder = 0, changedHead = 0;
    for (const auto& p : tuned->named_parameters()) {
        const bool head = model::parameterDepth(p.key(), tuned->config()) < 0;
        if (!before.contains(p.key()) || before[p.key()].sizes() != p.value().sizes()) continue;
        if (head) {
            changedHead += !torch::equal(before[p.key()], p.value());
        } else {
            QVERIFY2(torch::equal(before[p.key()], p.value()), p.key().c_str());
            ++encoder;
        }
    }
    QVERIFY(encoder > 20);
    QVERIFY(changedHead > 0);
}

void TestRecipe::layerDecayRates() {
    const model::ModelConfig c = *model::presetConfig("tiny");
    model::Alfee net(c);
    const int top = c.channelLayers + c.temporalLayers;
    QCOMPARE(model::parameterDepth("channel_table", c), 0);
    QCOMPARE(model::parameterDepth("channel_encoder.cross.0.attention.qkv.weight", c), 1);
    QCOMPARE(model::parameterDepth("temporal_encoder.layers.1.ffn.w_out.weight", c),
             1 + c.channelLayers + 1);
    QCOMPARE(model::parameterDepth("finetune_head.classifiers.0.weight", c), -1);
    const auto groups = model::layerRateGroups(net, 1e-3, 0.5, 7e-3);
    QCOMPARE(int(groups.size()), top + 2);  // the head, then depths 0 .. top
    QCOMPARE(groups[0].rate, 7e-3);
    size_t parameters = 0;
    for (int depth = 0; depth <= top; ++depth)
        QVERIFY(std::abs(groups[depth + 1].rate - 1e-3 * std::pow(0.5, top + 1 - depth)) < 1e-15);
    for (const auto& g : groups) parameters += g.parameters.size();
    QCOMPARE(parameters, net->parameters().size());
}

namespace {

// Two windows of 3 channels and 4 one-second patches, random.
model::Batch randomBatch() {
    return {torch::randn({2, 3, 4, 256}),
            torch::tensor({0, 5, 9, 1, 2, 3}, torch::kLong).view({2, 3}),
            torch::ones({2, 3}, torch::kBool), torch::full({2}, -1, torch::kLong)};
}

at::Tensor logitsOf(model::Alfee& net, const model::Batch& batch) {
    torch::NoGradGuard noGrad;
    net->eval();
    return net->classify(batch)[0];
}

}  // namespace

// Adapters start at B = 0 (the model as it was); with B drawn, the merged copy (plain weights
// W + (alpha / r) B A, no adapter tensor) gives the adapters' logits; only adapters and head
// train; the config keeps rank and alpha, so a saved adapted model comes back adapted.
void TestRecipe::loraMergedWeightsGiveTheAdaptersForward() {
    torch::manual_seed(11);
    model::Alfee net(*model::presetConfig("tiny"));
    const model::Batch batch = randomBatch();
    const at::Tensor plain = logitsOf(net, batch);
    net->addLora(4, 8.0);
    QVERIFY(torch::equal(logitsOf(net, batch), plain));
    int adapters = 0;
    {
        torch::NoGradGuard noGrad;
        for (auto& p : net->named_parameters())
            if (model::isLoraParameter(p.key()) && (++adapters, p.key().back() == 'b'))
                p.value().uniform_(-0.05, 0.05);
    }
    const int attentionLayers = 2 * net->config().channelLayers + net->config().temporalLayers +
                                2 * net->config().decoderLayers;
    QCOMPARE(adapters, 4 * attentionLayers);
    const at::Tensor adapted = logitsOf(net, batch);
    QVERIFY(!torch::allclose(adapted, plain, 1e-4, 1e-4));
    model::Alfee merged = model::mergedLora(net);
    QCOMPARE(merged->config().loraRank, 0);
    for (const auto& p : merged->named_parameters()) QVERIFY(!model::isLoraParameter(p.key()));
    QVERIFY(torch::allclose(logitsOf(merged, batch), adapted, 1e-5, 1e-5));
    net->train();
    model::trainHeadOnly(net, false);
    for (const auto& p : net->named_parameters())
        QCOMPARE(p.value().requires_grad(), model::isLoraParameter(p.key()) ||
                                                model::parameterDepth(p.key(), net->config()) < 0);
    std::string error;
    const auto again = model::ModelConfig::deserialize(net->config().serialize(), &error);
    QVERIFY2(again, error.c_str());
    QCOMPARE(again->loraRank, 4);
    QCOMPARE(again->loraAlpha, 8.0);
}

// A run with --lora-rank from the bundled checkpoint: its result holds plain weights, equal to
// its resumable checkpoint's adapters merged; every tensor but the attention projections and
// the task head is the checkpoint's.
void TestRecipe::loraRunChangesOnlyTheProjections() {
    const QString ws = dir_.filePath("lora.alfee");
    const CliRun run = runAlfee(QStringList{"finetune", "--workspace", ws} + demoData() +
                                QStringList{"--lora-rank", "4", "--epochs", "1", "--batch", "8",
                                            "--device", "cpu", "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString best = json(run)["checkpoint"].toString();
    auto tuned = readCheckpoint(best, torch::kCPU).model;
    QCOMPARE(tuned->config().loraRank, 0);
    auto last =
        readCheckpoint(QFileInfo(best).dir().filePath("last.alfee-ckpt"), torch::kCPU).model;
    QCOMPARE(last->config().loraRank, 4);
    auto lastMerged = model::mergedLora(last);
    const auto mergedParameters = lastMerged->named_parameters();
    const auto before = readCheckpoint(bundledCheckpoint(), torch::kCPU).model->named_parameters();
    int kept = 0, changedProjections = 0;
    for (const auto& p : tuned->named_parameters()) {
        QVERIFY2(torch::equal(mergedParameters[p.key()], p.value()), p.key().c_str());
        const bool projection = p.key().find("qkv.weight") != std::string::npos ||
                                p.key().find(".o.weight") != std::string::npos;
        if (model::parameterDepth(p.key(), tuned->config()) < 0) continue;
        if (projection) {
            changedProjections += !torch::equal(before[p.key()], p.value());
        } else {
            QVERIFY2(torch::equal(before[p.key()], p.value()), p.key().c_str());
            ++kept;
        }
    }
    QVERIFY(kept > 20);
    QVERIFY(changedProjections > 0);
}

// With smoothing e over K classes the target is (1 - e) one-hot + e / K, so the loss grows by
// 0.9 e (mean_k(-log p_k) - CE) over the unsmoothed one (class weights 1).
void TestRecipe::labelSmoothingMixesTheTargets() {
    torch::manual_seed(3);
    const auto logits = torch::randn({4, 3}), labels = torch::tensor({0, 2, 1, 2}, torch::kLong);
    model::Batch batch{torch::randn({4, 2, 1, 256}), torch::zeros({4, 2}, torch::kLong),
                       torch::ones({4, 2}, torch::kBool), torch::full({4}, -1, torch::kLong)};
    const auto reconstruction = torch::zeros({4, 1, 2, 385});
    const auto weights = torch::ones({3});
    const double plain =
        model::fineTuneLoss({logits}, {labels}, {weights}, reconstruction, batch).item<double>();
    const double smoothed =
        model::fineTuneLoss({logits}, {labels}, {weights}, reconstruction, batch, true, 0.2)
            .item<double>();
    const auto logP = torch::log_softmax(logits.to(torch::kFloat64), 1);
    const double ce = -logP.gather(1, labels.view({4, 1})).mean().item<double>();
    const double uniform = -logP.mean().item<double>();
    QVERIFY2(std::abs((smoothed - plain) - 0.9 * 0.2 * (uniform - ce)) < 1e-5,
             qPrintable(
                 QStringLiteral("%1 against %2").arg(smoothed - plain).arg(0.18 * (uniform - ce))));
}

// numpy: x - x.groupby(subject).transform('mean').
void TestRecipe::centringTakesEachSubjectsMean() {
    QVector<QVector<double>> rows = {{1, 10}, {3, 20}, {5, -4}, {7, 4}, {9, 0}};
    centreBySubject(rows, {"a", "a", "b", "b", "b"});
    const QVector<QVector<double>> expected = {{-1, -5}, {1, 5}, {-2, -4}, {0, 4}, {2, 0}};
    QCOMPARE(rows, expected);
}

// The wizard's "compare with the band-power baseline over K folds": the request's settings are
// the model arm's, every cell runs them on its fold, and the reference is aligned and centred
// as the model is.
void TestRecipe::aRequestBecomesATwoArmStudy() {
    FineTuneOptions request;
    request.dataPaths = {demoFolder()};
    request.freeze = "encoder", request.withBandPower = true, request.probeC = 0.05;
    request.align = "euclidean", request.subjectCentring = true, request.seed = 7;
    request.withBaseline = true, request.name = "hybrid";
    const StudyDesign design = studyOfRequest(request, 4);
    QCOMPARE(design.folds, 4);
    QCOMPARE(design.seeds, QVector<qint64>{7});
    QCOMPARE(design.reference, QStringLiteral("bandpower"));
    QCOMPARE(design.arms.size(), 2);
    QCOMPARE(design.arms[0].options["align"].toString(), QStringLiteral("euclidean"));
    QVERIFY(design.arms[0].options["subject_centring"].toBool());
    const StudyCell cell{"model", 2, 7, {"Subject03", "Subject04"}, 0};
    const FineTuneOptions model = cellOptions(design, 12, cell);
    QCOMPARE(model.freeze, QStringLiteral("encoder"));
    QVERIFY(model.withBandPower && model.subjectCentring && !model.withBaseline);
    QCOMPARE(model.probeC, 0.05);
    QCOMPARE(model.spec.split.testSubjects, cell.testSubjects);
    const FineTuneOptions reference = cellOptions(design, 12, {"bandpower", 2, 7, {}, 0});
    QCOMPARE(reference.baseline, QStringLiteral("bandpower"));
    QVERIFY(reference.subjectCentring);
    QCOMPARE(reference.freeze, QStringLiteral("none"));
}

// A cancelled probe resumed with `alfee finetune --resume` would have fine-tuned the whole
// model under the probe's name: it is refused, saying what to do.
void TestRecipe::aProbeIsNotResumedAsFineTuning() {
    const QString ws = dir_.filePath("resume.alfee");
    QString error;
    auto workspace = Workspace::create(ws, &error);
    QVERIFY2(workspace, qPrintable(error));
    FineTuneOptions probe;
    probe.dataPaths = {demoFolder()};
    probe.freeze = "encoder";
    NewRun run;
    run.kind = "finetune", run.name = "a probe", run.config = probe.toJson();
    run.dataset = "files", run.datasetHash = "-", run.device = "cpu";
    RunRegistry registry(*workspace);
    const auto id = registry.create(run, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(registry.finish(*id, run_status::kCancelled, "cancelled", &error));
    const CliRun resumed =
        runAlfee({"finetune", "--resume", QString::number(*id), "--workspace", ws});
    QVERIFY(resumed.code != 0);
    QVERIFY2(resumed.err.contains("is a linear probe (--freeze encoder), which is not resumed"),
             resumed.err.constData());
}

QTEST_GUILESS_MAIN(TestRecipe)
#include "test_recipe.moc"
