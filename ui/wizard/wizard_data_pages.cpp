// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizard_data_pages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

#include "core/dataset/dataset_store.h"
#include "core/dataset/subject_guess.h"
#include "core/dataset/subject_identity.h"
#include "core/dataset/subject_split.h"
#include "core/electrodes/channel_mapping.h"
#include "core/electrodes/electrode_vocabulary.h"
#include "core/engine/data_preview.h"
#include "core/engine/display_names.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_files.h"
#include "core/workspace/workspace.h"
#include "ui/wizard/finetune_draft.h"

namespace alfee::ui {
namespace {

QWidget* pathButtons(QWidget* parent, DataPage* page, QListWidget* paths) {
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* files = new QPushButton(QObject::tr("Add files..."), box);
    auto* folder = new QPushButton(QObject::tr("Add folder..."), box);
    auto* remove = new QPushButton(QObject::tr("Remove"), box);
    row->addWidget(files), row->addWidget(folder), row->addWidget(remove), row->addStretch();
    QObject::connect(files, &QPushButton::clicked, page, [page] {
        for (const QString& f : QFileDialog::getOpenFileNames(
                 page, QObject::tr("Add recordings"), {},
                 QObject::tr("EEG recordings (%1)").arg(core::recordingFilePatterns())))
            page->addPath(f);
    });
    QObject::connect(folder, &QPushButton::clicked, page, [page] {
        const QString d = QFileDialog::getExistingDirectory(page, QObject::tr("Add a folder"));
        if (!d.isEmpty()) page->addPath(d);
    });
    QObject::connect(remove, &QPushButton::clicked, page, [paths, page] {
        qDeleteAll(paths->selectedItems());
        emit page->completeChanged();
    });
    return box;
}

// Per subject, windows per class: what the split works from.
QMap<QString, core::ClassCounts> countsBySubject(const core::TrainingData& data) {
    QMap<QString, core::ClassCounts> counts;
    const int classes = data.spec.classNames().size();
    for (const core::WindowRef& w : data.windows) {
        auto& row = counts[w.subject];
        if (row.isEmpty()) row.resize(classes);
        if (w.label >= 0) ++row[w.label];
    }
    return counts;
}

// A split's name in the user's language.
QString splitName(const QString& split) {
    return core::splitDisplayName(split);
}

QString fileNameOf(const QString& path) {
    return QFileInfo(path).fileName();
}

}  // namespace

DataPage::DataPage(FineTuneDraft& draft, QWidget* parent) : QWizardPage(parent), draft_(draft) {
    setTitle(tr("Data"));
    setSubTitle(
        tr("Fine-tune on a dataset of this workspace, or on files and folders labelled "
           "by their names."));
    fromDataset_ = new QRadioButton(tr("A dataset of this workspace"), this);
    fromFiles_ = new QRadioButton(tr("Files and folders"), this);
    datasets_ = new QComboBox(this);
    paths_ = new QListWidget(this);
    paths_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    classes_ = new QTableWidget(4, 2, this);
    classes_->setHorizontalHeaderLabels(
        {tr("Class"), tr("File name matches (regular expression)")});
    classes_->horizontalHeader()->setStretchLastSection(true);
    classes_->verticalHeader()->setVisible(false);
    subjectPattern_ = new QLineEdit(core::DatasetSpec().subjectPattern, this);
    subjectPattern_->setToolTip(
        tr("auto: the subject of a known naming scheme (%1); otherwise group 1 of this regular "
           "expression in a file's name is its subject")
            .arg(core::namingSchemes().join("; ")));
    subjectNote_ = new QLabel(this);
    subjectNote_->setWordWrap(true);
    groupSessions_ = new QPushButton(this);
    groupSessions_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);  // not full width
    window_ = new QDoubleSpinBox(this);
    window_->setRange(1, 60), window_->setValue(10), window_->setSuffix(tr(" s"));
    auto* files = new QWidget(this);
    auto* form = new QFormLayout(files);
    form_ = form;
    form->addRow(tr("Recordings"), paths_);
    form->addRow(QString(), pathButtons(files, this, paths_));
    form->addRow(tr("Classes"), classes_);
    form->addRow(tr("Subject"), subjectPattern_);
    form->addRow(QString(), subjectNote_);
    form->addRow(QString(), groupSessions_);
    form->addRow(tr("Window"), window_);
    form->setRowVisible(subjectNote_, false), form->setRowVisible(groupSessions_, false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fromDataset_);
    layout->addWidget(datasets_);
    layout->addWidget(fromFiles_);
    layout->addWidget(files, 1);
    fromFiles_->setChecked(true);
    auto changed = [this] {
        datasets_->setEnabled(fromDataset_->isChecked());
        emit completeChanged();
    };
    connect(fromDataset_, &QRadioButton::toggled, this, changed);
    connect(classes_, &QTableWidget::itemChanged, this, &DataPage::completeChanged);
    connect(fromFiles_, &QRadioButton::toggled, files, &QWidget::setEnabled);
    connect(paths_->model(), &QAbstractItemModel::rowsInserted, this, &DataPage::updateSubjectNote);
    connect(paths_->model(), &QAbstractItemModel::rowsRemoved, this, &DataPage::updateSubjectNote);
    connect(subjectPattern_, &QLineEdit::textChanged, this, &DataPage::updateSubjectNote);
    connect(groupSessions_, &QPushButton::clicked, this,
            [this] { subjectPattern_->setText(grouping_); });
    changed();
}

