#!/usr/bin/env python3
"""Runs scripts/class_report.sql with DuckDB or Spark SQL over a class folder; prints JSON.

    python3 scripts/class_report.py CLASS_FOLDER [--engine duckdb|spark]
        [--now 2026-09-15T09:00:00Z] [--time-zone Europe/Berlin] [--rollover-hour 4]
        [--summary] [--memory-limit 4GB] [--threads N]

CLASS_FOLDER holds one folder per student with reviews-<device>.jsonl files (and optionally
settings.json), as `plenum report CLASS_FOLDER` reads it. The output has the per-student and
per-card numbers of `plenum report --json` that SQL can reproduce (see the SQL's header for
the ones it cannot: cards_mastered, log_problems, and the deck's prompt and answer).

Both engines run the same query text. What differs is only what this script sets up before
it (ENGINE_SETUP and read_logs_*): the view log_lines over the JSON Lines files (DuckDB's
read_json, Spark's spark.read.json), the one-row view report_inputs, the view
learner_settings from the settings.json files, and two time functions, plenum_epoch_ms and
plenum_local_ms. The query's flat rows are then nested into the report's JSON here.

Defaults as plenum's: --now from PLENUM_NOW (else the current time), --time-zone from TZ
(else UTC), learning days starting at 4 am. --engine duckdb (the default) needs the duckdb
package; --engine spark needs pyspark and Java 17 or later, and runs Spark in local mode on
--threads cores (2 by default), with quiet logging, and a JVM set for short runs
(--spark-java-options). --memory-limit caps DuckDB's memory (it
spills to disk beyond it) or sets Spark's driver memory. --summary prints one line instead:
the number of students and reviews, the query's time in ms and the peak memory (for
plenum-bench). No network.
"""

import argparse
import glob
import json
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SQL = os.path.join(HERE, "class_report.sql")
SPARK_LOG_CONFIG = os.path.join(HERE, "class_report.log4j2.properties")
# plenum's defaults (LearnerSettings): learning steps [1, 10] min, relearning [10], FSRS.
DEFAULT_STEPS = (2, 1, "fsrs")
# The fields of a log line, typed as the query expects them; "at" becomes at_text.
LOG_FIELDS = [
    ("v", "BIGINT"), ("id", "VARCHAR"), ("card", "VARCHAR"), ("deck", "VARCHAR"),
    ("at", "VARCHAR"), ("rating", "BIGINT"), ("form", "VARCHAR"), ("answer", "VARCHAR"),
    ("verdict", "VARCHAR"), ("ms", "BIGINT"), ("undo", "VARCHAR"),
]
LOG_COLUMNS = ["v", "id", "card", "deck", "at_text", "rating", "form", "answer", "verdict",
               "ms", "undo"]

# The two functions the query calls, per engine: the only SQL that differs between them.
ENGINE_SETUP = {
    "duckdb": [
        "CREATE OR REPLACE TEMP MACRO plenum_epoch_ms(text) AS "
        "epoch_ms(try_cast(text AS TIMESTAMPTZ))",
        "CREATE OR REPLACE TEMP MACRO plenum_local_ms(ms, zone) AS "
        "epoch_ms(timezone(zone, timezone('UTC', epoch_ms(ms))))",
    ],
    "spark": [
        "CREATE OR REPLACE TEMPORARY FUNCTION plenum_epoch_ms(text STRING) RETURNS BIGINT "
        "RETURN unix_millis(try_cast(text AS TIMESTAMP))",
        "CREATE OR REPLACE TEMPORARY FUNCTION plenum_local_ms(ms BIGINT, zone STRING) "
        "RETURNS BIGINT RETURN unix_millis(from_utc_timestamp(timestamp_millis(ms), zone))",
    ],
}


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


def statements():
    """The SQL file's statements: (view name, its query) for each CREATE OR REPLACE TEMPORARY
    VIEW, then (None, the SELECT). A statement ends at a ';' that ends a line of code."""
    with open(SQL, encoding="utf-8") as handle:
        text = handle.read()
    parts, current = [], []
    for line in text.splitlines():
        current.append(line)
        if not line.lstrip().startswith("--") and line.rstrip().endswith(";"):
            parts.append("\n".join(current).rstrip().rstrip(";"))
            current = []
    parts.append("\n".join(current))
    result = []
    for part in parts:
        code = "\n".join(line for line in part.splitlines() if not line.lstrip().startswith("--"))
        if not code.strip():
            continue
        view = re.match(r"\s*CREATE OR REPLACE TEMPORARY VIEW (\w+) AS\s", code)
        result.append((view.group(1), code[view.end():]) if view else (None, code))
    return result


