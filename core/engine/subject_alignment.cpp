#include "core/engine/subject_alignment.h"

#include <QCoreApplication>
#include <cmath>

#include "core/dsp/euclidean_alignment.h"
#include "core/dsp/preprocessing.h"

namespace alfee::core {
namespace {

// The microvolt signal of the window's rows with each row's mean removed: z * std.
std::vector<double> centredMicrovolts(const PreparedWindow& w) {
    std::vector<double> x(size_t(w.data.size()));
    for (qsizetype i = 0; i < w.data.size(); ++i)
        x[size_t(i)] = double(w.data[i]) * w.std[int(i / w.samplesPerChannel)];
    return x;
}

// The electrodes of `lists` that every one has, in the first one's order.
QStringList sharedElectrodes(const QVector<QStringList>& lists) {
    QStringList shared = lists.isEmpty() ? QStringList() : lists.front();
    for (const QStringList& list : lists)
        shared.removeIf([&](const QString& e) { return !list.contains(e); });
    return shared;
}

// The sum of `sum` (over `from`) at the rows and columns of `electrodes`, added to *to.
void addSubmatrix(const std::vector<double>& sum, const QStringList& from,
                  const QStringList& electrodes, std::vector<double>* to) {
    const int n = int(electrodes.size()), m = int(from.size());
    QVector<int> at;
    for (const QString& e : electrodes) at << int(from.indexOf(e));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) (*to)[size_t(i * n + j)] += sum[size_t(at[i] * m + at[j])];
}

// The key of a window's subject: its subject, or its recording when it has none.
QString subjectKey(const WindowRef& w) {
    return w.subject.isEmpty() ? QStringLiteral("\x01recording %1").arg(w.recording) : w.subject;
}

}  // namespace

QString alignmentNote() {
    return QCoreApplication::translate(
        "alfee::core",
        "Euclidean alignment (--align euclidean): each subject's windows were whitened by the "
        "inverse square root of that subject's mean spatial covariance, computed from its own "
        "windows without their labels; the test subjects were aligned with their own unlabelled "
        "windows.");
}

void CovarianceSum::add(const PreparedWindow& window) {
    const int c = int(window.electrodes.size());
    const std::vector<double> r =
        dsp::spatialCovariance(centredMicrovolts(window), c, window.samplesPerChannel);
    auto part = std::find_if(parts_.begin(), parts_.end(),
                             [&](const Part& p) { return p.electrodes == window.electrodes; });
    if (part == parts_.end()) {
        parts_.push_back({window.electrodes, std::vector<double>(r.size(), 0.0), 0});
        part = parts_.end() - 1;
    }
    for (size_t i = 0; i < r.size(); ++i) part->sum[i] += r[i];
    ++part->windows;
}

Whitening CovarianceSum::whitening() const {
    QVector<QStringList> lists;
    for (const Part& p : parts_) lists << p.electrodes;
    Whitening w;
    w.electrodes = sharedElectrodes(lists);
    const int n = int(w.electrodes.size());
    w.covariance.assign(size_t(n * n), 0.0);
    int windows = 0;
    for (const Part& p : parts_)
        addSubmatrix(p.sum, p.electrodes, w.electrodes, &w.covariance), windows += p.windows;
    for (double& v : w.covariance) v /= std::max(1, windows);
    w.matrix = dsp::inverseSquareRoot(w.covariance, n);
    return w;
}

void alignWindow(const Whitening& whitening, double epsilon, PreparedWindow* window) {
    const int n = int(whitening.electrodes.size()), samples = window->samplesPerChannel;
    QVector<int> rows;
    std::vector<double> x;
    for (const QString& e : whitening.electrodes) {
        const int row = int(window->electrodes.indexOf(e));
        rows << row;
        for (int t = 0; t < samples; ++t)
            x.push_back(double(window->data[row * samples + t]) * window->std[row]);
    }
    const std::vector<double> aligned = dsp::multiply(whitening.matrix, x, n, samples);
    for (int i = 0; i < n; ++i) {
        std::vector<double> row(aligned.begin() + i * samples, aligned.begin() + (i + 1) * samples);
        const dsp::ZScore z = dsp::zscoreInPlace(row, epsilon);
        for (int t = 0; t < samples; ++t)
            window->data[rows[i] * samples + t] = float(row[size_t(t)]);
        window->mean[rows[i]] = z.mean, window->std[rows[i]] = z.std;
    }
}

bool SubjectAlignment::compute(const TrainingData& data,
                               const std::function<bool(int, PreparedWindow*, QString*)>& read,
                               QString* error) {
    epsilon_ = data.spec.preprocess.zscoreEpsilon;
    QHash<QString, int> index;
    QVector<CovarianceSum> sums;
    subjectOf_.clear();
    for (int i = 0; i < data.windows.size(); ++i) {
        const QString key = subjectKey(data.windows[i]);
        if (!index.contains(key)) index.insert(key, int(sums.size())), sums.push_back({});
        subjectOf_ << index[key];
        PreparedWindow w;
        if (!read(i, &w, error)) return false;
        sums[subjectOf_.back()].add(w);
    }
    subjects_.clear();
    for (const CovarianceSum& s : sums) subjects_ << s.whitening();
    return true;
}

void SubjectAlignment::apply(int index, PreparedWindow* window) const {
    alignWindow(subjects_[subjectOf_[index]], epsilon_, window);
}

}  // namespace alfee::core
