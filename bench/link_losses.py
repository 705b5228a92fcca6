"""Where denial links are lost, by stage, on labelled claims sets (never the held-out ones).

    python bench/link_losses.py dev41 dev42 … dev52 [--md OUT.md] [--json OUT.json] [--items]

Each set goes through the real pipeline (the shipped linker, as `sitrep eval claims` runs it) and is scored with
`sitrep.eval.claims`. Every gold denial left unmatched is put in the first stage that fails:

  a. the denial statement is not extracted (no predicted statement covers the gold `deny` claim of its denier;
     the k-th gold denial of a country is paired with that country's k-th `deny` claim);
  b. extracted, but its stance is not `deny`;
  c. a denial, but of the wrong denier country;
  d. the answered claim is not extracted (no claim covers `denies_content_contains`), or only with another
     claimant country;
  g. a link that fits it exists but was matched to another gold denial first;
  e. the denial is linked to another statement: the branch that chose it is named — the rule (`_attach_denial`'s
     path, as `bench/linker.py` records it), the learned model over that rule, the named-rule corrections after
     the model (`_the_accusation`, `_of_denied_act`, …), or a move after the linker (`_claim_told_after`, …);
     "right candidate offered" says whether the claim the gold wants was among the linker's candidates;
  f. not linked at all (the denial stands as a statement of its own).

Every predicted link that matches no gold denial is a spurious denial (no gold denial by its denier's country),
a wrong target, or an extra link (that country's gold denials all matched already). `--md` writes the table,
`--json` every loss with its item, texts and branch, `--items` prints the losses one a line.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitrep.claims import linker  # noqa: E402
from sitrep.eval.claims import (_cover, _find, Link, link_fits, match_links, matched_statement,  # noqa: E402
                                predictions, read_items)

MISSED = ("a not extracted", "b not deny", "c denier country", "d claim missing/country", "g taken by another",
          "e linked elsewhere", "f not linked")
WRONG = ("spurious denial", "wrong target", "extra link")


def _span_text(text: str, span) -> str:
    return " ".join(text[span[0]:span[1]].split())[:90] if span else "—"


def _deny_statement(item: dict, denial_index: int) -> dict | None:
    """The gold `deny` claim of a gold denial: the k-th denial of a country pairs with its k-th deny claim."""
    denials = item.get("denials") or []
    country = denials[denial_index]["denier_country"]
    k = sum(1 for d in denials[:denial_index] if d["denier_country"] == country)
    own = [c for c in item.get("claims") or [] if c["stance"] == "deny" and c.get("claimant_country") == country]
    return own[min(k, len(own) - 1)] if own else None


def _branch(decision: dict | None, target: tuple[int, int] | None) -> str:
    """Which step chose the statement a denial ended up linked to (None: not linked)."""
    if decision is None:
        return "before the linker (a denied denial, a quote's part, a quote pointing back)"
    spans = [tuple(s[:2]) for s in decision["spans"][:-1]] + [None]
    picked = tuple(decision["picked"]) if decision.get("picked") else None
    ruled = spans[decision["ruled"]] if decision["ruled"] != -1 else None
    path = decision.get("path") or "?"
    if picked is None and target is not None and decision["start"] <= target[0] and target[1] <= decision["end"]:
        return f"'new' (the claim the denial mentions), rule {path} " + ("agreed" if ruled is None else "overruled")
    if picked != target:
        return "moved after the linker"
    if "model" not in decision:
        return f"rule {path} (stands)"
    model = spans[decision["model"]]
    if model != picked:
        return "named-rule correction after the model"
    return f"rule {path}, model agreed" if model == ruled else f"model over rule {path}"


def _offered(text: str, denial: dict, decision: dict | None) -> bool | None:
    if decision is None:
        return None
    return any(link_fits(text, denial, Link(decision["denier"], country, start, end))
               for start, end, country in decision["spans"][:-1])


def _right_candidates(text: str, denials: list[dict], decision: dict) -> set[int]:
    """The candidates of a decision that some gold denial by its denier accepts ("new" never counts here)."""
    return {i for i, (start, end, country) in enumerate(decision["spans"][:-1])
            if any(link_fits(text, d, Link(decision["denier"], country, start, end)) for d in denials)}


def tally_decisions(item: dict, decisions: list[dict]) -> Counter:
    """Of the linker's decisions whose right claim was offered: how many the rules, the model and the final pick
    (after the named-rule corrections) got right."""
    out = Counter()
    for d in decisions:
        right = _right_candidates(item["text"], item.get("denials") or [], d)
        if not right:
            continue
        spans = [tuple(s[:2]) for s in d["spans"]]
        out["offered"] += 1
        rules, model = d["ruled"] in right, d.get("model", d["ruled"]) in right
        out["rules"] += rules
        out["model"] += model
        if rules != model:  # where the two disagree, by the rule's branch
            out[f"{'rules' if rules else 'model'} alone right, {d.get('path') or '?'}"] += 1
        out["picked"] += d.get("picked") is not None and spans.index(tuple(d["picked"])) in right \
            if d.get("picked") is not None and tuple(d["picked"]) in spans else 0
    return out


def diagnose(item: dict, claims, decisions: list[dict]) -> tuple[list[dict], list[dict]]:
    """The item's missed gold denials and wrong predicted links, each with its stage."""
    text = item["text"]
    statements, links = predictions(claims)
    denials = item.get("denials") or []
    matched = match_links(text, denials, links)
    def decision_of(span):  # (a response may be wider than the words the linker read: "dismissed the allegation")
        return next((d for d in decisions if span and span[0] <= d["start"] and d["end"] <= span[1]), None)
    claim_spans = [predictions([c])[0][0] for c in claims]  # (the claims alone, not the responses to them)
    missed, wrong = [], []
    for i, d in enumerate(denials):
        if i in matched:
            continue
        loss = {"item": item["id"], "denier": d["denier_country"], "claimant": d.get("denies_claim_of_country", "?"),
                "gold_claim": d.get("denies_content_contains") or "", "branch": "", "target": "", "offered": None}
        gold = _deny_statement(item, i)
        stmt = matched_statement(text, gold, statements) if gold else None
        loss["denial"] = gold["content_contains"] if gold else "?"
        content = _find(text, d.get("denies_content_contains") or "")
        covering = [s for s in claim_spans if content is None or _cover(content, s.start, s.end) >= 0.5]
        want = d.get("denies_claim_of_country", "?")
        own = [ln for ln in links if stmt is not None and ln.by == (stmt.start, stmt.end)]
        if stmt is None:
            stage = MISSED[0]
        elif stmt.stance != "deny":
            stage, loss["branch"] = MISSED[1], f"stance {stmt.stance}"
        elif stmt.country != d["denier_country"]:
            stage, loss["branch"] = MISSED[2], f"got {stmt.country}"
        elif not covering or want != "?" and not any(s.country == want for s in covering):
            stage = MISSED[3]
            loss["branch"] = "not extracted" if not covering else \
                "country " + "/".join(sorted({str(s.country) for s in covering}))
        elif any(link_fits(text, d, ln) for ln in links):
            stage = MISSED[4]
        elif own:
            stage = MISSED[5]
            target = (own[0].start, own[0].end)
            decision = decision_of((stmt.start, stmt.end))
            loss.update(branch=_branch(decision, target), target=_span_text(text, target),
                        offered=_offered(text, d, decision))
        else:
            stage = MISSED[6]
            decision = decision_of((stmt.start, stmt.end))
            loss.update(branch=_branch(decision, None) if decision else "no decision",
                        offered=_offered(text, d, decision))
        loss["stage"] = stage
        missed.append(loss)
    for k, ln in enumerate(links):
        if k in matched.values():
            continue
        theirs = [i for i, d in enumerate(denials) if d["denier_country"] == ln.denier]
        stage = WRONG[0] if not theirs else WRONG[2] if all(i in matched for i in theirs) else WRONG[1]
        decision = decision_of(ln.by)
        wrong.append({"item": item["id"], "stage": stage, "denier": ln.denier, "claimant": ln.claimant,
                      "denial": _span_text(text, ln.by), "target": _span_text(text, (ln.start, ln.end)),
                      "branch": _branch(decision, (ln.start, ln.end)),
                      "gold_claim": "; ".join(denials[i].get("denies_content_contains") or "?" for i in theirs
                                              if i not in matched)})
    return missed, wrong


