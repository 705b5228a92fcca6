"""Format checks for data/claims-eval/dev50.jsonl, a development set of short whole articles (5-10 sentences in 3-7
paragraphs, a press-conference transcript up to 16 with its turn labels) from every region (West and Central Africa,
East Africa and the Horn, North Africa, the Middle East, Europe and the Caucasus, Central, South and Southeast Asia,
East Asia and the Pacific, the Americas), weighted to the cases of the which-statement convention
(data/claims-eval/README.md) that sitrep still missed most in the recent dev sets: two voices of one country each
denying one claim (a ministry and then its spokesman, army or another body), rule 5 (a denial told before the claim it
answers), rule 9 (a denial of a denial, worded as a rejection of the other voice's "version", "explanation" or
"denial"), rule 2 (a noun that picks out one of several statements), rule 8 (an event-only lead, then the explicit
accusation) and rule 7 own-role denials whose answered statement puts the act on an ally of the denier. Wire copy,
news sites, local papers, radio bulletins, a ministry release, an army statement, court reports, a rights-group
release, a fact check, live blogs and a press-conference transcript (no scores here; see data/claims-eval/README.md,
"dev50")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from claims_sets import (check_counter_accusations, check_country_spread, check_denial_positions, check_denial_share,
                         check_headline_second_denials, check_kind_details, check_kind_labels, check_kind_minimums,
                         check_labels, check_live_blog_stamps, check_lone_denials, check_mention_denials,
                         check_no_state_denials, check_null_speaker_kinds, check_numbered, check_quoted_denials,
                         check_same_country_items, check_speaker_words, check_stances, check_style_is_a_kind,
                         check_styles, check_titled, check_topic_only_denials, check_whole_articles, items_fixture,
                         region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev50.jsonl"
_DENIAL_KINDS = {"headline-denial", "denial-later-paragraph", "two-denials-one-claim", "topic-only-denial",
                 "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation", "denial-before-claim",
                 "two-claims-two-deniers", "quoted-denial", "denial-in-other-words", "lone-denial",
                 "mention-in-denial", "noun-picks-statement", "worded-denial-first-told", "own-role-denial",
                 "event-only-lead", "denial-of-denial", "two-voices-one-country", "act-on-ally", "pronoun-denial"}
# the which-statement convention's rules 2-9, each a kind
_RULE_KINDS = {2: "noun-picks-statement", 3: "worded-denial-first-told", 4: "topic-only-denial",
               5: "denial-before-claim", 6: "mention-in-denial", 7: "own-role-denial", 8: "event-only-lead",
               9: "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegation|account|claims?|report|statement|version|figures?|toll|story|"
                          r"charge|explanation|denial)\b", re.I)
# a denial of the denier's own role: "denied any involvement", "had nothing to do with", "any role in"
_OWN_ROLE = re.compile(r"\b(any (involvement|role)|nothing to do with|any strike)\b", re.I)
# a denial of a denial worded as a rejection of the other voice's version, explanation or denial
_DENIAL_OF_DENIAL = re.compile(r"\b(version|explanation|denial)\b", re.I)
# a word of the text that makes the answered statement's doer an ally of the denier
_ALLY = re.compile(r"\b(ally|allied|alongside|backing|backed|member)\b", re.I)
_STYLES = ("wire", "news-site", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bM23\b|\bFano\b|\bAl-Shabaab\b|\bSPLA-IO\b|\bRapid Support Forces\b|\bRSF\b|"
                     r"\bLibyan National Army\b|\bKataib Hezbollah\b|\bSyrian Democratic Forces\b|\bHouthi|"
                     r"\bHezbollah\b|\bArambai Tenggol\b|\bArakan Army\b|\bELN\b|\bcartel\b|\bViv Ansanm\b",
    "jihadist-speaker": r"\bJNIM\b|\bIslamic State\b",
    "party-speaker": r"\bUnited National Movement\b|\bSerb List\b",
    "separatist-speaker": r"\bPolisario\b|\bWest Papua National Liberation Army\b",
    "regional-government-speaker": r"\bTigray Interim Administration\b|\bKurdistan Regional Government\b|"
                                   r"\bTransnistria",
    "civil-society-speaker": r"\brights (group|network)\b|\bunion\b|\bcharity\b|\bdesk\b|\bassociation\b|"
                             r"\bcamp managers\b|\bCouncil, a tribal body\b|\bRights Watch\b|\bMonitor\b",
    "resident-speaker": r"\bresidents?\b|\brelatives\b|\bbrother\b|\bmother\b|\bsurvivors?\b|\bvillagers\b|"
                        r"\bfarmers\b|\bdoctors\b|\bstaff\b|\bwitnesses\b",
    "cleric-speaker": r"\bmonk\b|\bchurch\b",
    "company-speaker": r"\bnews site\b",
    "lawyer-speaker": r"\blawyers?\b",
    "international-speaker": r"\bUN\b|\bNATO\b|\bInternational Organization for Migration\b|\bmonitors\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "company-speaker", "cleric-speaker",
                       "jihadist-speaker", "international-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "west-central-africa": {"NGA", "CMR", "BFA", "CIV", "COD", "NER", "CAF", "TCD", "TGO"},
    "east-africa-horn": {"ETH", "ERI", "SOM", "SSD", "SDN", "KEN", "MOZ", "RWA"},
    "north-africa": {"LBY", "TUN", "EGY", "DZA", "MAR", "ESH"},
    "middle-east": {"IRQ", "SYR", "TUR", "YEM", "SAU", "LBN", "ISR", "IRN", "PSE"},
    "europe-caucasus": {"ARM", "AZE", "GEO", "XKX", "SRB", "MDA", "UKR", "RUS", "BIH"},
    "central-south-southeast-asia": {"PAK", "AFG", "IND", "MMR", "BGD", "THA", "KHM", "KGZ", "TJK"},
    "east-asia-pacific": {"PHL", "CHN", "TWN", "JPN", "KOR", "PRK", "IDN", "PNG"},
    "americas": {"COL", "MEX", "HTI", "ECU", "VEN", "GUY", "USA"},
}


items = items_fixture(SET)


def _count(text: str) -> int:
    return len(sentences(text))


def test_size_and_ids(items):
    check_numbered(items, "d50", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 16), stamp=_TIMESTAMP)
    check_titled(items)
    for it in items:
        n = _count(it["text"])
        assert n <= (16 if "transcript" in it["kinds"] else 10), (it["id"], n)
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]
        if it["style"] == "press-conference":
            assert "transcript" in it["kinds"], it["id"]
    lengths = [_count(it["text"]) for it in items]
    assert min(lengths) == 5 and len(set(lengths)) >= 5, lengths


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_is_a_kind(items, _STYLES, only_one=True)
    check_counter_accusations(items)
    check_live_blog_stamps(items, _TIMESTAMP)
    check_mention_denials(items, ("mention-in-denial",))
    check_quoted_denials(items, _QA_TURN)
    check_speaker_words(items, _SPEAKER_WORDS)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    check_lone_denials(items, need_lone=True)
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(_OWN_ROLE.search(s) for s in deny_subs), it["id"]
        if "act-on-ally" in kinds:
            # rule 7 with an ally: an own-role denial answering a named author's statement, in a text that says the
            # doer that statement names is the denier's ally
            assert "own-role-denial" in kinds and _ALLY.search(it["text"]), it["id"]
            assert any(d.get("denies_claim_of_country") is not None for d in it["denials"]), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "denial-of-denial" in kinds:
            # rule 9: the second denial rejects the first one's "version", "explanation" or "denial"
            assert any(_DENIAL_OF_DENIAL.search(s) for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            # rule 5: a deny statement told before the statement it answers
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if "noun-picks-statement" in kinds or "worded-denial-first-told" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]
        if "noun-picks-statement" in kinds:
            # the noun picks a statement that is not its author's first
            for d in it["denials"]:
                own = [c["content_contains"] for c in it["claims"] if c["stance"] != "deny"
                       and c["claimant_country"] == d.get("denies_claim_of_country")]
                if d.get("denies_content_contains") in own and own.index(d["denies_content_contains"]) > 0:
                    break
            else:
                # (or, when it is the first, a later statement of the same author stands beside it)
                assert len(own) >= 2, it["id"]


def test_two_voices_of_one_country(items):
    """The brief's first case: two statements of one country, each a denial of the same claim, by two voices."""
    two = [it for it in items if "two-voices-one-country" in it["kinds"]]
    assert len(two) >= 8
    for it in two:
        per_denier = Counter((d["denier_country"], d.get("denies_content_contains")) for d in it["denials"])
        assert max(per_denier.values()) >= 2, it["id"]
        denier = per_denier.most_common(1)[0][0][0]
        assert sum(c["stance"] == "deny" and c["claimant_country"] == denier for c in it["claims"]) >= 2, it["id"]


