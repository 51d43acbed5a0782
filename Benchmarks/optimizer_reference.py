#!/usr/bin/env python3
"""Reference fit for `plenum optimize`: fsrs-rs (via fsrs-rs-python) on a simulated history.

Simulates a review history from hidden "true" FSRS-6 parameters with the same simulator as
Benchmarks/reference/fsrs_optimize_reference.py (imported, not copied), writes it as CSV
(card_id,review_index,elapsed_days,rating; elapsed_days = whole days since the card's previous
review, 0 for the first review and for same-day reviews) and prints one JSON object with
fsrs-rs's fitted parameters, its own evaluation (log loss, RMSE(bins)) and the fit time.

Setup (once):
  python3 -m venv /tmp/optvenv && /tmp/optvenv/bin/pip install fsrs==6.3.2 fsrs-rs-python==0.9.3
Run:
  /tmp/optvenv/bin/python Benchmarks/optimizer_reference.py --cards 5000 --seed 1 \
      --csv /tmp/optimizer-history.csv --json /tmp/optimizer-reference.json
Then compare with the Swift fit of the same file:
  PLENUM_OPTIMIZER_CSV=/tmp/optimizer-history.csv PLENUM_OPTIMIZER_REFERENCE=/tmp/optimizer-reference.json \
      .build/release/plenum-bench optimize
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
from random import Random

SHARED_TOOLS = os.environ.get(
    "PLENUM_SHARED_TOOLS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference"))
sys.path.insert(0, SHARED_TOOLS)
import fsrs_optimize_reference as shared  # noqa: E402  (simulator and item shaping)
import fsrs_rs_python as R  # noqa: E402

DAY = 86400


def write_csv(cards, path: str) -> None:
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["card_id", "review_index", "elapsed_days", "rating"])
        for cid, hist in enumerate(cards):
            last = None
            for index, (ts, g) in enumerate(hist):
                dt = 0 if last is None else (ts - last) // DAY
                out.writerow([cid, index, dt, g])
                last = ts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cards", type=int, default=5000)
    ap.add_argument("--days", type=int, default=730)
    ap.add_argument("--max-reviews", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=9, help="fits to time (median reported)")
    ap.add_argument("--csv", default="/tmp/optimizer-history.csv")
    ap.add_argument("--json", default="/tmp/optimizer-reference.json")
    a = ap.parse_args()

    rng = Random(a.seed)
    truth = shared.true_params(rng)
    cards = shared.simulate_history(a, rng, truth)
    write_csv(cards, a.csv)
    items, card_ids = shared.to_items(cards)

    f = R.FSRS(list(R.DEFAULT_PARAMETERS))
    times, cpu_times = [], []
    params = None
    for _ in range(max(1, a.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        params = f.compute_parameters(items, card_ids=card_ids, enable_short_term=True, num_relearning_steps=1)
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)

    def ev(p):
        e = R.FSRS(list(p)).evaluate(items)
        return {"log_loss": e.log_loss, "rmse_bins": e.rmse_bins}

    res = {
        "cards": len(cards),
        "reviews": sum(len(h) for h in cards),
        "fsrs_items": len(items),
        "csv": a.csv,
        "fit_seconds_median": round(statistics.median(times), 4),
        "fit_seconds_all": [round(t, 4) for t in times],
        "fit_cpu_seconds_median": round(statistics.median(cpu_times), 4),
        "true_parameters": truth,
        "fsrs_rs_parameters": [float(x) for x in params],
        "fsrs_rs_eval_default": ev(R.DEFAULT_PARAMETERS),
        "fsrs_rs_eval_fitted": ev(params),
        "fsrs_rs_eval_true": ev(truth),
    }
    with open(a.json, "w") as out:
        json.dump(res, out, indent=1)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
