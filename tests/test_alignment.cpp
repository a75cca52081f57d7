// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Per-subject Euclidean alignment (`--align euclidean`): the covariance, R^{-1/2} and the aligned
// signal against numpy/scipy on fixed inputs; what whitening guarantees (R^{-1/2} R R^{-1/2} = I,
// an aligned subject's mean covariance is I); the floor that keeps a singular R finite; windows
// as the reader gives them (z-scored rows, electrodes that differ between recordings); and the
// command line: a band-power baseline and a model run with --align euclidean record it, say in
// words that the test subjects' unlabelled windows were used, and evaluate aligns alike.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "cli_run.h"
#include "core/dsp/euclidean_alignment.h"
#include "core/dsp/preprocessing.h"
#include "core/engine/run_registry.h"
#include "core/engine/subject_alignment.h"
#include "core/report/html_report.h"
#include "core/report/reproducing_command.h"

using namespace alfee::core;
using alfee::tests::CliRun;
using alfee::tests::demoFolder;
using alfee::tests::runAlfee;

namespace {

constexpr int kSubjects = 3, kWindows = 4, kChannels = 4, kSamples = 64;

// The inputs, as tests/tools/euclidean_alignment_reference.py writes them in numpy:
//   def x(s,w,c,t): return (1+0.5*c)*np.sin((c+1)*0.37*t+w+s)+0.3*np.cos(0.11*(c+2)*(s+1)*t)
//       +0.8*(s+1)*(c+1)*np.sin(0.05*t+w)+0.05*(((t+c*w+s)*13)%7)
// A shared source of channel-dependent gain makes R far from diagonal (condition 13, 35, 77).
double signal(int s, int w, int c, int t) {
    return (1 + 0.5 * c) * std::sin((c + 1) * 0.37 * t + w + s) +
           0.3 * std::cos(0.11 * (c + 2) * (s + 1) * t) +
           0.8 * (s + 1) * (c + 1) * std::sin(0.05 * t + w) + 0.05 * (((t + c * w + s) * 13) % 7);
}

std::vector<double> window(int s, int w) {
    std::vector<double> x;
    for (int c = 0; c < kChannels; ++c)
        for (int t = 0; t < kSamples; ++t) x.push_back(signal(s, w, c, t));
    return x;
}

// scipy 1.10.1, numpy 1.24.2 (/usr/bin/python3), per subject s:
//   Xc = X[s] - X[s].mean(axis=2, keepdims=True)        # X[s]: windows x channels x samples
//   R = np.mean([xc @ xc.T / T for xc in Xc], axis=0)   # kCovariance, row-major
//   P = scipy.linalg.fractional_matrix_power(R, -0.5).real   # kInverseSqrt
//   A = P @ Xc[0]; [A[c,t] for c,t in [(0,0),(1,17),(2,40),(3,63)]]   # kAligned
// printed with repr() to 17 digits.
const double kCovariance[3][16] = {
    {0.7178086841751756, 0.31841565087097856, 0.47966789713202723, 0.6964778070713099,
     0.31841565087097856, 1.7749417240606484, 0.8604093552099246, 1.2929564004853409,
     0.47966789713202723, 0.8604093552099246, 3.4755803276063975, 1.8954893154553718,
     0.6964778070713099, 1.2929564004853409, 1.8954893154553718, 5.947579804124811},
    {1.240177216252984, 1.2975162158589566, 1.957626987435744, 2.6602054046124817,
     1.2975162158589566, 3.7154803618537953, 3.7836728367154198, 5.204074108936476,
     1.957626987435744, 3.7836728367154198, 7.732131556896819, 7.661012229664955,
     2.6602054046124817, 5.204074108936476, 7.661012229664955, 13.602854376159836},
    {2.029332932772136, 2.9557283626801296, 4.402939094298375, 5.900797864187493,
     2.9557283626801296, 7.212610163695787, 8.788611310701022, 11.865680019108058,
     4.402939094298375, 8.788611310701022, 15.160486948552702, 17.413479402323283,
     5.900797864187493, 11.865680019108058, 17.413479402323283, 26.635453093264072},
};
const double kInverseSqrt[3][16] = {
    {1.2822534627161197, -0.07611699842802976, -0.07411606112650734, -0.07825250707749463,
     -0.07611699842802977, 0.8335719395982345, -0.07877989752323235, -0.09297872598885323,
     -0.07411606112650716, -0.0787798975232323, 0.5956836885929955, -0.09160881729066697,
     -0.07825250707749438, -0.09297872598885262, -0.09160881729066683, 0.4572491801468873},
    {1.2363995073750895, -0.09895875274438269, -0.11011191487999193, -0.10752854634294545,
     -0.09895875274438092, 0.7946072546271883, -0.1334086355808307, -0.14539100599375956,
     -0.11011191487999002, -0.13340863558083085, 0.5478213076002054, -0.14734480334739677,
     -0.10752854634294308, -0.14539100599376026, -0.14734480334739614, 0.4053340722746667},
    {1.2495314102929094, -0.10544144268553646, -0.12438447221704922, -0.12021864781485035,
     -0.10544144268553719, 0.7535773564882701, -0.14676257313011135, -0.16168709782966315,
     -0.12438447221705015, -0.14676257313011043, 0.5158959638398544, -0.1676854553905185,
     -0.12021864781485049, -0.1616870978296622, -0.16768545539051927, 0.3752422905899607},
};
const double kAligned[3][4] = {
    {-0.21671950526627512, 0.3129674047059981, 0.7638853160606817, -1.8651647194474699},
    {0.6474156997064395, 0.4935907087346558, 1.4943352916746064, -0.7337081867087559},
    {0.6472705028663104, 0.3670992069017569, 1.37442160770564, -0.08730953301698507},
};

const int kAlignedAt[4][2] = {{0, 0}, {1, 17}, {2, 40}, {3, 63}};

std::vector<double> meanCovariance(int s) {
    std::vector<double> r(kChannels * kChannels, 0.0);
    for (int w = 0; w < kWindows; ++w) {
        const std::vector<double> one = dsp::spatialCovariance(window(s, w), kChannels, kSamples);
        for (size_t i = 0; i < r.size(); ++i) r[i] += one[i] / kWindows;
    }
    return r;
}

// The largest |a - b| over the entries.
double maxDifference(const std::vector<double>& a, const std::vector<double>& b) {
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i) d = std::max(d, std::abs(a[i] - b[i]));
    return d;
}

