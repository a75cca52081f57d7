// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One deviation of a file from the EDF/EDF+/BDF rules, in words a researcher can act on.

#include <QString>
#include <QStringList>
#include <QVector>

namespace alfee::core {

// An error makes a file unreadable; a warning is a harmless deviation that is read past.
struct HeaderIssue {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString where;  // the header field or record, e.g. "signal 65 'EDF Annotations': unit"
    QString what;   // the plain-words problem

    bool isError() const { return severity == Severity::Error; }
    QString text() const { return where.isEmpty() ? what : where + ": " + what; }
};

inline bool hasErrors(const QVector<HeaderIssue>& issues) {
    for (const auto& i : issues)
        if (i.isError()) return true;
    return false;
}

inline QStringList issueTexts(const QVector<HeaderIssue>& issues, HeaderIssue::Severity severity) {
    QStringList out;
    for (const auto& i : issues)
        if (i.severity == severity) out << i.text();
    return out;
}

}  // namespace alfee::core
