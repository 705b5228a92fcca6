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


def update(con, doc_ids: list[str]) -> list[str]:
    """Sign the given documents, find their near-duplicates among all signed documents, and rewrite the
    `duplicates` rows of every copy group they touch. Returns the documents whose original changed."""
    texts = {}
    for doc_id in doc_ids:
        row = con.execute("SELECT text, hash FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            continue
        sh = shingles(row[0])
        con.execute("DELETE FROM doc_signatures WHERE doc_id = ?", [doc_id])
        con.execute("INSERT INTO doc_signatures VALUES (?, ?, ?, ?)",
                    [doc_id, row[1], len(sh), signature(sh).tobytes()])
        texts[doc_id] = sh
    if not texts:
        return []
    rows = con.execute("SELECT doc_id, n_shingles, sig FROM doc_signatures ORDER BY doc_id").fetchall()
    ids = [r[0] for r in rows]
    sigs = np.stack([np.frombuffer(r[2], dtype=np.uint32) for r in rows])
    touched = set(texts)
    for doc_id, sh in sorted(texts.items()):
        i = ids.index(doc_id)
        est = (sigs == sigs[i]).mean(axis=1)
        for j in np.nonzero(est >= CANDIDATE)[0]:
            other = ids[int(j)]
            if other == doc_id:
                continue
            osh = texts.get(other)
            if osh is None:
                t = con.execute("SELECT text FROM documents WHERE id = ?", [other]).fetchone()
                osh = shingles(t[0]) if t else set()
            jac, cont = similarity(sh, osh)
            a, b = sorted((doc_id, other))
            con.execute("DELETE FROM near_duplicates WHERE doc_a = ? AND doc_b = ?", [a, b])
            if is_duplicate(jac, cont, min(len(sh), len(osh))):
                con.execute("INSERT INTO near_duplicates VALUES (?, ?, ?, ?)", [a, b, round(jac, 4), round(cont, 4)])
                touched.add(other)
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
    changed: list[str] = []
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
        keys = {r[0]: (r[1] or "9999", r[0]) for r in con.execute(
            f"SELECT id, coalesce(CAST(published_utc AS VARCHAR), published) FROM documents WHERE id IN "
            f"({','.join('?' * len(group))})", sorted(group)).fetchall()}
        original = min(group, key=lambda d: keys.get(d, ("9999", d)))
        for d in sorted(group):
            old = con.execute("SELECT duplicate_of FROM duplicates WHERE doc_id = ?", [d]).fetchone()
            new = None if d == original else original
            if (old[0] if old else None) != new:
                changed.append(d)
            con.execute("DELETE FROM duplicates WHERE doc_id = ?", [d])
            if new is not None:
                sim = max((s for x, s in adj.get(d, []) if x == original), default=None)
                if sim is None:  # joined through another copy
                    sim = max((s for _, s in adj.get(d, [])), default=0.0)
                con.execute("INSERT INTO duplicates VALUES (?, ?, ?)", [d, new, sim])
    return changed
