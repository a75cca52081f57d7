// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/run_list_model.h"

#include <QFileInfo>
#include <QJsonArray>

#include "core/engine/display_names.h"
#include "core/engine/run_registry.h"
#include "core/engine/study_store.h"
#include "core/workspace/workspace.h"

namespace alfee::ui {
namespace {

QStandardItem* cell(const QString& text, const QVariant& sortKey = {}) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), RunListModel::SortRole);
    return item;
}

// The test split's balanced accuracy over all windows (the first source), or NaN.
double testBalancedAccuracy(core::RunRegistry& registry, qint64 run) {
    QString ignored;
    for (const QJsonValue& v : registry.results(run, &ignored)) {
        const QJsonObject r = v.toObject();
        if (r["split"] == "test" && !r.contains("subject") && r["balanced_accuracy"].isDouble())
            return r["balanced_accuracy"].toDouble();
    }
    return std::nan("");
}

}  // namespace

namespace {

QString fineTuningStart(const QJsonObject& c) {
    if (c["scratch"].toBool()) return RunListModel::tr("scratch (%1)").arg(c["size"].toString());
    if (c["adaptation_run"].toInteger() > 0)  // --adapt-steps: from that run's weights
        return RunListModel::tr("adapted by run %1").arg(c["adaptation_run"].toInteger());
    const QString from = c["from"].toString();
    return from.isEmpty() ? RunListModel::tr("bundled pretrained") : QFileInfo(from).fileName();
}

}  // namespace

QString runStartingPoint(const core::RunRecord& run) {
    if (run.kind == "baseline") return RunListModel::tr("band power (no model)");
    const QJsonObject c = run.config;
    if (run.kind == "pretrain")
        return c["from"].toString().isEmpty()
                   ? RunListModel::tr("new %1 model").arg(c["size"].toString())
                   : QFileInfo(c["from"].toString()).fileName();
    const int loraRank = c["lora_rank"].toInt();
    if (loraRank > 0)  // the checkpoint's weights stayed: say so where the start is said
        return RunListModel::tr("%1 + LoRA rank %2").arg(fineTuningStart(c)).arg(loraRank);
    return fineTuningStart(c);
}

QString runKindDisplayName(const QString& kind) {
    if (kind == "finetune") return RunListModel::tr("fine-tuning");
    if (kind == "pretrain") return RunListModel::tr("pretraining");
    if (kind == "baseline") return RunListModel::tr("baseline");
    if (kind == "evaluate") return RunListModel::tr("evaluation");
    if (kind == "infer") return RunListModel::tr("inference");
    return kind;
}

QString metricDisplayName(const QString& key) {
    static const QHash<QString, const char*> names = {
        {"balanced_accuracy", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "balanced accuracy")},
        {"auroc", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "AUROC")},
        {"auc_pr", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "AUC-PR")},
        {"cohen_kappa", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "Cohen's kappa")},
        {"weighted_f1", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "weighted F1")},
        {"accuracy", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "accuracy")},
        {"n_windows", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "windows")},
        {"train_loss", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "training loss")},
        {"val_loss", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "validation loss")},
        {"val_balanced_accuracy",
         QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "validation balanced accuracy")},
        {"val_auroc", QT_TRANSLATE_NOOP("alfee::ui::RunListModel", "validation AUROC")}};
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : RunListModel::tr(it.value());
}

RunListModel::RunListModel(QObject* parent) : QStandardItemModel(parent) {
    setHorizontalHeaderLabels({tr("Run"), tr("Kind"), tr("Status"), tr("Study arm"), tr("Fold"),
                               tr("Dataset"), tr("Starting point"), tr("Test bal. acc."),
                               tr("Steps"), tr("Updated")});
}

