// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names every deviation of a parsed header from the EDF / EDF+ / BDF rules (EDFbrowser's header
// check is the bar): EDFlib only returns an error code.

#include "core/recording/edf_header.h"
#include "core/recording/header_issue.h"

namespace alfee::core {

QVector<HeaderIssue> checkEdfHeader(const EdfHeader& header);

}  // namespace alfee::core
