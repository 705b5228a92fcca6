"""Format checks for data/claims-eval/dev51.jsonl, a development set of short whole articles (5-10 sentences in 3-6
paragraphs, a press-conference transcript up to 16 with its turn labels) from every region (West and Central Africa,
East Africa and the Horn, North Africa, the Middle East, Europe and the Caucasus, Central, South and Southeast Asia,
East Asia and the Pacific, the Americas), weighted to the cases of the which-statement convention
(data/claims-eval/README.md) that sitrep still missed most on dev50: rule 8 event-only leads whose accuser, named by a
noun ("the charity said", "the group said"), accuses later; two voices of one country each denying one claim; rule 7
own-role denials whose answered statement puts the act on an ally of the denier; rule 5 denials told before the
claim; rule 9 denials of a denial; rule 2 nouns that pick one statement; and speakers whose reported content holds a
second cue ("said it was aware of reports that ... and called on both sides to ..."), all of it that speaker's. Calls
and appeals ("called for an inquiry", "urged restraint") are `assert` statements of their speaker. Wire copy, news
sites, local papers, radio bulletins, a ministry communique, an army statement, court reports, a rights report, a fact
check, live blogs and a press-conference transcript (no scores here; see data/claims-eval/README.md, "dev51")."""
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
SET = ROOT / "data" / "claims-eval" / "dev51.jsonl"
_DENIAL_KINDS = {"headline-denial", "denial-later-paragraph", "two-denials-one-claim", "topic-only-denial",
                 "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation", "denial-before-claim",
                 "quoted-denial", "denial-in-other-words", "lone-denial", "mention-in-denial", "noun-picks-statement",
                 "worded-denial-first-told", "own-role-denial", "event-only-lead", "denial-of-denial",
                 "two-voices-one-country", "act-on-ally", "noun-named-accuser", "account-after-denial",
                 "speaker-tagged-headline", "two-claims-one-author-denied"}
# the which-statement convention's rules 2-11, each a kind
_RULE_KINDS = {2: "noun-picks-statement", 3: "worded-denial-first-told", 4: "topic-only-denial",
               5: "denial-before-claim", 6: "mention-in-denial", 7: "own-role-denial", 8: "event-only-lead",
               9: "denial-of-denial", 10: "speaker-tagged-headline", 11: "account-after-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|report|statement|version|figures?|toll|"
                          r"story|charge|explanation|denial|remarks)\b", re.I)
# a denial of the denier's own role: "denied any involvement", "had nothing to do with", "any role in"
_OWN_ROLE = re.compile(r"\b(any (involvement|role)|nothing to do with)\b", re.I)
# a denial of a denial worded as a rejection of the other voice's version, account or denial
_DENIAL_OF_DENIAL = re.compile(r"\b(version|account|explanation|denial)\b", re.I)
# a word of the text that makes the answered statement's doer an ally of the denier
_ALLY = re.compile(r"\b(ally|allied|alongside|backing|backed)\b", re.I)
# an accuser named again by a common noun after the lead ("The charity said", "The group said")
_NOUN_ACCUSER = re.compile(r"\bThe (charity|group|organisation|association|centre|committee|alliance|council|"
                           r"network)( said|, which)", re.I)
