// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/subject_alignment.h"

#include <algorithm>
#include <numeric>

#include "core/dsp/euclidean_alignment.h"
#include "core/dsp/preprocessing.h"

namespace alfee::core {
namespace {

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

// Each window's subject as 0, 1, ... in the order of first appearance.
QVector<int> subjectIndices(const QVector<WindowRef>& windows) {
    QHash<QString, int> index;
    QVector<int> out;
    for (const WindowRef& w : windows) {
        const QString key = subjectKey(w);
        if (!index.contains(key)) index.insert(key, int(index.size()));
        out << index[key];
    }
    return out;
}

// The centred microvolt signal of `rows` of the window, one after the other.
std::vector<double> microvoltRows(const PreparedWindow& w, const QVector<int>& rows) {
    std::vector<double> x;
    x.reserve(size_t(rows.size()) * size_t(w.samplesPerChannel));
    for (int row : rows)
        for (int t = 0; t < w.samplesPerChannel; ++t)
            x.push_back(double(w.data[row * w.samplesPerChannel + t]) * w.std[row]);
    return x;
}

// Row `row` of the window becomes `signal`, z-scored as the window extractor does.
void setRow(PreparedWindow* window, int row, std::vector<double> signal, double epsilon) {
    const dsp::ZScore z = dsp::zscoreInPlace(signal, epsilon);
    float* out = window->data.data() + qsizetype(row) * window->samplesPerChannel;
    for (size_t t = 0; t < signal.size(); ++t) out[t] = float(signal[t]);
    window->mean[row] = z.mean, window->std[row] = z.std;
}

}  // namespace

QString alignmentNote() {
    return QStringLiteral(
        "Euclidean alignment (--align euclidean): each subject's windows were whitened by the "
        "inverse square root of that subject's mean spatial covariance, computed from its own "
        "windows without their labels; the test subjects were aligned with their own unlabelled "
        "windows.");
}

void CovarianceSum::add(const PreparedWindow& window) {
    const int c = int(window.electrodes.size());
    QVector<int> rows(c);
    std::iota(rows.begin(), rows.end(), 0);
    const std::vector<double> r =
        dsp::spatialCovariance(microvoltRows(window, rows), c, window.samplesPerChannel);
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
    QVector<int> rows;
    for (const QString& e : whitening.electrodes) rows << int(window->electrodes.indexOf(e));
    const int samples = window->samplesPerChannel;
    const std::vector<double> aligned =
        dsp::multiply(whitening.matrix, microvoltRows(*window, rows), int(rows.size()), samples);
    for (int i = 0; i < rows.size(); ++i)
        setRow(
            window, rows[i],
            std::vector<double>(aligned.begin() + i * samples, aligned.begin() + (i + 1) * samples),
            epsilon);
}

bool SubjectAlignment::compute(const TrainingData& data,
                               const std::function<bool(int, PreparedWindow*, QString*)>& read,
                               QString* error) {
    epsilon_ = data.spec.preprocess.zscoreEpsilon;
    subjectOf_ = subjectIndices(data.windows);
    QVector<CovarianceSum> sums(
        subjectOf_.isEmpty() ? 0 : *std::max_element(subjectOf_.begin(), subjectOf_.end()) + 1);
    for (int i = 0; i < data.windows.size(); ++i) {
        PreparedWindow w;
        if (!read(i, &w, error)) return false;
        sums[subjectOf_[i]].add(w);
    }
    subjects_.clear();
    for (const CovarianceSum& s : sums) subjects_ << s.whitening();
    return true;
}

void SubjectAlignment::apply(int index, PreparedWindow* window) const {
    alignWindow(subjects_[subjectOf_[index]], epsilon_, window);
}

}  // namespace alfee::core
