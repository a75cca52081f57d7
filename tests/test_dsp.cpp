// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Preprocessing against scipy's outputs (tests/data/dsp.json and the .bin arrays): band-pass,
// notch, polyphase resampling, periodogram and z-score, each sample by sample.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

#include "core/dsp/iir_design.h"
#include "core/dsp/polyphase_resampler.h"
#include "core/dsp/preprocessing.h"
#include "core/dsp/spectrum.h"
#include "core/dsp/spherical_spline.h"
#include "core/dsp/zero_phase.h"
#include "core/recording/recording.h"
#include "test_support.h"

using namespace alfee;
using namespace alfee::core::dsp;
using namespace alfee::tests;

namespace {

std::vector<double> readBin(const QString& name) {
    const QByteArray bytes = readAll(testData(name));
    std::vector<double> v(bytes.size() / 8);
    memcpy(v.data(), bytes.constData(), v.size() * 8);
    return v;
}

double stddev(const std::vector<double>& v) {
    double m = 0, s = 0;
    for (double x : v) m += x;
    m /= v.size();
    for (double x : v) s += (x - m) * (x - m);
    return std::sqrt(s / v.size());
}

// Largest |a - b| relative to the reference's standard deviation.
double worstRelativeToStd(const std::vector<double>& ours, const std::vector<double>& ref) {
    double worst = 0;
    for (size_t i = 0; i < ref.size(); ++i) worst = std::max(worst, std::abs(ours[i] - ref[i]));
    return worst / stddev(ref);
}

}  // namespace

class TestDsp : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void butterworthCoefficientsMatchScipy();
    void bandpassMatchesSosfiltfilt();
    void notchMatchesFiltfilt();
    void resamplingMatchesResamplePoly();
    void periodogramMatchesNumpy();
    void zscoreMatches();
    void chainMatchesScipyChain();
    void channelsTogetherEqualOneByOne();
    void resamplerReducesRates();
    void highAndLowPassBehave();
    void configRejectsBandAboveNyquist();
    void sphericalSplineMatchesMne();

  private:
    QJsonObject ref_;
    std::vector<double> input_;
};

void TestDsp::initTestCase() {
    ref_ = QJsonDocument::fromJson(readAll(testData("dsp.json"))).object();
    QString error;
    auto rec = core::Recording::open(testData("Subject00_2.edf"), &error);
    QVERIFY2(rec, qPrintable(error));
    const int cz = rec->info().signalIndex("EEG Cz");
    QCOMPARE(rec->info().signalInfos[cz].headerIndex, 17);
    input_.resize(10000);
    QVERIFY(rec->readPhysical(cz, 0, 10000, input_.data(), &error));
    const QJsonArray first = ref_["input"].toObject()["first20"].toArray();
    for (int i = 0; i < 20; ++i) QVERIFY(std::abs(input_[i] - first[i].toDouble()) < 1e-9);
}

void TestDsp::butterworthCoefficientsMatchScipy() {
    const Sos sos = butterworthBandpass(4, 0.5, 45.0, 500.0);
    const QJsonArray ref = ref_["bandpass"].toObject()["sos"].toArray();
    QCOMPARE(int(sos.size()), ref.size());
    for (int s = 0; s < ref.size(); ++s) {
        const QJsonArray row = ref[s].toArray();
        for (int k = 0; k < 3; ++k) {
            QVERIFY(std::abs(sos[s].b[k] - row[k].toDouble()) <
                    1e-10 * (1 + std::abs(row[k].toDouble())));
            QVERIFY(std::abs(sos[s].a[k] - row[3 + k].toDouble()) < 1e-10);
        }
    }
}

void TestDsp::bandpassMatchesSosfiltfilt() {
    const auto ours = sosFiltFilt(butterworthBandpass(4, 0.5, 45.0, 500.0), input_);
    const double worst = worstRelativeToStd(ours, readBin("dsp_bandpass.bin"));
    qInfo("band-pass: worst |error| / std = %.3g", worst);
    QVERIFY(worst < 1e-4);
    const QJsonArray first = ref_["bandpass"].toObject()["first20"].toArray();
    for (int i = 0; i < 20; ++i) QVERIFY(std::abs(ours[i] - first[i].toDouble()) < 1e-6);
}

