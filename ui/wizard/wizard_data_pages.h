// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data half of the fine-tuning wizard: where the data comes from, whether its channels map
// onto the model's electrodes, its classes and their balance, and the subject-wise split.

#include <QFutureWatcher>
#include <QSet>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace alfee::core {
struct SourceRecording;
}

namespace alfee::ui {

struct FineTuneDraft;

// A workspace dataset, or files and folders with a rule that labels them by file name.
class DataPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit DataPage(FineTuneDraft& draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QRadioButton* datasetChoice() const { return fromDataset_; }
    QRadioButton* filesChoice() const { return fromFiles_; }
    QComboBox* datasets() const { return datasets_; }
    QListWidget* paths() const { return paths_; }
    QTableWidget* classes() const { return classes_; }
    QLabel* subjectNote() const { return subjectNote_; }
    QPushButton* groupSessions() const { return groupSessions_; }
    QLineEdit* subjectPattern() const { return subjectPattern_; }
    void addPath(const QString& path);

  private:
    QVector<QPair<QString, QString>> classRules() const;
    // Whose recordings the files are, before any split: the subjects found and, where the
    // names are a guess, the pattern that groups one person's sessions.
    void updateSubjectNote();

    FineTuneDraft& draft_;
    QRadioButton* fromDataset_ = nullptr;
    QRadioButton* fromFiles_ = nullptr;
    QComboBox* datasets_ = nullptr;
    QListWidget* paths_ = nullptr;
    QTableWidget* classes_ = nullptr;
    QLineEdit* subjectPattern_ = nullptr;
    QLabel* subjectNote_ = nullptr;
    QPushButton* groupSessions_ = nullptr;
    QString grouping_;  // the pattern groupSessions_ offers
    QDoubleSpinBox* window_ = nullptr;
    QFormLayout* form_ = nullptr;  // the files' form: the note's and button's rows show when set
};

// Reads the data (on a worker, from a scratch copy of the workspace) and lists, per recording,
// the electrodes the model gets, the channels it does not, and the electrodes that other
// recordings have and this one lacks. The user confirms before going on.
class ChannelsPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ChannelsPage(FineTuneDraft& draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QCheckBox* confirmation() const { return confirm_; }
    QTreeWidget* recordings() const { return tree_; }
    bool reading() const { return watcher_.isRunning(); }

  private:
    void showPreview();
    void addRecording(const core::SourceRecording& recording, const QSet<QString>& all);

    FineTuneDraft& draft_;
    QLabel* status_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QCheckBox* confirm_ = nullptr;
    QFutureWatcher<QString> watcher_;
};

// Windows per class, and what was left out and why.
class LabelsPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit LabelsPage(FineTuneDraft& draft, QWidget* parent = nullptr);
    void initializePage() override;
    // Every class has a window: a class without any cannot be learned or tested.
    bool isComplete() const override;
    QTableWidget* balance() const { return table_; }
    QLabel* notes() const { return notes_; }

  private:
    FineTuneDraft& draft_;
    QTableWidget* table_ = nullptr;
    QLabel* notes_ = nullptr;
    bool everyClassHasWindows_ = false;
};

// Which subjects are tested on (never used for model selection), and how the others are shared
// between training and validation; the splits' subjects and windows update as they change.
class SplitPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit SplitPage(FineTuneDraft& draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget* subjects() const { return subjects_; }
    QLabel* summary() const { return summary_; }

  private:
    QStringList testSubjects() const;
    void updateSummary();

    FineTuneDraft& draft_;
    QListWidget* subjects_ = nullptr;
    QDoubleSpinBox* validation_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLabel* summary_ = nullptr;
    int trainSubjects_ = 0, testSubjects_ = 0;
};

}  // namespace alfee::ui
