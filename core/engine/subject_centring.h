// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-subject centring of features (--subject-centring): each row minus the mean row of its
// subject's windows, computed without labels, so that what stays is how a window differs from
// that person's usual, not who the person is.

#include <QString>
#include <QVector>

namespace alfee::core {

// rows[i] -= mean of the rows whose subjects[i] is the same (rows and subjects of equal size).
void centreBySubject(QVector<QVector<double>>& rows, const QVector<QString>& subjects);

// The sentence a run, a study and a report carry when test subjects' unlabelled windows
// were used by centring.
QString centringNote();

}  // namespace alfee::core
