// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/linear_head_job.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>
#include <cmath>
#include <stdexcept>

#include "core/engine/band_power.h"
#include "core/engine/feature_model.h"
#include "core/engine/file_hash.h"
#include "core/engine/logistic_regression.h"
#include "core/engine/run_registry.h"
#include "core/engine/subject_alignment.h"
#include "core/engine/subject_centring.h"
#include "core/engine/window_evaluation.h"
#include "core/engine/window_reader.h"

namespace alfee::core {
namespace {

// The electrodes every window has, in the order of the first window's.
QStringList commonElectrodes(const QVector<PreparedWindow>& windows) {
    QStringList common = windows.isEmpty() ? QStringList() : windows.front().electrodes;
    for (const PreparedWindow& w : windows)
        common.erase(std::remove_if(common.begin(), common.end(),
                                    [&](const QString& e) { return !w.electrodes.contains(e); }),
                     common.end());
    return common;
}

}  // namespace

// The steps of a linear-head run (RunJob runs them; one is not resumed: it takes seconds to
// minutes, and a killed one is fitted again).
class LinearHeadJob::Impl : public RunSteps {
  public:
    Impl(LinearHeadJob& job, FineTuneOptions options, EncoderLoader loader)
        : job_(job), o_(std::move(options)), loader_(std::move(loader)) {
        if (o_.freeze != QLatin1String("encoder"))
            o_.baseline = QStringLiteral("bandpower");  // the settings of this kind of run apply
    }
    void begin() override;
    void adoptSavedConfig(const QJsonObject&) override {}
    void load() override;
    NewRun describeRun() override;
    bool prepare() override;
    QString train(QString* message) override;

  private:
    bool probe() const { return o_.freeze == QLatin1String("encoder"); }
    bool withBandPower() const { return !probe() || o_.withBandPower; }
    QString source() const {
        return probe() ? "finetune:" + taskName() : QStringLiteral("baseline:bandpower");
    }
    QString taskName() const {
        return o_.datasets.isEmpty()
                   ? (o_.spec.name.isEmpty() ? QStringLiteral("files") : o_.spec.name)
                   : o_.datasets.front();
    }
    QStringList notes() const;
    bool readWindows(QVector<PreparedWindow>* windows);
    bool encode(const QVector<PreparedWindow>& windows);
    void appendBandPowers(const QVector<PreparedWindow>& windows);
    bool computeFeatures();
    void standardise();
    void fit();
    void evaluate();
    FeatureModel fittedModel() const;
    void writeFiles() const;
    void emitProgress(const QString& phase, qint64 done, qint64 total) {
        JobProgress p;
        p.phase = phase, p.done = done, p.total = total, p.run = job_.runId();
        emit job_.progress(p);
    }

