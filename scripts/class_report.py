#!/usr/bin/env python3
"""Runs scripts/class_report.sql with DuckDB over a class folder and prints the report as JSON.

    python3 scripts/class_report.py CLASS_FOLDER [--now 2026-09-15T09:00:00Z]
        [--time-zone Europe/Berlin] [--rollover-hour 4] [--summary]

CLASS_FOLDER holds one folder per student with reviews-<device>.jsonl files (and optionally
settings.json), as `plenum report CLASS_FOLDER` reads it. The output has the per-student and
per-card numbers of `plenum report --json` that SQL can reproduce (see the SQL's header for
the ones it cannot: cards_mastered, log_problems, and the deck's prompt and answer).

Defaults as plenum's: --now from PLENUM_NOW (else the current time), --time-zone from TZ
(else UTC), learning days starting at 4 am. --memory-limit caps DuckDB's memory (it spills
to disk beyond it; by default it may take 80% of RAM). --summary prints one line instead: the number of
students and reviews, and the query's time in ms (for plenum-bench).
Needs the duckdb package (pip install duckdb); no network.
"""

import argparse
import glob
import json
import os
import resource
import sys
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SQL = os.path.join(HERE, "class_report.sql")
# plenum's defaults (LearnerSettings): learning steps [1, 10] min, relearning [10], FSRS.
DEFAULT_STEPS = (2, 1, "fsrs")


def fail(message, code):
    sys.stderr.write("class_report.py: " + message + "\n")
    sys.exit(code)


def epoch_ms(text):
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        fail(f"--now '{text}' is not an ISO 8601 time such as 2026-09-15T09:00:00Z", 64)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp() * 1000)


def learner_settings(folder):
    """(student, learning steps, relearning steps, scheduler) for each readable settings.json.

    A settings file plenum cannot read is folded with the defaults by plenum too, so such a
    file contributes nothing here."""
    rows = []
    for path in sorted(glob.glob(os.path.join(glob.escape(folder), "*", "settings.json"))):
        student = os.path.basename(os.path.dirname(path))
        try:
            with open(path, encoding="utf-8") as handle:
                settings = json.load(handle)
        except (OSError, ValueError):
            continue
        if not isinstance(settings, dict):
            continue
        learning = settings.get("learning_steps_minutes", [1, 10])
        relearning = settings.get("relearning_steps_minutes", [10])
        scheduler = settings.get("scheduler", "fsrs")
        if not isinstance(learning, list) or not isinstance(relearning, list):
            continue
        if scheduler not in ("fsrs", "sm2"):
            continue
        rows.append((student, len(learning), len(relearning), scheduler))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--now", default=os.environ.get("PLENUM_NOW"))
    parser.add_argument("--time-zone", default=os.environ.get("TZ") or "UTC")
    parser.add_argument("--rollover-hour", type=int, default=4)
    parser.add_argument("--summary", action="store_true")
    parser.add_argument(
        "--memory-limit", help="DuckDB's memory_limit, e.g. 4GB (it spills to a temp folder)")
    args = parser.parse_args()
    try:
        import duckdb
    except ImportError:
        fail("the duckdb package is not installed (pip install duckdb)", 69)
    if not os.path.isdir(args.folder):
        fail(f"the class folder '{args.folder}' does not exist", 66)
    logs = os.path.join(glob.escape(args.folder), "*", "reviews-*.jsonl")
    if not glob.glob(logs):
        fail(f"the class folder '{args.folder}' holds no */reviews-*.jsonl files", 66)
    now_ms = epoch_ms(args.now) if args.now else int(time.time() * 1000)

    start = time.perf_counter()
    con = duckdb.connect()
    if args.memory_limit:
        con.execute("SET memory_limit = ?", [args.memory_limit])
    con.execute(
        "CREATE TEMP TABLE learner_settings("
        "student VARCHAR, learning_steps BIGINT, relearning_steps BIGINT, scheduler VARCHAR)")
    rows = learner_settings(args.folder)
    if rows:
        con.executemany("INSERT INTO learner_settings VALUES (?, ?, ?, ?)", rows)
    con.execute("SET VARIABLE logs = ?", [logs])
    con.execute("SET VARIABLE time_zone = ?", [args.time_zone])
    con.execute("SET VARIABLE rollover_hour = ?", [args.rollover_hour])
    con.execute("SET VARIABLE now_ms = ?", [now_ms])
    with open(SQL, encoding="utf-8") as handle:
        statements = handle.read()
    report = json.loads(con.execute(statements).fetchone()[0])
    elapsed = (time.perf_counter() - start) * 1000
    if args.summary:
        print(json.dumps({
            "students": len(report["students"]), "total_reviews": report["total_reviews"],
            "cards": len(report["cards"]), "query_ms": round(elapsed, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "duckdb": duckdb.__version__, "threads": con.execute(
                "SELECT current_setting('threads')").fetchone()[0]}))
    else:
        print(json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