std::vector<double> identity(int n) {
    std::vector<double> m(size_t(n * n), 0.0);
    for (int i = 0; i < n; ++i) m[size_t(i * n + i)] = 1;
    return m;
}

// P R P.
std::vector<double> sandwich(const std::vector<double>& p, const std::vector<double>& r, int n) {
    return dsp::multiply(dsp::multiply(p, r, n, n), p, n, n);
}

// Window w of subject s as the reader gives it: rows z-scored (epsilon 0, so that data * std
// is the centred signal to float precision), electrodes `names`.
PreparedWindow prepared(int s, int w, const QStringList& names) {
    PreparedWindow p;
    p.electrodes = names, p.samplesPerChannel = kSamples;
    const std::vector<double> x = window(s, w);
    for (int c = 0; c < int(names.size()); ++c) {
        std::vector<double> row(x.begin() + c * kSamples, x.begin() + (c + 1) * kSamples);
        const dsp::ZScore z = dsp::zscoreInPlace(row, 0.0);
        for (double v : row) p.data << float(v);
        p.mean << z.mean, p.std << z.std;
    }
    return p;
}

const QStringList kNames{"Fz", "Cz", "Pz", "Oz"};

// The centred microvolt rows of a window (data * std).
std::vector<double> microvolts(const PreparedWindow& p) {
    std::vector<double> x;
    for (qsizetype i = 0; i < p.data.size(); ++i)
        x.push_back(double(p.data[i]) * p.std[int(i / p.samplesPerChannel)]);
    return x;
}

// The demo's Subject00-05, rest (_1) against task (_2).
QStringList demoData() {
    return {"--data",  demoFolder(), "--filter", "^Subject0[0-5]",
            "--class", "rest=_1",    "--class",  "task=_2"};
}

bool hasNote(const QJsonValue& warnings) {
    for (const QJsonValue& w : warnings.toArray())
        if (w.toString() == alignmentNote()) return true;
    return false;
}

}  // namespace

