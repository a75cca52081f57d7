#include "ui/progress_panel.h"

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

void ProgressPanel::update(int done, int total, const QString& message) {
    bar_->setRange(0, total);
    bar_->setValue(done);
    QString left;
    if (done > 0 && done < total) {
        const double seconds = clock_.elapsed() / 1000.0 / done * (total - done);
        left = tr(", about %1 s left").arg(seconds, 0, 'f', 0);
    }
    label_->setText(tr("%1 %2/%3%4: %5").arg(title_).arg(done).arg(total).arg(left, message));
}

void ProgressPanel::finish() {
    hide();
}

}  // namespace alfee::ui
