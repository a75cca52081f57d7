// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rows of a dataset summary in the order every view shows them (the command line, the
// builder and the dataset manager render these, each in its own format).

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace alfee::core {

// The whole dataset, one split or one subject, with its window counts per class and "total".
struct SummaryRow {
    enum class Kind { All, Split, Subject };
    Kind kind = Kind::All;
    QString name;   // the split's or the subject's; empty for All
    QString split;  // a subject's split
    QJsonObject counts;
};

// All, then train, validation and test (those present), then the subjects by name.
QVector<SummaryRow> summaryRows(const QJsonObject& summary);

}  // namespace alfee::core