class TestAlignment : public QObject {
    Q_OBJECT
  private slots:
    void covarianceMatchesNumpy();
    void inverseSquareRootMatchesScipy();
    void alignedSignalMatchesNumpy();
    void whiteningGivesTheIdentity();
    void eigenDecompositionReconstructsTheMatrix();
    void aSingularCovarianceStaysFinite();
    void readerWindowsAreAlignedAndZScoredAgain();
    void sharedElectrodesOnlyAreAligned();
    void baselineRunRecordsTheAlignment();
    void modelRunRecordsTheAlignment();

  private:
    QTemporaryDir dir_;
};

void TestAlignment::covarianceMatchesNumpy() {
    for (int s = 0; s < kSubjects; ++s) {
        const std::vector<double> expected(kCovariance[s], kCovariance[s] + 16);
        QVERIFY2(maxDifference(meanCovariance(s), expected) < 1e-9, qPrintable(QString::number(s)));
    }
}

void TestAlignment::inverseSquareRootMatchesScipy() {
    for (int s = 0; s < kSubjects; ++s) {
        const std::vector<double> p = dsp::inverseSquareRoot(meanCovariance(s), kChannels);
        const std::vector<double> expected(kInverseSqrt[s], kInverseSqrt[s] + 16);
        QVERIFY2(maxDifference(p, expected) < 1e-9, qPrintable(QString::number(s)));
    }
}

void TestAlignment::alignedSignalMatchesNumpy() {
    for (int s = 0; s < kSubjects; ++s) {
        const std::vector<double> p = dsp::inverseSquareRoot(meanCovariance(s), kChannels);
        std::vector<double> x = window(s, 0);
        for (int c = 0; c < kChannels; ++c) {  // centred, as numpy's Xc
            double mean = 0;
            for (int t = 0; t < kSamples; ++t) mean += x[size_t(c * kSamples + t)] / kSamples;
            for (int t = 0; t < kSamples; ++t) x[size_t(c * kSamples + t)] -= mean;
        }
        const std::vector<double> a = dsp::multiply(p, x, kChannels, kSamples);
        for (int k = 0; k < 4; ++k)
            QVERIFY(std::abs(a[size_t(kAlignedAt[k][0] * kSamples + kAlignedAt[k][1])] -
                             kAligned[s][k]) < 1e-9);
    }
}

// R^{-1/2} R R^{-1/2} = I, and the aligned windows' mean covariance is I too.
void TestAlignment::whiteningGivesTheIdentity() {
    for (int s = 0; s < kSubjects; ++s) {
        const std::vector<double> r = meanCovariance(s);
        const std::vector<double> p = dsp::inverseSquareRoot(r, kChannels);
        QVERIFY(maxDifference(sandwich(p, r, kChannels), identity(kChannels)) < 1e-9);
        std::vector<double> aligned(16, 0.0);
        for (int w = 0; w < kWindows; ++w) {
            const std::vector<double> a = dsp::spatialCovariance(
                dsp::multiply(p, window(s, w), kChannels, kSamples), kChannels, kSamples);
            for (size_t i = 0; i < a.size(); ++i) aligned[i] += a[i] / kWindows;
        }
        QVERIFY(maxDifference(aligned, identity(kChannels)) < 1e-9);
    }
}

// V diag(values) V^T gives the matrix back, V is orthonormal (a 12 x 12 matrix by formula).
void TestAlignment::eigenDecompositionReconstructsTheMatrix() {
    const int n = 12;
    std::vector<double> m(size_t(n * n));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            m[size_t(i * n + j)] = std::cos(i * j + 1.0) + std::cos(j * i + 1.0);
    std::vector<double> values, v;
    dsp::symmetricEigen(m, n, &values, &v);
    std::vector<double> back(size_t(n * n), 0.0), gram(size_t(n * n), 0.0);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            for (int k = 0; k < n; ++k) {
                back[size_t(i * n + j)] +=
                    v[size_t(i * n + k)] * values[size_t(k)] * v[size_t(j * n + k)];
                gram[size_t(i * n + j)] += v[size_t(k * n + i)] * v[size_t(k * n + j)];
            }
    QVERIFY(maxDifference(back, m) < 1e-12);
    QVERIFY(maxDifference(gram, identity(n)) < 1e-12);
}

