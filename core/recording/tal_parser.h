// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parses the Time-stamped Annotation Lists (TALs) of one EDF+ annotation signal in one record.

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace alfee::core {

// One TAL: onset (relative to the header's start time), optional duration and its texts. The
// first text of a time-keeping TAL is empty.
struct Tal {
    qint64 onset100ns = 0;
    qint64 duration100ns = -1;
    QVector<QString> texts;
};

// Parses a time such as "+12.3456789" or "-0.5" into 100 ns units, exactly (no floating point);
// nullopt for malformed text and for times beyond kMaxTalSeconds either side.
inline constexpr qint64 kMaxTalSeconds = 10000000000LL;
std::optional<qint64> parseTalTime(const QByteArray& text, bool requireSign);

// Splits the bytes of an annotation signal in one record into TALs. Returns false, with the reason,
// on a malformed TAL.
bool parseTals(const QByteArray& bytes, QVector<Tal>* tals, QString* error);

}  // namespace alfee::core
