// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A progress bar with time left and a cancel button, for work on a worker thread.

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace alfee::ui {

// Shows done/total, an estimate of the time left, and emits cancelRequested.
class ProgressPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ProgressPanel(QWidget* parent = nullptr);
    void start(const QString& title);
    // `secondsLeft` as the worker estimates it; negative: estimated here from the pace so far.
    void update(int done, int total, const QString& message, double secondsLeft = -1);
    void finish();

  signals:
    void cancelRequested();

  private:
    QLabel* label_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QElapsedTimer clock_;
    QString title_;
};

}  // namespace alfee::ui
