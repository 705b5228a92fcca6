"""`sitrep eval claims`: score claims, stances and denial links on a labelled JSONL file.

The format is documented in `data/claims-eval/README.md`. One item a line:

    {"id", "text", "published", "outlet"?, "style"?,
     "claims":  [{"claimant_country", "stance", "content_contains"}],
     "denials": [{"denier_country", "denies_claim_of_country"?, "denies_content_contains"?}]}

Every item goes through the real pipeline (`sitrep.pipeline.extract`, one `Document` per item). Predictions are
read from the Record's claims: each claim is a statement with its claimant and stance, and each of its
responses is a statement too (stance from the response; a denial's claimant is its `by`).

- **Stance accuracy.** A gold claim is matched to the predicted statement whose span covers most of the gold
  `content_contains` (at least half of its characters); among equal covers a claim lying inside the span of
  one of its own responses (an implied claim: the words a denial denies, which the gold never lists on their
  own) comes after that response, then a statement of the same claimant country wins, then the shorter one. Accuracy = gold claims whose matched statement has the gold
  stance / matched gold claims. `claims_matched` (matched / gold claims) and `claimant_country` (matched gold
  claims with the right claimant country / matched) are reported beside it.
- **Denial linking.** A predicted link is a (claim, response) pair with response stance "deny". It matches a
  gold denial when the denier's country equals `denier_country`, and, when the gold gives them,
  the claim's claimant country equals `denies_claim_of_country` (null means no known claimant) and the claim's
  span covers at least half of `denies_content_contains`. Matching is one-to-one and greedy in document
  order. P = matched predicted links / predicted links, R = matched gold denials / gold denials.
- Everything is micro-averaged over items. `per_second` is items per second through the whole pipeline.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Iterable

STANCES = ("assert", "allege", "deny", "confirm")
_MISSING = object()


@dataclass
class Statement:
    start: int
    end: int
    stance: str
    country: str | None
    nested: bool = False  # a claim inside the span of one of its own responses (an implied claim)


@dataclass
class Link:
    denier: str | None
    claimant: str | None
    start: int  # the denied claim's span
    end: int
    by: tuple[int, int] | None = None  # the denial's own span (for diagnostics: bench/link_losses.py)


# ---------------------------------------------------------------------------------------------- reading

def read_items(path: str, limit: int | None = None) -> list[dict[str, Any]]:
    """The items of a claims-eval JSONL file, checked: each `content_contains` must occur in its text."""
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not a JSON line ({exc.msg})") from exc
            check_item(item, f"{path}:{n}")
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
    return items


def check_item(item: dict[str, Any], where: str = "item") -> None:
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: no text")
    for c in item.get("claims") or []:
        if c.get("stance") not in STANCES:
            raise ValueError(f"{where}: stance must be one of {STANCES}: {c!r}")
        if _find(text, c.get("content_contains") or "") is None:
            raise ValueError(f"{where}: content_contains not in the text: {c.get('content_contains')!r}")
    for d in item.get("denials") or []:
        if "denier_country" not in d:
            raise ValueError(f"{where}: a denial needs denier_country: {d!r}")
        if "denies_claim_of_country" not in d and not d.get("denies_content_contains"):
            raise ValueError(f"{where}: a denial needs denies_claim_of_country or denies_content_contains: {d!r}")
        if d.get("denies_content_contains") and _find(text, d["denies_content_contains"]) is None:
            raise ValueError(f"{where}: denies_content_contains not in the text: {d['denies_content_contains']!r}")


def _find(text: str, needle: str) -> tuple[int, int] | None:
    if not needle:
        return None
    i = text.find(needle)
    if i < 0:
        i = text.lower().find(needle.lower())
    return None if i < 0 else (i, i + len(needle))


def _cover(span: tuple[int, int], start: int, end: int) -> float:
    """Share of `span` inside [start, end)."""
    a, b = span
    inter = min(b, end) - max(a, start)
    return max(0, inter) / max(1, b - a)


# ---------------------------------------------------------------------------------------------- predictions

def predictions(claims: Iterable[Any]) -> tuple[list[Statement], list[Link]]:
    """Statements and denial links from a Record's claims (`Claim` objects or their JSON dicts)."""
    statements: list[Statement] = []
    links: list[Link] = []
    for c in claims:
        g = c if isinstance(c, dict) else c.__dict__
        claimant = (g.get("claimant") or {}).get("country")
        start, end = int(g["start"]), int(g["end"])
        # an implied claim: the content a denial mentions, inside the denial's own span ("denied reports that A")
        nested = any(r.get("start") is not None and r.get("end") is not None and
                     int(r["start"]) <= start and end <= int(r["end"]) and (int(r["end"]) - int(r["start"])) >
                     (end - start) for r in g.get("responses") or [])
        statements.append(Statement(start, end, g.get("stance") or "assert", claimant, nested))
        for r in g.get("responses") or []:
            by = (r.get("by") or {}).get("country")
            if r.get("start") is not None and r.get("end") is not None:
                statements.append(Statement(int(r["start"]), int(r["end"]), r.get("stance") or "assert", by))
            if r.get("stance") == "deny":
                own = (int(r["start"]), int(r["end"])) if r.get("start") is not None and r.get("end") is not None \
                    else None
                links.append(Link(by, claimant, int(g["start"]), int(g["end"]), own))
    return statements, links


