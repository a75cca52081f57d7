// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/biosig_precheck.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace alfee::core {
namespace {

// GDF 1.x and 2.x fixed header: the channel count, the header length and the record count.
bool gdfHeaderFits(const QByteArray& head, qint64 fileSize, QString* why) {
    if (head.size() < 256) {
        *why = "shorter than the 256-byte GDF header";
        return false;
    }
    const bool v1 = head.at(4) == '1';
    const uchar* h = reinterpret_cast<const uchar*>(head.constData());
    const qint64 channels =
        v1 ? qFromLittleEndian<quint32>(h + 252) : qFromLittleEndian<quint16>(h + 252);
    const qint64 headerBytes =
        v1 ? qFromLittleEndian<qint64>(h + 184) : 256 * qint64(qFromLittleEndian<quint16>(h + 184));
    const qint64 records = qFromLittleEndian<qint64>(h + 236);
    if (channels <= 0 || channels > 65535) {
        *why = QStringLiteral("the GDF header gives %1 channels").arg(channels);
        return false;
    }
    if (headerBytes < 256 * (channels + 1) || headerBytes > fileSize) {
        *why = QStringLiteral(
                   "the GDF header length %1 does not fit %2 channels in a "
                   "file of %3 bytes")
                   .arg(headerBytes)
                   .arg(channels)
                   .arg(fileSize);
        return false;
    }
    if (records < -1) {
        *why = QStringLiteral("the GDF header gives %1 records").arg(records);
        return false;
    }
    return true;
}

}  // namespace

bool biosigMayOpen(const QString& path, QString* why) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray head = file.read(256);
    if (head.startsWith("GDF ")) return gdfHeaderFits(head, file.size(), why);
    // Only the formats this program claims reach BioSig, each by its signature: BioSig 2.5
    // guesses among dozens of others and crashes on damaged ones (found by fuzz/).
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "cnt" && head.startsWith("Version 3.0")) return true;  // Neuroscan
    if (suffix == "dat" && (head.startsWith("HeaderLen=") || head.startsWith("BCI2000V")))
        return true;
    *why = QStringLiteral(
        "its first bytes are not those of an EDF, BDF, GDF, Neuroscan CNT or BCI2000 file");
    return false;
}

}  // namespace alfee::core