def test_the_ways_denials_come(items):
    wanted = {"topic-only-denial": 25, "denial-in-other-words": 8, "quoted-denial": 5, "headline-denial": 3,
              "two-denials-one-claim": 12, "counter-accusation": 7, "same-country-sides": 14,
              "one-author-several-statements": 35, "claim-of-no-country-denied": 10, "denier-of-no-country": 2,
              "denial-later-paragraph": 35, "lone-denial": 2, "no-denial": 4, "confirmation": 3, "transcript": 1,
              "live-blog": 2, "two-claims-two-deniers": 1, "negated-neutral": 15, "pronoun-denial": 1,
              "two-voices-one-country": 8, "act-on-ally": 5}
    check_kind_minimums(items, wanted)
    # each rule of the which-statement convention twice or more; the ones the brief weights six times or more
    check_kind_minimums(items, {kind: 2 for kind in _RULE_KINDS.values()})
    check_kind_minimums(items, {_RULE_KINDS[5]: 6, _RULE_KINDS[9]: 6, _RULE_KINDS[2]: 6, _RULE_KINDS[8]: 5,
                                _RULE_KINDS[7]: 6})
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)
    check_headline_second_denials(items, minimum=3)
    check_denial_positions(items, later_min=35, before_min=8)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(60, 80))
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 5 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=1, max_share=0.5)
    check_stances(items, deny=60, allege=18, confirm=3)
    check_no_state_denials(items, by_no_country=2, of_no_country=10, items_with_null=35)
    check_same_country_items(items, 14)
