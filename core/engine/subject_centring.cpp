// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/subject_centring.h"

#include <QHash>

namespace alfee::core {

void centreBySubject(QVector<QVector<double>>& rows, const QVector<QString>& subjects) {
    QHash<QString, QVector<double>> sums;
    QHash<QString, int> counts;
    for (int i = 0; i < rows.size(); ++i) {
        QVector<double>& sum = sums[subjects[i]];
        if (sum.isEmpty()) sum.fill(0.0, rows[i].size());
        for (int j = 0; j < rows[i].size(); ++j) sum[j] += rows[i][j];
        ++counts[subjects[i]];
    }
    for (int i = 0; i < rows.size(); ++i) {
        const QVector<double>& sum = sums[subjects[i]];
        const double n = counts[subjects[i]];
        for (int j = 0; j < rows[i].size(); ++j) rows[i][j] -= sum[j] / n;
    }
}

QString centringNote() {
    return QStringLiteral(
        "subject centring: each subject's features are centred on its own mean over all its "
        "windows, without labels; the test subjects' unlabelled windows are used for theirs");
}

}  // namespace alfee::core
