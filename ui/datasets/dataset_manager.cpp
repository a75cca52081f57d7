// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datasets/dataset_manager.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

#include "core/dataset/dataset_store.h"
#include "core/dataset/subject_identity.h"
#include "core/dataset/summary_rows.h"
#include "core/engine/display_names.h"
#include "core/export/dataset_bids_export.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_store.h"
#include "ui/common/progress_panel.h"
#include "ui/common/workspace_document.h"
#include "ui/datasets/dataset_builder.h"
#include "ui/datasets/import_report.h"
#include "ui/datasets/import_worker.h"
#include "ui/datasets/workspace_edits.h"

namespace alfee::ui {
namespace {

// EDF+ and BDF+ with gaps are EDF+D and BDF+D; other formats name their own segments.
QString formatText(const core::StoredRecording& r) {
    const bool edf = r.format.startsWith("EDF") || r.format.startsWith("BDF");
    return edf && r.segments.size() > 1 ? r.format + "D" : r.format;
}

constexpr int kPathRole = Qt::UserRole + 1;  // on the file column: the whole path

QStringList distinctRates(const QVector<double>& rates) {
    QVector<double> sorted = rates;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList out;
    for (double r : sorted) out << QString::number(r);
    return out;
}

// Two rates as they are, more as a range: one file with ten rates widened the column until
// the file names read "A...r" at 900 px. The cell's tooltip lists them all.
QString ratesText(const QVector<double>& rates) {
    const QStringList all = distinctRates(rates);
    if (all.isEmpty()) return QStringLiteral("-");  // annotations only
    if (all.size() <= 2) return all.join(", ") + " Hz";
    return DatasetManager::tr("%1-%2 Hz").arg(all.front(), all.back());
}

}  // namespace

DatasetManager::DatasetManager(QWidget* parent) : QWidget(parent) {
    setAcceptDrops(true);
    auto* importFiles = new QPushButton(tr("Import files..."), this);
    auto* importFolder = new QPushButton(tr("Import folder..."), this);
    auto* create = new QPushButton(tr("New dataset..."), this);
    auto* hint = new QLabel(tr("or drop recordings, folders or a BIDS dataset here"), this);
    hint->setWordWrap(true);  // two lines rather than a window wider than 900 pixels
    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter recordings (file, subject, format...)"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, this, &DatasetManager::applyFilter);
    auto* buttons = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(importFiles), static_cast<QWidget*>(importFolder),
                       static_cast<QWidget*>(hint)})
        buttons->addWidget(w);
    buttons->addStretch();
    buttons->addWidget(filter_, 1);
    buttons->addWidget(create);
    table_ = new QTableWidget(0, 8, this);
    table_->setHorizontalHeaderLabels({tr("File"), tr("Subject"), tr("Format"), tr("Channels"),
                                       tr("Rates"), tr("Duration (s)"), tr("Annotations"),
                                       tr("Mapping")});
    // The file name takes what the counts leave (at 900 px fixed-width columns cut it to 7
    // characters); the counts are as wide as their contents.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Names differ at their end (Subject00_1, Subject00_2): when the column is narrow (the
    // annotations dock beside it at 900 px), keep the end and cut the middle.
    table_->setTextElideMode(Qt::ElideMiddle);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);  // by name at first
    datasets_ = new QListWidget(this);
    details_ = new QTextBrowser(this);
    auto* lower = new QSplitter(this);
    lower->addWidget(datasets_);
    lower->addWidget(details_);
    lower->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    progress_ = new ProgressPanel(this);
    report_ = new ImportReport(this);
    qRegisterMetaType<QVector<ImportLine>>();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(progress_);
    connect(importFiles, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Import recordings"), {}, recordingFileFilter());
        if (!paths.isEmpty()) importPaths(paths);
    });
    connect(importFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder"));
        if (!dir.isEmpty()) importPaths({dir});
    });
    connect(create, &QPushButton::clicked, this, &DatasetManager::newDataset);
    connect(progress_, &ProgressPanel::cancelRequested, this, &DatasetManager::cancelImport);
    connect(table_, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { emit recordingActivated(recordingIdAt(row)); });
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const qint64 id = recordingIdAt(row); id >= 0) emit recordingSelected(id);
    });
    connect(datasets_, &QListWidget::currentRowChanged, this, &DatasetManager::showDataset);
    undo_ = new QUndoStack(this);
    makeContextMenus();
}

DatasetManager::~DatasetManager() {
    if (thread_) {
        cancelImport();
        thread_->quit();
        thread_->wait();
    }
}

