#include "core/engine/baseline_job.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>
#include <cmath>
#include <stdexcept>

#include "core/engine/band_power.h"
#include "core/engine/bandpower_model.h"
#include "core/engine/logistic_regression.h"
#include "core/engine/run_registry.h"
#include "core/engine/subject_alignment.h"
#include "core/engine/window_evaluation.h"
#include "core/engine/window_reader.h"

namespace alfee::core {
namespace {

[[noreturn]] void fail(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

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

// The steps of a baseline run (RunJob runs them; a baseline is not resumed: it takes seconds).
class BandPowerBaselineJob::Impl : public RunSteps {
  public:
    Impl(BandPowerBaselineJob& job, FineTuneOptions options) : job_(job), o_(std::move(options)) {
        o_.baseline = QStringLiteral("bandpower");  // the settings of this kind of run apply
    }
    void begin() override;
    void adoptSavedConfig(const QJsonObject&) override {}
    void load() override;
    NewRun describeRun() override;
    bool prepare() override;
    QString train(QString* message) override;

  private:
    bool computeFeatures();
    void standardise();
    void fit();
    void evaluate();
    BandPowerModel fittedModel() const;
    void writeFiles() const;
    void emitProgress(const QString& phase, qint64 done, qint64 total) {
        JobProgress p;
        p.phase = phase, p.done = done, p.total = total, p.run = job_.runId();
        emit job_.progress(p);
    }
    void check(bool ok, const QString& error) {
        if (!ok) fail(error);
    }

    BandPowerBaselineJob& job_;
    FineTuneOptions o_;
    TrainingData data_;
    std::unique_ptr<WindowReader> reader_;
    QString runDir_;
    QStringList electrodes_;
    QVector<FrequencyBand> bands_ = standardBands();
    QVector<QVector<double>> features_;  // per window of data_
    QVector<double> mean_, std_;         // of the training split, per feature
    LogisticModel model_;
};

void BandPowerBaselineJob::Impl::begin() {
    const QString problem = o_.validate();
    if (!problem.isEmpty()) fail(problem);
}

void BandPowerBaselineJob::Impl::load() {
    QString error;
    if (o_.datasets.size() > 1) fail("the band-power baseline takes one dataset at a time");
    const bool ok = o_.datasets.isEmpty()
                        ? loadFileData(job_.workspace(), o_.dataPaths, o_.spec, &data_, &error)
                        : loadDatasetData(job_.workspace(), o_.datasets.front(), &data_, &error);
    check(ok, error);
    for (const QString& line : data_.excluded) emit job_.log("left out: " + line);
    if (data_.indicesOf("train").isEmpty()) fail("no training windows (check --split)");
    reader_ = std::make_unique<WindowReader>(data_, ShardCache::directoryFor(o_.workspace));
    reader_->setAlignment(o_.align);
    if (o_.align == kAlignEuclidean) emit job_.log("warning: " + alignmentNote());
}

NewRun BandPowerBaselineJob::Impl::describeRun() {
    NewRun run;
    run.kind = "baseline";
    run.name = o_.name.isEmpty() ? "baseline bandpower " + data_.name : o_.name;
    run.experiment = o_.experiment;
    run.config = o_.toJson();
    QJsonArray bands;
    for (const FrequencyBand& b : bands_)
        bands.append(QJsonObject{{"name", b.name}, {"low_hz", b.low}, {"high_hz", b.high}});
    run.config["bands"] = bands;
    run.config["class_weight"] = "balanced";
    run.config["data_summary"] = QJsonArray{data_.summary()};
    run.config["data_definitions"] = QJsonArray{data_.definition()};
    if (o_.align == kAlignEuclidean) run.config["warnings"] = QJsonArray{alignmentNote()};
    run.dataset = o_.datasets.isEmpty() ? QStringLiteral("files") : o_.datasets.front();
    run.datasetHash = data_.contentHash();
    run.device = "cpu";
    run.seed = qint64(o_.seed);
    return run;
}

// Features of every window; false when cancelled.
bool BandPowerBaselineJob::Impl::computeFeatures() {
    QVector<PreparedWindow> windows(data_.windows.size());
    QString error;
    for (int i = 0; i < windows.size(); ++i) {
        if (job_.cancelRequested()) return false;
        check(reader_->read(i, &windows[i], &error), error);
        emitProgress("reading windows", i + 1, windows.size());
    }
    electrodes_ = commonElectrodes(windows);
    if (electrodes_.isEmpty()) fail("the windows have no electrode in common");
    const double rate = data_.spec.preprocess.targetRateHz;
    features_.resize(windows.size());
    QStringList missing;  // none: electrodes_ are those every window has
    for (int i = 0; i < windows.size(); ++i)
        features_[i] = logBandPowers(selectRows(windows[i], electrodes_, &missing), rate, bands_);
    emit job_.log(QStringLiteral("%1 windows, %2 electrodes x %3 bands")
                      .arg(windows.size())
                      .arg(electrodes_.size())
                      .arg(bands_.size()));
    return true;
}

// z-scores every feature with the training split's mean and (population) standard deviation,
// as scikit-learn's StandardScaler fitted on the training windows.
void BandPowerBaselineJob::Impl::standardise() {
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

void BandPowerBaselineJob::Impl::fit() {
    QVector<QVector<double>> x;
    QVector<int> y;
    for (int i : data_.indicesOf("train")) x << features_[i], y << data_.windows[i].label;
    const int classes = int(data_.spec.classNames().size());
    QString error;
    check(fitLogistic(x, y, classes, balancedSampleWeights(y, classes), o_.baselineC, &model_,
                      &error),
          error);
    emit job_.log(QStringLiteral("logistic regression fitted on %1 windows in %2 Newton steps")
                      .arg(x.size())
                      .arg(model_.iterations));
}

void BandPowerBaselineJob::Impl::evaluate() {
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
    check(
        job_.registry().recordResults(job_.runId(), "baseline:bandpower", classes, results, &error),
        error);
    check(
        job_.registry().recordPredictions(job_.runId(), "baseline:bandpower", predictions, &error),
        error);
    job_.result_["metrics"] = metrics;
}

// The fitted model (what evaluate and infer apply to new recordings).
BandPowerModel BandPowerBaselineJob::Impl::fittedModel() const {
    BandPowerModel m;
    m.electrodes = electrodes_, m.bands = bands_;
    m.preprocess = data_.spec.preprocess.toJson(), m.windowSeconds = data_.spec.windowSeconds;
    m.classes = data_.spec.classNames();
    m.mean = mean_, m.std = std_, m.model = model_;
    m.align = o_.align;
    return m;
}

// The fitted model and the standardised features of every window with its subject, split and
// label (to check the fit with another library).
void BandPowerBaselineJob::Impl::writeFiles() const {
    const BandPowerModel model = fittedModel();
    QSaveFile json(runDir_ + "/" + kBandPowerModelFile);
    QSaveFile csv(runDir_ + "/bandpower-features.csv");
    if (!json.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly))
        fail(runDir_ + ": cannot write the baseline's files");
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
    if (!json.commit() || !csv.commit()) fail(runDir_ + ": cannot write the baseline's files");
}

// Reads every window and computes its features; false when cancelled.
bool BandPowerBaselineJob::Impl::prepare() {
    QString error;
    const int threads = std::max(1, o_.threads > 0 ? o_.threads : QThread::idealThreadCount());
    const bool ready = reader_->prepare(
        threads, [&](int done, int total) { emitProgress("preparing data", done, total); },
        job_.cancelFlag(), &error);
    if (!ready && !error.isEmpty()) fail(error);
    return ready && computeFeatures();
}

QString BandPowerBaselineJob::Impl::train(QString* message) {
    runDir_ = job_.runDirectory();
    standardise();
    fit();
    evaluate();
    writeFiles();
    *message = QStringLiteral("band power of %1 electrodes x %2 bands, logistic regression")
                   .arg(electrodes_.size())
                   .arg(bands_.size());
    return run_status::kFinished;
}

BandPowerBaselineJob::BandPowerBaselineJob(const FineTuneOptions& options, QObject* parent)
    : RunJob("baseline", options.workspace, 0, parent),
      impl_(std::make_unique<Impl>(*this, options)) {
    setSteps(impl_.get());
}

BandPowerBaselineJob::~BandPowerBaselineJob() = default;

}  // namespace alfee::core
