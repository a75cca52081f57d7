// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command line that runs a recorded run again, rebuilt from the configuration the registry
// keeps (GUI runs have no command line of their own).

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace alfee::core {

struct RunRecord;

// `alfee finetune ...`, `alfee finetune --baseline bandpower ...` or `alfee pretrain ...` with
// every setting of `run`; each argument separate (shell quoting is the caller's).
QStringList reproducingCommand(const RunRecord& run);

// Every command that reruns `run` on another machine with the same files, the run's own last:
// a run on workspace datasets first creates a workspace, imports their recordings and creates
// the datasets from
// their recorded definitions (a run recorded before definitions were kept: its command alone).
QVector<QStringList> reproducingScript(const RunRecord& run);

// `alfee study ...` that runs a study again from its configuration (a StudyDesign's JSON): its
// files and label options, folds, seeds, the settings common to every arm, each arm (a built-in
// one by name, any other as --arm NAME="FLAGS" with the settings off their defaults), the
// reference and the name.
QStringList reproducingStudyCommand(const QJsonObject& study);

// The arguments joined for a POSIX shell, quoted where needed.
QString shellCommand(const QStringList& arguments);

}  // namespace alfee::core