int DatasetManager::recordingCount() const {
    return table_->rowCount();
}

void DatasetManager::setDocument(WorkspaceDocument* document) {
    document_ = document;
    document_->addUndoStack(undo_);
    connect(document_, &WorkspaceDocument::opened, this, [this] {
        undo_->clear();  // the history was about another workspace
        refresh();
    });
    connect(document_, &WorkspaceDocument::recordingsChanged, this,
            &DatasetManager::fillRecordings);
    // The mapped-channel counts of the table.
    connect(document_, &WorkspaceDocument::mappingChanged, this, &DatasetManager::fillRecordings);
    // The annotation counts.
    connect(document_, &WorkspaceDocument::annotationsChanged, this,
            &DatasetManager::fillRecordings);
    connect(document_, &WorkspaceDocument::datasetsChanged, this, &DatasetManager::fillDatasets);
    if (document_->isOpen()) refresh();
}

void DatasetManager::setWorkspace(const QString& path) {
    if (!document_) setDocument(new WorkspaceDocument(this));
    if (const QString error = document_->show(path); !error.isEmpty()) emit message(error);
}

QString DatasetManager::workspace() const {
    return document_ ? document_->path() : QString();
}

core::Workspace* DatasetManager::openWorkspace() const {
    return document_ ? document_->workspace() : nullptr;
}

void DatasetManager::refresh() {
    fillRecordings();
    fillDatasets();
}

// Filled again (an import, an edit in another tab), the table keeps the recording that was
// current, without telling the montage tab of a change that did not happen.
void DatasetManager::fillRecordings() {
    const qint64 current = recordingIdAt(table_->currentRow());
    const QSignalBlocker quiet(table_);
    fillRecordingRows();
    for (int row = 0; row < table_->rowCount(); ++row)
        if (recordingIdAt(row) == current) table_->setCurrentCell(row, 0);
}

void DatasetManager::fillRecordingRows() {
    QString error;
    core::Workspace* ws = openWorkspace();
    table_->setRowCount(0);
    table_->setSortingEnabled(false);  // rows are filled by index; sorted again below
    if (!ws) return;
    for (const core::StoredRecording& r : core::RecordingStore(*ws).list(&error)) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        const QString status =
            tr("%1 of %2 mapped").arg(r.mapping.mapped().size()).arg(r.signalCount) +
            (r.mapping.duplicates().isEmpty()
                 ? QString()
                 : tr(", %n duplicate(s)", nullptr, r.mapping.duplicates().size()));
        // The name: at 900 px every full path read the same long folder prefix.
        const QStringList cells = {r.fileName(),
                                   core::subjectOfFile(r.path, core::kAutoSubjects).subject,
                                   formatText(r),
                                   QString::number(r.signalCount),
                                   ratesText(r.ratesHz),
                                   QString::number(r.durationSeconds),
                                   QString::number(r.annotationCount),
                                   status};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem;
            // Counts and seconds sort as numbers; a subject label such as "00" stays text.
            bool numeric = false;
            const double value = c == 1 ? 0.0 : cells[c].toDouble(&numeric);
            item->setData(Qt::DisplayRole, numeric ? QVariant(value) : QVariant(cells[c]));
            table_->setItem(row, c, item);
        }
        table_->item(row, 4)->setToolTip(distinctRates(r.ratesHz).join(", ") + " Hz");
        table_->item(row, 0)->setData(Qt::UserRole, r.id);
        table_->item(row, 0)->setData(kPathRole, r.path);
        table_->item(row, 0)->setToolTip(
            r.warnings.isEmpty() ? r.path : r.path + "\n" + r.warnings.join('\n'));
    }
    table_->setSortingEnabled(true);
    applyFilter(filter_->text());
}

qint64 DatasetManager::recordingIdAt(int row) const {
    const QTableWidgetItem* item = table_->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : -1;
}

void DatasetManager::applyFilter(const QString& text) {
    for (int r = 0; r < table_->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c = 0; c < table_->columnCount() && !match; ++c)
            match = table_->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        match = match || table_->item(r, 0)->data(kPathRole).toString().contains(
                             text, Qt::CaseInsensitive);  // a folder of the path
        table_->setRowHidden(r, !match);
    }
}

void DatasetManager::fillDatasets() {
    QString error;
    core::Workspace* ws = openWorkspace();
    datasets_->clear();
    details_->clear();
    if (!ws) return;
    datasets_->addItems(core::DatasetStore(*ws).names(&error));
}

