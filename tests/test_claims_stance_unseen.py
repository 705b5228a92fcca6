"""Denials said without a denial verb, and the document's own voice (session 17, h11): a claim noun called false in
other words ("part of a campaign against X", "an attempt to mislead", "the same claims they make every year"), an
issuer's statement calling reports untrue in a later paragraph, a fact-check's headline and rating. Texts written
for these tests."""
from sitrep.claims.text import _calls_untrue


def _denials(out):
    return [(r["by"], c) for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"]


def test_a_claim_called_a_ploy_or_a_campaign_is_untrue():
    assert _calls_untrue("the allegations were part of a smear campaign against the navy")
    assert _calls_untrue("Armenian reports were an attempt to deceive foreign observers")
    assert _calls_untrue("These are the same old accusations we hear before every summit")
    assert _calls_untrue("a crude attempt to discredit the election")  # a predicate handed over alone


def test_an_account_of_a_campaign_is_no_verdict_on_a_claim():
    assert not _calls_untrue("the raids were part of a campaign against smugglers in the delta")
    assert not _calls_untrue("the report said the shelling was part of a campaign against the town")
    assert not _calls_untrue("the rebels fired the same rockets they used last year")
    assert not _calls_untrue("the offensive was an attempt to reach the coast")


def test_accusations_called_part_of_a_campaign_are_a_denial(extract_text):
    rec = extract_text(
        "MAPUTO, May 4 - A group of Mozambican lawyers said on Sunday that police had shot dead nine protesters in "
        "Nampula during a march over fuel prices.\n\n"
        "A police spokesman said the accusations were part of a campaign against the security forces.",
        published="2026-05-04")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    by, claim = links[0]
    assert by["country"] == "MOZ" and "shot dead nine protesters" in claim["text"], (by, claim)


def test_claims_called_an_attempt_to_mislead_are_a_foreign_denial(extract_text):
    rec = extract_text(
        "BAKU, May 4 - Azerbaijan's defence ministry said on Monday that Armenian units had shelled its positions "
        "near Lachin overnight.\n\n"
        "Armenia's foreign ministry said Azerbaijani claims were an attempt to mislead foreign mediators.",
        published="2026-05-04")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    by, claim = links[0]
    assert by["country"] == "ARM" and claim["claimant"]["country"] == "AZE", (by, claim)


def test_an_issuers_later_paragraph_calling_reports_false_is_its_lone_denial(extract_text):
    rec = extract_text(
        "Republic of Karelia Border Guard - Press Statement\n\n"
        "The Border Guard thanks residents of the border districts for their vigilance during the holidays.\n\n"
        "Rumours spreading on messaging apps that guards opened fire on a fishing boat near the lake are entirely "
        "false. No weapon was fired by any patrol this month.", published="2026-05-04")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    by, claim = links[0]
    assert by["name"] and "Border Guard" in by["name"], by
    assert "opened fire on a fishing boat" in claim["text"] and claim["claimant"]["country"] is None, claim


def test_a_statement_on_events_names_its_issuer_before_the_dash(extract_text):
    rec = extract_text(
        "Republic of Chad - Ministry of Defence - Statement on the situation in the Lake province\n\n"
        "The Ministry of Defence affirms that its units hold all positions around Bol.\n\n"
        "The casualty figures published by the so-called Lake Observatory are exaggerated and serve the enemies "
        "of peace.\n\n"
        "The Lake Observatory, a monitoring group, had said on Sunday that 60 soldiers were killed near Bol.",
        published="2026-05-04")
    out = rec.to_json()
    links = _denials(out)
    assert links, out["claims"]
    by, claim = links[0]
    assert by["country"] == "TCD", by
    assert "60 soldiers were killed" in claim["text"], claim


def test_a_report_calling_reports_false_in_no_ones_words_makes_no_issuer_denial(extract_text):
    # a news report has no voice of its own: the unattributed sentence is no statement of a title's issuer
    rec = extract_text(
        "Chad army says it holds all positions around Bol\n\n"
        "N'DJAMENA, May 4 - Chad's army said on Monday that its units held all positions around Bol.\n\n"
        "Reports that 60 soldiers were killed near Bol were false, the army said.",
        published="2026-05-04")
    out = rec.to_json()
    assert all(b["country"] == "TCD" for b, _ in _denials(out)), out["claims"]


def test_a_fact_checks_no_title_and_verdict_answer_the_posts_claim(extract_text):
    rec = extract_text(
        "FACT CHECK: No, this photo does not show Malian jets bombing a market in Kidal after the truce\n\n"
        "A photo shared on Facebook since Tuesday claims to show Malian jets bombing a crowded market in Kidal.\n\n"
        "Some of the posts add that the jets were bought from Turkey last year.\n\n"
        "Our verdict: false. The photo was first posted in 2016 and shows a fire at a depot in Nigeria.",
        published="2026-05-04")
    out = rec.to_json()
    market = [c for c in out["claims"] if "bombing a crowded market" in c["text"]]
    assert market, out["claims"]
    deniers = [r for r in market[0]["responses"] if r["stance"] == "deny"]
    # the title and the verdict, both the desk's (no country); not the last post's detail before the verdict
    assert len(deniers) == 2 and all(r["by"]["name"] == "fact-check desk" for r in deniers), deniers
    assert len(_denials(out)) == 2, out["claims"]


def test_a_rated_title_and_we_rate_make_the_desks_denials(extract_text):
    rec = extract_text(
        "Misleading: the clip of soldiers beating a student was not filmed in Dhaka last week\n\n"
        "Posts on X say a clip shows soldiers beating a student outside a Dhaka university hall last week.\n\n"
        "Our team traced the clip to a street fight in another country in 2019. We rate the claim misleading.",
        published="2026-05-04")
    out = rec.to_json()
    clip = [c for c in out["claims"] if "beating a student outside" in c["text"]]
    assert clip, out["claims"]
    deniers = [r for r in clip[0]["responses"] if r["stance"] == "deny"]
    assert len(deniers) == 2 and all(r["by"]["name"] == "fact-check desk" for r in deniers), deniers
    # "We rate | the claim" is no assertion of "the claim"
    assert not [c for c in out["claims"] if c["text"].strip() == "the claim"], out["claims"]


def test_more_ways_to_call_a_claim_false_without_a_denial_verb():
    assert _calls_untrue("the charge about Serbian police is an old accusation dusted off before every vote")
    assert _calls_untrue("the rebels' account was a pretext for their own raids")
    assert _calls_untrue("the message an attempt to mislead the voters")  # "called the message an attempt to …"
    assert _calls_untrue("the statement was a clumsy attempt to blame Chad for the unrest")
    assert _calls_untrue("the army's account did not square with the facts")
    assert _calls_untrue("the story of an ambush was a cooked-up tale")
    assert not _calls_untrue("the army was the old enemy of the militia")
    assert not _calls_untrue("the statement urged an attempt to free the hostages")