QStandardItem* RunListModel::experimentItem(const QString& name) {
    QString label = name.isEmpty() ? tr("No experiment") : name;
    qint64 study = 0;
    // A study's experiment ("study 3") says the study's name too, and opens the study.
    for (const StudyPlace& p : std::as_const(studyPlaces_))
        if (name == QStringLiteral("study %1").arg(p.study)) {
            study = p.study;
            if (!p.studyName.isEmpty()) label = QStringLiteral("%1: %2").arg(name, p.studyName);
            break;
        }
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, Name)->data(SortRole).toString() == label) return item(r, Name);
    QList<QStandardItem*> row{cell(label)};
    for (int c = 1; c < Columns; ++c) row << cell({});
    QFont bold = row.front()->font();
    bold.setBold(true);
    row.front()->setFont(bold);
    row.front()->setData(study, StudyRole);
    appendRow(row);
    return row.front();
}

QList<QStandardItem*> RunListModel::rowFor(const core::RunRecord& run, double balancedAccuracy) {
    const qint64 step = std::max(run.step, liveSteps_.value(run.id));
    const StudyPlace place = studyPlaces_.value(run.id);
    const bool inStudy = place.study > 0;
    QList<QStandardItem*> row{
        cell(QStringLiteral("%1  %2").arg(run.id).arg(run.name), run.id),
        cell(runKindDisplayName(run.kind), run.kind),
        cell(core::runStatusDisplayName(run.status), run.status),
        cell(place.arm),
        cell(inStudy ? tr("%1, seed %2").arg(place.fold + 1).arg(place.seed) : QString(),
             inStudy ? place.fold * 100000.0 + double(place.seed) : -1.0),
        cell(run.dataset),
        cell(runStartingPoint(run)),
        cell(std::isnan(balancedAccuracy) ? QString() : QString::number(balancedAccuracy, 'f', 3),
             std::isnan(balancedAccuracy) ? -1.0 : balancedAccuracy),
        cell(QString::number(step), step),
        cell(run.updatedAt.left(19).replace('T', ' '))};
    row.front()->setData(run.id, RunIdRole);
    row.front()->setData(place.study, StudyRole);
    if (run.status == "failed" || run.status == "interrupted")
        row[Status]->setForeground(QColor(200, 60, 40));
    return row;
}

bool RunListModel::reload(core::Workspace& workspace, QString* error) {
    removeRows(0, rowCount());
    running_ = false;
    error->clear();
    readStudies(workspace);
    core::RunRegistry registry(workspace);
    const QVector<core::RunRecord> runs = registry.list(error);
    if (!error->isEmpty()) return false;
    for (const core::RunRecord& run : runs) {
        if (hidden_.contains(run.id)) continue;
        running_ = running_ || run.status == "running";
        experimentItem(run.experiment)
            ->appendRow(rowFor(run, testBalancedAccuracy(registry, run.id)));
    }
    return true;
}

// Every study's cells at once: one read per reload, not one per run. A workspace that cannot
// say (an older schema) shows no study columns.
void RunListModel::readStudies(core::Workspace& workspace) {
    studyPlaces_.clear();
    QString ignored;
    for (const core::StudyRecord& s : core::StudyStore(workspace).list(&ignored))
        for (const core::StudyCell& c : s.cells)
            if (c.run > 0) studyPlaces_[c.run] = {s.id, s.name, c.arm, c.fold, c.seed};
}

void RunListModel::setLiveStep(qint64 run, qint64 step) {
    liveSteps_[run] = step;
    const QModelIndex i = indexOfRun(run);
    if (!i.isValid()) return;
    QStandardItem* cell = itemFromIndex(i.siblingAtColumn(Steps));
    if (step > cell->data(SortRole).toLongLong()) {
        cell->setText(QString::number(step));
        cell->setData(step, SortRole);
    }
}

QString RunListModel::statusOf(qint64 run) const {
    const QModelIndex i = indexOfRun(run);
    return i.isValid() ? i.siblingAtColumn(Status).data(SortRole).toString() : QString();
}

qint64 RunListModel::studyOf(qint64 run) const {
    return studyPlaces_.value(run).study;
}

QModelIndex RunListModel::indexOfRun(qint64 run) const {
    for (int r = 0; r < rowCount(); ++r)
        for (int k = 0; k < item(r)->rowCount(); ++k)
            if (item(r)->child(k)->data(RunIdRole).toLongLong() == run)
                return item(r)->child(k)->index();
    return {};
}

}  // namespace alfee::ui
