"""Format checks for data/claims-eval/heldout24.jsonl, a held-out set of 50 short whole articles (5-13 sentences in 3-5
paragraphs) in plain news prose from every region (West and Central Africa, East and Southern Africa and the Horn,
North Africa, the Middle East, Europe and the Caucasus, Central, South and Southeast Asia, East Asia and the Pacific,
the Americas), denials as they come, with items for each of rules 2-11 of the which-statement convention and calls
labelled as `assert` statements (data/claims-eval/README.md): wire copy, local papers, radio bulletins, live blogs,
army and ministry statements, court reports, rights-group reports, fact checks, news sites and press-conference
transcripts. Held out: written in session 24, not scored (see data/claims-eval/README.md, "heldout24")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from claims_sets import (check_counter_accusations, check_country_spread, check_denial_positions, check_denial_share,
                         check_headline_second_denials, check_kind_details, check_kind_labels, check_kind_minimums,
                         check_labels, check_live_blog_stamps, check_lone_denials, check_mention_denials,
                         check_no_state_denials, check_null_speaker_kinds, check_numbered, check_quoted_denials,
                         check_same_country_items, check_speaker_words, check_stances, check_style_is_a_kind,
                         check_styles, check_third_party_speakers, check_titled, check_topic_only_denials,
                         check_two_claims_one_author, check_whole_articles, items_fixture, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout24.jsonl"
_DENIAL_KINDS = {"headline-denial", "denial-later-paragraph", "two-denials-one-claim", "topic-only-denial",
                 "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation", "denial-before-claim",
                 "two-claims-two-deniers", "quoted-denial", "denial-in-other-words", "lone-denial",
                 "mention-in-denial", "two-claims-one-author-denied", "noun-picks-statement", "pronoun-denial",
                 "worded-denial-first-told", "own-role-denial", "event-only-lead", "denial-of-denial",
                 "denial-names-author", "mention-retold", "attributed-in-denial-sentence", "speaker-tag-headline",
                 "account-after-denial"}
# the which-statement convention's rules 2-11, each a kind
_RULE_KINDS = {2: "noun-picks-statement", 3: "worded-denial-first-told", 4: "topic-only-denial",
               5: "denial-before-claim", 6: "mention-in-denial", 7: "own-role-denial", 8: "event-only-lead",
               9: "denial-of-denial", 10: "speaker-tag-headline", 11: "account-after-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statement|version|figures?|toll|"
                          r"explanation|denial|story|posts?)\b", re.I)
# rule 11's nouns: a voice's account rejected after that voice denied
_ACCOUNT_NOUNS = re.compile(r"\b(account|version|explanation|story)\b", re.I)
# a denial of the denier's own role: "denied burning the school", "any of its vessels had struck the trawler"
_OWN_ROLE = re.compile(r"\b(its (soldiers|officers|agents|units|fighters|vessels)|his crew|our soldiers|carrying out|"
                       r"carried out any|shelled any|abducting|using drones|any Chinese vessel|burning the)\b", re.I)
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bLibyan National Army\b|\bKataib Hezbollah\b|\bArakan Army\b|\bHouthis?\b|"
                     r"\bRapid Support Forces\b|\bCarlos Patino\b|\bWest Papua National Liberation Army\b|"
                     r"\bNational Resistance Front\b|\bFano\b|\bHezbollah\b|\bAl-Shabaab\b|\bseparatist\b",
    "jihadist-speaker": r"\bIslamic State\b|\bJNIM\b",
    "party-speaker": r"\bparty\b|\bopposition\b",
    "regional-government-speaker": r"\bJubaland\b|\bTurkish Cypriot\b",
    "civil-society-speaker": r"\bassociation\b|\borganisation\b|\bnetwork\b|\bcommittee\b|\bforum\b|\bcouncil\b|"
                             r"\bcooperative\b|\bgroup\b|\bSociety\b|\bAmnesty\b|\bcollective\b|\bchurch\b|"
                             r"\bdiocese\b|\bcommunity\b",
    "resident-speaker": r"\bresidents?\b|\brelatives\b|\bbrother\b|\bnurse\b|\bherders?\b|\bfisherm[ae]n\b|\belder\b|"
                        r"\bdoctors\b|\bdriver\b",
    "international-speaker": r"\bUN\b|\bUnited Nations\b|\bAfrican Union\b|\bEuropean Union\b",
    "fact-check-desk": r"\b(we|our|us)\b",
    "social-media-speaker": r"\bposts?\b|\bsocial networks\b",
    "lawyer-speaker": r"\blawyers?\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "fact-check-desk", "international-speaker",
                       "jihadist-speaker", "social-media-speaker"}
# countries by region (the set's assignment: Turkey, Iran and Cyprus's neighbours with the Middle East, Mozambique with
# East and Southern Africa, Indonesia with Southeast Asia, Papua New Guinea and Vietnam with East Asia and the Pacific)
_REGIONS = {
    "west-central-africa": {"NER", "BEN", "TGO", "NGA", "GHA", "CIV", "SEN", "BFA", "MLI", "CMR", "TCD", "CAF",
                            "COD"},
    "east-southern-africa-horn": {"ERI", "DJI", "ETH", "SOM", "KEN", "UGA", "TZA", "RWA", "BDI", "SSD", "MOZ"},
    "north-africa": {"DZA", "MAR", "TUN", "LBY", "EGY", "SDN", "MRT"},
    "middle-east": {"IRQ", "SYR", "LBN", "ISR", "PSE", "JOR", "SAU", "YEM", "IRN", "TUR"},
    "europe-caucasus": {"ARM", "AZE", "GEO", "SRB", "XKX", "BIH", "MDA", "BLR", "LTU", "POL", "GRC", "CYP", "GBR"},
    "central-south-southeast-asia": {"AFG", "PAK", "IND", "BGD", "LKA", "MMR", "THA", "IDN", "TJK", "KGZ"},
    "east-asia-pacific": {"CHN", "TWN", "JPN", "KOR", "PRK", "PHL", "VNM", "PNG"},
    "americas": {"COL", "VEN", "BRA", "PER", "MEX", "USA", "SLV", "CHL", "DOM", "HTI"},
}


items = items_fixture(SET)


def _deny_subs(it: dict) -> list[str]:
    return [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]


def test_size_and_ids(items):
    check_numbered(items, "h24", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    lengths = [len(sentences(it["text"])) for it in items]
    assert len(set(lengths)) >= 5 and max(Counter(lengths).values()) <= 0.4 * len(items), lengths
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+( [a-zA-Z]+)*)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]


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
    check_third_party_speakers(items)
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = _deny_subs(it)
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
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of several in the item
            assert len(it["claims"]) >= 6, it["id"]
        if "attributed-in-denial-sentence" in kinds or "mention-retold" in kinds:
            # rules 6-7: the answered statement is told in its author's own words, not inside the deny statement
            assert any(not any(t.lower() in s.lower() for s in deny_subs) for t in targets), it["id"]


def test_speaker_tag_headlines(items):
    """Rule 10: a headline tagged with its speaker is labelled as that speaker's claim, but the denial answers the
    speaker's statement in the body, not the headline."""
    tagged = [it for it in items if "speaker-tag-headline" in it["kinds"]]
    assert len(tagged) >= 2
    for it in tagged:
        head = it["text"].split("\n\n")[0]
        assert re.search(r", [a-z ]+ says?$", head), it["id"]
        in_head = [c for c in it["claims"] if c["content_contains"] in head]
        assert in_head and all(c["stance"] != "deny" for c in in_head), it["id"]
        for d in it["denials"]:
            assert d["denies_content_contains"] not in head, it["id"]
        assert any(d.get("denies_claim_of_country", "?") == in_head[0]["claimant_country"] for d in it["denials"]), \
            it["id"]


