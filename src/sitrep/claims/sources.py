"""Source chains: who says so, from the publishing outlet to the original source.

Built from `Doc._.attributions` (see `claims/attribution.py`). A chain is outermost first:
outlet → what the outlet cites → the speaker ("Trend ← the Defence Ministry ← Col Aliyeva").
"""
from __future__ import annotations

from .. import doccache as _dc

import re

from spacy.tokens import Doc

from functools import lru_cache

from ..actors import SpanIndex, is_igo, sector_of, source_kind
from ..model import Source
from ..resources import load_yaml

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
# "according to preliminary data": evidence, not a speaker
NOT_SPEAKERS = {"data", "information", "estimates", "figures", "reports", "report", "footage", "images", "video",
                "records", "statistics", "findings", "results", "count", "tally", "assessment", "analysis",
                "messages", "posts",
                # "according to a translation by Sahel Wire", "a readout from the Kremlin": the translator's, the issuer's
                "translation", "transcript", "readout"}


_TIMESTAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?|(?:GMT|UTC|BST|CET|CEST|EET|EEST|EAT|WAT|CAT|IST|PKT|EST|EDT|CST|PST|KST|JST|PHT|ICT|WIB|MSK|AST|GYT|ART|COT)\s*)"
                        r"(?:[-\u2013\u2014:|]\s*)+")
# "formerly Twitter, ", "formerly known as Twitter, " opening a speaker's words: an aside on the name of what came before
_FORMER_NAME = re.compile(r"^(?:formerly|previously)\s+(?:known\s+as\s+|called\s+)?[^,]{1,40},\s+", re.I)


def _text(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return _dc.text(doc)[span[0]:span[1]].strip() if span else None


def speaker_name(doc: Doc, att) -> str | None:
    """The speaker as named in the text: a pronoun or description replaced by its antecedent, then by the
    longest name in the document that contains it ("Petrova" → "Brig-Gen Anna Petrova")."""
    span = att.source_resolved or att.source
    dateline_start, dateline_end = _dc.dateline(doc)
    if span and dateline_start <= span[0] < dateline_end:  # "DUSHANBE, May 15 (Steppe Wire) - The ministry": the dateline is no speaker
        if span[1] <= dateline_end + 2:
            return None
        span = (dateline_end, span[1])
    name = _text(doc, span)
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" ,;:")  # "The junta's spokesman, Major General X," (appositive comma)
    name = _TIMESTAMP.sub("", name)  # "17:20 GMT - South Kordofan's governor": a live blog's time stamp
    # "JNIM, in a message on Telegram,": where it was said is no part of the speaker's name
    name = re.sub(r",\s+(?:in|on|via|through)\s+(?:a|an|the|its|their|his|her)\s.*$", "", name).strip(" ,")
    # "In a post on X, formerly Twitter, the governor said": the platform's old name, an aside the parser made the
    # subject, is no part of the speaker's name
    name = _FORMER_NAME.sub("", name)
    if not name:
        return None
    if name.lower() in PRONOUNS and att.source_resolved is None:
        return None
    name = re.sub(r"^(the|a|an)\s+", "", name, flags=re.I).strip()
    # the head noun, not the last word: "the Ministry of Information" is a speaker, "preliminary data" is not
    sp = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
    head = sp.root.lower_ if sp is not None and len(sp) else name.split()[-1].lower()
    if head in NOT_SPEAKERS or (sp is None and name.split()[-1].lower() in NOT_SPEAKERS):
        owner = report_owner(doc, span)
        if owner is None:
            return None
        # "a UN experts' report said": the report's authors speak
        name = re.sub(r"^(the|a|an)\s+", "", re.sub(r"\s+", " ", _dc.text(doc)[owner[0]:owner[1]]), flags=re.I)
        name = name.strip()
        sp = doc.char_span(owner[0], owner[1], alignment_mode="expand")
        if not name:
            return None
    if name.endswith("'s"):
        name = name[:-2]
    name = _proper_part(sp, name)
    best = _longest_name_for(doc, name)
    best = re.sub(r"^(the|a|an)\s+", "", _TIMESTAMP.sub("", best), flags=re.I).strip()
    # "Brig-Gen Anna Petrova": keep a title written just before the name
    if span:
        start = _dc.text(doc).find(best)
        before = _dc.text(doc)[max(0, start - 25):start] if start >= 0 else ""
        m = re.search(r"((?:[A-Z][a-z]*\.?-)?[A-Z][a-z]+\.?-?[A-Z]?[a-z]*\.?)\s+$", before)
        if m and m.group(1).rstrip(".") in _TITLES:
            best = f"{m.group(1)} {best}"
    return best