void DataPage::updateSubjectNote() {
    QStringList paths, guessed;
    for (int i = 0; i < paths_->count(); ++i) paths << paths_->item(i)->text();
    const QString pattern = subjectPattern_->text();
    QMap<QString, int> subjects;
    const QStringList files = core::findRecordingFiles(paths);
    for (const QString& file : files) {
        const core::SubjectIdentity who = core::subjectOfFile(file, pattern);
        if (who.guessed) guessed << QFileInfo(file).completeBaseName();
        if (!who.subject.isEmpty()) ++subjects[who.subject];
    }
    QString note = files.isEmpty() ? QString()
                                   : tr("%n file(s) of %1 subject(s): %2", "", files.size())
                                         .arg(subjects.size())
                                         .arg(QStringList(subjects.keys().mid(0, 8)).join(", ") +
                                              (subjects.size() > 8 ? ", ..." : ""));
    const core::SubjectGuess guess = core::guessSubjects(guessed);
    if (!guessed.isEmpty())
        note += "\n" + tr("No known naming scheme says whose %n file(s) are: each one's subject is "
                          "guessed as the letters and digits that start its name.",
                          "", guessed.size());
    if (!guess.groupingPattern.isEmpty()) {
        const auto [fewest, most] =
            std::minmax_element(guess.grouped.cbegin(), guess.grouped.cend());
        note += " " + tr("If they are sessions of fewer people, the subject pattern %1 finds %2 "
                         "subjects of %3 files each (%4).")
                          .arg(guess.groupingPattern)
                          .arg(guess.grouped.size())
                          .arg(*fewest == *most ? QString::number(*fewest)
                                                : QString("%1-%2").arg(*fewest).arg(*most))
                          .arg(QStringList(guess.grouped.keys().mid(0, 8)).join(", "));
    }
    grouping_ = guess.groupingPattern;
    groupSessions_->setText(tr("Group as sessions of one person (%1)").arg(grouping_));
    form_->setRowVisible(groupSessions_, !grouping_.isEmpty());
    form_->setRowVisible(subjectNote_, !note.isEmpty());
    subjectNote_->setText(note);
}

void DataPage::initializePage() {
    QString error;
    datasets_->clear();
    if (auto ws = core::Workspace::open(draft_.options.workspace, &error))
        datasets_->addItems(core::DatasetStore(*ws).names(&error));
    fromDataset_->setEnabled(datasets_->count() > 0);
    if (datasets_->count() == 0)
        fromDataset_->setText(tr("A dataset of this workspace (none yet)"));
    if (datasets_->count() > 0 && paths_->count() == 0) fromDataset_->setChecked(true);
}

void DataPage::addPath(const QString& path) {
    if (paths_->findItems(path, Qt::MatchExactly).isEmpty()) paths_->addItem(path);
    emit completeChanged();
}

QVector<QPair<QString, QString>> DataPage::classRules() const {
    QVector<QPair<QString, QString>> rules;
    for (int r = 0; r < classes_->rowCount(); ++r) {
        const QString name = classes_->item(r, 0) ? classes_->item(r, 0)->text().trimmed() : "";
        const QString rule = classes_->item(r, 1) ? classes_->item(r, 1)->text().trimmed() : "";
        if (!name.isEmpty() && !rule.isEmpty()) rules.push_back({name, rule});
    }
    return rules;
}

bool DataPage::isComplete() const {
    if (fromDataset_->isChecked()) return datasets_->currentIndex() >= 0;
    return paths_->count() > 0 && classRules().size() >= 2;
}

