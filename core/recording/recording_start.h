// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Start date and time of an EDF header ("dd.mm.yy", "hh.mm.ss", 1985-2084 per the EDF spec).

#include <QByteArray>
#include <QDateTime>

namespace alfee::core {

// An invalid QDateTime when either field is malformed.
QDateTime parseEdfStart(const QByteArray& date, const QByteArray& time);

}  // namespace alfee::core