def _person_org_names(doc: Doc) -> list[str]:
    """The texts of the document's PERSON and ORG entities, in order, that may name a speaker in full: under 60
    characters and not across a headline's colon, a comma or a line (listed once per Doc: every speaker reads
    them)."""
    cached = doc.user_data.get("sitrep.person_org_names")
    if cached is None:
        text = _dc.text(doc)
        cached = doc.user_data["sitrep.person_org_names"] = [
            t for t in (text[e.start_char:e.end_char] for e in _dc.ents(doc) if e.label_ in ("PERSON", "ORG"))
            # (nor across a comma: "the town of Mornei, Human Rights Watch said" tagged as one name)
            if len(t) < 60 and ":" not in t and "\n" not in t and "," not in t]
    return cached


def _longest_name_for(doc: Doc, name: str) -> str:
    """The longest PERSON or ORG name of the document holding the words of `name` (the first of equally long
    ones), else `name` (found once per name and Doc: a speaker is named many times)."""
    found = doc.user_data.setdefault("sitrep.longest_names", {})
    best = found.get(name)
    if best is None:
        best = name
        for ent_text in _person_org_names(doc):
            if len(best) < len(ent_text) and _has_words(ent_text, name):
                best = ent_text
        found[name] = best
    return best


def report_owner(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """"A UN experts' report", "the ministry's figures": the possessor of a report or finding given as the
    speaker (char offsets), or None."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
    if sp is None or not len(sp) or sp.root.lower_ not in NOT_SPEAKERS:
        return None
    found = _possessor(sp.root, sp.start) or _author_phrase(sp.root) or _set_off_author(sp)
    # ("That report claims …" after "rejects the report released by X": X's, as "the report" is)
    if found is None and any(t.lower_ in ("the", "this", "that", "these", "those")
                             for t in sp.root.children if t.dep_ == "det"):
        found = _earlier_report_author(doc, sp.root)
    return found


def _possessor(noun, floor: int = 0) -> tuple[int, int] | None:
    """"the ministry's figures": the possessor of a report noun (char offsets, starting no earlier than token
    `floor`), or None."""
    o = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
              and c.lower_ not in NOT_SPEAKERS), None)
    return (noun.doc[max(floor, o.left_edge.i)].idx, o.idx + len(o.text)) if o is not None else None


def _author_phrase(noun) -> tuple[int, int] | None:
    """"a report by the UN Panel of Experts", "figures from the health ministry", "the report, carried by a
    website linked to the group": the author in a by- or from-phrase on the report noun or on a participle
    describing it."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for h in heads:
        for p in h.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from") and p.i > noun.i:
                o = next((c for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                          and c.lower_ not in NOT_SPEAKERS), None)
                if o is not None:
                    doc = noun.doc
                    end = max(o.right_edge.i, o.i)
                    return o.left_edge.idx, doc[end].idx + len(doc[end].text)
    return None


def _set_off_author(sp) -> tuple[int, int] | None:
    """"The report, by Guyana's Defence Force, said": an author set off by commas right after the report noun,
    however the parser attached the by-phrase."""
    doc = sp.doc
    i = sp.root.i + 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "by":
        return None
    end = next((t.i for t in doc[i + 2:min(len(doc), i + 25)] if t.text == "," or t.is_sent_end), None)
    if end is None or doc[end].text != "," or end <= i + 2 or doc[end - 1].lower_ in NOT_SPEAKERS:
        return None
    return doc[i + 2].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _earlier_report_author(doc: Doc, noun) -> tuple[int, int] | None:
    """"rejected a report by Ecuador's army. The report said …": "the report" is the one named before with its
    author (the latest earlier mention of the same noun that has one)."""
    for t in reversed(doc[: noun.i]):
        if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN":
            continue
        found = _possessor(t) or _author_phrase(t) or _body_of_phrase(t)
        if found is not None:
            return found
    return None


def _body_of_phrase(noun) -> tuple[int, int] | None:
    """"the latest report of the UN Group of Experts": a body by its own capitalised name after "of" on a report noun
    is its author (session 27; not "a report of a massacre", "the report of fighting in Goma": a thing or a place is
    what the report tells)."""
    p = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    o = next((c for c in p.children if c.dep_ == "pobj"), None) if p is not None else None
    if o is None or o.pos_ != "PROPN" or o.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "EVENT", "PERSON"):
        return None
    doc = noun.doc
    # the body's own name, up to a topic phrase after it ("… of Experts | on the Democratic Republic of the Congo")
    end = o.i
    for c in o.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > o.i:
            end = max(end, c.right_edge.i)
    return o.left_edge.idx, doc[end].idx + len(doc[end].text)


