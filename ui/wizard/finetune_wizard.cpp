// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/finetune_wizard.h"

#include <QJsonDocument>
#include <QSettings>

#include "ui/wizard/wizard_data_pages.h"
#include "ui/wizard/wizard_model_pages.h"

namespace alfee::ui {
namespace {

const char* const kLastRun = "wizard/last_started_run";

}  // namespace

FineTuneWizard::FineTuneWizard(const QString& workspace, QWidget* parent) : QWizard(parent) {
    qRegisterMetaType<alfee::core::FineTuneOptions>();
    setWindowTitle(tr("New fine-tuning run"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    draft_.options.workspace = workspace;
    setPage(kData, new DataPage(draft_, this));
    setPage(kChannels, new ChannelsPage(draft_, this));
    setPage(kLabels, new LabelsPage(draft_, this));
    setPage(kSplit, new SplitPage(draft_, this));
    auto* start = new StartPage(draft_, this);
    setPage(kStart, start);
    auto* settings = new SettingsPage(draft_, this);
    setPage(kSettings, settings);
    setPage(kReview, new ReviewPage(draft_, this));
    if (const auto last = lastStarted()) {
        start->restore(*last);
        settings->restore(*last);
    }
    resize(900, 640);
}

std::optional<core::FineTuneOptions> FineTuneWizard::lastStarted() {
    const QJsonDocument doc = QJsonDocument::fromJson(QSettings().value(kLastRun).toByteArray());
    if (!doc.isObject()) return std::nullopt;
    return core::FineTuneOptions::fromJson(doc.object());
}

FineTuneWizard::~FineTuneWizard() = default;

void FineTuneWizard::done(int result) {
    if (result == QDialog::Accepted) {
        // The recipe is kept for the next run (the data, labels and name are this run's own).
        QSettings().setValue(kLastRun, QJsonDocument(draft_.options.toJson()).toJson());
        if (draft_.compareFolds > 0)
            emit studyRequested(draft_.options, draft_.compareFolds);
        else
            emit startRequested(draft_.options);
    }
    QWizard::done(result);
}

}  // namespace alfee::ui
