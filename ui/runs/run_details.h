// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One run of the registry as a researcher reads it: what it was, its loss and metric curves,
// the confusion matrix, the metrics per split and the results per subject.

#include <QJsonObject>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QSplitter;
class QTableWidget;

namespace alfee::core {
class Workspace;
struct BaselineComparison;
}  // namespace alfee::core

namespace alfee::ui {

// Details of one run; empty until setRun().
class RunDetails : public QWidget {
    Q_OBJECT
  public:
    explicit RunDetails(QWidget* parent = nullptr);

    // Shows run `run` of `workspace` (read again each call: live runs grow); false with
    // *error when it cannot be read.
    bool setRun(core::Workspace& workspace, qint64 run, QString* error);
    void clear();
    qint64 run() const { return run_; }

    QCustomPlot* curves() const { return curves_; }
    QCustomPlot* confusion() const { return confusion_; }
    QTableWidget* metricsTable() const { return metrics_; }
    QTableWidget* subjectTable() const { return subjects_; }
    // The registry's details of the run shown (empty when none is).
    const QJsonObject& shownDetails() const { return details_; }
    // The metrics the table lists, as the registry names them.
    static const QStringList& metricKeys();

  protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void showHeader(const QJsonObject& details);
    static QString resumeHint(const QString& status, const QString& kind);
    void showCurves(const QJsonObject& history);
    void labelCurves(bool scores);
    static void fitColumns(QTableWidget* table);
    void showConfusion(const QJsonObject& result);
    void showMetrics(const QJsonArray& results, const core::BaselineComparison& baseline);
    void showSubjects(const QJsonArray& results);

    qint64 run_ = 0;
    QJsonObject details_;
    QLabel* header_ = nullptr;
    QWidget* content_ = nullptr;  // plots and tables, hidden while no run is shown
    QCustomPlot* curves_ = nullptr;
    QCustomPlot* confusion_ = nullptr;
    QTableWidget* metrics_ = nullptr;
    QTableWidget* subjects_ = nullptr;
    QSplitter* tables_ = nullptr;
};

// The whole-split result (no subject) of `split` in a run's results, from the first source
// that has one; empty when there is none.
QJsonObject splitResult(const QJsonArray& results, const QString& split);

}  // namespace alfee::ui
