// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One study of the workspace (`alfee study`): a forest plot of every arm's pooled balanced
// accuracy and AUROC with their 95% intervals, each fold's runs joined across the arms for one
// metric, the table of figures against the reference arm, and how they were computed. The
// figures are computed on a worker thread (their bootstrap takes seconds).

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;
class QTextBrowser;

namespace alfee::ui {

class WorkspaceDocument;

// A window on the studies of a workspace.
class StudyView : public QWidget {
    Q_OBJECT
  public:
    explicit StudyView(QWidget* parent = nullptr);

    // Lists the studies of the window's document in the study selector (again when another
    // workspace opens there or a study is written to it).
    void setDocument(WorkspaceDocument* document);
    // Alone: opens `workspace` into a document of its own.
    void setWorkspace(const QString& workspace);
    // Computes study `study`'s figures on a worker thread; shown() when they are drawn.
    void showStudy(qint64 study);
    // Draws figures as studyResults() gives them.
    void setResults(const QJsonObject& results);
    const QJsonObject& results() const { return results_; }

    QComboBox* studies() const { return studies_; }
    QComboBox* pairedMetric() const { return metric_; }
    QCustomPlot* forest() const { return forest_; }
    QCustomPlot* paired() const { return paired_; }
    QTableWidget* figures() const { return table_; }
    QTextBrowser* method() const { return method_; }

  signals:
    void shown(qint64 study);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void drawForest();
    void drawPaired();
    void fillTable();
    void listStudies();

    WorkspaceDocument* document_ = nullptr;
    WorkspaceDocument* ownDocument_ = nullptr;  // when used alone
    QJsonObject results_;
    qint64 pending_ = 0;  // the study being computed, to drop an older answer
    QComboBox *studies_ = nullptr, *metric_ = nullptr;
    QCustomPlot *forest_ = nullptr, *paired_ = nullptr;
    QTableWidget* table_ = nullptr;
    QTextBrowser* method_ = nullptr;
    QLabel* state_ = nullptr;
};

}  // namespace alfee::ui
