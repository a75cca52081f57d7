// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The viewer's channel menu: a checkable list with All and None that stays open while the
// user ticks channels (a plain QMenu closes on every click).

#include <QToolButton>

class QListWidget;

namespace alfee::ui {

// A tool button whose popup lists the traces of the current montage.
class ChannelChooser : public QToolButton {
    Q_OBJECT
  public:
    explicit ChannelChooser(QWidget* parent = nullptr);
    void setChannels(const QStringList& names, const QVector<bool>& shown);
    QVector<bool> shown() const;
    void setAll(bool shown);
    QListWidget* list() const { return list_; }

  signals:
    void shownChanged(const QVector<bool>& shown);

  private:
    QListWidget* list_ = nullptr;
    bool filling_ = false;
};

}  // namespace alfee::ui
