// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The weights export for callers that see no LibTorch type (the GUI): a checkpoint (or weights)
// file to a safetensors file for python/alfee_torch.

#include <QString>

namespace alfee::core {

// False with *error naming the file that could not be read or written.
bool exportWeights(const QString& checkpoint, const QString& out, QString* error);

}  // namespace alfee::core
