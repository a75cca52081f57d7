// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The processes of a data-parallel job on PyTorch's c10d: Gloo on the CPU, NCCL for CUDA
// tensors where this LibTorch has it. Rank 0 hosts the rendezvous store at MASTER_ADDR:
// MASTER_PORT. Every collective waits at most `timeout`; a rank that failed (its connection
// closes) or hangs (the timeout) ends the others with a std::runtime_error saying so.

#include <chrono>
#include <string>
#include <vector>

#include "core/engine/distributed_env.h"
#include "core/modeling/torch_include.h"

namespace c10d {
class Store;
class ProcessGroup;
class Backend;
class Work;
}  // namespace c10d

namespace alfee::core {

// What a Gloo or NCCL group is: from LibTorch 2 on they are backends that a ProcessGroup
// dispatches to (with the same collectives); in 1.x they are process groups themselves.
#if TORCH_VERSION_MAJOR >= 2
using CollectiveGroup = c10d::Backend;
#else
using CollectiveGroup = c10d::ProcessGroup;
#endif

// One process's handle on the group.
class DataParallelGroup {
  public:
    DataParallelGroup(const DistributedEnv& env, const c10::Device& device,
                      std::chrono::milliseconds timeout);
    ~DataParallelGroup();

    int rank() const { return env_.rank; }
    int worldSize() const { return env_.worldSize; }
    std::string backend() const { return backend_; }

    // Rank 0's values into every rank's tensors (in place; flattened into one message).
    void broadcastFromLeader(const std::vector<at::Tensor>& tensors);
    // The sum over the ranks, in place.
    void allReduceSum(const at::Tensor& tensor);
    // The parameters' gradients summed over the ranks, in flattened buckets of at most
    // kBucketBytes (one message per bucket instead of one per tensor).
    void allReduceGradients(const std::vector<at::Tensor>& parameters);
    void barrier();
    // Rank 0's `value` for `key` on every rank (the run id, for instance).
    std::string shareFromLeader(const std::string& key, const std::string& value);

    static constexpr int64_t kBucketBytes = 32 << 20;

  private:
    void wait(const c10::intrusive_ptr<c10d::Work>& work, const char* what);
    void reduceBucket(const std::vector<at::Tensor>& gradients);

    DistributedEnv env_;
    std::chrono::milliseconds timeout_;
    std::string backend_;
    c10::intrusive_ptr<c10d::Store> store_;
    c10::intrusive_ptr<CollectiveGroup> group_;
};

}  // namespace alfee::core
