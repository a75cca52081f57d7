// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/tal_parser.h"

#include <QCoreApplication>

namespace alfee::core {

std::optional<qint64> parseTalTime(const QByteArray& text, bool requireSign) {
    if (text.isEmpty()) return std::nullopt;
    int pos = 0;
    bool negative = false;
    if (text[0] == '+' || text[0] == '-') {
        negative = text[0] == '-';
        pos = 1;
    } else if (requireSign) {
        return std::nullopt;
    }
    qint64 whole = 0, fraction = 0;
    int fractionDigits = 0;
    bool seenDigit = false, seenPoint = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else if (c >= '0' && c <= '9') {
            seenDigit = true;
            if (!seenPoint) {
                // Beyond 10^10 s (317 years) a time is damage, and differences of two such
                // times in 100 ns units must still fit in 64 bits.
                whole = whole * 10 + (c - '0');
                if (whole > kMaxTalSeconds) return std::nullopt;
            } else if (fractionDigits < 7) {
                fraction = fraction * 10 + (c - '0');
                ++fractionDigits;
            }
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit) return std::nullopt;
    for (; fractionDigits < 7; ++fractionDigits) fraction *= 10;
    const qint64 value = whole * 10000000LL + fraction;
    return negative ? -value : value;
}

namespace {

bool parseOne(const QByteArray& tal, Tal* out, QString* error) {
    // tal = onset [0x15 duration] 0x14 text 0x14 text 0x14 ...
    const int firstSep = tal.indexOf('\x14');
    if (firstSep < 0) {
        *error = QCoreApplication::translate("alfee::core", "a TAL has no 0x14 after its onset");
        return false;
    }
    const QByteArray stamp = tal.left(firstSep);
    const int durSep = stamp.indexOf('\x15');
    const auto onset = parseTalTime(durSep < 0 ? stamp : stamp.left(durSep), true);
    if (!onset) {
        *error = QCoreApplication::translate("alfee::core",
                                             "TAL onset '%1' is not a signed number of seconds "
                                             "within 10^10 s")
                     .arg(QString::fromLatin1(durSep < 0 ? stamp : stamp.left(durSep)));
        return false;
    }
    out->onset100ns = *onset;
    out->duration100ns = -1;
    if (durSep >= 0) {
        // EDF+ 2.2.2: no sign precedes a duration; a '-' would make it negative (found by fuzz/).
        const auto duration = parseTalTime(stamp.mid(durSep + 1), false);
        if (!duration || *duration < 0) {
            *error = QCoreApplication::translate("alfee::core",
                                                 "TAL duration '%1' is not a number of seconds")
                         .arg(QString::fromLatin1(stamp.mid(durSep + 1)));
            return false;
        }
        out->duration100ns = *duration;
    }
    // Texts are the pieces between 0x14 separators; the final 0x14 closes the last one.
    QByteArray rest = tal.mid(firstSep + 1);
    if (rest.endsWith('\x14')) rest.chop(1);
    out->texts.clear();
    for (const QByteArray& piece : rest.split('\x14'))
        out->texts.push_back(QString::fromUtf8(piece));
    return true;
}

}  // namespace

bool parseTals(const QByteArray& bytes, QVector<Tal>* tals, QString* error) {
    int pos = 0;
    while (pos < bytes.size()) {
        if (bytes[pos] == '\0') {  // padding between and after TALs
            ++pos;
            continue;
        }
        int end = bytes.indexOf('\0', pos);
        if (end < 0) end = bytes.size();
        Tal tal;
        if (!parseOne(bytes.mid(pos, end - pos), &tal, error)) return false;
        tals->push_back(tal);
        pos = end + 1;
    }
    return true;
}

}  // namespace alfee::core
