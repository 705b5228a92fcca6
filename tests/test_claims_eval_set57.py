"""Format checks for data/claims-eval/dev48.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) from West and Central Africa (Burkina Faso, Niger, Chad, Cameroon's Anglophone regions, the Kivus, Ituri,
the Central African Republic, Nigeria's north-east), North Africa (Libya, Tunisia, the Western Sahara, Egypt's
Sinai), Europe (the Balkans, the Baltic, Cyprus, Northern Ireland, the Poland-Belarus border) and the Americas
(Mexico's cartels, Colombia, Venezuela, Haiti, Ecuador's prisons, Peru's protests, Chile's Araucania), with denials as
they come and about ten items for the which-statement convention's rules 2-9 (one author's several statements, a
denial answering one of them). Wire copy, local papers, radio bulletins, ministry and army statements, police press
conferences, court reports, rights-group reports, fact checks and live blogs (no scores here; see
data/claims-eval/README.md, "dev48")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from claims_sets import (check_counter_accusations, check_country_spread, check_denial_positions, check_denial_share,
                         check_headline_second_denials, check_kind_details, check_kind_labels, check_kind_minimums,
                         check_labels, check_live_blog_stamps, check_lone_denials, check_mention_denials,
                         check_no_state_denials, check_null_speaker_kinds, check_numbered, check_quoted_denials,
                         check_same_country_items, check_speaker_words, check_stances, check_style_is_a_kind,
                         check_styles, check_titled, check_topic_only_denials, check_two_claims_one_author,
                         check_whole_articles, items_fixture, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev48.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "denial-in-other-words",
                 "lone-denial", "mention-in-denial", "two-claims-one-author-denied", "noun-picks-statement",
                 "pronoun-denial", "worded-denial-first-told", "own-role-denial", "event-only-lead",
                 "denial-of-denial"}
# the which-statement convention's rules 2-9, each a kind
_RULE_KINDS = {2: "noun-picks-statement", 3: "worded-denial-first-told", 4: "topic-only-denial",
               5: "denial-before-claim", 6: "mention-in-denial", 7: "own-role-denial", 8: "event-only-lead",
               9: "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|report|statement|version|figures?|"
                          r"charges?|denial|message|fable|lies|story)\b", re.I)
# a denial of the denier's own role: "denied any involvement", "had nothing to do with", "denied firing ..."
_OWN_ROLE = re.compile(r"\b(any (involvement|role)|nothing to do with|anything to do with|firing any|"
                       r"ordering any|the charge a lie)\b", re.I)
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "police-press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bM23\b|\bAmbazonia|\bCODECO\b|\bCoalition of Patriots\b|\bStability Support\b|"
                     r"\bNew IRA\b|\bcartel\b|\bViv Ansanm\b|\bCoordinadora\b|\bELN\b",
    "jihadist-speaker": r"\bJNIM\b|\bIslamic State\b",
    "party-speaker": r"\bpart(y|ies)\b|\bSrpska Lista\b|\bSinn F\u00e9in\b|\bTransformateurs\b",
    "separatist-speaker": r"\bPolisario\b",
    "regional-government-speaker": r"\bRepublika Srpska\b|\bTurkish Cypriot administration\b",
    "civil-society-speaker": r"\bassociation\b|\bgroup\b|\bunion\b|\bdesk\b|\bnetwork\b|\bcollective\b|"
                             r"\bRed Crescent\b|\bcharity\b|\bForum\b|\bLeague\b|\bplenum\b|\bFront\b|"
                             r"\bcouncil\b|\bmanagers\b|\bFrente\b",
    "resident-speaker": r"\bresidents?\b|\brelatives\b|\bbrother\b|\bsister\b|\bwhose son\b|\bdeportees\b|\bdisplaced\b",
    "elder-speaker": r"\bquarter head\b|\bElders\b|\blonko\b",
    "cleric-speaker": r"\bCatholic mission\b",
    "company-speaker": r"\boperator\b|\bcontractor\b",
    "lawyer-speaker": r"\blawyer\b",
    "defendant-speaker": r"\bdenied (ordering|working|shooting)\b",
    "international-speaker": r"\bUN\b|\bUnited Nations\b|\bInternational Organization for Migration\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker",
                       "cleric-speaker", "jihadist-speaker", "international-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "west-central-africa": {"BFA", "NER", "TCD", "CMR", "COD", "CAF", "NGA", "BEN", "CIV", "BDI", "RWA"},
    "north-africa": {"LBY", "TUN", "EGY", "MAR", "DZA", "ESH"},
    "europe": {"SRB", "XKX", "BIH", "LTU", "LVA", "EST", "BLR", "POL", "CYP", "GBR"},
    "americas": {"MEX", "COL", "VEN", "GUY", "HTI", "DOM", "ECU", "PER", "CHL"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d48", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]
        if it["style"] == "police-press-conference":
            assert "transcript" in it["kinds"], it["id"]


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
    check_two_claims_one_author(items)
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(_OWN_ROLE.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.lower().index(t.lower()) > text.lower().index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            assert len(it["claims"]) >= 5, it["id"]
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "topic-only-denial": 12, "denial-in-other-words": 3, "quoted-denial": 4,
              "headline-denial": 5, "denial-before-claim": 5, "two-denials-one-claim": 6, "counter-accusation": 8,
              "same-country-sides": 16, "one-author-several-statements": 20, "claim-of-no-country-denied": 12,
              "denier-of-no-country": 5, "denial-later-paragraph": 20, "lone-denial": 2, "no-denial": 5,
              "confirmation": 3, "transcript": 2, "live-blog": 2, "two-claims-one-author-denied": 2,
              "two-claims-two-deniers": 2, "pronoun-denial": 2}
    check_kind_minimums(items, wanted)
    # each rule of the which-statement convention at least once, most of them several times
    check_kind_minimums(items, {kind: 4 for kind in _RULE_KINDS.values()})
    # a denial of a denial (rule 9) answers a deny statement: left out of the topic check
    deny_subs = lambda it: [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
    plain = [dict(it, denials=[d for d in it["denials"]
                               if not any(d["denies_content_contains"].lower() in s for s in deny_subs(it))])
             for it in items]
    check_topic_only_denials(plain, _TOPIC_NOUNS, minimum=12)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=20, before_min=5)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(55, 66))
    check_country_spread(items, max_share=0.05, min_countries=38, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 9 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=1, max_share=0.4)
    check_stances(items, deny=55, allege=12, confirm=3)
    check_no_state_denials(items, by_no_country=5, of_no_country=15, items_with_null=30)
    check_same_country_items(items, 16)
    # sentences: short articles of varied length
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) == 5 and max(lengths) >= 12 and len(set(lengths)) >= 5, lengths
