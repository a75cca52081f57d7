// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datasets/import_report.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/recording/recording_formats.h"

namespace alfee::ui {

QString importResultName(ImportLine::Result result) {
    switch (result) {
        case ImportLine::Result::Imported:
            return ImportReport::tr("imported");
        case ImportLine::Result::Duplicate:
            return ImportReport::tr("duplicate");
        case ImportLine::Result::Moved:
            return ImportReport::tr("moved");
        case ImportLine::Result::Failed:
            return ImportReport::tr("failed");
        case ImportLine::Result::Skipped:
            return ImportReport::tr("skipped");
        case ImportLine::Result::Warning:
            return ImportReport::tr("warning");
    }
    return {};
}

QString skippedReason(const QString& file) {
    return core::notARecordingReason(file);
}

QString recordingFileFilter() {
    return ImportReport::tr("EEG recordings (%1);;All files (*)")
        .arg(core::recordingFilePatterns());
}

ImportReport::ImportReport(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import report"));
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    table_ = new QTableWidget(0, 3, this);
    table_->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Reason")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(true);
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // import order first
    table_->setSortingEnabled(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

void ImportReport::setLines(const QVector<ImportLine>& lines, bool cancelled) {
    QMap<ImportLine::Result, int> counts;
    table_->setSortingEnabled(false);
    table_->setRowCount(lines.size());
    for (int r = 0; r < lines.size(); ++r) {
        const ImportLine& l = lines[r];
        ++counts[l.result];
        auto* file = new QTableWidgetItem(QFileInfo(l.file).fileName());
        file->setToolTip(l.file);
        table_->setItem(r, 0, file);
        table_->setItem(r, 1, new QTableWidgetItem(importResultName(l.result)));
        table_->setItem(r, 2, new QTableWidgetItem(l.reason));
    }
    table_->setSortingEnabled(true);
    table_->resizeColumnToContents(0);
    table_->resizeColumnToContents(1);
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(importResultName(it.key()));
    summary_->setText(parts.join(", ") + (cancelled ? tr(" (cancelled)") : QString()));
}

}  // namespace alfee::ui