void DatasetManager::showDataset() {
    const auto* item = datasets_->currentItem();
    if (!item) return;
    QString error = tr("No workspace is open.");
    core::Workspace* ws = openWorkspace();
    const auto d = ws ? core::DatasetStore(*ws).load(item->text(), &error) : std::nullopt;
    if (!d) {
        details_->setPlainText(error);
        return;
    }
    const QStringList classes = d->spec.classNames();
    QString html = tr("<h3>%1</h3><p>task %2, %3 s windows every %4 s, %5 windows</p>")
                       .arg(d->spec.name.toHtmlEscaped(), d->spec.task)
                       .arg(d->spec.windowSeconds)
                       .arg(d->spec.strideSeconds)
                       .arg(d->summary["windows"].toInt());
    html += "<table border=1 cellspacing=0 cellpadding=3><tr><th></th>";
    for (const QString& c : classes) html += "<th>" + c.toHtmlEscaped() + "</th>";
    html += "<th>" + tr("total") + "</th></tr>";
    auto row = [&](const QString& name, const QJsonObject& counts) {
        html += "<tr><td>" + name.toHtmlEscaped() + "</td>";
        for (const QString& c : classes)
            html += "<td>" + QString::number(counts[c].toInt()) + "</td>";
        html += "<td>" + QString::number(counts["total"].toInt()) + "</td></tr>";
    };
    for (const core::SummaryRow& r : core::summaryRows(d->summary))
        row(r.kind == core::SummaryRow::Kind::All ? tr("all")
            : r.kind == core::SummaryRow::Kind::Subject
                ? r.name + " (" + core::splitDisplayName(r.split) + ")"
                : core::splitDisplayName(r.name),
            r.counts);
    details_->setHtml(html + "</table>");
}

void DatasetManager::importPaths(const QStringList& paths) {
    if (thread_ || !openWorkspace()) return;
    if (beforeImport && !beforeImport(paths)) return;
    thread_ = new QThread(this);
    worker_ = new ImportWorker(workspace(), paths);  // its own connection, on its own thread
    worker_->moveToThread(thread_);
    connect(thread_, &QThread::started, worker_, &ImportWorker::run);
    // Deleted as its thread ends: a deleteLater posted after the loop has quit never runs.
    connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &ImportWorker::progress, progress_,
            [this](int done, int total, const QString& text) {
                progress_->update(done, total, text);
                emit importProgress(done, total, text);
            });
    connect(worker_, &ImportWorker::finished, this, &DatasetManager::importDone);
    progress_->start(tr("Importing"));
    thread_->start();
}

void DatasetManager::importDone(const QVector<ImportLine>& lines, bool cancelled) {
    thread_->quit();
    thread_->wait();
    thread_->deleteLater();
    worker_ = nullptr;
    thread_ = nullptr;
    progress_->finish();
    emit document_->recordingsChanged();
    emit document_->datasetsChanged();
    const bool filtered = !filter_->text().isEmpty();
    int imported = 0;
    QStringList failures;
    bool everythingImported = !cancelled;
    for (const ImportLine& l : lines) {
        imported +=
            l.result == ImportLine::Result::Imported || l.result == ImportLine::Result::Moved;
        if (l.result == ImportLine::Result::Failed) failures << l.file + ": " + l.reason;
        everythingImported &= l.result == ImportLine::Result::Imported;
    }
    lastImport_ = lines;
    report_->setLines(lines, cancelled);
    if (!everythingImported) report_->show();        // failures, duplicates and skips, with reasons
    if (filtered && imported > 0) filter_->clear();  // the old filter hid the new rows
    emit message(
        tr("%n recording(s) imported", nullptr, imported) +
        (failures.isEmpty() ? QString() : tr(", %n failed", nullptr, failures.size())) +
        (cancelled ? tr(" (cancelled)") : QString()) +
        (filtered && imported > 0 ? tr("; the filter was cleared to show them") : QString()));
    emit importFinished(imported, failures);
}

void DatasetManager::cancelImport() {
    if (worker_) worker_->cancel();
}

void DatasetManager::newDataset() {
    if (!document_) return;
    DatasetBuilder builder(document_, this);
    builder.exec();  // Save tells the document
}

void DatasetManager::editDataset(const QString& name) {
    QString error = tr("No workspace is open.");
    core::Workspace* ws = openWorkspace();
    const auto d = ws ? core::DatasetStore(*ws).load(name, &error) : std::nullopt;
    if (!d) {
        emit message(error);
        return;
    }
    DatasetBuilder builder(workspace(), this);
    builder.setSpec(d->spec);
    if (builder.exec() == QDialog::Accepted && document_) emit document_->datasetsChanged();
}

