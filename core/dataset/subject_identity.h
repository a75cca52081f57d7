// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whose recording a file is: the subject its name says under a known naming scheme (EEG-BIDS,
// Sleep-EDF, EEGMMIDB, EEGMAT, CHB-MIT, TUH) or a pattern the user gives. Splits are by subject,
// so a wrong subject (two nights of one person taken as two people) leaks between them.

#include <QString>
#include <QStringList>

namespace alfee::core {

// The subject pattern that tries the known naming schemes in order (DatasetSpec's default).
inline const QString kAutoSubjects = QStringLiteral("auto");

// A file's subject and how it was found.
struct SubjectIdentity {
    QString subject;       // empty: the name says no subject under the rule
    QString scheme;        // "EEG-BIDS", "Sleep-EDF", ..., "pattern" (the user's), or the guess
    bool guessed = false;  // the letters and digits that start the name: no known scheme matched
};

// The subject of the file `path` under `pattern`: kAutoSubjects, or a regular expression whose
// group 1 is the subject.
SubjectIdentity subjectOfFile(const QString& path, const QString& pattern);

// The known schemes, each as "name (example -> subject)", for help texts and messages.
QStringList namingSchemes();

}  // namespace alfee::core