def test_accounts_rejected_after_a_denial(items):
    """Rule 11: a voice's account, version, explanation or story rejected after that voice denied answers the denial:
    a short deny statement with one of those nouns, and a gold denial whose target lies inside another deny
    statement of the country it names."""
    found = 0
    for it in items:
        if "account-after-denial" not in it["kinds"]:
            continue
        assert any(_ACCOUNT_NOUNS.search(s) and len(s.split()) <= 6 for s in _deny_subs(it)), it["id"]
        assert any(any(d["denies_content_contains"] in c["content_contains"] for c in it["claims"]
                       if c["stance"] == "deny" and c["claimant_country"] == d.get("denies_claim_of_country", "?")
                       and not _ACCOUNT_NOUNS.search(c["content_contains"]))
                   for d in it["denials"]), it["id"]
        assert "denial-of-denial" in it["kinds"], it["id"]
        found += 1
    assert found >= 3


def test_calls_are_statements_no_denial_answers(items):
    """Calls, appeals and demands are `assert` statements of their speaker (session 22's convention), and no gold
    denial answers one."""
    call = re.compile(r"\b(calls? (on|for)|called (on|for)|urges?|urged|demand(s|ed|ing)?|invited)\b[^.]*$", re.I)
    found = 0
    for it in items:
        text = it["text"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        for c in it["claims"]:
            before = text[: text.index(c["content_contains"])]
            sentence_start = max(before.rfind(". "), before.rfind("\n"))
            if call.search(before[sentence_start + 1:]):
                found += 1
                assert c["stance"] == "assert", (it["id"], c["content_contains"])
                assert c["content_contains"] not in targets, (it["id"], c["content_contains"])
    assert found >= 8, found


def test_the_ways_denials_come(items):
    wanted = {"topic-only-denial": 15, "denial-in-other-words": 5, "quoted-denial": 3,
              "headline-denial": 4, "denial-before-claim": 5, "two-denials-one-claim": 4, "counter-accusation": 10,
              "same-country-sides": 18, "one-author-several-statements": 25, "claim-of-no-country-denied": 12,
              "denier-of-no-country": 5, "denial-later-paragraph": 30, "lone-denial": 2, "no-denial": 5,
              "confirmation": 3, "transcript": 3, "live-blog": 4, "two-claims-one-author-denied": 1,
              "two-claims-two-deniers": 4, "denial-names-author": 4, "pronoun-denial": 3, "allegation": 15,
              "contradicting-account": 15, "negated-neutral": 20, "mention-retold": 2,
              "attributed-in-denial-sentence": 1}
    check_kind_minimums(items, wanted)
    # each rule of the which-statement convention more than once, rules 2-9 four times or more
    check_kind_minimums(items, {kind: 2 for kind in _RULE_KINDS.values()})
    check_kind_minimums(items, {_RULE_KINDS[n]: 4 for n in range(2, 10)})
    check_kind_minimums(items, {_RULE_KINDS[7]: 10, _RULE_KINDS[8]: 6, _RULE_KINDS[3]: 8})
    # a denial of a denial (rules 9 and 11) answers a deny statement: left out of the topic check
    plain = [dict(it, denials=[d for d in it["denials"]
                               if not any(d["denies_content_contains"].lower() in s.lower() for s in _deny_subs(it))
                               or "denies_claim_of_country" not in d])
             for it in items]
    check_topic_only_denials(plain, _TOPIC_NOUNS, minimum=15)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=35, before_min=12)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(60, 70))
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=1)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 6 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=3, max_share=0.25)
    check_stances(items, deny=55, allege=20, confirm=3)
    check_no_state_denials(items, by_no_country=5, of_no_country=14, items_with_null=30)
    check_same_country_items(items, 18)
    # speakers of no state: about a fifth of the claims
    claims = [c for it in items for c in it["claims"]]
    assert 0.15 <= sum(c["claimant_country"] is None for c in claims) / len(claims) <= 0.35
