"""Near-duplicate articles (syndicated copies): word 3-gram shingles, MinHash to find candidates, exact
Jaccard and containment to decide.

A copy is a document whose shingle Jaccard with another is ≥ JACCARD, or whose shingles are ≥ CONTAINMENT
contained in a longer one (a trimmed copy). Each group of copies points at one original: the earliest
published, then the smallest id, so the answer does not depend on the order documents arrived in.
"""
from __future__ import annotations

import re
import zlib

import numpy as np

N_PERM = 128
SHINGLE = 3
JACCARD = 0.5
CONTAINMENT = 0.8
CANDIDATE = 0.3  # MinHash estimate above which the exact similarity is computed
MIN_SHINGLES = 20  # shorter texts are too short to call copies

_RNG = np.random.default_rng(20240514)
_A = _RNG.integers(1, 2**63 - 1, size=N_PERM, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63 - 1, size=N_PERM, dtype=np.uint64)
_WORD = re.compile(r"[^\W_]+", re.U)


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    words = [w.lower() for w in _WORD.findall(text or "")]
    if len(words) < k:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + k]).encode()) for i in range(len(words) - k + 1)}


def signature(sh: set[int]) -> np.ndarray:
    """MinHash by multiply-shift hashing: h(x) = ((a·x + b) mod 2^64) >> 32, min over shingles."""
    if not sh:
        return np.full(N_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    with np.errstate(over="ignore"):
        h = (np.outer(x, _A) + _B) >> np.uint64(32)
    return h.min(axis=0).astype(np.uint32)


def similarity(a: set[int], b: set[int]) -> tuple[float, float]:
    """Exact (Jaccard, containment of the smaller in the larger)."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def is_duplicate(jaccard: float, containment: float, n_small: int) -> bool:
    return n_small >= MIN_SHINGLES and (jaccard >= JACCARD or containment >= CONTAINMENT)


def _insert(con, table: str, rows: list[list]) -> None:
    """Many rows in a few statements (DuckDB's executemany runs one statement per row)."""
    for i in range(0, len(rows), 200):
        chunk = rows[i:i + 200]
        one = "(" + ",".join("?" * len(chunk[0])) + ")"
        con.execute(f"INSERT INTO {table} VALUES {','.join([one] * len(chunk))}", [v for r in chunk for v in r])


def _texts(con, ids) -> dict[str, str]:
    ids = sorted(set(ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(con.execute(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(chunk))})",
                               chunk).fetchall())
    return out


def update(con, doc_ids: list[str]) -> list[str]:
    """Sign the given documents, find their near-duplicates among all signed documents, and rewrite the
    `duplicates` rows of every copy group they touch. Returns the documents whose original changed.
    (A few statements per batch, not per document: a merge of thousands of documents stays quick.)"""
    rows = {r[0]: (r[1], r[2]) for r in con.execute(
        f"SELECT id, text, hash FROM documents WHERE id IN ({','.join('?' * len(doc_ids))})",
        list(doc_ids)).fetchall()} if doc_ids else {}
    texts = {}
    sig_rows = []
    for doc_id in doc_ids:
        if doc_id not in rows or doc_id in texts:
            continue
        text, h = rows[doc_id]
        sh = shingles(text)
        sig_rows.append([doc_id, h, len(sh), signature(sh).tobytes()])
        texts[doc_id] = sh
    if not texts:
        return []
    done = sorted(texts)
    con.execute(f"DELETE FROM doc_signatures WHERE doc_id IN ({','.join('?' * len(done))})", done)
    _insert(con, "doc_signatures", sig_rows)
    rows = con.execute("SELECT doc_id, n_shingles, sig FROM doc_signatures ORDER BY doc_id").fetchall()
    ids = [r[0] for r in rows]
    sigs = np.stack([np.frombuffer(r[2], dtype=np.uint32) for r in rows])
    position = {d: i for i, d in enumerate(ids)}
    touched = set(texts)
    candidates: dict[tuple[str, str], None] = {}
    for doc_id in done:
        est = (sigs == sigs[position[doc_id]]).mean(axis=1)
        for j in np.nonzero(est >= CANDIDATE)[0]:
            other = ids[int(j)]
            if other != doc_id:
                candidates[(doc_id, other)] = None
    others = {o: shingles(t) for o, t in _texts(con, {o for _, o in candidates if o not in texts}).items()}
    pairs: dict[tuple[str, str], tuple[float, float] | None] = {}
    for doc_id, other in candidates:
        sh, osh = texts[doc_id], texts[other] if other in texts else others.get(other, set())
        jac, cont = similarity(sh, osh)
        key = tuple(sorted((doc_id, other)))
        pairs[key] = (jac, cont) if is_duplicate(jac, cont, min(len(sh), len(osh))) else None
    if pairs:
        keys = sorted(pairs)
        for i in range(0, len(keys), 500):
            chunk = [f"{a}\x1f{b}" for a, b in keys[i:i + 500]]
            con.execute(f"DELETE FROM near_duplicates WHERE doc_a || chr(31) || doc_b IN ({','.join('?' * len(chunk))})",
                        chunk)
        new = [[a, b, round(v[0], 4), round(v[1], 4)] for (a, b), v in sorted(pairs.items()) if v is not None]
        if new:
            _insert(con, "near_duplicates", new)
        touched |= {d for (a, b), v in pairs.items() if v is not None for d in (a, b)}
    return _regroup(con, touched)


def _regroup(con, docs: set[str]) -> list[str]:
    """Union-find over near-duplicate pairs reachable from `docs`; the original of each group is the
    earliest published document (then the smallest id)."""
    pairs = con.execute("SELECT doc_a, doc_b, jaccard, containment FROM near_duplicates").fetchall()
    adj: dict[str, list[tuple[str, float]]] = {}
    for a, b, jac, cont in pairs:
        adj.setdefault(a, []).append((b, max(jac, cont)))
        adj.setdefault(b, []).append((a, max(jac, cont)))
    seen: set[str] = set()
    groups: list[set[str]] = []
    for start in sorted(docs):
        if start in seen:
            continue
        group, stack = set(), [start]
        while stack:
            d = stack.pop()
            if d in group:
                continue
            group.add(d)
            stack.extend(x for x, _ in adj.get(d, []))
        seen |= group
        groups.append(group)
    members = sorted(seen)
    if not members:
        return []
    keys: dict[str, tuple[str, str]] = {}
    old: dict[str, str] = {}
    for i in range(0, len(members), 500):
        chunk = members[i:i + 500]
        qs = ",".join("?" * len(chunk))
        keys.update({r[0]: (r[1] or "9999", r[0]) for r in con.execute(
            f"SELECT id, coalesce(CAST(published_utc AS VARCHAR), published) FROM documents WHERE id IN ({qs})",
            chunk).fetchall()})
        old.update(con.execute(f"SELECT doc_id, duplicate_of FROM duplicates WHERE doc_id IN ({qs})", chunk).fetchall())
    changed: list[str] = []
    rows = []
    for group in groups:
        original = min(group, key=lambda d: keys.get(d, ("9999", d)))
        for d in sorted(group):
            new = None if d == original else original
            if old.get(d) != new:
                changed.append(d)
            if new is not None:
                sim = max((s for x, s in adj.get(d, []) if x == original), default=None)
                if sim is None:  # joined through another copy
                    sim = max((s for _, s in adj.get(d, [])), default=0.0)
                rows.append([d, new, sim])
    for i in range(0, len(members), 500):
        chunk = members[i:i + 500]
        con.execute(f"DELETE FROM duplicates WHERE doc_id IN ({','.join('?' * len(chunk))})", chunk)
    if rows:
        _insert(con, "duplicates", rows)
    return changed
