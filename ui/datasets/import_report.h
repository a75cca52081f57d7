// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an import did with each file: imported, already present (a duplicate), moved, failed
// with the reader's reason, or skipped as not a recording. Shown after every import that did
// not simply import everything.

#include <QDialog>
#include <QMetaType>
#include <QVector>

class QLabel;
class QTableWidget;

namespace alfee::ui {

// One file's outcome.
struct ImportLine {
    enum class Result { Imported, Duplicate, Moved, Failed, Skipped, Warning };
    QString file;
    Result result = Result::Failed;
    QString reason;
};

QString importResultName(ImportLine::Result result);
// Why a file in an imported folder was skipped ("GDF files are not supported ...").
QString skippedReason(const QString& file);
// The file dialogs' filter: the recordings this build reads, and all files (a recording under
// another name, or a file whose import then says what to do with it).
QString recordingFileFilter();

// A table of the lines of one import.
class ImportReport : public QDialog {
    Q_OBJECT
  public:
    explicit ImportReport(QWidget* parent = nullptr);
    void setLines(const QVector<ImportLine>& lines, bool cancelled);
    QTableWidget* table() const { return table_; }

  private:
    QLabel* summary_ = nullptr;
    QTableWidget* table_ = nullptr;
};

}  // namespace alfee::ui

Q_DECLARE_METATYPE(alfee::ui::ImportLine)
