// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ten paradigm classes of the pretraining token t_DT (MODEL.md section 6).

#include <QStringList>

namespace alfee::core {

inline const QStringList& paradigmNames() {
    static const QStringList names = {
        "emotion", "motor-imagery", "motor-execution", "seizure", "artifact", "sleep",
        "resting", "erp",           "visual-stimulus", "workload"};
    return names;
}

}  // namespace alfee::core