void TestDsp::notchMatchesFiltfilt() {
    const Biquad q = iirNotch(50.0, 30.0, 500.0);
    const QJsonArray b = ref_["notch"].toObject()["b"].toArray(),
                     a = ref_["notch"].toObject()["a"].toArray();
    for (int k = 0; k < 3; ++k) {
        QVERIFY(std::abs(q.b[k] - b[k].toDouble()) < 1e-14);
        QVERIFY(std::abs(q.a[k] - a[k].toDouble()) < 1e-14);
    }
    const double worst = worstRelativeToStd(sosFiltFilt({q}, input_), readBin("dsp_notch.bin"));
    qInfo("notch: worst |error| / std = %.3g", worst);
    QVERIFY(worst < 1e-4);
}

void TestDsp::resamplingMatchesResamplePoly() {
    const PolyphaseResampler r = PolyphaseResampler::forRates(500, 256);
    QCOMPARE(r.up(), 64);
    QCOMPARE(r.down(), 125);
    QCOMPARE(int(r.taps().size()), 2501);
    double sum = 0;
    for (double t : r.taps()) sum += t;
    QVERIFY(std::abs(sum - 64.0) < 1e-9);
    QVERIFY(std::abs(r.taps()[1] - -1.5208284958057033e-05) < 1e-15);
    const auto ours = r.apply(input_);
    const auto ref = readBin("dsp_resampled.bin");
    QCOMPARE(ours.size(), ref.size());
    const double worst = worstRelativeToStd(ours, ref);
    qInfo("resample 500 -> 256 Hz: worst |error| / std = %.3g", worst);
    QVERIFY(worst < 1e-4);
}

void TestDsp::periodogramMatchesNumpy() {
    const auto resampled = readBin("dsp_resampled.bin");
    const std::vector<double> x(resampled.begin(), resampled.begin() + 256);
    const auto p = hannPeriodogram(x);
    const auto logp = logHannPeriodogram(x);
    const QJsonObject ref = ref_["periodogram"].toObject();
    const QJsonArray full = ref["P"].toObject()["full"].toArray();
    QCOMPARE(int(p.size()), 129);
    QCOMPARE(full.size(), 129);
    double worst = 0;
    for (int k = 0; k < 129; ++k) {
        const double e = std::abs(p[k] - full[k].toDouble()) / std::abs(full[k].toDouble());
        worst = std::max(worst, e);
        QVERIFY(std::abs(logp[k] - std::log10(full[k].toDouble())) < 1e-6);
    }
    qInfo("periodogram: worst relative error = %.3g", worst);
    QVERIFY(worst < 1e-6);
}

void TestDsp::zscoreMatches() {
    auto y = readBin("dsp_resampled.bin");
    const QJsonObject ref = ref_["zscore"].toObject();
    const ZScore z = zscoreInPlace(y, 1e-5);
    QVERIFY(std::abs(z.mean - ref["mean_y"].toDouble()) < 1e-12);
    QVERIFY(std::abs(z.std - ref["std_y"].toDouble()) < 1e-12);
    const QJsonArray first = ref["first20"].toArray();
    for (int i = 0; i < 20; ++i) QVERIFY(std::abs(y[i] - first[i].toDouble()) < 1e-9);
}

void TestDsp::chainMatchesScipyChain() {
    PreprocessConfig c;  // 0.5-45 Hz, 50 Hz notch, 256 Hz: the chain of dsp.json's extra_chain
    const auto y = preprocessChannel(input_, 500.0, c);
    const QJsonObject ref = ref_["extra_chain"].toObject();
    QCOMPARE(int(y.size()), ref["length"].toInt());
    const QJsonArray first = ref["first20"].toArray();
    const double sd = stddev(y);
    for (int i = 0; i < 20; ++i) QVERIFY(std::abs(y[i] - first[i].toDouble()) < 1e-4 * sd);
}

void TestDsp::channelsTogetherEqualOneByOne() {
    std::vector<std::vector<double>> channels;
    for (int c = 0; c < 5; ++c)  // five: one full group of four lanes and one partly empty
        channels.emplace_back(input_.begin() + c * 1000, input_.begin() + c * 1000 + 4000);
    auto together = channels;
    PreprocessConfig config;
    preprocessChannels(together, 500.0, config);
    for (int c = 0; c < 5; ++c) {
        const auto alone = preprocessChannel(channels[c], 500.0, config);
        QCOMPARE(together[c].size(), alone.size());
        for (size_t i = 0; i < alone.size(); ++i)
            QVERIFY(std::abs(together[c][i] - alone[i]) < 1e-9);
    }
}

