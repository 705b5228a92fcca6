"""Event-typing benchmark: throughput on one core, CASE 2021 dev figures (held out and k-fold CV), PLOVER GSR.

    .venv/bin/python bench/event_typing.py [--cv 5] [--seeds 13,7,42] [--no-plover]

Reads ../shared/data/case2021/dev.tsv and ../shared/data/plover/PLOVER_GSR_CAMEO.txt relative to the project
root and skips what is absent; throughput is always measured (on the package's own snippets if need be).
"""
import os
import sys

# This file is named like the standard library's `typing`: run as a script, its folder comes first on sys.path
# and would shadow it. Drop that entry before anything imports `typing`.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
sys.modules.pop("typing", None) if getattr(sys.modules.get("typing"), "__file__", "") == os.path.abspath(__file__) else None

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

# one core: keep BLAS and friends single-threaded before numpy is imported
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CASE_DEV = SHARED / "case2021" / "dev.tsv"
PLOVER_GSR = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", type=int, default=5, help="folds for cross-validation on CASE dev (0: skip)")
    ap.add_argument("--seeds", default="13", help="comma-separated fold seeds for the CASE cross-validation; with "
                                                   "several, the mean and sd over seeds are printed too")
    ap.add_argument("--no-plover", action="store_true")
    ap.add_argument("--no-rules", action="store_true", help="skip the cross-validation of the model without the "
                                                            "codebook rules (printed after the one with them)")
    args = ap.parse_args()

    from rich.console import Console

    from sitrep.eval import plover, types
    from sitrep.events.typing import get_typer, training_data

    console = Console()
    t0 = time.perf_counter()
    typer = get_typer()
    console.print(f"typer ready in {time.perf_counter() - t0:.2f} s ({typer.info.get('n_train', '?')} training texts, "
                  f"{'loaded from ' + typer.info['source'] if 'source' in typer.info else 'trained in-process'})")

    if CASE_DEV.exists():
        texts = [r[1] for r in types.read_tsv(str(CASE_DEV))]
    else:
        texts = training_data("case")[0]
    batch = (texts * (1 + 1000 // max(1, len(texts))))[:1000]
    typer.predict(batch[:10])
    t0 = time.perf_counter()
    typer.predict(batch)
    batched = len(batch) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for text in batch[:300]:
        typer.predict([text])
    single = 300 / (time.perf_counter() - t0)
    console.print(f"throughput on one core: {batched:.0f} snippets/s batched, {single:.0f} snippets/s one at a time"
                  f" (mean {sum(map(len, batch)) / len(batch):.0f} characters)")

    check = types.check_set(typer)
    console.print(f"check set (data/training/heldout_case.yaml, {check['n']} snippets written for sitrep, never "
                  f"trained on): accuracy {check['accuracy_model']:.3f} model alone, {check['accuracy']:.3f} with "
                  f"the rules; ACLED 25 weighted F1 {check['acled25_model']:.3f} → {check['acled25']:.3f}")

    if CASE_DEV.exists():
        types.render(types.evaluate(str(CASE_DEV)), console)
        console.print("[dim]The codebook rules (data/training/typing_rules.yaml) were written while reading the "
                      "errors on this dev file: figures with them are optimistic; the model-alone CV is not.")
        if args.cv:
            seeds = [int(x) for x in args.seeds.split(",") if x.strip()]
            import statistics

            def _ms(vals):
                return (f"{statistics.mean(vals):.3f} ± {statistics.stdev(vals):.3f}" if len(vals) > 1
                        else f"{vals[0]:.3f}")

            for rules in ((True, False) if not args.no_rules else (True,)):
                runs = []
                for seed in seeds:
                    res = types.crossval(str(CASE_DEV), args.cv, seed=seed, rules=rules)
                    runs.append(res)
                    if seed == seeds[0] and rules:
                        types.render(res, console)
                what = "model + codebook rules" if rules else "model alone, no rules"
                console.print(f"{args.cv}-fold CV over seeds {seeds} ({what}): weighted F1 all 30 "
                              f"{_ms([r['weighted_f1'] for r in runs])}, ACLED 25 "
                              f"{_ms([r['acled25']['weighted_f1'] for r in runs])}, accuracy "
                              f"{_ms([r['accuracy'] for r in runs])}")
    else:
        console.print(f"[yellow]{CASE_DEV} not found: CASE figures skipped")

    if not args.no_plover:
        if PLOVER_GSR.exists():
            plover.render(plover.evaluate(str(PLOVER_GSR)), console)
            if args.cv:
                plover.render(plover.crossval(str(PLOVER_GSR), args.cv), console)
        else:
            console.print(f"[yellow]{PLOVER_GSR} not found: PLOVER figures skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
