// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/reconstruction_edf.h"

#include <edflib.h>

#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace alfee::core {
namespace {

constexpr int kRate = 256;

// A symmetric physical range around the window's largest value, so that 16 bits resolve it.
double physicalLimit(const QVector<float>& a, const QVector<float>& b) {
    double peak = 1;
    for (float v : a) peak = std::max(peak, std::abs(double(v)));
    for (float v : b) peak = std::max(peak, std::abs(double(v)));
    return std::ceil(peak * 1.05);
}

bool setSignals(int handle, const ReconstructionResult& r, double limit) {
    const int c = r.electrodes.size();
    for (int i = 0; i < 2 * c; ++i) {
        const QByteArray label =
            (r.electrodes[i % c] + (i < c ? QString() : QStringLiteral(" rec")))
                .toLatin1()
                .left(16);
        if (edf_set_samplefrequency(handle, i, kRate) ||
            edf_set_physical_maximum(handle, i, limit) ||
            edf_set_physical_minimum(handle, i, -limit) ||
            edf_set_digital_maximum(handle, i, 32767) ||
            edf_set_digital_minimum(handle, i, -32768) ||
            edf_set_label(handle, i, label.constData()) ||
            edf_set_physical_dimension(handle, i, "uV"))
            return false;
    }
    return true;
}

// Per second: which electrodes were hidden ("masked: all" when every one was).
QStringList maskTexts(const ReconstructionResult& r) {
    QStringList out;
    const int c = r.electrodes.size();
    for (int t = 0; t < r.steps; ++t) {
        QStringList hidden;
        for (int e = 0; e < c; ++e)
            if (r.hidden.value(e * r.steps + t)) hidden << r.electrodes[e];
        out << (hidden.isEmpty()     ? QString()
                : hidden.size() == c ? QStringLiteral("masked: all")
                                     : QStringLiteral("masked: ") + hidden.join(' '));
    }
    return out;
}

bool writeData(int handle, const ReconstructionResult& r) {
    const int c = r.electrodes.size(), n = r.steps * kRate;
    QVector<double> buffer(kRate);
    for (int t = 0; t < r.steps; ++t)
        for (int i = 0; i < 2 * c; ++i) {
            const QVector<float>& source = i < c ? r.original : r.reconstructed;
            for (int k = 0; k < kRate; ++k) buffer[k] = source[(i % c) * n + t * kRate + k];
            if (edfwrite_physical_samples(handle, buffer.data()) != 0) return false;
        }
    return true;
}

bool writeAnnotations(int handle, const ReconstructionResult& r) {
    const QString title = QStringLiteral("ALFEE %1 mask, %2 s of %3")
                              .arg(r.task)
                              .arg(r.onsetSeconds)
                              .arg(QFileInfo(r.recording).fileName());
    if (edfwrite_annotation_utf8(handle, 0, -1, title.toUtf8().left(40).constData())) return false;
    const QStringList masks = maskTexts(r);
    for (int t = 0; t < masks.size(); ++t)
        if (!masks[t].isEmpty() && edfwrite_annotation_utf8(handle, t * 10000LL, 10000,
                                                            masks[t].toUtf8().left(40).constData()))
            return false;
    return true;
}

}  // namespace

bool writeReconstructionEdf(const ReconstructionResult& r, const QDateTime& start,
                            const QString& path, QString* error) {
    const int c = r.electrodes.size();
    if (c == 0 || r.steps <= 0 || r.original.size() != c * r.steps * kRate ||
        r.reconstructed.size() != r.original.size()) {
        *error = path + ": the reconstruction holds no complete window";
        return false;
    }
    const int handle =
        edfopen_file_writeonly(path.toLocal8Bit().constData(), EDFLIB_FILETYPE_EDFPLUS, 2 * c);
    if (handle < 0)
        return *error =
                   QStringLiteral("%1: EDFlib cannot create it (code %2)").arg(path).arg(handle),
               false;
    const QDateTime t = start.isValid() ? start : QDateTime(QDate(1985, 1, 1), QTime(0, 0));
    edf_set_startdatetime(handle, t.date().year(), t.date().month(), t.date().day(),
                          t.time().hour(), t.time().minute(), t.time().second());
    edf_set_number_of_annotation_signals(handle, 2);
    const bool ok = setSignals(handle, r, physicalLimit(r.original, r.reconstructed)) &&
                    writeData(handle, r) && writeAnnotations(handle, r);
    const bool closed = edfclose_file(handle) == 0;
    if (ok && closed) return true;
    *error = path + ": EDFlib could not write the reconstruction";
    return false;
}

}  // namespace alfee::core
