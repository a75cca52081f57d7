// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The safetensors format (an 8-byte header length, a JSON header naming each tensor's type,
// shape and byte range, then the raw little-endian data): what PyTorch, JAX and Hugging Face
// read without running code from the file.

#include <QMap>
#include <QString>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/modeling/torch_include.h"

namespace alfee::core {

// Tensors by name, in file order, and the header's string metadata.
struct SafetensorsContent {
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    QMap<QString, QString> metadata;
};

// Writes the tensors (moved to the CPU, contiguous) atomically; false with *error naming the
// file when it cannot be written.
bool writeSafetensors(const QString& path, const SafetensorsContent& content, QString* error);

// Reads a whole file; nullopt with *error naming the file and the problem (too short, a header
// that is not JSON, an unknown type, a byte range outside the file or not of its shape).
std::optional<SafetensorsContent> readSafetensors(const QString& path, QString* error);

// Whether the file starts like a safetensors file (a plausible length, then '{').
bool looksLikeSafetensors(const QString& path);

}  // namespace alfee::core
