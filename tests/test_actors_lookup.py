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
