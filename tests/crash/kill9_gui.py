#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""kill -9 of alfee-workbench in the middle of an import and of a training run, N times each.

After every kill: the workspace passes PRAGMA integrity_check and foreign_key_check, no
recording imported and no run finished before the kill is missing, every checkpoint the
registry lists of a finished run is on disk, and the next start of the GUI says what was
interrupted (its "interrupted:" lines on stderr, shown in a dialog in the window).

Needs a display (Xvfb :N is started when DISPLAY is unset) and xdotool for the training part.
usage: kill9_gui.py --build build [--kills 20] [--data DIR...] [--only import|training]
(the default data: EEGMAT, EEGMMIDB and the pretraining recordings of ../shared/data)
Prints one line per kill and a summary; exits 1 when a check failed.
"""
import argparse
import os
import pathlib
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]


def query(ws, sql, args=()):
    with sqlite3.connect(f"file:{ws}?mode=ro", uri=True, timeout=10) as db:
        return db.execute(sql, args).fetchall()


def integrity(ws):
    ok = query(ws, "PRAGMA integrity_check")[0][0]
    fk = query(ws, "PRAGMA foreign_key_check")
    return ok if not fk else f"{ok}; foreign keys: {fk[:3]}"


def wait_for(condition, timeout, step=0.05):
    end = time.time() + timeout
    while time.time() < end:
        try:
            if condition():
                return True
        except sqlite3.Error:
            pass  # the GUI holds a write lock for a moment
        time.sleep(step)
    return False


class Harness:
    def __init__(self, args):
        self.gui = str(pathlib.Path(args.build) / "app" / "alfee-workbench")
        self.cli = str(pathlib.Path(args.build) / "app" / "alfee")
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="alfee-kill9-"))
        self.env = dict(os.environ, HOME=str(self.tmp / "home"), QT_QPA_PLATFORM="xcb",
                        OMP_NUM_THREADS="1")
        self.failures = []

    def start(self, *args):
        # Output to a file: an unread pipe fills and blocks the GUI.
        with open(self.tmp / "gui.log", "a") as log:
            return subprocess.Popen([self.gui, "-geometry", "1400x900+0+0", *args],
                                    env=self.env, stdout=log, stderr=log)

    def next_start_says(self, ws):
        """Starts the GUI on `ws` once more and returns its "interrupted:" lines."""
        shot = self.tmp / "shot.png"
        done = subprocess.run([self.gui, "--workspace", str(ws), "--screenshot", str(shot)],
                              env=self.env, capture_output=True, text=True, timeout=120)
        return [l for l in done.stderr.splitlines() if l.startswith("interrupted:")]

    def check(self, ok, what):
        if not ok:
            self.failures.append(what)
            print("  FAILED:", what)

    def kill(self, proc):
        proc.kill()  # SIGKILL
        proc.wait()


def import_round(h, ws, data, i):
    """One kill during an import of the folders `data`; True when an import was cut short."""
    before = query(ws, "SELECT COUNT(*) FROM recordings")[0][0]
    ids_before = {r[0] for r in query(ws, "SELECT id FROM recordings")}
    proc = h.start("--workspace", str(ws), *map(str, data))
    started = wait_for(lambda: query(ws, "SELECT COUNT(*) FROM meta WHERE key = "
                                         "'import_in_progress'")[0][0] == 1, 60)
    time.sleep(random.uniform(0.0, 2.5))
    h.kill(proc)
    pending = query(ws, "SELECT COUNT(*) FROM meta WHERE key = 'import_in_progress'")[0][0]
    after = query(ws, "SELECT COUNT(*) FROM recordings")[0][0]
    ids_after = {r[0] for r in query(ws, "SELECT id FROM recordings")}
    result = integrity(ws)
    said = h.next_start_says(ws)
    print(f"import kill {i:2d}: import {'running' if started else 'not seen'}, recordings "
          f"{before} -> {after}, integrity {result}, next start: {said[:1] or 'nothing said'}")
    h.check(result == "ok", f"import kill {i}: integrity {result}")
    h.check(ids_before <= ids_after, f"import kill {i}: recordings lost")
    orphans = query(ws, "SELECT COUNT(*) FROM recordings r WHERE NOT EXISTS "
                        "(SELECT 1 FROM channels c WHERE c.recording_id = r.id)")[0][0]
    h.check(orphans == 0, f"import kill {i}: {orphans} recordings without channels")
    h.check(not pending or any("import" in l for l in said),
            f"import kill {i}: the next start did not say the import was interrupted")
    return pending


def run_import(h, data, kills):
    expected = sum(len(list(d.rglob("*.edf"))) for d in data)
    workspaces = 0
    ws = None
    interrupted = i = 0
    while interrupted < kills and i < 3 * kills:  # kills that land after the end do not count
        i += 1
        if ws is None or query(ws, "SELECT COUNT(*) FROM recordings")[0][0] >= expected:
            workspaces += 1  # everything is in: go on with an empty workspace
            ws = h.tmp / f"import{workspaces}.alfee"
            subprocess.run([h.cli, "workspace", "init", "--workspace", str(ws)], check=True,
                           capture_output=True)
        interrupted += import_round(h, ws, data, i)
    done = subprocess.run([h.cli, "import", "--workspace", str(ws), *map(str, data)],
                          capture_output=True, text=True)
    print("import: after the kills, `alfee import` of the same folders:",
          done.stdout.strip().splitlines()[-1])
    h.check(done.returncode == 0, "the final import failed")
    print(f"import: {i} kills, {interrupted} of them during an import")
    return interrupted


def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], check=False, capture_output=True)


def click(x, y):
    xdo("mousemove", x, y, "click", 1)
    time.sleep(0.4)


def finished_runs(ws):
    return {r[0] for r in query(ws, "SELECT id FROM runs WHERE status = 'finished'")}


def checkpoints_on_disk(ws):
    rows = query(ws, "SELECT c.path FROM run_checkpoints c JOIN runs r ON r.id = c.run_id "
                     "WHERE r.status = 'finished'")
    return all(pathlib.Path(p).exists() for (p,) in rows), len(rows)


# Where the wizard's controls are in a 1400x900 window (Xvfb, no window manager): a new
# fine-tuning run on the demo workload dataset, 200 epochs, so that it runs until killed.
LAYOUT = {"runs_tab": (246, 31), "new_run": (80, 92), "dataset_box": (689, 202),
          "workload_item": (319, 225), "next": (1002, 707), "mapping_ok": (272, 653),
          "epochs": (755, 177)}


def start_training_in_wizard():
    click(*LAYOUT["runs_tab"])
    click(*LAYOUT["new_run"])
    time.sleep(1)
    click(*LAYOUT["dataset_box"])
    click(*LAYOUT["workload_item"])
    click(*LAYOUT["next"])  # data -> channels
    time.sleep(1.5)
    click(*LAYOUT["mapping_ok"])
    for _ in range(4):  # -> labels -> split -> starting point -> settings
        click(*LAYOUT["next"])
        time.sleep(2)  # the pages compute their summaries; the machine may be busy
    xdo("mousemove", *LAYOUT["epochs"], "click", "--repeat", "3", "1")
    time.sleep(0.3)
    xdo("key", "ctrl+a")
    xdo("type", "200")
    time.sleep(0.3)
    click(*LAYOUT["next"])  # -> review
    time.sleep(2)
    click(*LAYOUT["next"])  # Start
    time.sleep(1)
    if os.environ.get("ALFEE_KILL9_SHOTS"):  # to see where the clicks went
        subprocess.run(["import", "-window", "root",
                        f"{os.environ['ALFEE_KILL9_SHOTS']}/wizard-{time.time():.0f}.png"])


def training_round(h, ws, i):
    finished = finished_runs(ws)
    proc = h.start("--workspace", str(ws))
    time.sleep(5)  # the window shows and the runs table fills
    start_training_in_wizard()
    training = wait_for(lambda: query(ws, "SELECT COUNT(*) FROM runs WHERE status = "
                                          "'running'")[0][0] == 1, 60)
    time.sleep(random.uniform(3.0, 60.0))
    step = query(ws, "SELECT MAX(m.step) FROM run_metrics m JOIN runs r ON r.id = m.run_id "
                     "WHERE r.status = 'running'")[0][0]
    h.kill(proc)
    running = query(ws, "SELECT COUNT(*) FROM runs WHERE status = 'running'")[0][0]
    result = integrity(ws)
    intact, count = checkpoints_on_disk(ws)
    said = h.next_start_says(ws)
    print(f"training kill {i:2d}: {'training' if training else 'no training seen'}, last metric "
          f"at step {step}, integrity {result}, finished runs {len(finished)} -> "
          f"{len(finished_runs(ws))}, their {count} checkpoints on disk: {intact}, next start: "
          f"{said[:1] or 'nothing said'}")
    h.check(result == "ok", f"training kill {i}: integrity {result}")
    h.check(finished <= finished_runs(ws), f"training kill {i}: a finished run is gone")
    h.check(intact, f"training kill {i}: a checkpoint of a finished run is missing")
    h.check(not running or any("was interrupted" in l for l in said),
            f"training kill {i}: the next start did not say the run was interrupted")
    return bool(running)


def run_training(h, kills):
    demo = h.tmp / "demo"
    subprocess.run([h.cli, "demo", "--dir", str(demo), "--epochs", "1"], env=h.env, check=True,
                   capture_output=True)  # one finished run that must survive every kill
    ws = demo / "demo.alfee"
    interrupted = i = 0
    while interrupted < kills and i < 2 * kills:
        i += 1
        interrupted += training_round(h, ws, i)
    print(f"training: {i} kills, {interrupted} of them during a run")
    return interrupted


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default=str(ROOT / "build"))
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--data", nargs="+", type=pathlib.Path,
                   default=[ROOT.parent / "shared/data/eeg/eegmat",
                            ROOT.parent / "shared/data/eeg/eegmmidb",
                            ROOT.parent / "shared/data/pretrain"])
    p.add_argument("--only", choices=["import", "training"])
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    random.seed(args.seed)
    xvfb = None
    if not os.environ.get("DISPLAY"):
        xvfb = subprocess.Popen(["Xvfb", ":9", "-screen", "0", "1400x900x24"])
        os.environ["DISPLAY"] = ":9"
        time.sleep(1)
    h = Harness(args)
    try:
        if args.only != "training":
            run_import(h, args.data, args.kills)
        if args.only != "import":
            run_training(h, args.kills)
    finally:
        if xvfb:
            xvfb.terminate()
        shutil.rmtree(h.tmp, ignore_errors=True)
    print("all checks passed" if not h.failures else f"{len(h.failures)} checks failed")
    return 1 if h.failures else 0


if __name__ == "__main__":
    sys.exit(main())