# a call or appeal, labelled as an `assert` statement of its speaker
_CALL = re.compile(r"\b(called (for|on)|calls? on|urged?s?|appealed|demanded)\b", re.I)
_STYLES = ("wire", "news-site", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bM23\b|\bRapid Support Forces\b|\bRSF\b|\bSPLA-IO\b|\bFano\b|\bLibyan National Army\b|"
                     r"\bHouthi|\bHezbollah\b|\bMilitary Council\b|\bArakan Army\b|\bKuki-Chin National Front\b|"
                     r"\bELN\b|\bViv Ansanm\b|\bMovement of Democratic Forces of Casamance\b",
    "jihadist-speaker": r"\bJNIM\b",
    "party-speaker": r"\bOpposition leader\b",
    "separatist-speaker": r"\bAmbazonia\b|\bPolisario\b",
    "regional-government-speaker": r"\bKurdistan Regional Government\b",
    "civil-society-speaker": r"\brights (group|organisation|movement|network|centre|alliance|forum|observatory)\b|"
                             r"\bRights (Observatory|Centre|Network|Alliance|Forum)\b|\bForum\b|\bcharity\b|"
                             r"\bdesk\b|\bassociation\b|\bcollective\b|\bcommunity group\b|\bcivil society\b|"
                             r"\bHuman Rights\b|\bOpen Fields\b|\bYakjehti\b|\bRed Crescent\b|\bVictims Support\b",
    "resident-speaker": r"\bresidents?\b|\bfamil(y|ies)\b|\bbrother\b|\bmothers?\b|\bsurvivors?\b|\bvillagers\b|"
                        r"\bdoctors\b|\bsurgeon\b|\bmigrants?\b|\belders\b|\baid workers\b",
    "cleric-speaker": r"\bdiocese\b|\bchurch\b|\breligious council\b",
    "company-speaker": r"\bnews network\b",
    "lawyer-speaker": r"\blawyers?\b|\blegal representative\b",
    "international-speaker": r"\bUN\b|\bOSCE\b|\bEuropean Union\b|\bWorld Health Organization\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "company-speaker", "cleric-speaker",
                       "jihadist-speaker", "international-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "west-central-africa": {"NGA", "MLI", "CMR", "COD", "BDI", "TCD", "BEN", "GIN", "SEN"},
    "east-africa-horn": {"ETH", "SOM", "KEN", "SDN", "SSD", "UGA", "MOZ"},
    "north-africa": {"DZA", "LBY", "TUN", "EGY", "MAR", "ESH"},
    "middle-east": {"YEM", "IRQ", "LBN", "ISR", "PSE", "IRN", "SYR", "JOR"},
    "europe-caucasus": {"ARM", "AZE", "GEO", "BIH", "UKR", "RUS", "POL", "BLR", "XKX", "SRB"},
    "central-south-southeast-asia": {"PAK", "AFG", "IND", "MMR", "LKA", "THA", "BGD"},
    "east-asia-pacific": {"VNM", "CHN", "KOR", "PRK", "PNG", "PHL", "TWN"},
    "americas": {"COL", "VEN", "MEX", "ECU", "PER", "HTI", "USA"},
}


items = items_fixture(SET)


def _count(text: str) -> int:
    return len(sentences(text))


def _sentence_of(text: str, sub: str) -> str:
    return next(s for s in sentences(text) if sub in s)


def test_size_and_ids(items):
    check_numbered(items, "d51", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 16), stamp=_TIMESTAMP)
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
    check_two_claims_one_author(items)
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
        if "noun-named-accuser" in kinds:
            # the accuser is named again by a common noun before the accusation the denial answers
            assert "event-only-lead" in kinds and _NOUN_ACCUSER.search(it["text"]), it["id"]
            assert all(d.get("denies_claim_of_country", "x") is None for d in it["denials"]), it["id"]
        if "denial-of-denial" in kinds:
            # rule 9: the second denial rejects the first one's "version", "account" or "denial"
            assert any(_DENIAL_OF_DENIAL.search(s) for s in deny_subs), it["id"]
        if "account-after-denial" in kinds:
            # rule 11: the voice whose account is rejected had denied first; the rejection answers that denial
            assert "denial-of-denial" in kinds and any("account" in s or "version" in s for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            # rule 5: a deny statement told before the statement it answers
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if "speaker-tagged-headline" in kinds:
            # rule 10: the headline is the speaker's claim, but the denial answers the speaker's statement in the body
            head = it["text"].split("\n\n")[0]
            assert it["claims"][0]["content_contains"] in head, it["id"]
            assert all(t not in head for t in targets), it["id"]
        if "noun-picks-statement" in kinds or "worded-denial-first-told" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]
        if "noun-picks-statement" in kinds:
            # the noun picks a statement that is not its author's first
            assert any(d.get("denies_content_contains") in
                       [c["content_contains"] for c in it["claims"] if c["stance"] != "deny" and
                        c["claimant_country"] == d.get("denies_claim_of_country")][1:]
                       for d in it["denials"]), it["id"]