def run_set(name: str, nlp) -> dict:
    from sitrep.model import Document
    from sitrep.pipeline import extract
    out = {"gold": 0, "matched": 0, "pred": 0, "missed": [], "wrong": [], "decisions": Counter()}
    for item in read_items(str(ROOT / "data" / "claims-eval" / f"{name}.jsonl")):
        recorded: list = []
        token = linker.RECORDER.set(recorded)
        try:
            rec = next(iter(extract([Document(text=item["text"], id=item["id"], published=item.get("published"),
                                              outlet=item.get("outlet"))], nlp=nlp)))
        finally:
            linker.RECORDER.reset(token)
        missed, wrong = diagnose(item, rec.claims, recorded)
        _, links = predictions(rec.claims)
        out["gold"] += len(item.get("denials") or [])
        out["pred"] += len(links)
        out["matched"] += len(item.get("denials") or []) - len(missed)
        out["missed"] += missed
        out["wrong"] += wrong
        out["decisions"].update(tally_decisions(item, recorded))
    return out


def table(results: dict[str, dict]) -> str:
    """Markdown: one row a set, the missed gold denials by stage and the wrong links by kind; then the branches."""
    stages = MISSED + WRONG
    head = "| set | links/gold | pred | " + " | ".join(stages) + " |"
    rows = [head, "|" + "---|" * (len(stages) + 3)]
    total = Counter()
    for name, r in results.items():
        c = Counter(x["stage"] for x in r["missed"] + r["wrong"])
        total.update(c)
        total.update({"gold": r["gold"], "matched": r["matched"], "pred": r["pred"]})
        rows.append(f"| {name} | {r['matched']}/{r['gold']} | {r['pred']} | " +
                    " | ".join(str(c.get(s, 0)) for s in stages) + " |")
    rows.append(f"| **total** | {total['matched']}/{total['gold']} | {total['pred']} | " +
                " | ".join(str(total.get(s, 0)) for s in stages) + " |")
    decided = Counter()
    for r in results.values():
        decided.update(r["decisions"])
    rows += ["", f"Linker decisions whose right claim was offered: {decided['offered']}; right by the rules "
             f"{decided['rules']}, by the model {decided['model']}, after the named-rule corrections "
             f"{decided['picked']}."]
    rows += ["", "| the rules or the model alone right (branch) | n |", "|---|---|"]
    rows += [f"| {k} | {n} |" for k, n in sorted(decided.items()) if " alone right, " in k]
    branches = Counter((x["stage"], x["branch"], x.get("offered")) for r in results.values()
                       for x in r["missed"] + r["wrong"] if x["stage"] in (MISSED[5], MISSED[6]) + WRONG[1:])
    rows += ["", "| stage | branch | right candidate offered | n |", "|---|---|---|---|"]
    rows += [f"| {s} | {b} | {'' if o is None else 'yes' if o else 'no'} | {n} |"
             for (s, b, o), n in branches.most_common()]
    return "\n".join(rows) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", help="names under data/claims-eval/ (dev sets only)")
    ap.add_argument("--md", help="write the table here")
    ap.add_argument("--json", help="write every loss here")
    ap.add_argument("--items", action="store_true", help="print each loss")
    args = ap.parse_args()
    if any(n.startswith("heldout") for n in args.sets):
        sys.exit("held-out sets are scored by the lead alone, never diagnosed")
    from sitrep.pipeline import build_nlp
    nlp = build_nlp()
    results = {name: run_set(name, nlp) for name in args.sets}
    md = table(results)
    print(md)
    if args.md:
        Path(args.md).write_text(md)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    if args.items:
        for r in results.values():
            for x in r["missed"] + r["wrong"]:
                print(f"{x['item']} {x['stage']} | {x['denier']}→{x['claimant']} | denial: {x['denial'][:60]} | "
                      f"gold: {x['gold_claim'][:60]} | got: {x['target'][:60]} | {x['branch']}")


if __name__ == "__main__":
    main()
