// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// First help for a new user: a short guide of what to do next (F1, and on the first start), and
// the About box's text (version, licences, the paper to cite).

#include <QDialog>

class QTextBrowser;

namespace alfee::ui {

// The "Getting started" guide: the steps from importing recordings to inspecting the model, in
// a window that stays beside the main window (not modal).
class HelpGuide : public QDialog {
    Q_OBJECT
  public:
    explicit HelpGuide(QWidget* parent = nullptr);
    // Shows the guide for the workspace `path` (the demo's says so), scrolled to the part of
    // `tab` ("datasets", "montage", "viewer", "runs", "inspect"; empty: the top).
    void showFor(const QString& path, bool demo, const QString& tab = {});
    QString text() const;

  private:
    QTextBrowser* browser_ = nullptr;
};

// The About box's text: version, what the program is, the paper, the licences of the program,
// of the libraries it links and of the bundled data.
QString aboutText();

}  // namespace alfee::ui
