// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/progress_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace alfee::ui {

ProgressPanel::ProgressPanel(QWidget* parent) : QWidget(parent) {
    label_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    cancel_ = new QPushButton(tr("Cancel"), this);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label_, 1);
    row->addWidget(bar_, 1);
    row->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        cancel_->setEnabled(false);
        label_->setText(tr("Cancelling..."));
        emit cancelRequested();
    });
    hide();
}

void ProgressPanel::start(const QString& title) {
    title_ = title;
    clock_.start();
    bar_->setRange(0, 0);
    cancel_->setEnabled(true);
    label_->setText(title);
    show();
}

void ProgressPanel::update(int done, int total, const QString& message, double secondsLeft) {
    bar_->setRange(0, total);
    bar_->setValue(done);
    QString left;
    if (secondsLeft < 0 && done > 0 && done < total)
        secondsLeft = clock_.elapsed() / 1000.0 / done * (total - done);
    if (secondsLeft >= 0 && done < total)
        left = secondsLeft < 90 ? tr(", about %1 s left").arg(secondsLeft, 0, 'f', 0)
                                : tr(", about %1 min left").arg(secondsLeft / 60, 0, 'f', 0);
    label_->setText(tr("%1 %2/%3%4: %5").arg(title_).arg(done).arg(total).arg(left, message));
}

void ProgressPanel::finish() {
    hide();
}

}  // namespace alfee::ui