    LinearHeadJob& job_;
    FineTuneOptions o_;
    EncoderLoader loader_;
    std::unique_ptr<EncoderFeatures> encoder_;
    int encoderFeatures_ = 0;
    TrainingData data_;
    std::unique_ptr<WindowReader> reader_;
    QString runDir_;
    QStringList electrodes_;
    QVector<FrequencyBand> bands_ = standardBands();
    QVector<QVector<double>> features_;  // per window of data_
    QVector<double> mean_, std_;         // of the training split, per feature
    LogisticModel model_;
};

void LinearHeadJob::Impl::begin() {
    const QString problem = o_.validate();
    if (!problem.isEmpty()) failRun(problem);
}

void LinearHeadJob::Impl::load() {
    QString error;
    if (o_.datasets.size() > 1)
        failRun(probe() ? "a probe takes one dataset at a time"
                        : "the band-power baseline takes one dataset at a time");
    const bool ok = o_.datasets.isEmpty()
                        ? loadFileData(job_.workspace(), o_.dataPaths, o_.spec, &data_, &error)
                        : loadDatasetData(job_.workspace(), o_.datasets.front(), &data_, &error);
    checkRun(ok, error);
    for (const QString& line : data_.excluded) emit job_.log("left out: " + line);
    if (data_.indicesOf("train").isEmpty()) failRun("no training windows (check --split)");
    reader_ = std::make_unique<WindowReader>(data_, ShardCache::directoryFor(o_.workspace));
    reader_->setAlignment(o_.align);
    for (const QString& note : notes()) emit job_.log("warning: " + note);
    if (!probe()) return;
    if (!loader_) failRun("--freeze encoder: this program cannot load an encoder here");
    encoder_ = loader_(o_);
    emit job_.log(QStringLiteral("frozen encoder from %1 on %2: %3 features a window")
                      .arg(encoder_->checkpoint(), encoder_->device())
                      .arg(encoder_->dimension()));
}

// What a reader of the run must know of its windows: alignment and centring used the test
// subjects' unlabelled windows.
QStringList LinearHeadJob::Impl::notes() const {
    QStringList out;
    if (o_.align == kAlignEuclidean) out << alignmentNote();
    if (o_.subjectCentring) out << centringNote();
    return out;
}

NewRun LinearHeadJob::Impl::describeRun() {
    NewRun run;
    run.kind = probe() ? "finetune" : "baseline";
    run.name = !o_.name.isEmpty() ? o_.name
               : probe()          ? "probe " + taskName()
                                  : "baseline bandpower " + data_.name;
    run.experiment = o_.experiment;
    run.config = o_.toJson();
    QJsonArray bands;
    for (const FrequencyBand& b : bands_)
        bands.append(QJsonObject{{"name", b.name}, {"low_hz", b.low}, {"high_hz", b.high}});
    if (withBandPower()) run.config["bands"] = bands;  // a probe without band power has none
    run.config["class_weight"] = "balanced";
    if (probe()) {
        run.config["starting_checkpoint"] = encoder_->checkpoint();
        run.config["starting_checkpoint_sha256"] = fileSha256(encoder_->checkpoint());
        run.config["model_selection"] = "none (a logistic regression fitted to its optimum)";
    }
    run.config["data_summary"] = QJsonArray{data_.summary()};
    run.config["data_definitions"] = QJsonArray{data_.definition()};
    if (!notes().isEmpty()) run.config["warnings"] = QJsonArray::fromStringList(notes());
    run.dataset = o_.datasets.isEmpty() ? QStringLiteral("files") : o_.datasets.front();
    run.datasetHash = data_.contentHash();
    run.device = probe() ? encoder_->device() : QStringLiteral("cpu");
    run.seed = qint64(o_.seed);
    return run;
}

bool LinearHeadJob::Impl::readWindows(QVector<PreparedWindow>* windows) {
    windows->resize(data_.windows.size());
    QString error;
    for (int i = 0; i < windows->size(); ++i) {
        if (job_.cancelRequested()) return false;
        checkRun(reader_->read(i, &(*windows)[i], &error), error);
        emitProgress("reading windows", i + 1, windows->size());
    }
    return true;
}

// The frozen encoder's features of every window, a batch at a time; false when cancelled.
bool LinearHeadJob::Impl::encode(const QVector<PreparedWindow>& windows) {
    const int batch = std::max(1, o_.batch);
    for (int i = 0; i < windows.size(); i += batch) {
        if (job_.cancelRequested()) return false;
        const QVector<QVector<double>> rows = encoder_->of(windows.mid(i, batch));
        for (int k = 0; k < rows.size(); ++k) features_[i + k] = rows[k];
        emitProgress("encoding windows", std::min<qint64>(i + batch, windows.size()),
                     windows.size());
    }
    encoderFeatures_ = encoder_->dimension();
    return true;
}

void LinearHeadJob::Impl::appendBandPowers(const QVector<PreparedWindow>& windows) {
    electrodes_ = commonElectrodes(windows);
    if (electrodes_.isEmpty()) failRun("the windows have no electrode in common");
    const double rate = data_.spec.preprocess.targetRateHz;
    QStringList missing;  // none: electrodes_ are those every window has
    for (int i = 0; i < windows.size(); ++i)
        features_[i] += logBandPowers(selectRows(windows[i], electrodes_, &missing), rate, bands_);
}

// Features of every window; false when cancelled.
bool LinearHeadJob::Impl::computeFeatures() {
    QVector<PreparedWindow> windows;
    if (!readWindows(&windows)) return false;
    features_.fill({}, windows.size());
    if (probe() && !encode(windows)) return false;
    if (withBandPower())
        appendBandPowers(windows);
    else
        bands_.clear();
    if (o_.subjectCentring) {
        QVector<QString> subjects;
        for (const WindowRef& w : data_.windows) subjects << w.subject;
        centreBySubject(features_, subjects);
    }
    emit job_.log(
        QStringLiteral("%1 windows: %2 encoder features, %3 electrodes x %4 bands%5")
            .arg(windows.size())
            .arg(encoderFeatures_)
            .arg(electrodes_.size())
            .arg(bands_.size())
            .arg(o_.subjectCentring ? QStringLiteral(", centred per subject") : QString()));
    return true;
}

// z-scores every feature with the training split's mean and (population) standard deviation,
// as scikit-learn's StandardScaler fitted on the training windows.
void LinearHeadJob::Impl::standardise() {
    const QVector<int> train = data_.indicesOf("train");
    const int d = int(features_.front().size());
    mean_.fill(0.0, d), std_.fill(0.0, d);
    for (int i : train)
        for (int j = 0; j < d; ++j) mean_[j] += features_[i][j] / train.size();
    for (int i : train)
        for (int j = 0; j < d; ++j)
            std_[j] += std::pow(features_[i][j] - mean_[j], 2) / train.size();
    for (double& s : std_) s = s > 0 ? std::sqrt(s) : 1.0;
    for (QVector<double>& row : features_)
        for (int j = 0; j < d; ++j) row[j] = (row[j] - mean_[j]) / std_[j];
}

void LinearHeadJob::Impl::fit() {
    QVector<QVector<double>> x;
    QVector<int> y;
    for (int i : data_.indicesOf("train")) x << features_[i], y << data_.windows[i].label;
    const int classes = int(data_.spec.classNames().size());
    QString error;
    const double c = probe() ? o_.probeC : o_.baselineC;
    checkRun(fitLogistic(x, y, classes, balancedSampleWeights(y, classes), c, &model_, &error),
             error);
    emit job_.log(QStringLiteral("logistic regression fitted on %1 windows in %2 Newton steps")
                      .arg(x.size())
                      .arg(model_.iterations));
}

void LinearHeadJob::Impl::evaluate() {
    const QStringList classes = data_.spec.classNames();
    QVector<ResultRecord> results;
    QVector<PredictionRecord> predictions;
    QJsonObject metrics;
    for (const QString& split : {QStringLiteral("validation"), QStringLiteral("test")}) {
        const QVector<int> indices = data_.indicesOf(split);
        if (indices.isEmpty()) continue;
        QVector<QVector<double>> probabilities;
        for (int i : indices) probabilities << model_.probabilities(features_[i]);
        const WindowEvaluation e =
            evaluateWindows(data_, indices, probabilities, int(classes.size()), split);
        results += e.results, predictions += e.predictions;
        metrics[split] = e.metrics;
    }
    QString error;
    checkRun(job_.registry().recordResults(job_.runId(), source(), classes, results, &error),
             error);
    checkRun(job_.registry().recordPredictions(job_.runId(), source(), predictions, &error), error);
    job_.result_["metrics"] = metrics;
}

// The fitted model (what evaluate and infer apply to new recordings).
FeatureModel LinearHeadJob::Impl::fittedModel() const {
    FeatureModel m;
    m.electrodes = electrodes_, m.bands = bands_;
    if (probe()) {
        m.kind = QStringLiteral("encoder_probe");
        m.encoder = encoder_->checkpoint(), m.encoderSha256 = fileSha256(m.encoder);
        m.encoderFeatures = encoderFeatures_;
    }
    m.subjectCentring = o_.subjectCentring;
    m.preprocess = data_.spec.preprocess.toJson(), m.windowSeconds = data_.spec.windowSeconds;
    m.classes = data_.spec.classNames();
    m.mean = mean_, m.std = std_, m.model = model_;
    m.align = o_.align;
    return m;
}

// The fitted model and the standardised features of every window with its subject, split and
// label (to check the fit with another library).
void LinearHeadJob::Impl::writeFiles() const {
    const FeatureModel model = fittedModel();
    QSaveFile json(runDir_ + "/" + (probe() ? kProbeModelFile : kBandPowerModelFile));
    QSaveFile csv(runDir_ + (probe() ? "/probe-features.csv" : "/bandpower-features.csv"));
    if (!json.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly))
        failRun(runDir_ + ": cannot write the model's files");
    const QJsonObject modelJson = model.toJson();
    json.write(QJsonDocument(modelJson).toJson());
    QStringList header{"window", "subject", "split", "label"};
    for (const QJsonValue& n : modelJson["features"].toArray()) header << n.toString();
    csv.write((header.join(',') + '\n').toUtf8());
    for (int i = 0; i < features_.size(); ++i) {
        const WindowRef& w = data_.windows[i];
        QStringList row{QString::number(i), w.subject, w.split, QString::number(w.label)};
        for (double v : features_[i]) row << QString::number(v, 'g', 17);
        csv.write((row.join(',') + '\n').toUtf8());
    }
    if (!json.commit() || !csv.commit()) failRun(runDir_ + ": cannot write the model's files");
}