def _has_words(longer: str, name: str) -> bool:
    """"Petrova" is in "Anna Petrova"; "Russia" is not in "Russian Volunteer Corps" (whole words only)."""
    # (the plain substring test first: `speaker_name` asks it of every entity of the document)
    return name in longer and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", longer) is not None


def _proper_part(sp, name: str) -> str:
    """"the medical charity Doctors Without Borders (MSF)" → "Doctors Without Borders (MSF)": a description in
    lower case before a proper name that runs to the end of the phrase is dropped."""
    if sp is None or not len(sp):
        return name
    toks = [t for t in sp if not t.is_space]
    k = next((i for i, t in enumerate(toks) if t.pos_ == "PROPN"), None)
    if not k or k < 2:
        return name
    head = toks[:k]
    if not all((t.is_lower or t.pos_ == "DET") and t.pos_ in ("DET", "ADJ", "NOUN") for t in head) or \
            not any(t.pos_ == "NOUN" for t in head):
        return name
    if not all(t.pos_ == "PROPN" or t.text in ("(", ")", "-", "'s", "&") or t.is_title for t in toks[k:]):
        return name
    rest = _dc.text(sp.doc)[toks[k].idx:toks[-1].idx + len(toks[-1].text)].strip(" ,;:")
    return rest if rest and rest in name else name


_TITLES = {"Maj-Gen", "Major-General", "Gen", "General", "Col", "Colonel", "Lt-Col", "Lt-Gen", "Brig-Gen", "Mr",
           "Ms", "Mrs", "Dr", "President", "Minister", "Prime", "Colonel-General", "Lieutenant", "Captain", "Capt",
           "Sgt", "Sergeant", "Admiral", "Adm"}


def chain_for(doc: Doc, att, outlet: str | None, cited: list[Source], _depth: int = 0) -> list[Source]:
    """The chain for one attribution, outermost first: the outlet, whom the outlet cites, the speaker, then
    whom the speaker cites ("Sahel Monitor ← the Nigerian army ← a field commander": "…, the Nigerian army said,
    citing a field commander"; "Daily Trust reports, citing the police": Daily Trust ← the police)."""
    chain: list[Source] = [Source(outlet, "outlet")] if outlet else []
    relay = _relaying_report(doc, att) if _depth < 3 else None
    if relay is not None:
        # "A, the general said, according to state radio", "the agency reported that the ministry said A": the
        # report around the speaker's passes the words on, so its chain comes first
        chain = chain_for(doc, relay, outlet, cited, _depth + 1)
    speaker = speaker_name(doc, att)
    is_outlet = bool(speaker and outlet and same_name(speaker, outlet))
    told = told_outlet(doc, att)  # "a military source told AFP": the agency passes the speaker's words on
    if told and speaker and not is_outlet and not any(same_name(x.name, told.name) for x in chain):
        chain.append(told)
    if speaker and not is_outlet:
        kind = kind_of(speaker)
        if kind in ("official", "unnamed") and cited and not att.via:
            for c in cited:  # an official's words reach the outlet through the body it cites
                if not any(s.name == c.name for s in chain):
                    chain.append(c)
        if kind == "unnamed":
            kind = _institution_kind(doc, att.source_resolved or att.source, speaker)
        if not any(s.name == speaker for s in chain):
            chain.append(Source(speaker, kind))
    for v in att.via or []:
        name = _text(doc, v)
        if name:
            name = re.sub(r"^(the|a|an)\s+", "", name, flags=re.I)
            if not any(s.name == name for s in chain):
                kind = kind_of(name)
                if kind == "unnamed":
                    kind = _institution_kind(doc, v, name)
                chain.append(Source(name, kind))
    return chain