// A flat channel (a zero row and column): the floor keeps R^{-1/2} finite, the flat direction's
// gain at 1/sqrt(1e-6 x the largest eigenvalue), and the other channels are whitened as before.
void TestAlignment::aSingularCovarianceStaysFinite() {
    std::vector<double> r = meanCovariance(0);
    const std::vector<double> full = r;
    r.resize(25, 0.0);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j) r[size_t(i * 5 + j)] = full[size_t(i * 4 + j)];
    for (int i = 0; i < 4; ++i) r[size_t(i * 5 + 4)] = r[size_t(4 * 5 + i)] = 0;
    r[24] = 0;
    const std::vector<double> p = dsp::inverseSquareRoot(r, 5);
    for (double v : p) QVERIFY(std::isfinite(v));
    std::vector<double> values, vectors;
    dsp::symmetricEigen(r, 5, &values, &vectors);
    const double largest = *std::max_element(values.begin(), values.end());
    QVERIFY(std::abs(p[24] - 1 / std::sqrt(dsp::kEigenvalueFloor * largest)) < 1e-6 * p[24]);
    const std::vector<double> block = dsp::inverseSquareRoot(full, 4);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            QVERIFY(std::abs(p[size_t(i * 5 + j)] - block[size_t(i * 4 + j)]) < 1e-9);
    QCOMPARE(dsp::inverseSquareRoot(std::vector<double>(9, 0.0), 3), identity(3));
}

// Windows as the reader gives them: R from data * std matches numpy's to float precision; an
// aligned window's rows are z-scored again, its data * std + mean is numpy's aligned signal,
// and the subject's aligned windows have the identity as their mean covariance.
void TestAlignment::readerWindowsAreAlignedAndZScoredAgain() {
    for (int s = 0; s < kSubjects; ++s) {
        CovarianceSum sum;
        for (int w = 0; w < kWindows; ++w) sum.add(prepared(s, w, kNames));
        const Whitening whitening = sum.whitening();
        QCOMPARE(whitening.electrodes, kNames);
        const std::vector<double> expected(kCovariance[s], kCovariance[s] + 16);
        QVERIFY(maxDifference(whitening.covariance, expected) < 1e-5);
        std::vector<double> mean(16, 0.0);
        for (int w = 0; w < kWindows; ++w) {
            PreparedWindow p = prepared(s, w, kNames);
            alignWindow(whitening, 0.0, &p);
            for (int c = 0; c < kChannels; ++c) {
                double m = 0, v = 0;
                for (int t = 0; t < kSamples; ++t) m += p.data[c * kSamples + t] / kSamples;
                for (int t = 0; t < kSamples; ++t) v += std::pow(p.data[c * kSamples + t] - m, 2);
                QVERIFY(std::abs(m) < 1e-5 && std::abs(std::sqrt(v / kSamples) - 1) < 1e-5);
            }
            if (w == 0)
                for (int k = 0; k < 4; ++k) {
                    const int c = kAlignedAt[k][0], t = kAlignedAt[k][1];
                    const double value = p.data[c * kSamples + t] * p.std[c] + p.mean[c];
                    QVERIFY(std::abs(value - kAligned[s][k]) < 1e-4);
                }
            const auto r = dsp::spatialCovariance(microvolts(p), kChannels, kSamples);
            for (size_t i = 0; i < r.size(); ++i) mean[i] += r[i] / kWindows;
        }
        QVERIFY(maxDifference(mean, identity(kChannels)) < 1e-4);
    }
}

// A subject recorded twice with other electrodes (Pz missing the second time, the order changed):
// R over Fz, Cz, Oz from all its windows; Pz, where it is, is left as it was.
void TestAlignment::sharedElectrodesOnlyAreAligned() {
    const QStringList second{"Cz", "Fz", "Oz"};
    CovarianceSum sum, reference;
    sum.add(prepared(0, 0, kNames)), sum.add(prepared(0, 1, second));
    const auto without = [](PreparedWindow p, const QStringList& keep) {
        PreparedWindow out;
        out.samplesPerChannel = p.samplesPerChannel;
        for (const QString& e : keep) {
            const int row = int(p.electrodes.indexOf(e));
            out.electrodes << e, out.mean << p.mean[row], out.std << p.std[row];
            out.data += p.data.mid(row * p.samplesPerChannel, p.samplesPerChannel);
        }
        return out;
    };
    const QStringList shared{"Fz", "Cz", "Oz"};
    reference.add(without(prepared(0, 0, kNames), shared));
    reference.add(without(prepared(0, 1, second), shared));
    const Whitening w = sum.whitening(), expected = reference.whitening();
    QCOMPARE(w.electrodes, shared);
    QVERIFY(maxDifference(w.covariance, expected.covariance) < 1e-12);
    PreparedWindow p = prepared(0, 0, kNames);
    const PreparedWindow before = p;
    alignWindow(w, 1e-5, &p);
    QCOMPARE(p.data.mid(2 * kSamples, kSamples), before.data.mid(2 * kSamples, kSamples));
    QVERIFY(p.data.mid(0, kSamples) != before.data.mid(0, kSamples));
}

