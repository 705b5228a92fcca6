"""The actor dictionary lookup: the longest dictionary phrase a text contains decides its sector."""
import re

from sitrep.actors import _dictionary, sector_of


def _by_scanning(text):
    """The definition, written the slow way: try each phrase, longest first, as whole words."""
    _, phrase_sector, phrases = _dictionary()
    low = " " + re.sub(r"\s+", " ", re.sub(r"[^\w\s-]", " ", text.lower())) + " "
    return next((phrase_sector[p] for p in phrases if f" {p} " in low), None)


def test_lookup_equals_the_definition_on_every_dictionary_phrase_in_context():
    phrases = list(_dictionary()[1])
    texts = [f"On Monday, the {p} said" for p in phrases] + [f"{a} and {b}" for a, b in zip(phrases, phrases[1:])]
    assert [sector_of(t) for t in texts] == [_by_scanning(t) for t in texts]
    assert any(sector_of(t) for t in texts)


def test_longer_phrase_wins_and_words_must_be_whole():
    _, phrase_sector, phrases = _dictionary()
    multi = next(p for p in phrases if len(p.split()) > 1)
    assert sector_of(f"the {multi}!") == phrase_sector[multi]
    assert sector_of("xyzzy plugh") is None


def _group_by_scanning(text):
    """named_group's definition: the first group pattern (longest first) found in the text."""
    from sitrep.actors import _groups

    for rx, country, sector in _groups():
        if rx.search(text):
            return (None if country in (None, "null") else country), sector
    return None


def test_named_group_prefilter_answers_as_the_scan_does():
    from sitrep.actors import _dictionary, named_group

    names = list(_dictionary()[0].get("groups") or {})
    texts = [f"fighters of the {n} said" for n in names] + [f"{n.lower()} units" for n in names] \
        + [f"the {n}-backed militia" for n in names] + ["the army", "villagers in the north", "UN peacekeepers"]
    assert [named_group(t) for t in texts] == [_group_by_scanning(t) for t in texts]
    assert any(named_group(t) for t in texts) and named_group("villagers in the north") is None


def test_mentions_are_the_same_whether_a_span_comes_as_an_entity_or_a_chunk(nlp):
    """find_mentions works a span out once when an entity and a noun chunk cover the same tokens; the list
    must equal the plain definition: every phrase through mention_for, the last answer for a range kept."""
    import re as _re

    from sitrep.actors import ActorMention, _phrases, acronyms, find_mentions, mention_for

    doc = nlp("Ethiopian troops and Eritrean soldiers clashed near the town, and the Ugandan army said "
              "President Yoweri Museveni had ordered the Rapid Support Forces (RSF) to withdraw. RSF denied it.")
    seen, known = {}, acronyms(doc)
    for span in _phrases(doc):
        m = mention_for(doc, span)
        if m is None:
            key = _re.sub(r"^the\s+", "", span.text.strip(), flags=_re.I)
            if key in known:
                k = known[key]
                m = ActorMention(span.start, span.end, span.text, k.country, k.sector, k.adversary, k.igo,
                                 span.root.i)
        if m is not None:
            seen[(m.start, m.end)] = m
    expected = sorted(seen.values(), key=lambda m: (m.start, -(m.end - m.start)))
    found = find_mentions(doc)
    assert found and found == expected
    assert any(m.sector == "GOV" for m in found)  # the PERSON entity, not its noun chunk, decided