def _relaying_report(doc: Doc, att):
    """The attribution whose content holds `att`'s cue and speaker ("A, the general said, according to state
    radio": state radio's report; "the agency reported that the ministry said A": the agency's), innermost first;
    None when `att` is no report inside another, or the report around it is a statement of its own ("the
    statement", "a video": the speaker's own words, not another source) or has no speaker."""
    if not getattr(att, "embedded", False) or not att.cue:
        return None
    where = [att.cue[0]] + ([att.source[0]] if att.source else [])
    around = [a for a in getattr(doc._, "attributions", None) or []
              if a is not att and a.source and a.kind not in ("evidential", "non_response") and a.content
              and all(any(s <= p < e for s, e in a.content) for p in where)]
    if not around:
        return None
    outer = min(around, key=lambda a: a.content[-1][1] - a.content[0][0])
    name = speaker_name(doc, outer)
    if not name or name.lower() in PRONOUNS or name.split()[-1].lower() in _statement_nouns() or \
            name.lower() in _interviewer_labels():
        return None  # ("Q: The army says A. Is that true?": the outlet's own question relays nobody's report)
    return outer


def same_name(a: str, b: str) -> bool:
    """"The Kivu Herald" (an outlet's head) and "Kivu Herald" (a speaker or addressee, its article dropped) are
    one source."""
    def bare(x: str) -> str:
        return re.sub(r"^(the|a|an)\s+", "", x.strip(), flags=re.I).lower()
    return bare(a) == bare(b)


def told_outlet(doc: Doc, att) -> Source | None:
    """"Y told X" with X a news agency or outlet ("told AFP", "told Radio Dalsan", "told the Daily Trust"): X as
    a link of the chain before Y; None for "told reporters" or a cue that is not "tell"."""
    if not att.cue:
        return None
    sp = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    if sp is None or not len(sp) or sp[0].lemma_.lower() != "tell":
        return None
    for c in sp[0].children:
        if c.dep_ in ("dobj", "dative", "iobj") and c.i > sp[0].i:
            start = c.left_edge.i
            name = re.sub(r"^(the|a|an)\s+", "", _dc.text(doc)[doc[start].idx:c.idx + len(c.text)].strip(), flags=re.I)
            kind = kind_of(name) if name else None
            if kind in ("agency", "media") and name[:1].isupper():
                return Source(name, kind)
            # "Witnesses told Human Rights Watch": a named body that gathers what it is told and publishes it (not
            # an audience: "told the Security Council")
            if kind == "organisation" and name[:1].isupper() and \
                    not set(re.findall(r"[a-z]+", name.lower())) & set(_kinds().get("audience_words") or ()):
                return Source(name, kind)
    return None


def cited_by(doc: Doc, att) -> tuple[int, int] | None:
    """The original speaker a report cites ("X reported, citing Y", "X said, quoting Y"): the innermost `via`
    span introduced by "citing" or "quoting", or None ("X reports via Y" names a channel, not a speaker)."""
    text = _dc.text(doc)
    for v in reversed(att.via or []):
        if re.search(r"\b(?:citing|quoting)\s+$", text[max(0, v[0] - 12):v[0]], re.I):
            name = _text(doc, v) or ""
            words = re.findall(r"[\w'-]+", name.lower())
            if words and words[-1] not in NOT_SPEAKERS and words[-1] not in _statement_nouns():
                return v
    return None


@lru_cache(maxsize=1)
def _interviewer_labels() -> set:
    return {str(w).lower() for w in load_yaml("claims/linking.yaml").get("interviewer_labels") or ()}


