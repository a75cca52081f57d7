// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/channel_chooser.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace alfee::ui {

ChannelChooser::ChannelChooser(QWidget* parent) : QToolButton(parent) {
    setText(tr("Channels"));
    setPopupMode(QToolButton::InstantPopup);
    auto* panel = new QWidget(this);
    list_ = new QListWidget(panel);
    list_->setMinimumSize(180, 320);
    auto* all = new QPushButton(tr("All"), panel);
    auto* none = new QPushButton(tr("None"), panel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(list_);
    auto* action = new QWidgetAction(this);
    action->setDefaultWidget(panel);
    auto* menu = new QMenu(this);
    menu->addAction(action);
    setMenu(menu);
    connect(all, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(list_, &QListWidget::itemChanged, this, [this] {
        if (!filling_) emit shownChanged(shown());
    });
}

void ChannelChooser::setChannels(const QStringList& names, const QVector<bool>& shown) {
    filling_ = true;
    list_->clear();
    for (int i = 0; i < names.size(); ++i) {
        auto* item = new QListWidgetItem(names[i], list_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(shown.value(i, true) ? Qt::Checked : Qt::Unchecked);
    }
    filling_ = false;
}

QVector<bool> ChannelChooser::shown() const {
    QVector<bool> out;
    for (int i = 0; i < list_->count(); ++i) out << (list_->item(i)->checkState() == Qt::Checked);
    return out;
}

void ChannelChooser::setAll(bool shown) {
    filling_ = true;
    for (int i = 0; i < list_->count(); ++i)
        list_->item(i)->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
    filling_ = false;
    emit shownChanged(this->shown());
}

}  // namespace alfee::ui
