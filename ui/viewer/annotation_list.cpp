// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/annotation_list.h"

#include <QHeaderView>
#include <cmath>

namespace alfee::ui {

QString formatSeconds(double seconds) {
    if (seconds < 600) return QStringLiteral("%1 s").arg(seconds, 0, 'f', seconds < 60 ? 2 : 1);
    const qint64 whole = std::llround(seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(whole / 3600)
        .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

AnnotationList::AnnotationList(QWidget* parent) : QTableWidget(0, 3, parent) {
    setHorizontalHeaderLabels({tr("Onset"), tr("Duration"), tr("Annotation")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A single click jumps, as in EDFbrowser; keyboard activation (Enter) too.
    connect(this, &QTableWidget::cellClicked, this,
            [this](int row) { emit jumpRequested(onsetAt(row)); });
    connect(this, &QTableWidget::cellActivated, this,
            [this](int row) { emit jumpRequested(onsetAt(row)); });
}

void AnnotationList::setAnnotations(const QVector<core::Annotation>& annotations) {
    annotations_ = annotations;
    firstInPage_ = -1;
    setRowCount(annotations.size());
    for (int r = 0; r < annotations.size(); ++r) {
        const core::Annotation& a = annotations[r];
        auto* onset = new QTableWidgetItem(formatSeconds(a.onsetSeconds()));
        onset->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* duration =
            new QTableWidgetItem(a.hasDuration() ? formatSeconds(a.durationSeconds()) : "-");
        duration->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(r, 0, onset);
        setItem(r, 1, duration);
        setItem(r, 2, new QTableWidgetItem(a.text));
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

double AnnotationList::onsetAt(int row) const {
    return row >= 0 && row < annotations_.size() ? annotations_[row].onsetSeconds() : 0.0;
}

void AnnotationList::followPage(double start, double end) {
    firstInPage_ = -1;
    const QSignalBlocker quiet(this);
    clearSelection();
    for (int r = 0; r < annotations_.size(); ++r) {
        const core::Annotation& a = annotations_[r];
        const double off = a.onsetSeconds() + a.durationSeconds();
        if (a.onsetSeconds() >= end || off < start) continue;
        if (firstInPage_ < 0) firstInPage_ = r;
        selectionModel()->select(model()->index(r, 0),
                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (firstInPage_ >= 0) scrollToItem(item(firstInPage_, 0), QAbstractItemView::PositionAtTop);
}

}  // namespace alfee::ui
