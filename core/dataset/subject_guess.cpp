// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/subject_guess.h"

#include <QRegularExpression>
#include <algorithm>

namespace alfee::core {
namespace {

// Files per subject of `names` under `pattern` (group 1); names it does not match are left out.
QMap<QString, int> subjectsUnder(const QStringList& names, const QString& pattern) {
    const QRegularExpression re(pattern);
    QMap<QString, int> out;
    for (const QString& name : names)
        if (const QString s = re.match(name).captured(1); !s.isEmpty()) ++out[s];
    return out;
}

// The leading digits of the guessed subject: how many a grouping may keep.
int digitsOf(const QString& subject) {
    int n = 0;
    for (int i = int(subject.size()) - 1; i >= 0 && subject[i].isDigit(); --i) ++n;
    return n;
}

QString listed(const QMap<QString, int>& subjects) {
    QStringList names = subjects.keys();
    const bool more = names.size() > 6;
    names = names.mid(0, 6);
    return names.join(", ") + (more ? QStringLiteral(", ...") : QString());
}

QString fileRange(const QMap<QString, int>& subjects) {
    const auto [lo, hi] = std::minmax_element(subjects.cbegin(), subjects.cend());
    return *lo == *hi ? QString::number(*lo) : QStringLiteral("%1-%2").arg(*lo).arg(*hi);
}

}  // namespace

SubjectGuess guessSubjects(const QStringList& baseNames) {
    SubjectGuess g;
    g.guessed = subjectsUnder(baseNames, QStringLiteral("^([A-Za-z]*\\d+)"));
    int digits = 0;
    for (const QString& s : g.guessed.keys()) digits = std::max(digits, digitsOf(s));
    // The fewest digits that still tell two or more people apart, each with several files:
    // B0101..B0105 and B0201.. keep "B01", "B02" (with three, session 10 would be apart).
    for (int k = 1; k < digits; ++k) {
        const QString pattern = QStringLiteral("^([A-Za-z]*\\d{%1})").arg(k);
        const QMap<QString, int> grouped = subjectsUnder(baseNames, pattern);
        const bool several =
            std::all_of(grouped.cbegin(), grouped.cend(), [](int files) { return files > 1; });
        if (grouped.size() >= 2 && grouped.size() < g.guessed.size() && several) {
            g.groupingPattern = pattern, g.grouped = grouped;
            break;
        }
    }
    return g;
}

QString SubjectGuess::describe() const {
    int files = 0;
    for (int n : guessed) files += n;
    QString text = QStringLiteral(
                       "%1 file(s) as %2 subject(s) guessed from the letters and digits "
                       "that start their names (%3)")
                       .arg(files)
                       .arg(guessed.size())
                       .arg(listed(guessed));
    if (!groupingPattern.isEmpty())
        text += QStringLiteral(
                    "; if they are sessions of fewer people, --subject-pattern '%1' "
                    "finds %2 subjects of %3 files each (%4)")
                    .arg(groupingPattern)
                    .arg(grouped.size())
                    .arg(fileRange(grouped))
                    .arg(listed(grouped));
    return text;
}

}  // namespace alfee::core