// `alfee finetune --baseline bandpower --align euclidean`: the run's config has align euclidean
// and the sentence about the test subjects' windows, as its report does; its reproducing command
// has --align euclidean; `alfee evaluate --run` aligns alike (the model file says align) and
// says so.
void TestAlignment::baselineRunRecordsTheAlignment() {
    const QString ws = dir_.filePath("ws.alfee");
    const CliRun run = runAlfee(QStringList{"finetune", "--workspace", ws} + demoData() +
                                QStringList{"--baseline", "bandpower", "--align", "euclidean",
                                            "--name", "aligned", "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 id = QJsonDocument::fromJson(run.out).object()["run"].toInteger();
    QString error;
    auto workspace = Workspace::open(ws, &error);
    QVERIFY2(workspace, qPrintable(error));
    const auto record = RunRegistry(*workspace).find(QString::number(id), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->config["align"].toString(), QStringLiteral("euclidean"));
    QVERIFY(hasNote(record->config["warnings"]));
    const QStringList command = reproducingCommand(*record);
    const qsizetype at = command.indexOf("--align");
    QVERIFY2(at > 0 && command.value(at + 1) == "euclidean", qPrintable(command.join(' ')));
    QVERIFY(runReportHtml(*workspace, id, &error).contains(alignmentNote().toHtmlEscaped()));
    const CliRun evaluated =
        runAlfee(QStringList{"evaluate", "--workspace", ws, "--run", QString::number(id)} +
                 demoData() + QStringList{"--json"});
    QVERIFY2(evaluated.code == 0, evaluated.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(evaluated.out).object();
    QVERIFY(hasNote(result["warnings"]));
    const auto evaluation =
        RunRegistry(*workspace).find(QString::number(result["run"].toInteger()), &error);
    QVERIFY2(evaluation, qPrintable(error));
    QCOMPARE(evaluation->config["align"].toString(), QStringLiteral("euclidean"));
}

// A short model fine-tuning with --align euclidean finishes and records it; its checkpoint says
// so, and evaluating it or inferring with it aligns alike.
void TestAlignment::modelRunRecordsTheAlignment() {
    const QString ws = dir_.filePath("model.alfee");
    const CliRun run = runAlfee(QStringList{"finetune", "--workspace", ws} + demoData() +
                                QStringList{"--align", "euclidean", "--epochs", "1", "--batch", "8",
                                            "--device", "cpu", "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 id = QJsonDocument::fromJson(run.out).object()["run"].toInteger();
    const CliRun show =
        runAlfee({"runs", "show", QString::number(id), "--workspace", ws, "--json"});
    const QJsonObject config = QJsonDocument::fromJson(show.out).object()["config"].toObject();
    QCOMPARE(config["align"].toString(), QStringLiteral("euclidean"));
    QVERIFY(hasNote(config["warnings"]));
    const CliRun evaluated =
        runAlfee(QStringList{"evaluate", "--workspace", ws, "--run", QString::number(id)} +
                 demoData() + QStringList{"--json"});
    QVERIFY2(evaluated.code == 0, evaluated.err.constData());
    QVERIFY(hasNote(QJsonDocument::fromJson(evaluated.out).object()["warnings"]));
    const CliRun inferred = runAlfee({"infer", "--workspace", ws, "--run", QString::number(id),
                                      demoFolder() + "/Subject06_2.edf", "--json"});
    QVERIFY2(inferred.code == 0, inferred.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(inferred.out).object();
    QVERIFY(result["align"].toString().startsWith("euclidean"));
    QCOMPARE(result["windows"].toArray().size(), 6);  // 62 s in 10 s windows
}

QTEST_GUILESS_MAIN(TestAlignment)
#include "test_alignment.moc"