# How each engine keeps a view's rows once computed (the views are used more than once).
KEEP_VIEW = {
    "duckdb": "CREATE OR REPLACE TEMP TABLE {name} AS\n{query}",
    "spark": "CACHE TABLE {name} AS\n{query}",
}


def run_report(engine, execute):
    """Runs the engine's two time functions, then the SQL file's views (kept) and its SELECT,
    each with `execute`; returns what `execute` returned for the SELECT."""
    for statement in ENGINE_SETUP[engine]:
        execute(statement)
    result = None
    for view, query in statements():
        if view:
            execute(KEEP_VIEW[engine].format(name=view, query=query))
        else:
            result = execute(query)
    return result


def run_duckdb(args, logs, settings, inputs):
    """The query's rows (dicts) and a summary of the engine, by DuckDB."""
    try:
        import duckdb
    except ImportError:
        fail("the duckdb package is not installed (pip install duckdb)", 69)
    con = duckdb.connect()
    if args.memory_limit:
        con.execute("SET memory_limit = ?", [args.memory_limit])
    if args.threads:
        con.execute(f"SET threads = {int(args.threads)}")
    con.execute("SET TimeZone = 'UTC'")
    con.execute(
        "CREATE TEMP TABLE learner_settings("
        "student VARCHAR, learning_steps BIGINT, relearning_steps BIGINT, scheduler VARCHAR)")
    if settings:
        con.executemany("INSERT INTO learner_settings VALUES (?, ?, ?, ?)", settings)
    con.execute(
        "CREATE TEMP TABLE report_inputs(time_zone VARCHAR, rollover_hour BIGINT, now_ms BIGINT)")
    con.execute("INSERT INTO report_inputs VALUES (?, ?, ?)", list(inputs))
    columns = ", ".join(f'"{name}": \'{kind}\'' for name, kind in LOG_FIELDS)
    con.execute(
        "CREATE TEMP VIEW log_lines AS SELECT filename AS path, "
        + ", ".join('"at" AS at_text' if c == "at_text" else c for c in LOG_COLUMNS)
        + " FROM read_json(" + sql_string(logs) + ", format = 'newline_delimited', "
        + "filename = true, ignore_errors = true, columns = {" + columns + "})")
    try:
        result = run_report("duckdb", con.execute)
    except duckdb.Error as error:
        fail("DuckDB failed on class_report.sql: " + str(error).splitlines()[0], 70)
    names = [column[0] for column in result.description]
    rows = [dict(zip(names, row)) for row in result.fetchall()]
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return rows, {"engine": "duckdb", "duckdb": duckdb.__version__, "threads": threads,
                  "peak_rss_mb": round(peak, 1)}


def run_spark(args, logs, settings, inputs):
    """The query's rows (dicts) and a summary of the engine, by Spark SQL in local mode."""
    try:
        from pyspark.sql import SparkSession
        from pyspark.errors import PySparkException
    except ImportError:
        fail("the pyspark package is not installed (pip install pyspark)", 69)
    threads = int(args.threads or 2)
    # Spark makes a warehouse folder where it starts; this run keeps no tables.
    scratch = tempfile.mkdtemp(prefix="class-report-spark-")
    started = time.perf_counter()
    builder = (
        SparkSession.builder.master(f"local[{threads}]").appName("plenum-class-report")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", str(2 * threads))
        .config("spark.sql.warehouse.dir", os.path.join(scratch, "warehouse"))
        .config("spark.log.structuredLogging.enabled", "false")
        .config("spark.driver.extraJavaOptions",
                f"-Dlog4j2.configurationFile={SPARK_LOG_CONFIG} {args.spark_java_options}"))
    if args.memory_limit:
        builder = builder.config("spark.driver.memory", args.memory_limit.replace("B", ""))
    try:
        spark = builder.getOrCreate()
    except Exception as error:  # Java missing or too old: the launcher fails before Spark runs.
        shutil.rmtree(scratch, ignore_errors=True)
        fail("Spark could not start (it needs Java 17 or later): "
             + str(error).strip().splitlines()[0], 69)
    start_ms = (time.perf_counter() - started) * 1000
    try:
        spark.sparkContext.setLogLevel("ERROR")
        spark.createDataFrame(
            settings, "student STRING, learning_steps BIGINT, relearning_steps BIGINT, "
            "scheduler STRING").createOrReplaceTempView("learner_settings")
        spark.createDataFrame(
            [inputs], "time_zone STRING, rollover_hour BIGINT, now_ms BIGINT"
        ).createOrReplaceTempView("report_inputs")
        schema = ", ".join(
            f"`{name}` {'STRING' if kind == 'VARCHAR' else kind}" for name, kind in LOG_FIELDS)
        lines = spark.read.schema(schema).option("mode", "PERMISSIVE").json(logs)
        # input_file_name() is a URI (a space is %20): decoded back to the plain path, with
        # '+' kept ('+' in a URI path is itself).
        lines.selectExpr(
            "url_decode(replace(input_file_name(), '+', '%2B')) AS path",
            *("`at` AS at_text" if c == "at_text" else c for c in LOG_COLUMNS),
        ).createOrReplaceTempView("log_lines")
        try:
            rows = [row.asDict() for row in run_report("spark", spark.sql).collect()]
        except PySparkException as error:
            fail("Spark failed on class_report.sql: " + str(error).strip().splitlines()[0], 70)
        jvm_peak, jvm_cpu = jvm_usage(spark)
        version = spark.version
    finally:
        spark.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 + jvm_peak
    return rows, {"engine": "spark", "spark": version, "threads": threads,
                  "spark_start_ms": round(start_ms, 1), "jvm_cpu_ms": round(jvm_cpu),
                  "peak_rss_mb": round(peak, 1)}


