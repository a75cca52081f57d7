#pragma once
// The weights export for callers that see no LibTorch type (the GUI): a checkpoint (or weights)
// file to a safetensors file for python/alfee_torch.

#include <QString>

namespace alfee::core {

// False with *error naming the file that could not be read or written.
bool exportWeights(const QString& checkpoint, const QString& out, QString* error);

}  // namespace alfee::core