@lru_cache(maxsize=1)
def _statement_nouns() -> set:
    return set(load_yaml("claims/linking.yaml").get("statement_nouns") or ())


def agency_country(name: str | None) -> tuple[bool, str | None]:
    """(True, ISO alpha-3 or None) for a news agency named in `source_kinds.yaml` ("Xinhua" → CHN, "Reuters" →
    None), else (False, None)."""
    if not name:
        return False, None
    low = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I).lower()
    table = _agencies()
    if low in table:
        return True, table[low]
    return False, None


@lru_cache(maxsize=1)
def _agencies() -> dict:
    return {str(k).lower(): v for k, v in (_kinds().get("agencies") or {}).items()}


def kind_of(name: str) -> str:
    """A source's kind: "agency" for a news agency (named in `source_kinds.yaml`, or "the state news agency"),
    "media" for a named paper or broadcaster ("Daily Trust", "Radio Nigeria"), "organisation" for any other
    agency ("the UN refugee agency"); otherwise actors' `source_kind`."""
    if agency_country(name)[0]:
        return "agency"
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower()
    if bare in _media_names():
        return "media"  # "BBC", "Al Jazeera": a named outlet without a media word in its name
    if is_igo(name):
        return "organisation"  # "Human Rights Watch", "the ICRC", "UNHCR"
    words = re.findall(r"[\w'-]+", name)
    low = [w.lower() for w in words]
    data = _kinds()
    if "agency" in low or "agencies" in low:
        i = low.index("agency") if "agency" in low else low.index("agencies")
        if any(w in (data.get("agency_modifiers") or ()) for w in low[:i]):
            return "agency"
        kind = source_kind(name)
        if kind == "media":  # the only media word was "agency": a body such as the UN's refugee agency
            return data["sectors"].get(sector_of(name) or "", "organisation")
        return kind
    if _PRESS_OFFICE.search(name):
        # "the military's media wing", "the brigade's press service": a body's own office speaking for it, of
        # that body's kind (an office of no known sector is an office: "ministry")
        return data["sectors"].get(sector_of(_PRESS_OFFICE.sub(" ", name)) or "", "ministry")
    kind = source_kind(name)
    if kind == "unnamed" and any(w[:1].isupper() and w.lower() in (data.get("media_name_words") or ())
                                 for w in words):
        return "media"  # "Daily Trust", "Radio Nigeria": a named outlet
    return kind


# a body's press office, not a news outlet ("its media wing", "the army press service", "the ministry's press office")
_PRESS_OFFICE = re.compile(r"\b(?:media|press|information)\s+(?:wing|office|service|cell|centre|center|department|unit)s?\b",
                           re.I)


@lru_cache(maxsize=1)
def _media_names() -> frozenset:
    return frozenset(str(n).lower() for n in _kinds().get("media_names") or ())


@lru_cache(maxsize=1)
def _kinds() -> dict:
    return load_yaml("claims/source_kinds.yaml")


def _institution_kind(doc: Doc, span, speaker: str) -> str:
    """The kind of a speaker `source_kind` left "unnamed": a person named is an official, a described outlet
    ("the Beirut daily") media, an institution of a known sector ("the Malian army") military or government;
    only a speaker without a name or an institution ("sources", "officials") stays unnamed."""
    sp = doc.char_span(*span, alignment_mode="expand") if span else None
    if sp is not None and any(t.ent_type_ == "PERSON" for t in sp):
        return "official"
    words = re.findall(r"[\w'-]+", speaker.lower())
    data = _kinds()
    if not words or any(w in data["unnamed"] for w in words):
        return "unnamed"
    head = sp.root.lower_ if sp is not None and len(sp) else words[-1]
    if head in data["media"]:
        return "media"
    kind = data["sectors"].get(sector_of(speaker) or "")
    if kind:
        return kind
    if sp is not None and len(sp) and all(t.ent_type_ == "GPE" for t in sp if t.is_alpha and not t.is_lower):
        if any(t.ent_type_ == "GPE" for t in sp) and sp.root.ent_type_ == "GPE":
            return "government"  # "Moscow says": a state named for its capital or its name
    if sp is not None and any(t.ent_type_ == "ORG" for t in sp):  # a named body of no known sector
        return "organisation"
    return "unnamed"