def test_calls_and_second_cues(items):
    """Calls and appeals are `assert` statements of their speaker; a speaker's content that holds a second cue is
    labelled as that speaker's statements, not another voice's."""
    calls = [it for it in items if "call-statement" in it["kinds"]]
    assert len(calls) >= 25
    for it in calls:
        said = [c for c in it["claims"] if _CALL.search(_sentence_of(it["text"], c["content_contains"]))
                and c["stance"] == "assert"]
        assert said, it["id"]
    # no deny statement and no gold denial answers a call
    for it in items:
        for d in it["denials"]:
            target = d.get("denies_content_contains")
            if target:
                assert not re.search(r"\b(called (for|on)|urged|appealed)\b", target, re.I), it["id"]
    nested = [it for it in items if "second-cue-in-content" in it["kinds"]]
    assert len(nested) >= 4
    for it in nested:
        # two statements of one speaker in one sentence, one of them after a second cue of that speaker's content
        by_sentence = Counter((_sentence_of(it["text"], c["content_contains"]), c["claimant_country"])
                              for c in it["claims"])
        assert max(by_sentence.values()) >= 2 or re.search(r"\bwhere he said\b", it["text"]), it["id"]


def test_two_voices_of_one_country(items):
    """Two statements of one country, each a denial of the same claim, by two voices."""
    two = [it for it in items if "two-voices-one-country" in it["kinds"]]
    assert len(two) >= 8
    for it in two:
        per_denier = Counter((d["denier_country"], d.get("denies_content_contains")) for d in it["denials"])
        assert max(per_denier.values()) >= 2, it["id"]
        denier = per_denier.most_common(1)[0][0][0]
        assert sum(c["stance"] == "deny" and c["claimant_country"] == denier for c in it["claims"]) >= 2, it["id"]


def test_the_ways_denials_come(items):
    wanted = {"topic-only-denial": 25, "denial-in-other-words": 12, "quoted-denial": 3, "headline-denial": 3,
              "two-denials-one-claim": 12, "counter-accusation": 6, "same-country-sides": 7,
              "one-author-several-statements": 35, "claim-of-no-country-denied": 18, "denier-of-no-country": 4,
              "denial-later-paragraph": 35, "lone-denial": 2, "no-denial": 4, "confirmation": 3, "transcript": 1,
              "live-blog": 2, "negated-neutral": 15, "two-voices-one-country": 8, "act-on-ally": 6,
              "noun-named-accuser": 6, "second-cue-in-content": 4, "non-denial": 4}
    check_kind_minimums(items, wanted)
    # each rule of the which-statement convention once or more; the ones the brief weights six times or more
    check_kind_minimums(items, {kind: 1 for kind in _RULE_KINDS.values()})
    check_kind_minimums(items, {_RULE_KINDS[5]: 6, _RULE_KINDS[9]: 6, _RULE_KINDS[2]: 6, _RULE_KINDS[8]: 6,
                                _RULE_KINDS[7]: 6, _RULE_KINDS[3]: 3, _RULE_KINDS[6]: 2, _RULE_KINDS[11]: 2})
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)
    check_headline_second_denials(items, minimum=3)
    check_denial_positions(items, later_min=35, before_min=8)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.94), total=(55, 80))
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 5 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=1, max_share=0.5)
    check_stances(items, deny=55, allege=12, confirm=3)
    check_no_state_denials(items, by_no_country=4, of_no_country=15, items_with_null=35)
    check_same_country_items(items, 7)
