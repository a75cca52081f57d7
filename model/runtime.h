// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where and how the model runs: CPU or CUDA chosen at run time, threads, determinism, bf16
// autocast on CUDA.

#include <c10/core/Device.h>

#include <cstdint>
#include <optional>
#include <string>

namespace alfee::model {

// Whether applyRuntime turns on oneDNN's CPU kernels: yes, unless $ALFEE_ONEDNN is 0.
bool oneDnnDefault();

// Settings that apply to the whole process.
struct RuntimeOptions {
    std::string device = "auto";  // "auto" (CUDA when there is one), "cpu", "cuda", "cuda:N"
    int threads = 0;              // intra-op threads; 0 = every core
    bool deterministic = false;   // deterministic algorithms, native kernels (no oneDNN)
    uint64_t seed = 0;
};

// Parses `device`; fails with a message when CUDA is asked for and absent.
std::optional<c10::Device> chooseDevice(const std::string& device, std::string* error);
// Applies threads, seed and determinism.
void applyRuntime(const RuntimeOptions& options);
bool cudaAvailable();

// bf16 autocast for the scope of the object, on CUDA only (no-op on the CPU).
class AutocastScope {
  public:
    explicit AutocastScope(const c10::Device& device, bool enabled = true);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

  private:
    bool active_ = false;
    bool previous_ = false;
};

}  // namespace alfee::model