def document_citations(doc: Doc, outlet: str | None) -> list[Source]:
    """What the outlet says it cites for the article as a whole ("Trend reports, citing the ministry")."""
    if not outlet:
        return []
    for att in getattr(doc._, "attributions", None) or []:
        name = _text(doc, att.source) or ""
        if outlet.lower() in name.lower() and att.via:
            out = []
            for v in att.via:
                n = re.sub(r"^(the|a|an)\s+", "", _text(doc, v) or "", flags=re.I)
                full = _expand_description(doc, n)
                out.append(Source(full, kind_of(full)))
            return out
    return []


def _expand_description(doc: Doc, name: str) -> str:
    """"the ministry" → "Defense Ministry" when the article names one earlier."""
    low = name.lower()
    if len(name.split()) == 1:
        for ent in _dc.ents(doc):
            if ent.label_ in ("ORG", "NORP", "FAC", "GPE") and ent.text.lower().endswith(low) and ent.text.lower() != low:
                return re.sub(r"^(the)\s+", "", ent.text, flags=re.I)
        m = re.search(rf"\b((?:[A-Z][a-z]+\s+){{1,3}}{re.escape(name.capitalize())})\b", _dc.text(doc))
        if m:
            return m.group(1)
    return name


class _AttributionIndex:
    """A document's attributions indexed once by where their contents and cues start, so that a sentence's lookup
    reads only the attributions near it; each answer is the one the scan over every attribution gave."""

    def __init__(self, atts: list) -> None:
        self.atts, self.n = atts, len(atts)
        # every content span of a statement (not "did not respond to a request for comment": nobody's statement),
        # in the attributions' order, so the first of equally short spans wins as in a scan
        spans = [(att, s, e) for att in atts if att.kind != "non_response" for s, e in att.content or []]
        self.contents = SpanIndex(spans, lambda x: (x[1], x[2]))
        self._cues = None

    @property
    def cues(self) -> SpanIndex:
        """The attributions by where their cues start (built when first asked for)."""
        if self._cues is None:
            self._cues = SpanIndex(self.atts, lambda a: (a.cue[0], a.cue[0] + 1))
        return self._cues


def _attribution_index(doc: Doc):
    """The `_AttributionIndex` of `doc._.attributions`, built again when the list is another one or has grown or
    shrunk (the attribution stage settles every attribution before anything looks them up)."""
    atts = getattr(doc._, "attributions", None) or []
    cached = doc.user_data.get("sitrep.attribution_index")
    if cached is None or cached.atts is not atts or cached.n != len(atts):
        cached = doc.user_data["sitrep.attribution_index"] = _AttributionIndex(atts)
    return cached


def attribution_at(doc: Doc, start: int, end: int):
    """The attribution whose content covers [start, end), innermost first; else None."""
    # (a content span [s, e) covers it when s <= start and end <= e + 1)
    covering = _attribution_index(doc).contents.covering(start, end - 1)
    if not covering:
        return None
    return min(covering, key=lambda x: x[2] - x[1])[0]


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n\n", 0, pos)
    e = text.find("\n\n", pos)
    return (0 if s < 0 else s + 2), (len(text) if e < 0 else e)


def attribution_near(doc: Doc, start: int, end: int):
    """An attribution for an unattributed sentence: the nearest one in its paragraph (the following first,
    as news closes a paragraph with "..., the ministry said")."""
    if (att := attribution_at(doc, start, end)) is not None:
        return att
    ps, pe = paragraph_bounds(_dc.text(doc), start)
    after, before = None, None
    for att in _attribution_index(doc).cues.starting(ps, pe):  # the paragraph's cues, in the list's order
        cs, ce = att.cue
        if att.kind in ("evidential", "non_response"):
            continue
        if cs >= end and (after is None or cs < after.cue[0]):
            after = att
        elif ce <= start and (before is None or cs > before.cue[0]):
            before = att
    return after or before
