#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translation sources from the code (every tr() of ui/ and app/, and the messages of
# core/ marked for the "alfee::core" context, which the GUI shows). -I . lets lupdate
# follow the project's "ui/..." includes, so that contexts carry their namespace.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
/usr/lib/qt6/bin/lupdate -I . ui app core -ts translations/alfee_zh_CN.ts -no-obsolete
