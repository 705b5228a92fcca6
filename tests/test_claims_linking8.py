"""Issue 6, session 9: a state speaker of no country in a story filed from no party's ground, "the accusation of
a drone strike" (an event, not an author). Made-up sentences."""
from __future__ import annotations

import pytest

from conftest import claim_by, denials, json_runner

PUB = "2025-05-03T09:00:00+00:00"


run = json_runner(PUB)


def test_a_state_speaker_in_a_story_filed_from_no_partys_ground_is_of_the_state_named_before_it(run):
    rec = run("GENEVA, May 2 - The UN rights office said on Friday that Iran's military had moved equipment "
              "out of a site near Isfahan.\n\nA spokesman for the regime, Reza Nouri, dismissed the office's "
              "findings as \"politically motivated\". He said the site had been closed for repairs.")
    said = claim_by(rec, "closed for repairs")
    assert said["claimant"]["country"] == "IRN"
    assert [r["by"]["country"] for r in denials(claim_by(rec, "moved equipment"))] == ["IRN"]


def test_the_dateline_still_places_a_state_speaker_when_no_other_state_is_named_before_it(run):
    rec = run("SEOUL - Two unidentified drones crossed into the capital's airspace on Sunday, the defence "
              "ministry said.\n\nVIENNA-based monitors said they had no information on the incident.")
    assert claim_by(rec, "crossed into the capital")["claimant"]["country"] == "KOR"


def test_the_accusation_of_an_event_names_no_author(run):
    rec = run("RABAT, May 2 - An adviser to Algeria's president told state radio that a Moroccan drone had fired "
              "the missiles that hit three trucks.\n\nA Moroccan official told this agency that no Moroccan drone "
              "had flown over the area and that the accusation of a drone strike was \"a pure invention\".")
    said = claim_by(rec, "fired the missiles")
    assert said["claimant"]["country"] == "DZA"
    assert [r["by"]["country"] for r in denials(said)] == ["MAR"]
    assert not [c for c in rec["claims"] if (c["claimant"].get("name") or "").startswith("a drone strike")]


def test_a_statement_given_as_speaker_is_its_issuers_also_when_the_issuer_denied_in_it(run):
    rec = run("KIRKUK, May 2 - A drone struck a gas field late on Tuesday, the regional interior ministry said.\n\n"
              "Asaib Ahl al-Haq, an Iran-aligned militia, denied in a statement any involvement in the attack. "
              "The statement said its fighters respected the decisions of the Iraqi government.")
    said = claim_by(rec, "respected the decisions")
    assert said["claimant"]["name"].startswith("Asaib Ahl al-Haq")


def test_the_announcement_speaks_for_the_speaker_that_announced(run):
    rec = run("NAY PYI TAW, May 2 - Insurgents shelled a school in Kyauktaw on Sunday, killing two pupils, the "
              "army's information office announced.\n\nThe office said soldiers had shown restraint.\n\nThe "
              "announcement added that the wounded were being treated at the district hospital.")
    said = claim_by(rec, "being treated at the district hospital")
    assert said["claimant"]["country"] == "MMR" and "office" in said["claimant"]["name"]


def test_a_claim_made_by_a_named_group_the_dictionary_does_not_know_is_that_groups(run):
    rec = run("NAY PYI TAW, May 2 - Insurgents of the KPF group shelled a monastery in Kyauktaw Township on Sunday, "
              "killing two monks, Myanmar's military said.\n\nThe military rejected as fabricated news a claim made "
              "by the KPF group on its social media pages that air force jets had bombed the monastery.")
    implied = claim_by(rec, "air force jets had bombed")
    assert implied["claimant"]["name"] == "the KPF group" and implied["claimant"]["country"] == "MMR"
    assert [r["by"]["country"] for r in denials(implied)] == ["MMR"]


def test_calling_an_account_named_by_its_author_a_fabrication_denies_it(run):
    rec = run("GEORGETOWN, May 2 - Guyana's army said its patrol came under fire from the Venezuelan bank of the "
              "river on Sunday.\n\nVenezuela's defence minister, speaking on state television, calls the GDF account "
              "\"a fabrication to justify foreign bases\".")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "came under fire"))] == ["VEN"]


