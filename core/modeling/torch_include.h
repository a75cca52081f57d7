// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way Qt code includes LibTorch: Qt's `slots` macro breaks ATen headers (a method
// named slots()), and QT_NO_KEYWORDS cannot be set project-wide because qcustomplot.h uses
// `signals:`. Save the macro, undefine it, include torch, restore it.

#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")