def jvm_usage(spark):
    """(peak resident MB, CPU ms) of Spark's JVM (a child of this process), from /proc."""
    peak, cpu = 0.0, 0.0
    try:
        pid = spark.sparkContext._jvm.java.lang.ProcessHandle.current().pid()
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError, IndexError):
        pass
    return peak, cpu


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def nest(rows):
    """The report's JSON from the query's flat rows (one per student, card, misconception
    and common wrong answer), each part in the order of its column place."""
    parts = {"student": [], "card": [], "misconception": [], "common": []}
    for row in sorted(rows, key=lambda row: (row["part"], row["place"])):
        parts[row["part"]].append(row)
    common = {}
    for row in parts["common"]:
        common.setdefault(row["item"], []).append(
            {"answer": row["answer"], "count": row["reviews"], "share": row["share"]})
    students = [{
        "name": row["item"], "reviews": row["reviews"], "correct": row["correct"],
        "correct_share": row["correct_share"],
        "true_retention": {"reviews": row["retention_reviews"],
                           "passed": row["retention_passed"], "rate": row["retention_rate"]},
        "cards_seen": row["cards_seen"], "last_active": row["last_active"],
        "last_active_at": row["last_active_at"],
        "days_since_active": row["days_since_active"],
    } for row in parts["student"]]
    return {
        "total_reviews": sum(student["reviews"] for student in students),
        "students": students,
        "cards": [{
            "card": row["item"], "reviews": row["reviews"], "failures": row["failures"],
            "failure_rate": row["failure_rate"], "students": row["students"],
        } for row in parts["card"]],
        "misconceptions": [{
            "card": row["item"], "failure_rate": row["failure_rate"],
            "wrong_answers": row["wrong_answers"], "common": common.get(row["item"], []),
        } for row in parts["misconception"]],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--engine", choices=("duckdb", "spark"), default="duckdb")
    parser.add_argument("--now", default=os.environ.get("PLENUM_NOW"))
    parser.add_argument("--time-zone", default=os.environ.get("TZ") or "UTC")
    parser.add_argument("--rollover-hour", type=int, default=4)
    parser.add_argument("--summary", action="store_true")
    parser.add_argument(
        "--memory-limit",
        help="DuckDB's memory_limit, e.g. 4GB (it spills to a temp folder); Spark's driver memory")
    parser.add_argument("--threads", type=int, help="DuckDB: all cores; Spark: local[2]")
    parser.add_argument(
        "--spark-java-options", default="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
        help="the JVM's options (default: for short runs, half the JIT's CPU; '' for long ones)")
    args = parser.parse_args()
    if not os.path.isdir(args.folder):
        fail(f"the class folder '{args.folder}' does not exist", 66)
    logs = os.path.join(glob.escape(args.folder), "*", "reviews-*.jsonl")
    if not glob.glob(logs):
        fail(f"the class folder '{args.folder}' holds no */reviews-*.jsonl files", 66)
    now_ms = epoch_ms(args.now) if args.now else int(time.time() * 1000)
    inputs = (args.time_zone, args.rollover_hour, now_ms)
    settings = learner_settings(args.folder)

    start = time.perf_counter()
    run = run_spark if args.engine == "spark" else run_duckdb
    rows, engine = run(args, logs, settings, inputs)
    report = nest(rows)
    elapsed = (time.perf_counter() - start) * 1000
    if args.summary:
        print(json.dumps({
            "students": len(report["students"]), "total_reviews": report["total_reviews"],
            "cards": len(report["cards"]), "query_ms": round(elapsed, 1), **engine}))
    else:
        print(json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
