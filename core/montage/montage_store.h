// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Montages saved in a workspace.

#include <optional>

#include "core/montage/montage.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

// Reads and writes the montages table; a save replaces the montage of the same name.
class MontageStore {
  public:
    explicit MontageStore(Workspace& workspace) : ws_(workspace) {}
    bool save(const Montage& montage, QString* error);
    std::optional<Montage> load(const QString& name, QString* error);
    QVector<Montage> list(QString* error);

  private:
    Workspace& ws_;
};

}  // namespace alfee::core