bool DataPage::validatePage() {
    core::FineTuneOptions& o = draft_.options;
    o.datasets.clear(), o.dataPaths.clear();
    if (fromDataset_->isChecked()) {
        o.datasets = {datasets_->currentText()};
    } else {
        for (int i = 0; i < paths_->count(); ++i) o.dataPaths << paths_->item(i)->text();
        o.spec = core::DatasetSpec();
        // The run's dataset column: the first folder or file, and how many more.
        o.spec.name = QFileInfo(QDir::cleanPath(o.dataPaths.front())).fileName() +
                      (o.dataPaths.size() > 1 ? QStringLiteral(" +%1").arg(o.dataPaths.size() - 1)
                                              : QString());
        o.spec.label.classes = classRules();
        o.spec.subjectPattern = subjectPattern_->text();
        o.spec.windowSeconds = o.spec.strideSeconds = window_->value();
        if (const QString why = o.spec.validate(); !why.isEmpty()) {
            QMessageBox::warning(this, tr("Data"), why);
            return false;
        }
    }
    draft_.previewed = false;  // the next page reads the data again
    return true;
}

ChannelsPage::ChannelsPage(FineTuneDraft& draft, QWidget* parent)
    : QWizardPage(parent), draft_(draft) {
    setTitle(tr("Channels"));
    setSubTitle(
        tr("Which channels of each recording the model gets as which electrode. Check "
           "them before going on: nothing is left out silently."));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Recording"), tr("Channels")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->setWordWrap(true);
    confirm_ = new QCheckBox(tr("The channel mapping is right for every recording"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addWidget(busy_);
    layout->addWidget(tree_, 1);
    layout->addWidget(confirm_);
    connect(confirm_, &QCheckBox::toggled, this, &ChannelsPage::completeChanged);
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this] {
        draft_.previewError = watcher_.result();
        draft_.previewed = draft_.previewError.isEmpty();
        showPreview();
    });
}

void ChannelsPage::initializePage() {
    if (draft_.previewed || watcher_.isRunning()) return showPreview();
    confirm_->setChecked(false);
    tree_->clear();
    busy_->setVisible(true);
    status_->setText(tr("Reading the recordings (from a scratch copy of the workspace)..."));
    FineTuneDraft* draft = &draft_;
    const core::FineTuneOptions options = draft_.options;
    watcher_.setFuture(QtConcurrent::run([draft, options] {
        QString error;
        core::TrainingData data;
        if (!core::previewTrainingData(options, draft->scratch.path(), &data, &error))
            return error.isEmpty() ? QStringLiteral("no data") : error;
        draft->preview = data;  // read on the GUI thread only after finished()
        return QString();
    }));
    emit completeChanged();
}

namespace {

// One recording's channels as the model sees them: model input, not (with why), and the
// electrodes of `all` it lacks.
struct RecordingChannels {
    QStringList mapped, unmapped, missing;
};

RecordingChannels channelsOf(const core::SourceRecording& r, const QSet<QString>& all) {
    RecordingChannels out;
    QSet<QString> have;
    for (const core::ChannelMapEntry& e : r.mapping.entries()) {
        if (!e.isModelInput()) {
            // The reason in the user's language (stored in English).
            out.unmapped << e.label + (e.note.isEmpty()
                                           ? ""
                                           : " (" + core::mappingNoteText(e.note) + ")");
            continue;
        }
        out.mapped << e.label + " = " + core::electrodeDisplayName(e.electrode);
        have.insert(e.electrode);
    }
    for (const QString& e : all)
        if (!have.contains(e)) out.missing << core::electrodeDisplayName(e);
    out.missing.sort();
    return out;
}

}  // namespace

void ChannelsPage::addRecording(const core::SourceRecording& r, const QSet<QString>& all) {
    const RecordingChannels c = channelsOf(r, all);
    auto* item = new QTreeWidgetItem(
        tree_, {fileNameOf(r.path), tr("%n electrode(s)", "", int(c.mapped.size()))});
    item->setToolTip(0, r.path);
    const QStringList rows[] = {c.mapped, c.unmapped, c.missing};
    const QString names[] = {tr("model input"), tr("not model input"), tr("missing here")};
    for (int i = 0; i < 3; ++i) {
        auto* child = new QTreeWidgetItem(
            item, {names[i], rows[i].isEmpty() ? tr("none") : rows[i].join(", ")});
        child->setToolTip(1, rows[i].join("\n"));  // the whole list, one a line
    }
    if (!c.unmapped.isEmpty() || !c.missing.isEmpty()) item->setExpanded(true);
}

