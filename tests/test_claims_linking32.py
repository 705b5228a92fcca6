"""Session 26 (h6): denials not extracted or not linked. A speaker called a liar ("They are lying") denies the claim it
points back at; a topic noun ("rejected the allegation", "the claim") after a lead of no country telling only the event
answers the author's later statement that accuses the denier's side, or, failing one, that names the denier's force;
a description and a name side by side name one author; a civil-society body named again by its head noun ("the
forum") is of no state. Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-10-02T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


def test_a_speaker_called_a_liar_is_a_denial_of_the_claim_pointed_back_at(run):
    rec = run("DAVAO, Oct 1 - The Philippine army said on Tuesday that its soldiers had killed two rebel fighters in "
              "a clash near the village of San Isidro.\n\nThe mother of one of the dead men told a local radio station "
              "her son sold fish at the market. \"He never carried a gun. They are lying,\" she said.")
    assert _deniers(rec, "had killed two rebel fighters") == [None]


def test_lying_of_a_body_on_the_ground_is_no_denial(run):
    rec = run("GOMA, Oct 1 - The provincial governor said three bodies were lying in the street after the "
              "overnight clashes. Residents said the army had shelled the market.")
    told = claim_by(rec, "three bodies were lying in the street")
    assert told["stance"] == "assert"
    assert not denials(claim_by(rec, "had shelled the market"))


def test_an_allegation_after_an_event_only_lead_answers_the_statement_naming_the_force(run):
    # the second statement makes no charge in so many words (no killing, no beating): it puts the police at the
    # scene, and "the accusation" answers it, not the lead telling the attack
    rec = run("LES CAYES, Haiti, Oct 1 - Fourteen people were killed when armed men raided the fishing village of "
              "Port-Salut at night, a Haitian human rights collective said on Wednesday.\n\nThe collective said the "
              "raiders had driven past a police checkpoint on the coast road without being stopped.\n\nHaiti's "
              "national police rejected the accusation, saying its officers had pursued the raiders.")
    assert not denials(claim_by(rec, "Fourteen people were killed"))
    assert _deniers(rec, "driven past a police checkpoint") == ["HTI"]


def test_the_claim_after_an_event_only_lead_answers_the_later_accusation(run):
    rec = run("ERBIL, Oct 1 - A 17-year-old shepherd was killed on Sunday in the hills near the border town of "
              "Sardasht, the Kurdish rights group Hawar said.\n\nThe group said border guards had opened fire on "
              "the shepherd without warning from a watchtower.\n\nIran's border guard command rejected the claim, "
              "saying its men had fired at smugglers.")
    assert _deniers(rec, "had opened fire on the shepherd") == ["IRN"]
    assert not denials(claim_by(rec, "shepherd was killed"))


def test_a_description_and_a_name_side_by_side_are_one_author(run):
    # "the Hebron-based rights group Dalil" is one author, told again as "The group"
    rec = run("HEBRON, Oct 1 - A 16-year-old boy was shot dead near the village of Sair on Friday, the Hebron-based "
              "rights group Haqq al-Adala said in a report on Monday.\n\nThe group said the boy had been throwing "
              "stones at a road. It said a soldier had shot the boy in the back from about 60 metres away as he "
              "ran.\n\nThe Israeli army dismissed the allegation, saying soldiers had fired at a suspect throwing a "
              "firebomb.")
    assert _deniers(rec, "had shot the boy in the back") == ["ISR"]
    assert not denials(claim_by(rec, "boy was shot dead"))


def test_a_civil_forum_named_again_by_its_head_noun_is_of_no_state(run):
    rec = run("SFAX, Tunisia, Oct 1 - Forty migrants were found in the desert near the Algerian border, the Tunisian "
              "Forum for Migrants' Rights said.\n\nThe forum said national guard officers had driven the group to the "
              "border in lorries.\n\nThe national guard rejected the allegation.")
    told = claim_by(rec, "had driven the group to the border")
    assert told["claimant"]["country"] is None
    assert _deniers(rec, "had driven the group to the border") == ["TUN"]


def test_a_denial_of_disinformation_by_a_ministry_named_in_full_answers_that_ministrys_account(run):
    # "the Ministry of Defence of X" named inside the denial is the claim's author (its of-phrase is its own name,
    # not a phrase cut off it): the denial answers X's account told after it, not a claim of the denier's own
    rec = run("Statement of the Ministry of Internal Affairs of Georgia\n\nThe Ministry of Internal Affairs of Georgia "
              "categorically rejects the disinformation spread today by the Ministry of Defence of Russia about the "
              "situation near the village of Kirbali.\n\nAccording to that ministry, Georgian police officers "
              "crossed the occupation line at 05:30 and detained two residents of the village.")
    told = claim_by(rec, "crossed the occupation line")
    assert told["claimant"]["country"] == "RUS"
    assert _deniers(rec, "crossed the occupation line") == ["GEO"]
    assert all(c["claimant"]["country"] != "GEO" or not denials(c) for c in rec["claims"])


def test_a_fact_check_title_saying_the_media_is_not_from_the_place_denies_what_the_posts_say(run):
    rec = run("Fact check: Video of burning tents is not from the Zamzam camp\n\nPosts shared on Telegram since "
              "Monday say a video shows paramilitary fighters setting fire to tents in the Zamzam camp in North "
              "Darfur.\n\nOur desk traced the video to a fire at a market in Chad in 2021.")
    told = claim_by(rec, "setting fire to tents")
    assert [r["by"]["name"] for r in denials(told)] == ["fact-check desk"]
    assert "not from the Zamzam camp" in denials(told)[0]["text"]


def test_a_fact_check_label_read_as_a_speaker_is_the_desks_title(run):
    # "Fact-check: no, …": the label is no speaker of the title; the title is the desk's answer to the claim
    rec = run("Fact-check: no, this photo does not show soldiers looting a church in Ituri\n\nA photo shared on "
              "Facebook since Friday claims to show Congolese soldiers looting a church in the Djugu territory.\n\n"
              "The photo was taken in 2018 in another province, a reverse image search shows.")
    assert not any(c["claimant"]["name"] and c["claimant"]["name"].lower().startswith("fact")
                   for c in rec["claims"])
    told = claim_by(rec, "looting a church in the Djugu territory")
    assert [r["by"]["name"] for r in denials(told)] == ["fact-check desk"]


def test_a_caption_rated_false_is_the_desks_denial(run):
    rec = run("Fact check: the photo of a wounded priest is not from Nicaragua\n\nA photograph shared widely since "
              "Sunday carries a caption saying police in Managua beat a priest during a raid on his parish.\n\nOur "
              "check found the photograph was taken in Venezuela in 2017. We rate the caption false.")
    told = claim_by(rec, "police in Managua beat a priest")
    assert denials(told) and all(r["by"]["name"] == "fact-check desk" for r in denials(told))
    assert not any(r["text"].startswith(",") for r in denials(told))


def test_a_fact_checks_own_sentence_calling_the_posts_false_denies_them(run):
    rec = run("Fact check: the burned school in Kidal\n\nPosts shared on Facebook since Monday said soldiers "
              "had burned a primary school in the town of Kidal.\n\nPhotos from the town taken on Tuesday show the "
              "school standing. The posts are false.")
    told = claim_by(rec, "had burned a primary school")
    assert [(r["by"]["name"], r["text"]) for r in denials(told)] == [("fact-check desk", "The posts are false")]


def test_a_claim_called_fabricated_in_the_passive_in_an_issuers_statement_is_its_denial(run):
    rec = run("Ministry of Defence of Armenia - Statement\n\nThe Azerbaijani side claimed on its media pages that "
              "Armenian units had shelled a school in the village of Sofulu.\n\nThe claim of a shelled school is "
              "entirely fabricated. Armenian units did not open fire on that day.")
    assert _deniers(rec, "had shelled a school") == ["ARM"]


def test_a_video_shared_by_a_partys_supporters_speaks_for_no_state_in_a_fact_check(run):
    # the video says it (the cue's subject is the media item), whoever shared it; the desk calls it false
    rec = run("Fact check: the burned ballot boxes in Lilongwe\n\nA video shared by supporters of Malawi's ruling "
              "Democratic Progressive Party says police officers burned ballot boxes at a school in Lilongwe on "
              "election night.\n\nThe clip was filmed in 2019 in another district. The video is false.")
    told = claim_by(rec, "burned ballot boxes at a school")
    assert told["claimant"]["country"] is None
    assert [r["by"]["name"] for r in denials(told)] == ["fact-check desk"]
