"""Time `sitrep extract` on long made-up documents: seconds per size, and the ratio to bare spaCy.

    PYTHONPATH=src .venv/bin/python bench/long_docs.py [--sizes 10000,20000,40000,80000] [--one-line]

Each text joins distinct invented news paragraphs (different towns, parties, figures and days) until it reaches
the size; `--one-line` joins them with spaces instead of blank lines (a scraped page with no breaks). The ratio
column divides the full pipeline's time by the time of the bare spaCy model (`nlp.pipe` with no sitrep
components) on the same text, so a stage that grows faster than the parser shows as a growing ratio; the events
and claims stages are timed apart (everything else, spaCy's own components included, is "other"). Each text is
extracted whole, even past `pipeline.EXTRACT_CHARS` (the bound is what these figures set).
"""
from __future__ import annotations

import argparse
import random
import sys
import time

TOWNS = ["Kramsk", "Velintsy", "Dorova", "Ashkal", "Mirabad", "Tessau", "Bolungo", "Karvel", "Zemira", "Oskar Bay",
         "Pelinsk", "Rudavka", "Santelo", "Ubari Flats", "Hadrom", "Lisovo"]
PARTIES = [("government forces", "the army"), ("the Northern Front", "the rebels"),
           ("the Free Hill Brigade", "the militia"), ("police", "riot police"), ("the Coastal Guard", "the navy")]
SPEAKERS = ["a local official", "the regional governor", "a spokesman for the health ministry",
            "witnesses", "the defence ministry", "a medical charity"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    "{A} shelled the town of {T} on {D}, killing {n} civilians and wounding {m} others, {S} said. "
    "The strikes hit a market and two schools.",
    "At least {n} people were killed when {B} opened fire on protesters in {T} on {D}. {S} said {m} were "
    "arrested after the crowd set fire to a police station.",
    "{S} said {A} had taken control of {T} after two days of fighting with {B}. About {m} families fled "
    "the area, according to the United Nations.",
    "A car bomb exploded near a checkpoint in {T} on {D}, killing {n} soldiers. No group claimed "
    "responsibility, but {S} blamed {B}.",
    "{B} denied attacking {T}, calling the reports lies. {S} said drones struck a fuel depot there on {D} "
    "and {n} workers were killed.",
    "Hundreds of people marched through {T} on {D} to demand the release of {m} detainees held by {A}. "
    "The protest ended peacefully, {S} said.",
]


def paragraphs(seed: int = 7):
    rng = random.Random(seed)
    while True:
        a, b = rng.sample(PARTIES, 2)
        yield rng.choice(TEMPLATES).format(
            A=a[0][0].upper() + a[0][1:], B=b[1], T=rng.choice(TOWNS), D=rng.choice(DAYS),
            S=rng.choice(SPEAKERS), n=rng.randint(2, 60), m=rng.randint(3, 300))


def make_text(size: int, one_line: bool = False, seed: int = 7) -> str:
    sep = " " if one_line else "\n\n"
    out, total = [], 0
    for p in paragraphs(seed):
        if total >= size:
            break
        out.append(p)
        total += len(p) + len(sep)
    return sep.join(out)


def stage_times(nlp, text: str) -> tuple[dict[str, float], int]:
    """Seconds per pipeline component (spaCy's own summed as "spacy") on one document, and its event count:
    the same calls `nlp(doc)` makes, one component at a time."""
    from sitrep import pipeline
    from sitrep.model import Document

    times: dict[str, float] = {}
    bound = pipeline.EXTRACT_CHARS
    pipeline.EXTRACT_CHARS = max(bound, len(text))  # the whole text, past the extraction bound too
    try:
        doc = pipeline._prepare(nlp, Document(id="long", text=text))
    finally:
        pipeline.EXTRACT_CHARS = bound
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        doc = proc(doc)
        key = name if name.startswith("sitrep_") else "spacy"
        times[key] = times.get(key, 0.0) + time.perf_counter() - t0
    return times, len(doc._.events or [])


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,20000,40000,80000")
    ap.add_argument("--one-line", action="store_true")
    args = ap.parse_args(argv)
    from sitrep.pipeline import build_nlp, load_model

    bare = load_model()
    bare.max_length = 3_000_000
    nlp = build_nlp()
    print(f"{'chars':>8} {'sitrep s':>9} {'spaCy s':>8} {'ratio':>6} {'events s':>9} {'claims s':>9} "
          f"{'other s':>8} {'events':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = make_text(size, args.one_line)
        t0 = time.perf_counter()
        list(bare.pipe([text]))
        t_bare = time.perf_counter() - t0
        times, n_events = stage_times(nlp, text)
        total = sum(times.values())
        ev, cl = times.get("sitrep_events", 0.0), times.get("sitrep_claims", 0.0)
        print(f"{len(text):>8} {total:>9.1f} {t_bare:>8.1f} {total / t_bare:>6.1f} {ev:>9.1f} {cl:>9.1f} "
              f"{total - ev - cl:>8.1f} {n_events:>6}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
