// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/distributed_env.h"

#include <QRegularExpression>

namespace alfee::core {
namespace {

// An integer variable, or `fallback` when unset; false when set but not a number >= 0.
bool readInt(const QProcessEnvironment& env, const QString& name, int fallback, int* out,
             QString* error) {
    if (!env.contains(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = env.value(name).trimmed().toInt(&ok);
    if (ok && *out >= 0) return true;
    *error = QStringLiteral("%1='%2' is not a number").arg(name, env.value(name));
    return false;
}

bool readTorchrun(const QProcessEnvironment& env, DistributedEnv* d, QString* error) {
    d->launcher = QStringLiteral("torchrun");
    if (!readInt(env, "RANK", 0, &d->rank, error) ||
        !readInt(env, "WORLD_SIZE", 1, &d->worldSize, error) ||
        !readInt(env, "LOCAL_RANK", d->rank, &d->localRank, error) ||
        !readInt(env, "MASTER_PORT", 29500, &d->masterPort, error))
        return false;
    d->masterAddress = env.value("MASTER_ADDR", "127.0.0.1");
    return true;
}

// srun starts every task with its rank; rank 0's host is the first of the job's nodes, and the
// port is derived from the job id (as Lightning does) unless MASTER_PORT says otherwise.
bool readSlurm(const QProcessEnvironment& env, DistributedEnv* d, QString* error) {
    d->launcher = QStringLiteral("slurm");
    int jobId = 0;
    if (!readInt(env, "SLURM_PROCID", 0, &d->rank, error) ||
        !readInt(env, "SLURM_NTASKS", 1, &d->worldSize, error) ||
        !readInt(env, "SLURM_LOCALID", 0, &d->localRank, error) ||
        !readInt(env, "SLURM_JOB_ID", 0, &jobId, error) ||
        !readInt(env, "MASTER_PORT", 15000 + jobId % 20000, &d->masterPort, error))
        return false;
    d->masterAddress =
        env.value("MASTER_ADDR",
                  firstSlurmHost(env.value("SLURM_JOB_NODELIST", env.value("SLURM_NODELIST"))));
    if (d->masterAddress.isEmpty() && d->worldSize > 1) {
        *error = QStringLiteral("SLURM_JOB_NODELIST is empty and MASTER_ADDR is not set");
        return false;
    }
    return true;
}

}  // namespace

QString firstSlurmHost(const QString& nodeList) {
    static const QRegularExpression first(QStringLiteral("^([^,\\[]+)(?:\\[([0-9]+))?"));
    const auto m = first.match(nodeList.trimmed());
    return m.hasMatch() ? m.captured(1) + m.captured(2) : QString();
}

bool readDistributedEnv(const QProcessEnvironment& env, DistributedEnv* out, QString* error) {
    DistributedEnv d;
    const bool ok = env.contains("WORLD_SIZE")     ? readTorchrun(env, &d, error)
                    : env.contains("SLURM_NTASKS") ? readSlurm(env, &d, error)
                                                   : true;
    if (!ok) return false;
    if (d.worldSize < 1 || d.rank >= d.worldSize) {
        *error = QStringLiteral("rank %1 is not below the world size %2 (%3's variables)")
                     .arg(d.rank)
                     .arg(d.worldSize)
                     .arg(d.launcher);
        return false;
    }
    // A batch script's shell has SLURM's variables too: one task is one plain process.
    if (d.launcher == "slurm" && d.worldSize == 1) d.launcher.clear();
    if (!d.launcher.isEmpty() && (d.masterPort < 1 || d.masterPort > 65535)) {
        *error = QStringLiteral("MASTER_PORT %1 is not a TCP port").arg(d.masterPort);
        return false;
    }
    *out = d;
    return true;
}

}  // namespace alfee::core
