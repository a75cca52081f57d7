#include "ui/finetune_wizard.h"

#include "ui/wizard_data_pages.h"
#include "ui/wizard_model_pages.h"

namespace alfee::ui {

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
    setPage(kStart, new StartPage(draft_, this));
    setPage(kSettings, new SettingsPage(draft_, this));
    setPage(kReview, new ReviewPage(draft_, this));
    resize(900, 640);
}

FineTuneWizard::~FineTuneWizard() = default;

void FineTuneWizard::done(int result) {
    if (result == QDialog::Accepted) emit startRequested(draft_.options);
    QWizard::done(result);
}

}  // namespace alfee::ui