# ---------------------------------------------------------------------------------------------- scoring

def matched_statement(text: str, claim: dict[str, Any], statements: list[Statement]) -> Statement | None:
    """The predicted statement a gold claim is matched to (see the module notes), or None."""
    span = _find(text, claim["content_contains"])
    if span is None:
        return None
    best, key = None, None
    for s in statements:
        cov = _cover(span, s.start, s.end)
        if cov < 0.5:
            continue
        # an implied claim ranks after the denial that contains it: by convention the gold lists the denial,
        # never the claim it only mentions (data/claims-eval/README.md, "Lone denials and implied claims")
        k = (round(cov, 3), not s.nested, s.country == claim.get("claimant_country"), -(s.end - s.start))
        if key is None or k > key:
            best, key = s, k
    return best


def link_fits(text: str, denial: dict[str, Any], link: Link) -> bool:
    """Whether a predicted link satisfies a gold denial: denier's country, claimant's country, denied words."""
    if link.denier != denial.get("denier_country"):
        return False
    want = denial.get("denies_claim_of_country", _MISSING)
    if want is not _MISSING and link.claimant != want:
        return False
    span = _find(text, denial.get("denies_content_contains") or "")
    return span is None or _cover(span, link.start, link.end) >= 0.5


def score_item(item: dict[str, Any], statements: list[Statement], links: list[Link]) -> dict[str, int]:
    text = item["text"]
    out = {"gold_claims": 0, "matched_claims": 0, "stance_correct": 0, "country_correct": 0,
           "gold_denials": 0, "pred_links": len(links), "matched_links": 0}
    for c in item.get("claims") or []:
        out["gold_claims"] += 1
        best = matched_statement(text, c, statements)
        if best is None:
            continue
        out["matched_claims"] += 1
        out["stance_correct"] += best.stance == c["stance"]
        out["country_correct"] += best.country == c.get("claimant_country")
    out["gold_denials"] = len(item.get("denials") or [])
    out["matched_links"] = len(match_links(text, item.get("denials") or [], links))
    return out


def match_links(text: str, denials: list[dict[str, Any]], links: list[Link]) -> dict[int, int]:
    """Gold denial index → the predicted link matched to it: one-to-one, greedy in document order."""
    matched: dict[int, int] = {}
    for i, d in enumerate(denials):
        k = next((k for k, ln in enumerate(links) if k not in matched.values() and link_fits(text, d, ln)), None)
        if k is not None:
            matched[i] = k
    return matched


def summarise(counts: Iterable[dict[str, int]]) -> dict[str, Any]:
    tot: dict[str, int] = {}
    n = 0
    for c in counts:
        n += 1
        for k, v in c.items():
            tot[k] = tot.get(k, 0) + v

    def ratio(a: str, b: str) -> float:
        return round(tot.get(a, 0) / tot[b], 4) if tot.get(b) else 0.0
    p = tot.get("matched_links", 0) / tot["pred_links"] if tot.get("pred_links") else 0.0
    r = tot.get("matched_links", 0) / tot["gold_denials"] if tot.get("gold_denials") else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "n": n,
        "stance_accuracy": ratio("stance_correct", "matched_claims"),
        "claims_matched": ratio("matched_claims", "gold_claims"),
        "claimant_country": ratio("country_correct", "matched_claims"),
        "denial_linking": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
        "counts": tot,
    }


# ---------------------------------------------------------------------------------------------- running

def evaluate(path: str, limit: int | None = None, nlp: Any = None, details: bool = False) -> dict[str, Any]:
    """Run the full pipeline over a claims-eval JSONL file and score it."""
    from sitrep.model import Document
    from sitrep.pipeline import build_nlp, extract

    items = read_items(path, limit)
    nlp = nlp or build_nlp()
    docs = [Document(text=it["text"], id=str(it.get("id") or ""), published=it.get("published"),
                     outlet=it.get("outlet")) for it in items]
    t0 = time.perf_counter()
    records = list(extract(docs, nlp=nlp))
    elapsed = time.perf_counter() - t0
    counts = []
    per_item = []
    for it, rec in zip(items, records):
        statements, links = predictions(rec.claims)
        c = score_item(it, statements, links)
        counts.append(c)
        if details:
            per_item.append({"id": it.get("id"), **c})
    out = summarise(counts)
    out["per_second"] = round(len(items) / elapsed, 3) if elapsed > 0 else 0.0
    if details:
        out["items"] = per_item
    return out


def render(result: dict[str, Any], console: Any) -> None:
    """A rich table of the figures."""
    from rich.table import Table

    table = Table(title=f"Claims ({result.get('n', '?')} items)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row("stance accuracy", f"{result['stance_accuracy']:.3f}")
    table.add_row("gold claims matched", f"{result['claims_matched']:.3f}")
    table.add_row("claimant country (matched)", f"{result['claimant_country']:.3f}")
    dl = result["denial_linking"]
    table.add_row("denial linking P / R / F1", f"{dl['precision']:.3f} / {dl['recall']:.3f} / {dl['f1']:.3f}")
    console.print(table)
    console.print(f"{result.get('per_second', 0):.2f} items/s")
