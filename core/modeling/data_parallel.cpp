// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/data_parallel.h"

#include <stdexcept>
#if TORCH_VERSION_MAJOR >= 2
#include <torch/csrc/distributed/c10d/Backend.hpp>
#else
#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
#endif
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef ALFEE_WITH_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef ALFEE_WITH_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

namespace alfee::core {
namespace {

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

// The rendezvous: rank 0 serves the store and waits for the others to connect.
c10::intrusive_ptr<c10d::Store> connectStore(const DistributedEnv& env,
                                             std::chrono::milliseconds timeout) {
    c10d::TCPStoreOptions o;
    o.port = static_cast<std::uint16_t>(env.masterPort);
    o.isServer = env.leader();
    o.numWorkers = static_cast<std::size_t>(env.worldSize);
    o.waitWorkers = true;
    o.timeout = timeout;
    return c10::make_intrusive<c10d::TCPStore>(env.masterAddress.toStdString(), o);
}

#ifdef ALFEE_WITH_GLOO
// The network device Gloo's pairs use: the interface GLOO_SOCKET_IFNAME names, the loopback
// when the job lives on this host, otherwise the address this host's name resolves to.
std::shared_ptr<::gloo::transport::Device> glooDevice(const DistributedEnv& env) {
    const QString iface = qEnvironmentVariable("GLOO_SOCKET_IFNAME");
    if (!iface.isEmpty())
        return c10d::ProcessGroupGloo::createDeviceForInterface(iface.toStdString());
    const QString host = env.masterAddress;
    if (host == "localhost" || host.startsWith("127."))
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}
#endif

}  // namespace

DataParallelGroup::DataParallelGroup(const DistributedEnv& env, const c10::Device& device,
                                     std::chrono::milliseconds timeout)
    : env_(env), timeout_(timeout) {
    const std::string where =
        env.masterAddress.toStdString() + ":" + std::to_string(env.masterPort);
    try {
        store_ = connectStore(env, timeout);
#ifdef ALFEE_WITH_NCCL
        if (device.is_cuda()) {
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = timeout;
            group_ = c10::make_intrusive<c10d::ProcessGroupNCCL>(store_, env.rank, env.worldSize,
                                                                 options);
            backend_ = "nccl";
            return;
        }
#endif
        if (device.is_cuda())
            throw std::runtime_error("this LibTorch has no NCCL: run data parallel on the CPU");
#ifdef ALFEE_WITH_GLOO
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        options->devices.push_back(glooDevice(env));
        group_ =
            c10::make_intrusive<c10d::ProcessGroupGloo>(store_, env.rank, env.worldSize, options);
        backend_ = "gloo";
#else
        throw std::runtime_error(
            "this build has no Gloo (its headers were missing): run data parallel on CUDA");
#endif
    } catch (const std::exception& e) {
        throw std::runtime_error("rank " + std::to_string(env.rank) + " of " +
                                 std::to_string(env.worldSize) + ": could not join the group at " +
                                 where + " within " + std::to_string(timeout.count() / 1000) +
                                 " s: " + firstLine(e.what()));
    }
}

DataParallelGroup::~DataParallelGroup() = default;

// Waits for a collective; a closed connection (a rank ended) or the timeout (a rank hangs)
// becomes an error that names this rank and what it was doing.
void DataParallelGroup::wait(const c10::intrusive_ptr<c10d::Work>& work, const char* what) {
    try {
        work->wait(timeout_);
    } catch (const std::exception& e) {
        const std::string why = e.what();
        const bool timedOut =
            why.find("imed out") != std::string::npos || why.find("imeout") != std::string::npos;
        throw std::runtime_error("rank " + std::to_string(env_.rank) + ": " + what + ": " +
                                 (timedOut ? "another rank did not answer within " +
                                                 std::to_string(timeout_.count() / 1000) +
                                                 " s (it hangs or is slow)"
                                           : "another rank ended (it failed or was stopped)") +
                                 " [" + firstLine(why) + "]");
    }
}

void DataParallelGroup::broadcastFromLeader(const std::vector<at::Tensor>& tensors) {
    if (tensors.empty()) return;
    std::vector<at::Tensor> flat{torch::cat([&] {
        std::vector<at::Tensor> parts;
        for (const auto& t : tensors) parts.push_back(t.detach().flatten());
        return parts;
    }())};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    wait(group_->broadcast(flat, options), "sharing the initial weights");
    int64_t offset = 0;
    torch::NoGradGuard noGrad;
    for (const auto& t : tensors) {
        t.copy_(flat[0].narrow(0, offset, t.numel()).view_as(t));
        offset += t.numel();
    }
}

void DataParallelGroup::allReduceSum(const at::Tensor& tensor) {
    std::vector<at::Tensor> one{tensor};
    wait(group_->allreduce(one), "adding up the losses");
}

void DataParallelGroup::reduceBucket(const std::vector<at::Tensor>& gradients) {
    std::vector<at::Tensor> parts;
    for (const auto& g : gradients) parts.push_back(g.flatten());
    std::vector<at::Tensor> flat{torch::cat(parts)};
    wait(group_->allreduce(flat), "adding up the gradients");
    int64_t offset = 0;
    for (const auto& g : gradients) {
        g.copy_(flat[0].narrow(0, offset, g.numel()).view_as(g));
        offset += g.numel();
    }
}

void DataParallelGroup::allReduceGradients(const std::vector<at::Tensor>& parameters) {
    std::vector<at::Tensor> bucket;
    int64_t bytes = 0;
    for (const auto& p : parameters) {
        const at::Tensor& g = p.grad();
        if (!g.defined()) continue;  // unused on every rank alike (same graph everywhere)
        const auto size = static_cast<int64_t>(g.nbytes());
        if (!bucket.empty() &&
            (bytes + size > kBucketBytes || g.scalar_type() != bucket.front().scalar_type())) {
            reduceBucket(bucket);
            bucket.clear(), bytes = 0;
        }
        bucket.push_back(g);
        bytes += size;
    }
    if (!bucket.empty()) reduceBucket(bucket);
}

void DataParallelGroup::barrier() {
    c10d::BarrierOptions options;
    options.timeout = timeout_;
    wait(group_->barrier(options), "waiting for the other ranks");
}

std::string DataParallelGroup::shareFromLeader(const std::string& key, const std::string& value) {
    const std::string name = "alfee/" + key;
    try {
        if (env_.leader()) store_->set(name, std::vector<uint8_t>(value.begin(), value.end()));
        const std::vector<uint8_t> got = store_->get(name);
        return std::string(got.begin(), got.end());
    } catch (const std::exception& e) {
        throw std::runtime_error("rank " + std::to_string(env_.rank) + ": no '" + key +
                                 "' from rank 0 within the timeout (rank 0 failed?) [" +
                                 firstLine(e.what()) + "]");
    }
}

}  // namespace alfee::core
