// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When no naming scheme knows the files, their subjects are guessed as the letters and digits
// that start the names: B0101T..B0105T (one person, five sessions) become five subjects, and a
// subject-wise split then puts one person in training and test. This says what the guess found
// and finds the pattern that groups such sessions into one subject each.

#include <QMap>
#include <QStringList>

namespace alfee::core {

// What the guess makes of some file base names, and the pattern that groups sessions.
struct SubjectGuess {
    QMap<QString, int> guessed;  // subject -> files, under the guess
    QString groupingPattern;     // a --subject-pattern with fewer subjects; empty: none found
    QMap<QString, int> grouped;  // subject -> files, under groupingPattern

    // "14 files as 14 subjects (B0101, B0102, ...); if they are sessions of fewer people,
    // --subject-pattern '^([A-Za-z]*\d{2})' finds 3 subjects of 4-5 files (B01, B02, B03)".
    QString describe() const;
};

// The guess for `baseNames` (file names without folder and extension).
SubjectGuess guessSubjects(const QStringList& baseNames);

}  // namespace alfee::core
