// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON views of a recording for `alfee info --json` and the workspace's header summaries.

#include <QJsonObject>

#include "core/electrodes/channel_mapping.h"
#include "core/recording/recording.h"

namespace alfee::core {

QJsonObject recordingToJson(const Recording& recording, const ChannelMapping& mapping);
QJsonObject annotationToJson(const Annotation& annotation);

}  // namespace alfee::core
