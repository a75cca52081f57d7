// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/help_guide.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "core/resources/resource_location.h"

namespace alfee::ui {
namespace {

QString workspaceParagraph(const QString& path, bool demo) {
    const QString name = QFileInfo(path).fileName().toHtmlEscaped();
    QString text = HelpGuide::tr(
                       "<p>The window shows one workspace: <b>%1</b>. Its recordings, datasets "
                       "and runs are kept together in that file.</p>")
                       .arg(name);
    if (demo)
        text += HelpGuide::tr(
            "<p><b>This is the demo workspace</b>, with bundled recordings to try each step "
            "on. For your own recordings make a workspace of your own first: <b>File &gt; New "
            "workspace...</b> (importing here asks which one they go into).</p>");
    return text;
}

QString steps() {
    return HelpGuide::tr(
        "<ol>"
        "<li><a name=\"datasets\"></a><b>Import recordings</b>: File &gt; Import recordings... "
        "(Ctrl+I), the Import buttons of the Datasets tab, or drop files, folders or a BIDS "
        "dataset there. EDF, EDF+, BDF, BrainVision, Neuroscan CNT, EEGLAB .set, FIF and XDF; "
        "through BioSig also GDF.</li>"
        "<li><a name=\"viewer\"></a><b>View a recording</b>: double-click it in the Datasets "
        "tab. Page Up and Page Down turn pages, + and - change the scale, Up and Down scroll "
        "the lanes; the annotations are listed beside the traces.</li>"
        "<li><a name=\"montage\"></a><b>Check the channels</b>: the Montage tab shows which "
        "channel the model reads as which electrode; correct a channel there and press Save "
        "mapping.</li>"
        "<li><b>Build a dataset</b>: File &gt; New dataset... (Ctrl+D): classes from "
        "annotations or file names, the window length, and a split of the subjects into "
        "training, validation and test.</li>"
        "<li><a name=\"runs\"></a><b>Fine-tune the model</b>: the <b>New fine-tuning "
        "run...</b> button of the Runs tab opens a wizard, step by step. The run's curves, "
        "metrics and confusion matrix appear in the Runs tab as it trains; select two runs to "
        "compare them; Export report... writes it as HTML or PDF.</li>"
        "<li><a name=\"inspect\"></a><b>Inspect the model</b>: the Inspect tab shows what it "
        "reconstructs of a hidden part of a recording and where it attends.</li>"
        "</ol>"
        "<p>F1 opens this guide again. Help &gt; About shows the version, the licences and the "
        "paper to cite. The command line, <tt>alfee</tt>, does the same steps in scripts "
        "(<tt>alfee --help</tt>).</p>");
}

}  // namespace

HelpGuide::HelpGuide(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Getting started"));
    browser_ = new QTextBrowser(this);
    browser_->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

void HelpGuide::showFor(const QString& path, bool demo, const QString& tab) {
    browser_->setHtml(tr("<h3>What to do next</h3>") + workspaceParagraph(path, demo) + steps());
    if (!tab.isEmpty()) browser_->scrollToAnchor(tab);
    show();
    raise();
}

QString HelpGuide::text() const {
    return browser_->toPlainText();
}

namespace {

// The shipped checkpoint in brief, with a link to its model card (where the installation has
// one): what it was trained on and how it does, which the About box owes a researcher.
QString checkpointCard() {
    const QString card = core::findResource(QStringLiteral("checkpoints/MODEL_CARD.md"));
    QString text = HelpGuide::tr(
        "<p><b>The shipped checkpoint.</b> ALFEE-tiny (1.4 M parameters), pretrained for 1000 "
        "steps on 2.2 h of EEGMMIDB (EEGMAT left out), far below the paper's 25,000 h. On the "
        "Workload study (EEGMAT, 6 subject-wise folds) its frozen features beside band power, "
        "aligned and centred per subject, are level with band power on balanced accuracy and "
        "above it on AUROC; fine-tuned whole it is below band power.");
    if (!card.isEmpty())
        text +=
            HelpGuide::tr(" Its model card: <a href=\"%1\">%2</a>.")
                .arg(QUrl::fromLocalFile(card).toString().toHtmlEscaped(), card.toHtmlEscaped());
    return text + "</p>";
}

}  // namespace

QString aboutText() {
    return HelpGuide::tr(
               "<h3>ALFEE Workbench %1</h3>"
               "<p>A desktop application and command line for the EEG foundation model of "
               "Xiong et al., \"ALFEE: Adaptive Large Foundation Model for EEG Representation\", "
               "arXiv:2505.06291 (2025). Please cite that paper when you publish results of the "
               "model.</p>"
               "<p><b>Licence.</b> ALFEE Workbench is free software: you can redistribute it "
               "and/or modify it under the terms of the GNU General Public License, version 3 or "
               "(at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY "
               "NO WARRANTY. It links Qt 6 (LGPL-3.0), LibTorch (BSD-3-Clause), EDFlib "
               "(BSD-3-Clause), SQLite (public domain), libmatio (BSD-2-Clause), QCustomPlot, "
               "libbiosig and libxdf (GPL-3.0+). The bundled recordings are PhysioNet EEGMAT and "
               "EEGMMIDB (ODC-By-1.0), Sleep-EDF and an MNE test file; the electrode positions "
               "come from MNE-Python (BSD-3-Clause). "
               "The README beside the data names their citations.</p>")
               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()) +
           checkpointCard();
}

}  // namespace alfee::ui