def test_i_reject_in_a_transcript_turn_and_an_incursion_called_hype_are_denials(run):
    rec = run("DHAKA, May 2 - The UN refugee agency said 8,000 Rohingya had entered Bangladesh in the past month.\n\n"
              "Q: The agency says thousands have crossed. Is the border open?\n\nNasreen Jahan: No. I reject the "
              "suggestion that new arrivals are being allowed in. The border is closed.")
    # a denial, whichever claim it is linked to (the agency's figure, or the suggestion it names)
    assert any(c["stance"] == "deny" or denials(c) for c in rec["claims"] if "allowed in" in c["text"]) or any(
        "allowed in" in (r.get("text") or "") for c in rec["claims"] for r in denials(c))
    rec = run("TAIPEI, May 2 - Taiwan's defence ministry said a Chinese drone circled the Pratas Islands on Monday."
              "\n\n\"The so-called drone incursion is hype by the separatists,\" a Chinese military spokesman said.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "circled the Pratas"))] == ["CHN"]
    # the verb "hype" is no denial
    rec = run("BEIJING, May 2 - \"The Taiwan side should not hype this up for political purposes,\" a spokesman said.")
    assert claim_by(rec, "hype this up")["stance"] != "deny"


def test_a_request_is_no_claim(run):
    rec = run("IMPHAL, May 2 - The chief minister said central forces had failed to stop an armed group. He told "
              "reporters that the state had asked the federal home ministry to replace the unit.")
    assert not [c for c in rec["claims"] if c["text"].startswith("the federal home ministry to replace")]
    assert claim_by(rec, "had asked the federal home ministry")["claimant"]["country"] == "IND"


def test_a_claim_names_the_denier_as_doer_by_its_subject_or_its_by_phrase(nlp):
    from sitrep.claims.denials import _names_as_doer
    from sitrep.model import Claim

    def doer(text: str, part: str, country: str) -> bool:
        doc = nlp(text)
        i = text.index(part)
        return _names_as_doer(doc, Claim(id="c", claimant={}, stance="assert", text=part, start=i, end=i + len(part)), {"country": country})
    text = "The prime minister said the attackers were professionals backed by Serbia and had fled the town."
    assert doer(text, "the attackers were professionals backed by Serbia", "SRB")
    assert not doer(text, "the attackers were professionals backed by Serbia", "ALB")
    text = "Police said Chinese troops had crossed the line near the Indian post."
    assert doer(text, "Chinese troops had crossed the line near the Indian post", "CHN")
    assert not doer(text, "Chinese troops had crossed the line near the Indian post", "IND")  # a place, not the doer


def test_a_turn_speaker_of_no_known_country_is_of_the_official_the_transcript_title_names(run):
    rec = run("The following is from the weekly briefing by Iran's foreign ministry spokesman on "
              "Monday.\n\nReporter: The IAEA says "
              "inspectors found uranium particles at two undeclared sites. What is your response?\n\nKazemi: Iran "
              "has cooperated fully with the agency. We reject the claim that traces were found at undeclared sites.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "found uranium particles"))] == ["IRN"]


def test_a_described_group_is_the_one_named_before_by_the_same_noun_not_the_last_armed_group(run):
    rec = run("BAMAKO, May 2 - Tuareg-led rebels in northern Mali said on Monday that they had killed dozens of "
              "Malian soldiers and Russian fighters in an ambush near Tinzaouaten.\n\nThe army said its units had "
              "killed many terrorists and denied rebel reports that a helicopter had been shot down.")
    implied = claim_by(rec, "a helicopter had been shot down")
    assert implied["claimant"]["country"] == "MLI"
    # a description named before with no country stands for the group named with one before it
    rec = run("NAIROBI, May 2 - Al-Shabaab claimed that its fighters had overrun a Kenyan army base near Kolbio."
              "\n\nThe claim was carried by a radio station that speaks for the militants.\n\nThe Kenya Defence "
              "Forces said its troops had killed 18 militants. A KDF spokeswoman described the militants' account "
              "as propaganda.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "overrun a Kenyan army base"))] == ["KEN"]


def test_which_the_group_denies_answers_the_accusation_of_its_own_sentence_only(run):
    rec = run("QUETTA, May 2 - The BLA said in a later statement that the army was hiding its losses.\n\n"
              "Pakistan has long accused India of backing the BLA, which New Delhi denies.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "India of backing the BLA"))] == ["IND"]
    assert not denials(claim_by(rec, "hiding its losses"))


@pytest.mark.parametrize("words", ["a fairy tale", "psychological warfare"])
def test_an_account_called_a_fairy_tale_or_psychological_warfare_is_denied(run, words):
    rec = run(f"TEHRAN, May 2 - The agency said inspectors had found enriched particles at the plant.\n\n"
              f"Kanaani: Such claims are {words} by our enemies.")
    assert [r["stance"] for c in rec["claims"] for r in c["responses"] if words in r["text"]] == ["deny"]


def test_an_ordinal_points_to_that_statement_of_the_last_speaker_with_several(run):
    rec = run("SARAJEVO, May 2 - The state prosecutor's office said police had blocked officers from entering a "
              "court in Banja Luka. It also said police had seized documents from a state agency.\n\nThe regional "
              "interior minister said the officers had arrived without a warrant. He called the second claim "
              "\"pure fiction\".")
    assert [r["by"]["name"] for r in denials(claim_by(rec, "seized documents"))]
    assert not denials(claim_by(rec, "blocked officers"))


@pytest.mark.parametrize("text, end", [("Bahir Dar, Ethiopia, Sept 6 - The federal government said", 30),
                                       ("Imphal, Oct 5 - Manipur's chief minister said", 16),
                                       ("The army said on May 5 - it", 0), ("Police said - the ministry", 0)])
def test_a_title_case_dateline_with_its_date_is_a_dateline(text, end):
    from sitrep.events.extract import bare_dateline
    assert bare_dateline(text) == (0, end)


def test_a_state_speaker_quoted_first_under_a_title_case_dateline_is_of_its_country(extract_text):
    from sitrep.model import Document
    from sitrep.pipeline import extract

    text = ("Beijing, Aug 18 - Foreign ministry spokeswoman Mao Ning said the vessel had entered the area "
            "illegally.\n\nThe Philippine coast guard said its boat had been rammed.")
    rec = next(extract([Document(text=text, id="t", published="2025-08-18")]))
    assert claim_by(rec.to_json(), "entered the area")["claimant"]["country"] == "CHN"


def test_a_live_blog_stamp_of_any_common_zone_is_no_part_of_a_speakers_name():
    from sitrep.claims.sources import _TIMESTAMP
    assert _TIMESTAMP.sub("", "KST - The vice minister") == "The vice minister"
    assert _TIMESTAMP.sub("", "12:40 EST - Haiti's national police") == "Haiti's national police"
    assert _TIMESTAMP.sub("", "NATO - the alliance") == "NATO - the alliance"


def test_a_surname_speaks_for_the_person_named_before_not_the_guessed_home_state(run):
    rec = run("ADDIS ABABA, May 6 - Eritrea's information minister dismissed accusations that Eritrean troops had "
              "massed on the border.\n\nThe accusations were made by Ethiopia's government spokesman, Legesse "
              "Worku, who said several divisions had moved into positions near the frontier.\n\nLegesse also "
              "accused Asmara of arming militias in the Amhara region.")
    assert claim_by(rec, "arming militias")["claimant"]["country"] == "ETH"


def test_a_western_diplomat_speaks_for_no_state_but_a_foreign_ministry_does(run):
    rec = run("CAIRO, May 2 - Sudan's army said its jets had struck RSF positions near Khartoum. A Western diplomat "
              "in Cairo said the strikes had hit a market.")
    assert claim_by(rec, "hit a market")["claimant"]["country"] is None
    rec = run("DHAKA, May 2 - Bangladesh's foreign ministry said the border was calm.")
    assert claim_by(rec, "the border was calm")["claimant"]["country"] == "BGD"


def test_a_capital_dateline_places_no_spokesman_of_a_story_on_another_state(run):
    rec = run("VIENNA, May 2 - The UN nuclear watchdog said on Friday that Iran's military had moved equipment out "
              "of a site near Isfahan.\n\nA spokesman for the regime, Reza Nouri, dismissed the watchdog's findings "
              "as \"politically motivated\". He said the site had been closed for repairs.")
    assert claim_by(rec, "closed for repairs")["claimant"]["country"] == "IRN"


def test_an_army_spokesman_is_not_the_foreign_ministry_quoted_just_before(run):
    rec = run("BAMAKO, Oct 2 - Mali's armed forces said air strikes near Tinzaouatene had killed a group of "
              "terrorists.\n\nAlgeria's foreign ministry said it was deeply concerned by strikes close to its "
              "border.\n\nArmy spokesman Colonel Bakary Sidibe said all those killed were armed fighters.")
    assert claim_by(rec, "armed fighters")["claimant"]["country"] == "MLI"


def test_a_minister_titled_in_capitals_speaks_for_the_state_of_the_body_quoted_just_before(run):
    rec = run("KINSHASA, May 2 - Congo's communications minister said Rwandan troops had fired mortar rounds at the "
              "border post at Kamanyola.\n\nRwanda's government spokeswoman rejected the accusation. On Tuesday "
              "Foreign Minister Jean-Pierre Habimana added his own denial, telling this paper that Rwanda had asked "
              "the regional verification mechanism to inspect the site.")
    assert claim_by(rec, "verification mechanism")["claimant"]["country"] == "RWA"


@pytest.mark.parametrize("text, country", [("The SPLM said the vote would go ahead.", "SSD"),
                                           ("The Sudan People's Liberation Army said it had taken the town.", "SSD"),
                                           ("The SPLM-N said the army had shelled Kadugli.", "SDN"),
                                           ("China's People's Liberation Army said it had held drills.", "CHN")])
def test_the_splm_and_spla_are_south_sudans_and_the_pla_chinas(run, text, country):
    assert run(text)["claims"][0]["claimant"]["country"] == country


def test_called_the_report_disinformation_and_said_is_a_denial(run):
    rec = run("YEREVAN, May 2 - Armenia's defence ministry said Azerbaijani forces had fired mortar rounds at the "
              "village of Sotk overnight.\n\nAzerbaijan's defence ministry called the report \"disinformation\" and "
              "said its units had not fired at all.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "fired mortar rounds"))] == ["AZE"]


def test_a_second_denial_sharing_words_with_another_claim_answers_that_one(run):
    rec = run("ISLAMABAD, May 2 - Pakistan's military said Afghan Taliban forces had fired on a border post at "
              "Chaman. It said Pakistani troops had destroyed three Afghan posts in response.\n\nThe Taliban's "
              "defence ministry denied that its forces had opened fire first. It rejected the claim about the three "
              "posts as \"propaganda\".")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "destroyed three Afghan posts"))] == ["AFG"]


def test_a_named_official_denying_a_claim_after_the_institution_is_a_second_denial(run):
    rec = run("SARAJEVO, May 2 - Republika Srpska's government said the state prosecutor had ordered raids on three "
              "of its ministries.\n\nThe state prosecutor's office denied that any raid had taken place. A "
              "spokeswoman, Mirna Kovac, said the entity's account was \"simply untrue\".")
    assert len(denials(claim_by(rec, "ordered raids"))) == 2
    # the same speaker denying it again in a later sentence is a second denial too (the claims sets' convention
    # since dev14, data/claims-eval/README.md); in one sentence it is one when said again with a participle (session
    # 26: a finite "… and called the entity's account untrue" is two, as the sets count it: dev12 d12-043, dev52
    # d52-030, dev53 d53-018; tests/test_claims_linking31.py)
    rec = run("SARAJEVO, May 2 - Republika Srpska's government said the state prosecutor had ordered raids on three "
              "of its ministries.\n\nThe state prosecutor's office denied that any raid had taken place. The office "
              "said the entity's account was \"simply untrue\".")
    assert len(denials(claim_by(rec, "ordered raids"))) == 2
    rec = run("SARAJEVO, May 2 - Republika Srpska's government said the state prosecutor had ordered raids on three "
              "of its ministries.\n\nThe state prosecutor's office denied that any raid had taken place, calling "
              "the entity's account \"simply untrue\".")
    assert len(denials(claim_by(rec, "ordered raids"))) == 1
