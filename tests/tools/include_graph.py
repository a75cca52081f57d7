#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The project's include graph: which part includes which, and any include circles.

A part is a folder: core/<name>, app/<name> or app, ui, model. Prints each edge between parts
with its number of #include lines, the circles between parts and between files (Tarjan's
strongly connected components). Usage: tests/tools/include_graph.py [--check] [REPO]
With --check, exits 1 naming each #include that crosses the layers of ALLOWED (the build runs it:
target alfee_layering), so that a wrong include fails the build.
"""
import os
import re
import sys
from collections import defaultdict

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
ROOTS = ("app", "ui", "core", "model")


# The libraries of the CMake files, by the folders they build, and what each may include:
# its own folders and those of the libraries it links (core/CMakeLists.txt, app/CMakeLists.txt).
LIBRARIES = {
    "recording": (["core/recording", "core/electrodes", "core/dsp", "core/resources"], []),
    "store": (["core/workspace", "core/montage", "core/bids"], ["recording"]),
    "dataset": (["core/dataset", "core/demo"], ["store"]),
    "engine": (["core/engine", "core/export"], ["dataset"]),
    "viewer": (["core/viewer"], ["store"]),
    "report": (["core/report"], ["engine", "viewer"]),
    "model": (["model"], []),
    "modeling": (["core/modeling"], ["engine", "report", "model"]),
    "cli": (["app/cli"], ["engine", "report", "modeling"]),
    "ui": (["ui"], ["engine", "report", "modeling"]),
    "app": (["app"], ["cli", "ui"]),
}


def allowed_parts():
    def closure(lib, seen):
        for dep in LIBRARIES[lib][1]:
            if dep not in seen:
                seen.add(dep)
                closure(dep, seen)
        return seen

    out = {}
    for lib, (folders, _) in LIBRARIES.items():
        reach = {f for l in closure(lib, {lib}) for f in LIBRARIES[l][0]}
        for folder in folders:
            out[folder] = reach
    return out


def part_of(path):
    bits = path.split("/")
    if bits[0] in ("core", "app") and len(bits) > 2:
        return bits[0] + "/" + bits[1]
    return bits[0]


def sources(repo):
    for root in ROOTS:
        for folder, _, names in os.walk(os.path.join(repo, root)):
            if "/tests" in folder or folder.endswith("/tests"):
                continue
            for n in names:
                if n.endswith((".cpp", ".h")):
                    yield os.path.relpath(os.path.join(folder, n), repo)


def resolve(repo, source, target):
    for candidate in (target, os.path.normpath(os.path.join(os.path.dirname(source), target))):
        if os.path.isfile(os.path.join(repo, candidate)):
            return candidate
    return None


def circles(graph):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            scc = []
            while True:
                w = stack.pop()
                on.discard(w)
                scc.append(w)
                if w == v:
                    break
            if len(scc) > 1:
                out.append(sorted(scc))

    sys.setrecursionlimit(10000)
    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    repo = args[0] if args else "."
    allowed = allowed_parts()
    wrong = []
    files = defaultdict(set)
    parts = defaultdict(lambda: defaultdict(int))
    for s in sources(repo):
        with open(os.path.join(repo, s), encoding="utf-8", errors="replace") as f:
            text = f.read()
        for target in INCLUDE.findall(text):
            t = resolve(repo, s, target)
            if not t:
                continue
            files[s].add(t)
            a, b = part_of(s), part_of(t)
            if a != b:
                parts[a][b] += 1
                if a not in allowed or b not in allowed[a]:
                    wrong.append(f"{s}: includes {t} ({a} may not use {b})")
    fc = circles(files)
    if check:
        for w in wrong:
            print(f"include_graph: {w}", file=sys.stderr)
        for c in fc:
            print(f"include_graph: circle {' <-> '.join(c)}", file=sys.stderr)
        sys.exit(1 if wrong or fc else 0)
    edges = sum(len(v) for v in parts.values())
    print(f"{len(set(sources(repo)))} files, {len(parts)} parts with outgoing edges, {edges} edges")
    for a in sorted(parts):
        print(f"  {a} -> " + ", ".join(f"{b} ({n})" for b, n in sorted(parts[a].items())))
    pc = circles({a: set(bs) for a, bs in parts.items()})
    print(f"circles between parts: {len(pc)}" + "".join(f"\n  {' <-> '.join(c)}" for c in pc))
    print(f"circles between files: {len(fc)}" + "".join(f"\n  {' <-> '.join(c)}" for c in fc))
    print(f"includes across the layers: {len(wrong)}" + "".join(f"\n  {w}" for w in wrong))


if __name__ == "__main__":
    main()