void TestDsp::resamplerReducesRates() {
    const auto r160 = PolyphaseResampler::forRates(160, 256);
    QCOMPARE(r160.up(), 8);
    QCOMPARE(r160.down(), 5);
    QCOMPARE(int(r160.outputLength(160 * 10)), 2560);
    // A 10 Hz sine keeps its amplitude through 160 -> 256 Hz, to the Kaiser filter's ripple
    // (scipy's resample_poly is off by 1.27e-3 on the same input).
    std::vector<double> x(1600);
    for (size_t i = 0; i < x.size(); ++i) x[i] = std::sin(2 * M_PI * 10 * i / 160.0);
    const auto y = r160.apply(x);
    for (size_t i = 300; i < 2200; ++i)
        QVERIFY(std::abs(y[i] - std::sin(2 * M_PI * 10 * i / 256.0)) < 1.3e-3);
}

void TestDsp::highAndLowPassBehave() {
    std::vector<double> slow(2000), fast(2000);
    for (size_t i = 0; i < 2000; ++i) {
        slow[i] = std::sin(2 * M_PI * 0.1 * i / 250.0);
        fast[i] = std::sin(2 * M_PI * 60 * i / 250.0);
    }
    auto hp = sosFiltFilt(butterworthHighpass(4, 1.0, 250.0), slow);
    auto lp = sosFiltFilt(butterworthLowpass(4, 30.0, 250.0), fast);
    QVERIFY(stddev(hp) < 0.01);
    // Away from the edges, where the padding's transient lives (scipy: 7.1e-4 there).
    QVERIFY(stddev(std::vector<double>(lp.begin() + 200, lp.end() - 200)) < 1e-3);
    auto keep = sosFiltFilt(butterworthLowpass(5, 30.0, 250.0), slow);  // odd order: a real pole
    QVERIFY(std::abs(stddev(keep) - stddev(slow)) < 0.01);
}

void TestDsp::configRejectsBandAboveNyquist() {
    PreprocessConfig c;
    QVERIFY(c.problemAt(500).isEmpty());
    QVERIFY(c.problemAt(80).contains("Nyquist"));
    c.bandpass = false;
    c.notchHz = 60;
    QVERIFY(c.problemAt(100).contains("notch"));
}

// Values at 18 of the 10-20 electrodes interpolated to Cz, FCz and Iz; the reference is
// mne.channels.interpolation._make_interpolation_matrix (MNE 1.3, the same positions).
void TestDsp::sphericalSplineMatchesMne() {
    const QStringList from =
        QString("FP1 FP2 F7 F3 FZ F4 F8 T7 C3 C4 T8 P7 P3 PZ P4 P8 O1 O2").split(' ');
    QVector<double> values;
    for (int i = 0; i < from.size(); ++i) values << 10 * std::sin(i + 1) + i * 0.5;
    SphericalSpline spline(SphericalSpline::unitPositionsOf(from));
    spline.fit(values);
    const QVector<core::Position3D> to = SphericalSpline::unitPositionsOf({"CZ", "FCZ", "IZ"});
    const double mne[] = {4.96893502, -4.4919727, -7.64107093};
    for (int i = 0; i < 3; ++i) QCOMPARE_LE(std::abs(spline.valueAt(to[i]) - mne[i]), 1e-6);
    // At an electrode the spline nearly passes through its value (MNE's regularisation of 1e-5
    // on the diagonal smooths it by about 1%).
    const double c3 = values[from.indexOf("C3")];
    QCOMPARE_LE(std::abs(spline.valueAt(SphericalSpline::unitPositionsOf({"C3"})[0]) - c3),
                0.02 * std::abs(c3));
    // The disk's centre is the vertex; radius 1 in front (up on the screen) is the nasion line.
    const core::Position3D vertex = unprojectFromDisk(0, 0), front = unprojectFromDisk(0, -1);
    QCOMPARE_LE(std::abs(vertex.z - 1), 1e-12);
    QCOMPARE_LE(std::abs(front.y - 1), 1e-12);
}

QTEST_GUILESS_MAIN(TestDsp)
#include "test_dsp.moc"
