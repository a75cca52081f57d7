// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/feature_model.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {
namespace {

QJsonArray numbers(const QVector<double>& v) {
    QJsonArray a;
    for (double x : v) a.append(x);
    return a;
}

QVector<double> numbers(const QJsonValue& v) {
    QVector<double> out;
    for (const QJsonValue& x : v.toArray()) out << x.toDouble();
    return out;
}

QStringList texts(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& x : v.toArray()) out << x.toString();
    return out;
}

// The readable feature names ("Fp1:alpha"), for a reader of the file.
QJsonArray featureNames(const FeatureModel& m) {
    QJsonArray names;
    const int half = m.encoderFeatures / 2;  // the t_DT token, then the mean of the steps
    for (int k = 0; k < m.encoderFeatures; ++k)
        names.append(k < half ? QStringLiteral("encoder:t_dt:%1").arg(k)
                              : QStringLiteral("encoder:steps_mean:%1").arg(k - half));
    for (const QString& e : m.electrodes)
        for (const FrequencyBand& b : m.bands) names.append(electrodeDisplayName(e) + ":" + b.name);
    return names;
}

QJsonArray bandsJson(const QVector<FrequencyBand>& bands) {
    QJsonArray a;
    for (const FrequencyBand& b : bands)
        a.append(QJsonObject{{"name", b.name}, {"low_hz", b.low}, {"high_hz", b.high}});
    return a;
}

}  // namespace

PreparedWindow selectRows(const PreparedWindow& window, const QStringList& electrodes,
                          QStringList* missing) {
    PreparedWindow out;
    out.samplesPerChannel = window.samplesPerChannel;
    for (const QString& e : electrodes) {
        const int row = int(window.electrodes.indexOf(e));
        if (row < 0) {
            *missing << electrodeDisplayName(e);
            continue;
        }
        out.electrodes << e;
        out.data +=
            window.data.mid(qsizetype(row) * window.samplesPerChannel, window.samplesPerChannel);
        out.mean << window.mean[row], out.std << window.std[row];
    }
    return out;
}

QJsonObject FeatureModel::toJson() const {
    QJsonArray weights;
    for (const QVector<double>& row : model.weights) weights.append(numbers(row));
    return {{"kind", kind},
            {"encoder", encoder},
            {"encoder_sha256", encoderSha256},
            {"encoder_features", encoderFeatures},
            {"subject_centring", subjectCentring},
            {"electrodes", QJsonArray::fromStringList(electrodes)},
            {"bands", bandsJson(bands)},
            {"preprocess", preprocess},
            {"window_s", windowSeconds},
            {"features", featureNames(*this)},
            {"mean", numbers(mean)},
            {"std", numbers(std)},
            {"weights", weights},
            {"intercepts", numbers(model.intercepts)},
            {"classes", QJsonArray::fromStringList(classes)},
            {"align", align}};
}

bool FeatureModel::fromJson(const QJsonObject& j, FeatureModel* out, QString* error) {
    FeatureModel m;
    m.kind = j["kind"].toString(QStringLiteral("bandpower"));
    m.encoder = j["encoder"].toString(), m.encoderSha256 = j["encoder_sha256"].toString();
    m.encoderFeatures = j["encoder_features"].toInt();
    m.subjectCentring = j["subject_centring"].toBool();
    m.electrodes = texts(j["electrodes"]), m.classes = texts(j["classes"]);
    for (const QJsonValue& b : j["bands"].toArray())
        m.bands << FrequencyBand{b["name"].toString(), b["low_hz"].toDouble(),
                                 b["high_hz"].toDouble()};
    m.preprocess = j["preprocess"].toObject(), m.windowSeconds = j["window_s"].toDouble();
    m.mean = numbers(j["mean"]), m.std = numbers(j["std"]);
    for (const QJsonValue& row : j["weights"].toArray()) m.model.weights << numbers(row);
    m.model.intercepts = numbers(j["intercepts"]);
    m.model.classes = int(m.classes.size());
    m.align = j["align"].toString(QStringLiteral("none"));  // none before --align existed
    const qsizetype d = m.featureCount();
    const bool kindKnown = m.kind == "bandpower"
                               ? m.encoderFeatures == 0
                               : m.kind == "encoder_probe" && !m.encoder.isEmpty();
    const bool shaped = kindKnown && d > 0 && m.encoderFeatures >= 0 && m.mean.size() == d &&
                        m.std.size() == d && m.classes.size() > 1 && m.windowSeconds > 0 &&
                        !m.model.weights.isEmpty() && m.model.weights.front().size() == d &&
                        m.model.intercepts.size() == m.model.weights.size();
    if (!shaped) {
        *error = QStringLiteral(
            "not a band-power or probe model (kind, encoder, electrodes, bands, scaling, "
            "weights and window length do not fit together)");
        return false;
    }
    *out = m;
    return true;
}

bool FeatureModel::load(const QString& path, FeatureModel* out, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not JSON (%2)").arg(path, parse.errorString());
        return false;
    }
    if (fromJson(doc.object(), out, error)) return true;
    *error = path + ": " + *error;
    return false;
}

bool FeatureModel::bandPowerFeatures(const PreparedWindow& window, double rateHz,
                                     QVector<double>* out, QString* error) const {
    QStringList missing;
    const PreparedWindow rows = selectRows(window, electrodes, &missing);
    if (!missing.isEmpty()) {
        *error = QStringLiteral("the band-power features read %1, which the recording lacks")
                     .arg(missing.join(", "));
        return false;
    }
    *out = logBandPowers(rows, rateHz, bands);
    return true;
}

void FeatureModel::standardise(QVector<double>& row) const {
    for (int j = 0; j < row.size(); ++j) row[j] = (row[j] - mean[j]) / std[j];
}

}  // namespace alfee::core
