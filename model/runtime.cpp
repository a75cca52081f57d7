// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/runtime.h"

#include <ATen/autocast_mode.h>
#include <torch/torch.h>
#include <torch/version.h>

#include <cstdlib>
#include <string>
#include <thread>

namespace alfee::model {

bool oneDnnDefault() {
    const char* value = std::getenv("ALFEE_ONEDNN");
    return !(value && std::string(value) == "0");
}

bool cudaAvailable() {
    return torch::cuda::is_available();
}

std::optional<c10::Device> chooseDevice(const std::string& device, std::string* error) {
    if (device == "auto")
        return cudaAvailable() ? c10::Device(torch::kCUDA) : c10::Device(torch::kCPU);
    try {
        const c10::Device d(device);
        if (d.is_cuda() && !cudaAvailable()) {
            *error = "device '" + device + "': this LibTorch build or machine has no CUDA";
            return std::nullopt;
        }
        return d;
    } catch (const std::exception&) {
        *error = "device '" + device + "' is not cpu, cuda or cuda:N";
        return std::nullopt;
    }
}

void applyRuntime(const RuntimeOptions& o) {
    const int threads =
        o.threads > 0 ? o.threads : static_cast<int>(std::thread::hardware_concurrency());
    torch::set_num_threads(std::max(1, threads));
    torch::manual_seed(o.seed);
    if (cudaAvailable()) torch::cuda::manual_seed_all(o.seed);
    at::globalContext().setDeterministicAlgorithms(o.deterministic, /*warn_only=*/false);
    // oneDNN convolutions are 3x faster than the native ones here. Their backward was wrong for
    // the layout a transposed LayerNorm hands back; the patch embedding no longer produces it
    // (patch_embedding.cpp), and test_model_training checks the gradients against the native
    // kernels. oneDNN may choose its kernels by the alignment of the buffers, so results can
    // differ in the last bits from run to run: deterministic mode uses the native kernels.
    // ALFEE_ONEDNN=0 turns oneDNN off.
    at::globalContext().setUserEnabledMkldnn(oneDnnDefault() && !o.deterministic);
}

namespace {

// LibTorch 2.4 made autocast per device type and deprecated the CUDA-only calls of 1.13.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
bool cudaAutocastEnabled() {
    return at::autocast::is_autocast_enabled(at::kCUDA);
}
void setCudaAutocast(bool on) {
    at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
    at::autocast::set_autocast_enabled(at::kCUDA, on);
}
#else
bool cudaAutocastEnabled() {
    return at::autocast::is_enabled();
}
void setCudaAutocast(bool on) {
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
    at::autocast::set_enabled(on);
}
#endif

}  // namespace

AutocastScope::AutocastScope(const c10::Device& device, bool enabled) {
    if (!enabled || !device.is_cuda()) return;
    previous_ = cudaAutocastEnabled();
    setCudaAutocast(true);
    active_ = true;
}

AutocastScope::~AutocastScope() {
    if (!active_) return;
    setCudaAutocast(previous_);
    at::autocast::clear_cache();
}

}  // namespace alfee::model
