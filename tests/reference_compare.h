// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compares an opened recording with one entry of shared/data/reference/edf_reads.json.

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>

#include "core/recording/recording.h"
#include "core/recording/status_channel.h"

namespace alfee::tests {

// Relative error against the reference value, with one LSB as the floor of the denominator so
// that samples near zero are judged at the file's own resolution.
inline double relativeError(double ours, double ref, double lsb) {
    return std::abs(ours - ref) / std::max(std::abs(ref), lsb);
}

struct ReferenceFigures {
    double worstSampleRelError = 0;
    double worstOnsetError = 0;
    int files = 0, signalsChecked = 0, samplesChecked = 0, annotationsChecked = 0;
};

inline void compareSignals(const core::Recording& rec, const QJsonObject& ref,
                           ReferenceFigures* fig) {
    const auto& sigs = rec.info().signalInfos;
    const QJsonArray channels = ref["data_channels"].toArray();
    QCOMPARE(sigs.size(), channels.size());
    for (int i = 0; i < channels.size(); ++i) {
        const QJsonObject c = channels[i].toObject();
        QCOMPARE(sigs[i].label, c["label"].toString());
        QCOMPARE(sigs[i].samples, static_cast<qint64>(c["n_samples"].toDouble()));
        QVERIFY(std::abs(sigs[i].rateHz - c["sampling_rate_hz"].toDouble()) < 1e-9);
        QCOMPARE(sigs[i].unit, c["physical_dimension"].toString());
        QCOMPARE(sigs[i].physMin, c["physical_min"].toDouble());
        QCOMPARE(sigs[i].digMax, static_cast<qint64>(c["digital_max"].toDouble()));
        ++fig->signalsChecked;
    }
    for (const auto& v : ref["first3_channels"].toArray()) {
        const QJsonObject c = v.toObject();
        const int index = c["index"].toInt();
        const auto& s = sigs[index];
        const double lsb = std::abs(s.physMax - s.physMin) / double(s.digMax - s.digMin);
        QVector<double> all(s.samples);
        QString error;
        QVERIFY2(rec.readPhysical(index, 0, s.samples, all.data(), &error), qPrintable(error));
        const QJsonArray idx = c["sample_indices"].toArray(), phys = c["physical"].toArray();
        for (int k = 0; k < idx.size(); ++k) {
            const double e = relativeError(all[idx[k].toInt()], phys[k].toDouble(), lsb);
            fig->worstSampleRelError = std::max(fig->worstSampleRelError, e);
            QVERIFY2(e < 1e-6,
                     qPrintable(QStringLiteral("%1 sample %2").arg(s.label).arg(idx[k].toInt())));
            ++fig->samplesChecked;
        }
        double mean = 0, var = 0;
        for (double x : all) mean += x;
        mean /= all.size();
        for (double x : all) var += (x - mean) * (x - mean);
        const double sd = std::sqrt(var / all.size());
        QVERIFY(relativeError(mean, c["mean"].toDouble(), lsb) < 1e-6);
        QVERIFY(relativeError(sd, c["std"].toDouble(), lsb) < 1e-6);
    }
}

// The file's own annotations; the trigger channel's events (not in the reference, which reads
// annotation signals only) are checked against MNE's find_events in test_edf_reader.
inline void compareAnnotations(const core::Recording& rec, const QJsonObject& ref,
                               ReferenceFigures* fig) {
    QVector<core::Annotation> ours;
    const bool triggers = core::triggerSignalIndex(rec.info()) >= 0;
    for (const core::Annotation& a : rec.info().annotations)
        if (!triggers || !a.text.startsWith(QLatin1String("Trigger "))) ours << a;
    const QJsonArray items = ref["annotations"].toObject()["items"].toArray();
    QCOMPARE(ours.size(), items.size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject a = items[i].toObject();
        QCOMPARE(ours[i].text, a["text"].toString());
        const double onsetError = std::abs(ours[i].onsetSeconds() - a["onset_s"].toDouble());
        fig->worstOnsetError = std::max(fig->worstOnsetError, onsetError);
        QVERIFY2(onsetError < 1e-6, qPrintable(ours[i].text));
        if (a["duration_s"].isNull())
            QVERIFY(!ours[i].hasDuration());
        else
            QVERIFY(std::abs(ours[i].durationSeconds() - a["duration_s"].toDouble()) < 1e-6);
        ++fig->annotationsChecked;
    }
}

// Header, signals, samples and annotations of `path` against its reference entry.
inline void compareWithReference(const QString& path, const QJsonObject& ref,
                                 ReferenceFigures* fig) {
    QString error;
    auto rec = core::Recording::open(path, &error);
    QVERIFY2(rec, qPrintable(error));
    QCOMPARE(rec->info().format, ref["format"].toString());
    QCOMPARE(rec->info().records,
             static_cast<qint64>(ref["header"].toObject()["n_records"].toDouble()));
    compareSignals(*rec, ref, fig);
    if (QTest::currentTestFailed()) return;
    compareAnnotations(*rec, ref, fig);
    ++fig->files;
}

// EDFlib and the tolerant reader give the same header, annotations and samples, bit for bit.
inline void compareReaders(const QString& file) {
    QString error;
    auto viaEdflib = core::Recording::open(file, &error, core::ReaderChoice::EdflibOnly);
    QVERIFY2(viaEdflib, qPrintable(error));
    auto tolerant = core::Recording::open(file, &error, core::ReaderChoice::TolerantOnly);
    QVERIFY2(tolerant, qPrintable(error));
    auto automatic = core::Recording::open(file, &error);
    QVERIFY2(automatic && automatic->readerName() == "EDFlib", qPrintable(error));
    const auto& a = viaEdflib->info();
    const auto& b = tolerant->info();
    QCOMPARE(a.format, b.format);
    QCOMPARE(a.start, b.start);
    QCOMPARE(a.startSubsecond100ns, b.startSubsecond100ns);
    QCOMPARE(a.annotations, b.annotations);
    QCOMPARE(a.signalInfos.size(), b.signalInfos.size());
    for (int s = 0; s < a.signalInfos.size(); ++s) {
        QCOMPARE(a.signalInfos[s].label, b.signalInfos[s].label);
        QCOMPARE(a.signalInfos[s].samples, b.signalInfos[s].samples);
        QCOMPARE(a.signalInfos[s].rateHz, b.signalInfos[s].rateHz);
        const qint64 n = a.signalInfos[s].samples;
        QVector<qint32> dx(n), dy(n);
        QVERIFY(viaEdflib->readDigital(s, 0, n, dx.data(), &error));
        QVERIFY(tolerant->readDigital(s, 0, n, dy.data(), &error));
        QVERIFY2(dx == dy, qPrintable(a.signalInfos[s].label));  // the stored values, bit for bit
        // Physical values may differ in the last bit: EDFlib parses the header's physical
        // minimum and maximum with its own decimal parser, Qt with a correctly rounded one.
        QVector<double> x(n), y(n);
        QVERIFY(viaEdflib->readPhysical(s, 0, n, x.data(), &error));
        QVERIFY(tolerant->readPhysical(s, 0, n, y.data(), &error));
        const double lsb = std::abs(a.signalInfos[s].physMax - a.signalInfos[s].physMin) /
                           double(a.signalInfos[s].digMax - a.signalInfos[s].digMin);
        for (qint64 i = 0; i < n; ++i)
            QVERIFY2(std::abs(x[i] - y[i]) < 1e-9 * lsb, qPrintable(a.signalInfos[s].label));
        // The default path (EDFlib's header, memory-mapped samples) equals EDFlib bit for bit.
        QVector<double> z(n);
        QVERIFY(automatic->readPhysical(s, 0, n, z.data(), &error));
        QVERIFY2(x == z, qPrintable(a.signalInfos[s].label));
    }
}

}  // namespace alfee::tests