EditContext DatasetManager::editContext() {
    return {document_, [this](const QString& m) { emit message(m); }};
}

bool DatasetManager::pushEdit(QUndoCommand* edit, const QString& error) {
    if (!edit) {
        emit message(error);
        return false;
    }
    undo_->push(edit);  // already carried out: its first redo does nothing
    return true;
}

bool DatasetManager::deleteRecording(qint64 id, QString* error) {
    return pushEdit(DeleteRecordingEdit::make(editContext(), id, error), *error);
}

bool DatasetManager::renameRecording(qint64 id, const QString& newFileName, QString* error) {
    return pushEdit(RenameRecordingEdit::make(editContext(), id, newFileName, error), *error);
}

bool DatasetManager::deleteDataset(const QString& name, QString* error) {
    return pushEdit(DeleteDatasetEdit::make(editContext(), name, error), *error);
}

bool DatasetManager::renameDataset(const QString& from, const QString& to, QString* error) {
    return pushEdit(RenameDatasetEdit::make(editContext(), from, to, error), *error);
}

void DatasetManager::makeContextMenus() {
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* renameFile = new QAction(tr("Rename file..."), table_);
    auto* forget = new QAction(tr("Delete from workspace"), table_);
    forget->setShortcut(QKeySequence::Delete);
    forget->setShortcutContext(Qt::WidgetShortcut);
    table_->addActions({renameFile, forget});
    connect(renameFile, &QAction::triggered, this,
            [this] { askRenameRecording(table_->currentRow()); });
    connect(forget, &QAction::triggered, this,
            [this] { askDeleteRecording(table_->currentRow()); });
    datasets_->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* edit = new QAction(tr("Edit..."), datasets_);
    auto* rename = new QAction(tr("Rename..."), datasets_);
    auto* remove = new QAction(tr("Delete"), datasets_);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    auto* exportEvents = new QAction(tr("Export windows as BIDS events..."), datasets_);
    datasets_->addActions({edit, rename, exportEvents, remove});
    connect(exportEvents, &QAction::triggered, this, &DatasetManager::exportDatasetEvents);
    connect(edit, &QAction::triggered, this, [this] {
        if (datasets_->currentItem()) editDataset(datasets_->currentItem()->text());
    });
    connect(rename, &QAction::triggered, this, &DatasetManager::askRenameDataset);
    connect(remove, &QAction::triggered, this, &DatasetManager::askDeleteDataset);
}

void DatasetManager::exportDatasetEvents() {
    if (!datasets_->currentItem()) return;
    const QString name = datasets_->currentItem()->text();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for the events.tsv files of dataset '%1'").arg(name));
    if (dir.isEmpty()) return;
    QString error = tr("No workspace is open.");
    core::Workspace* ws = openWorkspace();
    QStringList written;
    if (!ws || !core::exportDatasetEvents(*ws, name, dir, &written, &error))
        return emit message(error);
    emit message(tr("Dataset '%1': %n events.tsv file(s) in %2", "", int(written.size()) - 3)
                     .arg(name, dir));
}

void DatasetManager::askRenameRecording(int row) {
    const qint64 id = recordingIdAt(row);
    if (id < 0) return;
    const QString old = QFileInfo(table_->item(row, 0)->text()).fileName();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename file"),
                                               tr("New file name (the file on disk is renamed):"),
                                               QLineEdit::Normal, old, &ok);
    QString error;
    if (ok && name != old) renameRecording(id, name, &error);
}

void DatasetManager::askDeleteRecording(int row) {
    const qint64 id = recordingIdAt(row);
    QString error;
    if (id >= 0) deleteRecording(id, &error);  // undoable: no confirmation needed
}

void DatasetManager::askRenameDataset() {
    const QListWidgetItem* item = datasets_->currentItem();
    if (!item) return;
    const QString old = item->text();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename dataset"), tr("New name:"),
                                               QLineEdit::Normal, old, &ok);
    QString error;
    if (ok && name != old) renameDataset(old, name, &error);
}

void DatasetManager::askDeleteDataset() {
    QString error;
    if (datasets_->currentItem()) deleteDataset(datasets_->currentItem()->text(), &error);
}

void DatasetManager::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void DatasetManager::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (!paths.isEmpty()) importPaths(paths);
    event->acceptProposedAction();
}

}  // namespace alfee::ui
