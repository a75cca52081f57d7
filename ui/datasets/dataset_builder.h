// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dataset builder: labels from annotation texts or file names, window length and stride,
// channel set, subject-wise split; shows the counts per class, subject and split before saving.

#include <QDialog>
#include <QJsonObject>
#include <functional>

#include "core/dataset/dataset_builder.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QPushButton;
class QLabel;

namespace alfee::ui {

class WorkspaceDocument;

// Dialog over one workspace; Preview builds without saving, Save stores the dataset.
class DatasetBuilder : public QDialog {
    Q_OBJECT
  public:
    // Over the window's document; Save tells its listeners.
    DatasetBuilder(WorkspaceDocument* document, QWidget* parent = nullptr);
    // Alone: opens `workspace` into a document of its own.
    DatasetBuilder(const QString& workspace, QWidget* parent = nullptr);

    core::DatasetSpec spec() const;
    void setSpec(const core::DatasetSpec& spec);
    bool preview();  // counts into the table; false with the reason shown
    // Preview, then store in one transaction; a dataset of that name is replaced when
    // confirmReplace (a question to the user by default) says yes.
    bool save();
    std::function<bool(const QString& name)> confirmReplace;
    const QJsonObject& summary() const { return summary_; }
    // What the last preview warned of (guessed subjects, events that gave no window), one a line.
    const QString& warnings() const { return warning_; }
    QString message() const;  // the reason or the notes shown under the counts
    QTableWidget* countsTable() const { return counts_; }

  private:
    QWidget* makeForm();
    void showCounts();
    void makeDialog();

    WorkspaceDocument* document_ = nullptr;
    QLineEdit *name_ = nullptr, *filter_ = nullptr, *electrodes_ = nullptr;
    QComboBox* task_ = nullptr;
    QRadioButton *byFileName_ = nullptr, *byAnnotation_ = nullptr, *byParticipant_ = nullptr;
    QLineEdit* column_ = nullptr;  // the participants.tsv column of byParticipant_
    QTableWidget* classes_ = nullptr;
    QDoubleSpinBox *window_ = nullptr, *stride_ = nullptr, *train_ = nullptr,
                   *validation_ = nullptr, *test_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QTableWidget* counts_ = nullptr;
    QLabel* message_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QJsonObject summary_;
    core::DatasetBuild built_;  // the last preview's windows, what Save stores
    QString warning_;
};

}  // namespace alfee::ui
