// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/montage/montage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/electrodes/channel_label.h"
#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {
namespace {

const QVector<QPair<Montage::Kind, QString>>& kindNames() {
    static const QVector<QPair<Montage::Kind, QString>> names = {
        {Montage::Kind::AsRecorded, "as-recorded"},
        {Montage::Kind::Average, "average"},
        {Montage::Kind::LinkedEars, "linked-ears"},
        {Montage::Kind::Bipolar, "bipolar"}};
    return names;
}

}  // namespace

QString Montage::kindName(Kind kind) {
    for (const auto& [k, name] : kindNames())
        if (k == kind) return name;
    return {};
}

bool Montage::appliesTo(const QStringList& electrodes) const {
    if (kind == Kind::LinkedEars) return electrodes.contains("A1") && electrodes.contains("A2");
    if (kind != Kind::Bipolar) return !electrodes.isEmpty();
    for (const auto& [plus, minus] : pairs)
        if (electrodes.contains(plus) && electrodes.contains(minus)) return true;
    return false;
}

Montage Montage::doubleBanana() {
    Montage m;
    m.name = "double banana";
    m.kind = Kind::Bipolar;
    const QStringList chains = {"FP1 F7 T7 P7 O1", "FP1 F3 C3 P3 O1", "FZ CZ PZ", "FP2 F4 C4 P4 O2",
                                "FP2 F8 T8 P8 O2"};
    for (const QString& chain : chains) {
        const QStringList e = chain.split(' ');
        for (int i = 0; i + 1 < e.size(); ++i) m.pairs.push_back({e[i], e[i + 1]});
    }
    return m;
}

QVector<Derivation> Montage::derive(const QStringList& electrodes, QStringList* skipped,
                                    QString* error) const {
    QVector<Derivation> out;
    if (electrodes.isEmpty()) {
        *error =
            QCoreApplication::translate("alfee::core", "the recording has no mapped electrodes");
        return out;
    }
    switch (kind) {
        case Kind::AsRecorded:
            for (const QString& e : electrodes)
                out.push_back({electrodeDisplayName(e), {{e, 1.0}}});
            break;
        case Kind::Average: {
            const double w = 1.0 / electrodes.size();
            for (const QString& e : electrodes) {
                Derivation d{electrodeDisplayName(e) + "-avg", {}};
                for (const QString& other : electrodes)
                    d.terms.push_back({other, (other == e ? 1.0 : 0.0) - w});
                out.push_back(d);
            }
            break;
        }
        case Kind::LinkedEars: {
            if (!electrodes.contains("A1") || !electrodes.contains("A2")) {
                *error = QCoreApplication::translate(
                             "alfee::core", "linked ears need A1 and A2; the recording has %1")
                             .arg(electrodes.contains("A1")   ? "only A1"
                                  : electrodes.contains("A2") ? "only A2"
                                                              : "neither");
                return {};
            }
            for (const QString& e : electrodes)
                if (e != "A1" && e != "A2")
                    out.push_back({electrodeDisplayName(e) + "-A1A2",
                                   {{e, 1.0}, {"A1", -0.5}, {"A2", -0.5}}});
            break;
        }
        case Kind::Bipolar:
            for (const auto& [plus, minus] : pairs) {
                if (electrodes.contains(plus) && electrodes.contains(minus))
                    out.push_back({electrodeDisplayName(plus) + "-" + electrodeDisplayName(minus),
                                   {{plus, 1.0}, {minus, -1.0}}});
                else
                    skipped->append(electrodeDisplayName(plus) + "-" + electrodeDisplayName(minus));
            }
            if (out.isEmpty())
                *error = QCoreApplication::translate(
                    "alfee::core", "none of the montage's pairs has both electrodes here");
            break;
    }
    return out;
}

QJsonObject Montage::toJson() const {
    QJsonArray p;
    for (const auto& [plus, minus] : pairs) p.append(QJsonArray{plus, minus});
    return {{"format", "alfee-montage"},
            {"version", 1},
            {"name", name},
            {"kind", kindName(kind)},
            {"pairs", p}};
}

bool Montage::fromJson(const QJsonObject& json, Montage* out, QString* error) {
    if (json.value("format").toString() != "alfee-montage") {
        *error = QCoreApplication::translate(
            "alfee::core", "not an ALFEE montage (the 'format' field is not 'alfee-montage')");
        return false;
    }
    Montage m;
    m.name = json.value("name").toString();
    const QString kind = json.value("kind").toString();
    bool known = false;
    for (const auto& [k, n] : kindNames())
        if (n == kind) m.kind = k, known = true;
    if (!known) {
        *error = QCoreApplication::translate("alfee::core", "unknown montage kind '%1'").arg(kind);
        return false;
    }
    for (const auto& v : json.value("pairs").toArray()) {
        const QJsonArray pair = v.toArray();
        const QString plus = normaliseChannelLabel(pair.at(0).toString());
        const QString minus = normaliseChannelLabel(pair.at(1).toString());
        for (const QString& e : {plus, minus})
            if (ElectrodeVocabulary::instance().indexOf(e) < 0) {
                *error = QCoreApplication::translate("alfee::core",
                                                     "pair electrode '%1' is not in the vocabulary")
                             .arg(e);
                return false;
            }
        m.pairs.push_back({plus, minus});
    }
    if (m.kind == Kind::Bipolar && m.pairs.isEmpty()) {
        *error =
            QCoreApplication::translate("alfee::core", "a bipolar montage needs at least one pair");
        return false;
    }
    *out = m;
    return true;
}

bool Montage::saveFile(const QString& path, QString* error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson()).toJson()) < 0 ||
        !f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool Montage::loadFile(const QString& path, Montage* out, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("alfee::core", "%1: not JSON (%2)")
                     .arg(path, parseError.errorString());
        return false;
    }
    if (!fromJson(doc.object(), out, error)) {
        *error = path + ": " + *error;
        return false;
    }
    return true;
}

QVector<QVector<float>> applyDerivations(const QVector<Derivation>& derivations,
                                         const QStringList& electrodes,
                                         const QVector<QVector<float>>& data) {
    const int n = data.isEmpty() ? 0 : data.front().size();
    QVector<QVector<float>> out(derivations.size(), QVector<float>(n, 0.0f));
    for (int d = 0; d < derivations.size(); ++d)
        for (const auto& [electrode, weight] : derivations[d].terms) {
            const int c = electrodes.indexOf(electrode);
            if (c < 0 || weight == 0.0) continue;
            const float w = static_cast<float>(weight);
            for (int i = 0; i < n; ++i) out[d][i] += w * data[c][i];
        }
    return out;
}

}  // namespace alfee::core
