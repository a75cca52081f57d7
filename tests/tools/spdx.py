#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The licence lines of the project's own source files (issue 32: GPL-3.0-or-later).

Every C++, C, Python, shell and CMake file under the project's folders starts with

    SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
    SPDX-License-Identifier: GPL-3.0-or-later

in its own comment syntax (after a #! line). --check lists the files without them and exits 1
(a CTest); --add writes them into the files that lack them.

usage: spdx.py (--check | --add) SOURCE_DIR"""
import os
import sys

COPYRIGHT = "SPDX-FileCopyrightText: 2026 ALFEE Workbench developers"
LICENSE = "SPDX-License-Identifier: GPL-3.0-or-later"
FOLDERS = ["app", "bench", "cmake", "core", "fuzz", "model", "packaging", "python", "resources",
           "tests", "translations", "ui", "docs", ".ci"]
# Built or fetched trees inside the source folders are not ours to label.
SKIPPED = {"__pycache__"}
HASH_COMMENT = (".py", ".sh", ".cmake")


def comment(path):
    """The line comment of the file's language, or None for a file that is not source."""
    name = os.path.basename(path)
    if name.endswith((".cpp", ".h", ".c")):
        return "//"
    if name.endswith(HASH_COMMENT) or name == "CMakeLists.txt" or path.endswith(".ci/run"):
        return "#"
    return None


def sources(root):
    yield os.path.join(root, "CMakeLists.txt")
    for folder in FOLDERS:
        for parent, dirs, files in os.walk(os.path.join(root, folder)):
            dirs[:] = [d for d in dirs if d not in SKIPPED]
            for f in sorted(files):
                path = os.path.join(parent, f)
                if comment(path):
                    yield path


def labelled(text):
    head = "\n".join(text.splitlines()[:4])
    return COPYRIGHT in head and LICENSE in head


def add(path):
    text = open(path, encoding="utf-8").read()
    mark = comment(path)
    lines = f"{mark} {COPYRIGHT}\n{mark} {LICENSE}\n"
    if text.startswith("#!"):
        first, _, rest = text.partition("\n")
        text = first + "\n" + lines + rest
    else:
        text = lines + text
    open(path, "w", encoding="utf-8").write(text)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("--check", "--add"):
        sys.exit(__doc__)
    root = sys.argv[2]
    missing = [p for p in sources(root) if not labelled(open(p, encoding="utf-8").read())]
    if sys.argv[1] == "--add":
        for path in missing:
            add(path)
        print(f"{len(missing)} files labelled")
        return
    for path in missing:
        print(f"{os.path.relpath(path, root)}: no SPDX licence lines (run tests/tools/spdx.py --add)")
    print(f"{len(missing)} of the project's source files lack the SPDX lines")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
