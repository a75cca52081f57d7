#include "model/runtime.h"

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <thread>

namespace alfee::model {

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
    // Debian's LibTorch 1.13 oneDNN convolution backward gave non-finite weight gradients now
    // and then, in single-threaded runs too (tests/test_model_training found it); the native
    // kernels are deterministic and stable.
    at::globalContext().setUserEnabledMkldnn(false);
}

AutocastScope::AutocastScope(const c10::Device& device, bool enabled) {
    if (!enabled || !device.is_cuda()) return;
    previous_ = at::autocast::is_enabled();
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
    at::autocast::set_enabled(true);
    active_ = true;
}

AutocastScope::~AutocastScope() {
    if (!active_) return;
    at::autocast::set_enabled(previous_);
    at::autocast::clear_cache();
}

}  // namespace alfee::model
