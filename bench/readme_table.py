# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a benchmark's table into bench/README.md between its two markers."""
import os

README = os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.md")


def write_table(marker, table):
    text = open(README).read()
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    before, rest = text.split(start)
    open(README, "w").write(before + start + "\n" + table + "\n" + end + rest.split(end)[1])
