"""Find quotations in raw text, whatever quote marks the outlet uses.

`find_quotes(text)` returns `Quote`s with character offsets into `text`: `start` is the opening mark and
`end` is just past the closing mark (or the end of the paragraph when the quote is never closed).
It handles curly, straight, guillemet and low-9 marks, the doubled ASCII apostrophe (''...'') some
newswires use for double quotes, quotes nested inside quotes, apostrophes that are not quotes
(don't, Clinton's, voters'), and the press convention for quotes running over several paragraphs
(no closing mark at the end of a paragraph, an opening mark at the start of the next one).

It never raises on any input and every offset it returns satisfies 0 <= start < end <= len(text).
"""
from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
AMBIGUOUS = "\"'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + AMBIGUOUS
OPEN_BRACKETS = "([{<—–-―/"
# Single-quoted spans longer than this are almost always an apostrophe mistaken for a quote.
MAX_SINGLE = 400


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    depth: int = 0  # 0 for a top-level quote, 1 for a quote inside a quote, ...
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1 if self.closed else self.end)


@dataclass
class _Mark:
    pos: int
    width: int  # 2 for a doubled ASCII apostrophe
    family: str  # "d" (double) or "s" (single)
    can_open: bool
    can_close: bool
    cont: int = -1  # where the quote was last continued (a paragraph-opening mark), if ever

    @property
    def here(self) -> int:
        return max(self.pos, self.cont)


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _marks(text: str) -> list[_Mark]:
    out: list[_Mark] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch not in ALL_MARKS:
            i += 1
            continue
        width = 1
        if ch == "'" and i + 1 < n and text[i + 1] == "'":
            width, family = 2, "d"
        elif ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"':
            family = "d"
        else:
            family = "s"
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + width] if i + width < n else ""
        left_flank = not _is_space(nxt) and (_is_space(prev) or prev in OPEN_BRACKETS or prev in ALL_MARKS)
        right_flank = not _is_space(prev) and (_is_space(nxt) or not nxt.isalnum())
        if family == "s" and prev.isalnum() and nxt.isalnum():
            i += width  # apostrophe inside a word: don't, Clinton's, O'Brien
            continue
        if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
            can_open, can_close = True, (right_flank and not left_flank)
        elif ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
            can_open, can_close = (left_flank and not right_flank), True
        else:  # straight marks
            if left_flank and not right_flank:
                can_open, can_close = True, False
            elif right_flank and not left_flank:
                can_open, can_close = False, True
            else:
                can_open = can_close = True
        out.append(_Mark(i, width, family, can_open, can_close))
        i += width
    return out


def _paragraph_end(text: str, pos: int) -> int:
    """End (exclusive, trailing spaces trimmed) of the paragraph containing pos."""
    j = text.find("\n", pos)
    if j < 0:
        j = len(text)
    while j > pos and text[j - 1].isspace():
        j -= 1
    return max(j, pos + 1)


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def doc_quotes(doc) -> list[Quote]:
    """`find_quotes` of a Doc's text, found once per Doc (attribution and claims both read them)."""
    from .. import doccache as _dc

    found = doc.user_data.get("sitrep.quotes")
    if found is None:
        found = doc.user_data["sitrep.quotes"] = find_quotes(_dc.text(doc))
    return found


def find_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, outermost first for each position, sorted by start."""
    if not text:
        return []
    try:
        return _find_quotes(text)
    except Exception:  # pragma: no cover - defensive: quotes are best effort, never fatal
        return []


def _find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    stack: list[_Mark] = []  # open marks, innermost last

    def close_at(m: _Mark, end: int, closed: bool) -> None:
        if m.family == "s" and not closed:
            return  # an unclosed single mark is an apostrophe ('90s, rock 'n' roll), not a quote
        end = min(max(end, m.pos + m.width), len(text))
        if end > m.pos:
            depth = sum(1 for s in stack if s is not m and s.pos < m.pos)
            quotes.append(Quote(m.pos, end, depth, closed))

    for mk in _marks(text):
        continued = False
        # a paragraph break ends every open single quote, and double quotes unless the next
        # paragraph continues the quote (press convention)
        while stack and not _same_paragraph(text, stack[-1].here, mk.pos):
            top = stack[-1]
            if top.family == "d" and mk.family == "d" and mk.can_open and len(stack) == 1 \
                    and _starts_paragraph(text, mk.pos) and _same_style(text, top, mk) \
                    and not text[_paragraph_end(text, top.here):mk.pos].strip():
                # continuation paragraph: the same quote goes on; this opening mark is swallowed
                continued = True
                break
            stack.pop()
            close_at(top, _paragraph_end(text, top.here), False)
        if continued:
            stack[-1].cont = mk.pos
            continue
        # try to close the innermost open quote of the same family
        idx = None
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].family == mk.family:
                idx = k
                break
        if mk.can_close and idx is not None:
            opener = stack[idx]
            if mk.family == "s" and mk.pos - opener.pos > MAX_SINGLE:
                stack.pop(idx)  # stale single opener: an apostrophe, not a quote
            else:
                # close everything opened inside it first (unbalanced inner quotes)
                while len(stack) > idx + 1:
                    inner = stack.pop()
                    close_at(inner, mk.pos, False)
                stack.pop()
                close_at(opener, mk.pos + mk.width, True)
                continue
        if mk.can_open:
            stack.append(mk)
        # a lone closer with nothing open: quote started at the paragraph start (or is an apostrophe)
        elif mk.family == "d":
            ps = text.rfind("\n", 0, mk.pos) + 1
            while ps < mk.pos and text[ps].isspace():
                ps += 1
            if ps < mk.pos and not quotes_cover(quotes, ps):
                quotes.append(Quote(ps, mk.pos + mk.width, 0, False))
    while stack:
        top = stack.pop()
        close_at(top, _paragraph_end(text, top.here), False)
    quotes = [q for q in quotes if 0 <= q.start < q.end <= len(text)]
    quotes.sort(key=lambda q: (q.start, -q.end))
    return _fix_depth(quotes)


def _same_style(text: str, opener: _Mark, mark: _Mark) -> bool:
    """A paragraph goes on with the quote only when it opens with the same kind of mark: a block quoted in
    straight marks whose paragraphs hold curly-quoted speech ("…\n\n“It never crossed my mind,” she said")
    ends where such a paragraph begins; the curly mark opens a quote of its own."""
    def straight(m: _Mark) -> bool:
        return text[m.pos] in AMBIGUOUS
    return straight(opener) == straight(mark)


def _starts_paragraph(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return j < 0 or text[j] == "\n"


def quotes_cover(quotes: list[Quote], pos: int) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def _fix_depth(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    open_ends: list[int] = []
    for q in quotes:
        while open_ends and open_ends[-1] <= q.start:
            open_ends.pop()
        depth = len(open_ends)
        out.append(Quote(q.start, q.end, depth, q.closed))
        open_ends.append(q.end)
    return out


def top_level(quotes: list[Quote]) -> list[Quote]:
    """Quotes not contained in another quote."""
    return [q for q in quotes if q.depth == 0]
