#!/usr/bin/env python3
"""Times the peers of plenum-bench on the same inputs and prints ours beside theirs.

Peers:
  * py-fsrs 6.3.2 reviews: the fsrs-review workload (each card reviewed 10 times, each review
    at the card's due time, ratings from the same SplitMix64 hash of card*10+review), on the
    first --cards cards (py-fsrs is slow); compared per review.
  * py-fsrs replay of the log-fold log (PLENUM_BENCH_LOG_DIR): every review in time order
    through Scheduler.review_card; compared with our fold (reviews/s).
  * orjson parsing of the same log lines; compared with our read (ReviewLog.read), with
    our whole load (read + fold + due queue) and with `plenum stats --json` (the release
    binary in a fresh process: start, read, fold, statistics, JSON out).
  * fsrs-rs parameter fitting (Benchmarks/optimizer_reference.py's JSON) against our
    `optimize` line on the same history.

Usage (peers.sh does all of it):
  python peers.py --ours ours.jsonl --log-dir DIR [--optimizer-json ref.json] [--cards 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import platform
import statistics
import subprocess
import time

import orjson
from fsrs import Card, Rating, Scheduler

MASK = (1 << 64) - 1
START = dt.datetime.fromtimestamp(1_704_704_400, dt.timezone.utc)  # FSRSReviewBenchmark.start
REVIEWS_PER_CARD = 10


def rating(card: int, review: int) -> Rating:
    """FSRSReviewBenchmark.rating: SplitMix64 of card*10+review, top 53 bits as u in [0,1)."""
    z = (card * REVIEWS_PER_CARD + review + 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    u = ((z ^ (z >> 31)) >> 11) * 2.0**-53
    return Rating.Again if u < 0.1 else Rating.Hard if u < 0.2 else Rating.Good if u < 0.9 else Rating.Easy


def pyfsrs_reviews(cards: int, fuzz: bool, runs: int = 3) -> tuple[float, float, float]:
    """Median wall seconds for cards x 10 reviews, median CPU seconds, and the sum of final
    due times in days."""
    ratings = [[rating(c, r) for r in range(REVIEWS_PER_CARD)] for c in range(cards)]
    scheduler = Scheduler(enable_fuzzing=fuzz)
    times, cpu, checksum = [], [], 0.0
    for _ in range(runs):
        t0 = time.perf_counter()
        c0 = time.process_time()
        total = 0.0
        for c in range(cards):
            card = Card(card_id=c + 1, due=START)
            at = START
            for r in ratings[c]:
                card, _ = scheduler.review_card(card, r, at)
                at = card.due
            total += (at - START).total_seconds() / 86400
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        checksum = total
    return statistics.median(times), statistics.median(cpu), checksum


def log_lines(log_dir: str) -> list[list[bytes]]:
    files = sorted(glob.glob(os.path.join(log_dir, "reviews-*.jsonl")))
    result = []
    for path in files:
        with open(path, "rb") as f:
            result.append(f.read().splitlines())
    return result


def orjson_parse(log_dir: str, runs: int = 3) -> tuple[float, float, list[dict]]:
    """Median wall and CPU seconds to read the files and parse every line with orjson (file
    reads included), and the records."""
    times, cpu, records = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        c0 = time.process_time()
        records = []
        for path in sorted(glob.glob(os.path.join(log_dir, "reviews-*.jsonl"))):
            with open(path, "rb") as f:
                records.extend(orjson.loads(line) for line in f.read().splitlines() if line)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu), records


def parse_at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def pyfsrs_replay(records: list[dict]) -> tuple[float, int, int]:
    """Seconds to replay every review in time order through py-fsrs (fuzz on, as our fold);
    timestamps are converted before timing. Returns (seconds, reviews, cards)."""
    ordered = sorted(records, key=lambda r: (r["at"], r["id"]))
    events = [(r["card"], Rating(r["rating"]), parse_at(r["at"])) for r in ordered]
    scheduler = Scheduler(enable_fuzzing=True)
    ids: dict[str, int] = {}
    t0 = time.perf_counter()
    states: dict[str, Card] = {}
    for card_id, grade, at in events:
        card = states.get(card_id)
        if card is None:
            card = Card(card_id=ids.setdefault(card_id, len(ids) + 1), due=at)
        states[card_id], _ = scheduler.review_card(card, grade, at)
    return time.perf_counter() - t0, len(events), len(states)


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or str(os.cpu_count())
    return f"{cores} cores (nproc), {model}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours", required=True, help="plenum-bench JSON lines")
    ap.add_argument("--log-dir", required=True, help="the log written via PLENUM_BENCH_LOG_DIR")
    ap.add_argument("--optimizer-json", help="optimizer_reference.py output")
    ap.add_argument("--cards", type=int, default=10_000, help="py-fsrs cards for the review rate")
    a = ap.parse_args()

    ours: dict[str, dict] = {}
    with open(a.ours) as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                key = obj["name"] + ("/" + obj["variant"] if "variant" in obj else "")
                ours[key] = obj

    rows: list[tuple[str, str, str, str, str]] = []

    def row(what, our, peer, ratio, verdict=""):
        rows.append((what, our, peer, ratio, verdict))

    parity = []
    for variant, fuzz in (("fuzz-off", False), ("fuzz-on", True)):
        o = ours.get(f"fsrs-review/{variant}")
        if not o:
            continue
        seconds, cpu_s, checksum = pyfsrs_reviews(a.cards, fuzz)
        peer_rate = a.cards * REVIEWS_PER_CARD / seconds
        ratio = o["throughput"] / peer_rate
        cpu_ratio = (cpu_s / (a.cards * REVIEWS_PER_CARD)) / (o["cpu_median_ms"] / 1000 / o["n"]) if o.get("cpu_median_ms") else float("nan")
        row(f"FSRS reviews, {variant}", f"{o['throughput']:,.0f} reviews/s", f"py-fsrs {peer_rate:,.0f} reviews/s",
            f"{ratio:,.1f}x faster", "target >= 50x: " + ("met" if ratio >= 50 else "MISSED") + f" (CPU time: {cpu_ratio:,.1f}x)")
        if not fuzz and "due_days_sum_first_10000" in o and a.cards == 10_000:
            parity.append(f"due-date checksum over 10,000 cards, fuzz off: ours {o['due_days_sum_first_10000']}, "
                          f"py-fsrs {round(checksum, 4)}")

    lf = ours.get("log-fold")
    if lf:
        parse_s, parse_cpu_s, records = orjson_parse(a.log_dir)
        read_ms, total_ms, fold_ms = lf["read_median_ms"], lf["median_ms"], lf["fold_median_ms"]
        row("log read (ReviewLog.read) vs orjson parse", f"{read_ms:,.0f} ms", f"orjson {parse_s * 1000:,.0f} ms",
            f"{parse_s * 1000 / read_ms:,.2f}x")
        row("log load (read+fold+queue) vs orjson parse", f"{total_ms:,.0f} ms, peak {lf['peak_rss_mb']:.0f} MB",
            f"orjson {parse_s * 1000:,.0f} ms", f"{parse_s * 1000 / total_ms:,.2f}x",
            "target no slower, <= 300 MB: " + ("met" if total_ms <= parse_s * 1000 and lf["peak_rss_mb"] <= 300 else "MISSED")
            + (f" (CPU time: ours {lf['cpu_median_ms']:,.0f} ms, orjson {parse_cpu_s * 1000:,.0f} ms, "
               f"{parse_cpu_s * 1000 / lf['cpu_median_ms']:,.2f}x)" if lf.get("cpu_median_ms") else ""))
        st = ours.get("stats")
        if st and "median_ms" in st:
            ratio = st["median_ms"] / (parse_s * 1000)
            cpu = (f" (CPU time: ours {st['cpu_median_ms']:,.0f} ms, orjson {parse_cpu_s * 1000:,.0f} ms, "
                   f"{st['cpu_median_ms'] / (parse_cpu_s * 1000):,.2f}x)") if st.get("cpu_median_ms") else ""
            row("plenum stats --json (whole process) vs orjson parse",
                f"{st['median_ms']:,.0f} ms, peak {st['peak_rss_mb']:.0f} MB", f"orjson {parse_s * 1000:,.0f} ms",
                f"{parse_s * 1000 / st['median_ms']:,.2f}x",
                f"ours/orjson {ratio:,.2f}, target <= {st.get('target_ratio_to_orjson', 1.2)}, <= 300 MB: "
                + ("met" if ratio <= st.get("target_ratio_to_orjson", 1.2) and st["peak_rss_mb"] <= 300 else "MISSED")
                + cpu)
        replay_s, n, cards = pyfsrs_replay(records)
        our_rate = lf["n"] / (fold_ms / 1000)
        row("log fold vs py-fsrs replay", f"{fold_ms:,.0f} ms ({our_rate:,.0f} reviews/s)",
            f"py-fsrs {replay_s * 1000:,.0f} ms ({n / replay_s:,.0f} reviews/s, {cards} cards)",
            f"{replay_s * 1000 / fold_ms:,.1f}x faster")

    opt = ours.get("optimize")
    if opt and a.optimizer_json and os.path.exists(a.optimizer_json):
        with open(a.optimizer_json) as f:
            ref = json.load(f)
        peer_ms = ref["fit_seconds_median"] * 1000
        gap = opt.get("log_loss_gap_percent")
        extra = f"log loss ours {opt['log_loss_after']:.4f} vs fsrs-rs {opt.get('fsrs_rs_log_loss', float('nan')):.4f}"
        if gap is not None:
            extra += f" ({gap:+.2f} %)"
        row(f"parameter fit, {ref['cards']} cards / {ref['reviews']} reviews", f"{opt['median_ms']:,.0f} ms",
            f"fsrs-rs {peer_ms:,.0f} ms", f"{peer_ms / opt['median_ms']:,.2f}x", extra)

    print(f"machine: {machine()}")
    print(f"date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    print("ratio = peer time / our time (above 1: we are faster)")
    widths = [max(len(r[i]) for r in rows + [("what", "ours", "peer", "ratio", "")]) for i in range(4)]
    header = ("what", "ours", "peer", "ratio", "")
    for r in [header] + rows:
        print("  ".join(r[i].ljust(widths[i]) for i in range(4)) + ("  " + r[4] if r[4] else ""))
    for line in parity:
        print(line)


if __name__ == "__main__":
    main()