void ChannelsPage::showPreview() {
    busy_->setVisible(watcher_.isRunning());
    if (watcher_.isRunning()) return;
    if (!draft_.previewError.isEmpty()) {
        status_->setText(tr("The data cannot be read: %1").arg(draft_.previewError));
        return emit completeChanged();
    }
    const core::TrainingData& data = draft_.preview;
    QSet<QString> all;
    for (const core::SourceRecording& r : data.recordings)
        for (const core::ChannelMapEntry& e : r.mapping.mapped()) all.insert(e.electrode);
    tree_->clear();
    int incomplete = 0;
    for (const core::SourceRecording& r : data.recordings) {
        addRecording(r, all);
        incomplete += channelsOf(r, all).missing.isEmpty() ? 0 : 1;
    }
    status_->setText(tr("%1 recording(s), %2 window(s). %3 recording(s) lack electrodes that "
                        "others have: the model takes each recording's own set.")
                         .arg(data.recordings.size())
                         .arg(data.windows.size())
                         .arg(incomplete));
    emit completeChanged();
}

bool ChannelsPage::isComplete() const {
    return draft_.previewed && !watcher_.isRunning() && confirm_->isChecked();
}

LabelsPage::LabelsPage(FineTuneDraft& draft, QWidget* parent) : QWizardPage(parent), draft_(draft) {
    setTitle(tr("Labels"));
    setSubTitle(tr("The classes and how many windows each has."));
    table_ = new QTableWidget(this);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    notes_ = new QLabel(this);
    notes_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(notes_);
}

void LabelsPage::initializePage() {
    const core::TrainingData& data = draft_.preview;
    const QStringList classes = data.spec.classNames();
    QVector<int> windows(classes.size(), 0);
    QVector<QSet<QString>> subjects(classes.size());
    for (const core::WindowRef& w : data.windows)
        if (w.label >= 0) ++windows[w.label], subjects[w.label].insert(w.subject);
    table_->clear();
    table_->setColumnCount(4);
    table_->setHorizontalHeaderLabels({tr("Class"), tr("Windows"), tr("Subjects"), tr("Share")});
    table_->setRowCount(classes.size());
    const int total = std::max(1, int(data.windows.size()));
    int smallest = INT_MAX, largest = 0;
    for (int k = 0; k < classes.size(); ++k) {
        table_->setItem(k, 0, new QTableWidgetItem(classes[k]));
        table_->setItem(k, 1, new QTableWidgetItem(QString::number(windows[k])));
        table_->setItem(k, 2, new QTableWidgetItem(QString::number(subjects[k].size())));
        auto* share = new QProgressBar(table_);  // a bar: the balance at a glance
        share->setRange(0, 1000), share->setValue(1000 * windows[k] / total);
        share->setFormat(QStringLiteral("%1%").arg(100.0 * windows[k] / total, 0, 'f', 1));
        table_->setCellWidget(k, 3, share);
        smallest = std::min(smallest, windows[k]), largest = std::max(largest, windows[k]);
    }
    QStringList notes;
    everyClassHasWindows_ = smallest > 0;
    QStringList empty;
    for (int k = 0; k < classes.size(); ++k)
        if (windows[k] == 0) empty << classes[k];
    if (!empty.isEmpty())
        notes << tr("No window for %1: check the class rule (Back). Next needs a window in "
                    "every class.")
                     .arg(empty.join(", "));
    else if (largest > 3 * smallest)
        notes << tr("The classes are unbalanced (%1:%2): balanced accuracy and the balanced "
                    "weights of the loss account for it.")
                     .arg(largest)
                     .arg(smallest);
    if (!data.excluded.isEmpty()) notes << tr("Left out: %1").arg(data.excluded.join("; "));
    notes_->setText(notes.join("\n"));
}

bool LabelsPage::isComplete() const {
    return everyClassHasWindows_;
}

