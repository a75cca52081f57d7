// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-subject Euclidean alignment of a job's windows (`--align euclidean`,
// core/dsp/euclidean_alignment.h). Each subject's R is the mean spatial covariance of the
// microvolt signals of all its windows in the job (data * std: the band-passed, resampled
// signal with each row's mean removed), over the electrodes all its windows share; an aligned
// window is R^{-1/2} x over those electrodes, then z-scored per row again, as the model and the
// band-power features expect (mean and std then describe the aligned signal). Rows outside the
// shared electrodes are left as they are. No label is read, so the test subjects are aligned
// with their own unlabelled windows. Windows without a subject (`alfee infer` on files) are
// aligned per recording.

#include <QHash>
#include <QStringList>
#include <QVector>
#include <functional>
#include <vector>

#include "core/dataset/window_extractor.h"
#include "core/engine/training_data.h"

namespace alfee::core {

// The values of `--align`.
inline constexpr char kAlignNone[] = "none";
inline constexpr char kAlignEuclidean[] = "euclidean";

// The sentence a run's record (warnings) keeps when its windows were aligned (in English, as
// the record's other warnings).
QString alignmentNote();

// One subject's whitening: R^{-1/2} over `electrodes`, and R itself.
struct Whitening {
    QStringList electrodes;
    std::vector<double> covariance, matrix;  // row-major, electrodes x electrodes
};

// Sums the covariances of one subject's windows, whatever electrodes each has.
class CovarianceSum {
  public:
    // Adds the covariance of the window's microvolt rows.
    void add(const PreparedWindow& window);
    // R over the electrodes every added window has (in the first window's order), its R^{-1/2}.
    Whitening whitening() const;

  private:
    struct Part {
        QStringList electrodes;
        std::vector<double> sum;
        int windows = 0;
    };
    QVector<Part> parts_;  // one per electrode list
};

// R^{-1/2} (x - mean) over the whitening's electrodes, each such row z-scored again with
// `epsilon` as the window extractor does.
void alignWindow(const Whitening& whitening, double epsilon, PreparedWindow* window);

// Each subject's whitening of a job's windows.
class SubjectAlignment {
  public:
    // Reads every window of `data` once through `read` (false stops it, with *error; an empty
    // *error means cancelled) and computes each subject's whitening.
    bool compute(const TrainingData& data,
                 const std::function<bool(int, PreparedWindow*, QString*)>& read, QString* error);
    // Aligns window `index` of the data, as read.
    void apply(int index, PreparedWindow* window) const;

  private:
    QVector<Whitening> subjects_;
    QVector<int> subjectOf_;  // per window
    double epsilon_ = 1e-5;
};

}  // namespace alfee::core
