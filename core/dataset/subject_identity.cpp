// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/subject_identity.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace alfee::core {
namespace {

struct NamingScheme {
    const char* name;
    const char* pattern;  // group 1: the subject
    const char* example;
};

// Most specific first: Sleep-EDF must come before the guess, which takes SC4001 and SC4002 (two
// nights of subject 00) as two subjects.
const NamingScheme kSchemes[] = {
    {"EEG-BIDS", R"(^sub-([A-Za-z0-9]+))", "sub-01_task-rest_eeg -> 01"},
    {"Sleep-EDF", R"(^(S[CT]\d{3})\d[A-Z])", "SC4001E0, SC4002E0 -> SC400"},
    {"EEGMMIDB", R"(^(S\d{3})R\d{2}$)", "S001R04 -> S001"},
    {"EEGMAT", R"(^(Subject\d+)_\d+$)", "Subject00_1 -> Subject00"},
    {"CHB-MIT", R"(^(chb\d+)[a-z]?_\d+)", "chb01_03 -> chb01"},
    {"TUH", R"(^([a-z]{8})_s\d{3}_t\d{3}$)", "aaaaaaav_s004_t000 -> aaaaaaav"},
};
const NamingScheme kGuess = {"letters and digits (a guess)", R"(^([A-Za-z]*\d+))",
                             "rec12_night2 -> rec12"};

QString captured(const char* pattern, const QString& base) {
    const QRegularExpression re(QString::fromLatin1(pattern));
    return re.match(base).captured(1);
}

}  // namespace

SubjectIdentity subjectOfFile(const QString& path, const QString& pattern) {
    const QString base = QFileInfo(path).completeBaseName();
    if (pattern != kAutoSubjects)
        return {QRegularExpression(pattern).match(base).captured(1), QStringLiteral("pattern"),
                false};
    for (const NamingScheme& s : kSchemes)
        if (const QString subject = captured(s.pattern, base); !subject.isEmpty())
            return {subject, QString::fromLatin1(s.name), false};
    return {captured(kGuess.pattern, base), QString::fromLatin1(kGuess.name), true};
}

QStringList namingSchemes() {
    QStringList out;
    for (const NamingScheme& s : kSchemes)
        out << QStringLiteral("%1 (%2)").arg(QLatin1String(s.name), QLatin1String(s.example));
    return out;
}

}  // namespace alfee::core