// Reads every window and computes its features; false when cancelled.
bool LinearHeadJob::Impl::prepare() {
    QString error;
    const int threads = std::max(1, o_.threads > 0 ? o_.threads : QThread::idealThreadCount());
    const bool ready = reader_->prepare(
        threads, [&](int done, int total) { emitProgress("preparing data", done, total); },
        job_.cancelFlag(), &error);
    if (!ready && !error.isEmpty()) failRun(error);
    return ready && computeFeatures();
}

QString LinearHeadJob::Impl::train(QString* message) {
    runDir_ = job_.runDirectory();
    standardise();
    fit();
    evaluate();
    writeFiles();
    *message = QStringLiteral(
                   "%1 features (%2 of the frozen encoder, band power of %3 "
                   "electrodes x %4 bands), logistic regression")
                   .arg(features_.front().size())
                   .arg(encoderFeatures_)
                   .arg(electrodes_.size())
                   .arg(bands_.size());
    return run_status::kFinished;
}

LinearHeadJob::LinearHeadJob(const FineTuneOptions& options, EncoderLoader encoder, QObject* parent)
    : RunJob(options.freeze == QLatin1String("encoder") ? "finetune" : "baseline",
             options.workspace, 0, parent),
      impl_(std::make_unique<Impl>(*this, options, std::move(encoder))) {
    setSteps(impl_.get());
}

LinearHeadJob::~LinearHeadJob() = default;

}  // namespace alfee::core
