// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where this process sits in a data-parallel job, read from the variables that torchrun (RANK,
// WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT) or SLURM's srun (SLURM_PROCID, SLURM_NTASKS,
// SLURM_LOCALID, SLURM_JOB_NODELIST, SLURM_JOB_ID) set. No LibTorch type here.

#include <QProcessEnvironment>
#include <QString>

namespace alfee::core {

// This process's rank among `worldSize`, and where rank 0 listens for the others.
struct DistributedEnv {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;  // the GPU of this process on its node (cuda:localRank)
    QString masterAddress;
    int masterPort = 0;
    QString launcher;  // "torchrun", "slurm", or empty for one process

    // Started by a launcher: the data-parallel path, even with one process (torchrun
    // --nproc-per-node 1 checks the process group on one GPU).
    bool active() const { return !launcher.isEmpty(); }
    bool leader() const { return rank == 0; }
};

// The job's place from the environment; one process when neither launcher's variables say
// more. False with *error naming the variable when they are inconsistent.
bool readDistributedEnv(const QProcessEnvironment& env, DistributedEnv* out, QString* error);

// The first host of a SLURM node list: "gpu[03-05,07],cpu1" -> "gpu03", "a,b" -> "a".
QString firstSlurmHost(const QString& nodeList);

}  // namespace alfee::core