SplitPage::SplitPage(FineTuneDraft& draft, QWidget* parent) : QWizardPage(parent), draft_(draft) {
    setTitle(tr("Split by subject"));
    setSubTitle(
        tr("Tick the subjects to test on: they are never used to choose the model. "
           "Without any ticked, about 15% of the subjects are drawn for the test."));
    subjects_ = new QListWidget(this);
    validation_ = new QDoubleSpinBox(this);
    validation_->setRange(0.05, 0.5), validation_->setSingleStep(0.05), validation_->setValue(0.15);
    validation_->setToolTip(tr("Share of the other subjects' windows that choose the best epoch"));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1 << 30), seed_->setValue(42);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Validation share"), validation_);
    form->addRow(tr("Split seed"), seed_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(subjects_, 1);
    layout->addLayout(form);
    layout->addWidget(summary_);
    connect(subjects_, &QListWidget::itemChanged, this, &SplitPage::updateSummary);
    connect(validation_, &QDoubleSpinBox::valueChanged, this, &SplitPage::updateSummary);
    connect(seed_, &QSpinBox::valueChanged, this, &SplitPage::updateSummary);
}

void SplitPage::initializePage() {
    const bool files = draft_.options.datasets.isEmpty();
    const QSignalBlocker block(subjects_);
    subjects_->clear();
    for (const QString& s : countsBySubject(draft_.preview).keys()) {
        auto* item = new QListWidgetItem(s, subjects_);
        item->setData(Qt::UserRole, s);
        item->setFlags(files ? item->flags() | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        if (files) item->setCheckState(Qt::Unchecked);
    }
    validation_->setEnabled(files), seed_->setEnabled(files);
    setSubTitle(files ? tr("Tick the subjects to test on: they are never used to choose the "
                           "model. Without any ticked, about 15% of the subjects are drawn for "
                           "the test.")
                      : tr("A workspace dataset keeps the subject split it was built with (the "
                           "Datasets tab builds it again): each subject and its split."));
    updateSummary();
}

QStringList SplitPage::testSubjects() const {
    QStringList out;
    for (int i = 0; i < subjects_->count(); ++i)
        if (subjects_->item(i)->checkState() == Qt::Checked)
            out << subjects_->item(i)->data(Qt::UserRole).toString();
    return out;
}

void SplitPage::updateSummary() {
    const core::TrainingData& data = draft_.preview;
    QMap<QString, QString> splitOf;
    if (draft_.options.datasets.isEmpty()) {
        core::SplitSpec split;
        split.seed = quint32(seed_->value()), split.testSubjects = testSubjects();
        split.validation = validation_->value(), split.train = 1 - split.validation - split.test;
        const int classes = data.spec.classNames().size();
        splitOf = split.testSubjects.isEmpty()
                      ? core::splitSubjects(countsBySubject(data), classes, split)
                      : core::splitAroundTestSubjects(countsBySubject(data), classes, split);
    } else {
        for (const core::WindowRef& w : data.windows) splitOf[w.subject] = w.split;
    }
    QMap<QString, int> subjects, windows;
    for (auto it = splitOf.begin(); it != splitOf.end(); ++it) ++subjects[it.value()];
    for (const core::WindowRef& w : data.windows) ++windows[splitOf.value(w.subject)];
    trainSubjects_ = subjects["train"], testSubjects_ = subjects["test"];
    {
        const QSignalBlocker block(subjects_);
        for (int i = 0; i < subjects_->count(); ++i) {
            const QString subject = subjects_->item(i)->data(Qt::UserRole).toString();
            subjects_->item(i)->setText(subject + "    " + splitName(splitOf.value(subject)));
        }
    }
    QStringList parts;
    for (const char* s : {"train", "validation", "test"})
        parts << tr("%1: %2 subject(s), %3 window(s)")
                     .arg(splitName(s))
                     .arg(subjects[s])
                     .arg(windows[s]);
    // Next is disabled without a training and a test subject: say which is missing, and how.
    const bool files = draft_.options.datasets.isEmpty();
    QString why;
    if (subjects["train"] == 0)
        why = files ? tr("No subject is left for training: untick some test subjects.")
                    : tr("The dataset has no training subject: build it again with a larger "
                         "training share (Datasets tab).");
    else if (subjects["test"] == 0)
        why = files ? tr("No test subject: tick one, or use more subjects.")
                    : tr("The dataset has no test subject: build it again with a test share "
                         "(Datasets tab).");
    summary_->setText(parts.join("; ") + (why.isEmpty() ? QString() : "\n" + why));
    emit completeChanged();
}

bool SplitPage::isComplete() const {
    return trainSubjects_ > 0 && testSubjects_ > 0;
}

bool SplitPage::validatePage() {
    if (!draft_.options.datasets.isEmpty()) return true;
    core::SplitSpec& split = draft_.options.spec.split;
    split.seed = quint32(seed_->value()), split.testSubjects = testSubjects();
    split.validation = validation_->value(), split.train = 1 - split.validation - split.test;
    return true;
}

}  // namespace alfee::ui
