"""Session 24 (h4): a second denial joined to a first ("denied A and rejected the spokesman's remarks") answers the
statement of the speaker it names; a purpose clause ("set fire to the school to blame the rebels") is part of the
act told, and a statement that tells more than the claim it holds is no wrapper of it; the lead is the first body
sentence under a headline too; a body named by its contraction ("CENTCOM") is the author of its statements; "The
statement" named before with its owner is the owner's; a mention told before the claim answers the statement
telling its act. Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner, prepared_doc

PUB = "2025-06-03T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


TWO_SPEAKERS = ("KAMPALA, May 4 - The M23 rebels said the shelling of Sake was carried out by Ugandan troops. A rebel "
                "spokesman, Paul Kato, said Ugandan gunners had fired from a hill near the lake.\n\n")


def test_a_joined_denial_naming_another_speakers_remarks_answers_that_speaker(run):
    rec = run(TWO_SPEAKERS + "Uganda's defence ministry denied that its army had shelled the town and rejected "
                             "the spokesman's remarks.")
    assert _deniers(rec, "carried out by Ugandan troops") == ["UGA"]
    assert _deniers(rec, "Ugandan gunners had fired") == ["UGA"]


def test_a_denial_joined_inside_a_said_clause_is_cut_off_and_answers_the_speaker_it_names(run):
    rec = run(TWO_SPEAKERS + "Uganda's defence ministry said its army had nothing to do with the shelling and "
                             "called the spokesman's remarks baseless.")
    assert _deniers(rec, "carried out by Ugandan troops") == ["UGA"]
    assert _deniers(rec, "Ugandan gunners had fired") == ["UGA"]
    shelling = [r for r in denials(claim_by(rec, "carried out by Ugandan troops"))][0]
    assert "called" not in shelling["text"]


def test_a_joined_denial_of_the_same_speakers_accusations_stays_one_denial(run):
    rec = run("KAMPALA, May 4 - The M23 rebels said Ugandan troops had shelled the town of Sake on Sunday. They said "
              "two of their fighters were wounded.\n\nUganda's defence ministry denied that its army had shelled the "
              "town and dismissed the rebels' accusations as lies.")
    assert _deniers(rec, "had shelled the town of Sake") == ["UGA"]
    assert _deniers(rec, "two of their fighters were wounded") == []


def test_a_purpose_clause_is_part_of_the_act_told():
    from sitrep.claims.claims import _drop_wrappers
    from sitrep.model import Claim

    said = "the soldiers had burned the clinic to blame the militia"
    outer = Claim(id="c1", claimant={"name": "the group", "country": "CMR"}, stance="assert", text=said, start=100,
                  end=100 + len(said), cue="said")
    at = said.index("the militia")
    inner = Claim(id="c2", claimant={"name": "the group", "country": "CMR"}, stance="allege", text="the militia",
                  start=100 + at, end=100 + len(said), cue="to blame")
    assert _drop_wrappers([outer, inner]) == [outer]
    # a cue told as the speaker's own verb, not as a purpose, still makes the outer one a wrapper of it
    framing = Claim(id="c3", claimant={"name": "the group", "country": "CMR"}, stance="assert",
                    text="the militia, the group said", start=100 + at, end=100 + at + 26, cue="said")
    wrapper = Claim(id="c4", claimant={"name": "the group", "country": "CMR"}, stance="assert",
                    text="x" * (at + 30), start=100, end=100 + at + 30, cue="according to")
    assert _drop_wrappers([wrapper, framing]) == [framing]


def test_a_purpose_clause_keeps_the_statement_of_the_act(run):
    rec = run("BAMENDA, March 3 - A clinic was burned in the village of Bali on Tuesday, the local mayor said.\n\n"
              "A spokesman for the separatist fighters said soldiers had set fire to the clinic to blame the "
              "fighters.")
    assert claim_by(rec, "set fire to the clinic")["stance"] == "assert"
    assert not [c for c in rec["claims"] if c["text"].strip() == "the fighters"]


def test_a_statement_telling_more_than_the_claim_it_holds_is_kept(run):
    rec = run("MOSCOW, Sept 8 - Russia's defence ministry said its missiles had struck an airfield near Lutsk "
              "overnight. It said the strike had destroyed three Ukrainian fighter jets and a fuel depot, and released "
              "a video it said showed the explosions.")
    assert claim_by(rec, "destroyed three Ukrainian fighter jets")["claimant"]["country"] == "RUS"
    assert claim_by(rec, "showed the explosions")["claimant"]["country"] == "RUS"


def test_a_short_clause_of_its_own_before_the_inner_claim_keeps_the_outer_one():
    from sitrep.claims.claims import _drop_wrappers
    from sitrep.model import Claim

    said = "it stood by its account and posted photographs it said showed the burned depot"
    at = said.index("photographs")
    outer = Claim(id="c1", claimant={"name": "the brigade", "country": "UKR"}, stance="assert", text=said, start=0,
                  end=len(said), cue="said")
    inner = Claim(id="c2", claimant={"name": "the brigade", "country": "UKR"}, stance="assert", text=said[at:],
                  start=at, end=len(said), cue="posted")
    assert _drop_wrappers([outer, inner]) == [outer, inner]


def test_an_attribution_alone_around_a_claim_is_still_a_wrapper(run):
    rec = run("GENEVA, May 2 - OCHA says 40,000 people have fled the fighting around Sake, according to its latest "
              "update.")
    assert [c["text"] for c in rec["claims"]] == ["40,000 people have fled the fighting around Sake"]


def test_the_lead_is_the_first_body_sentence_under_a_headline(nlp):
    from sitrep.claims.denials import _lead_end

    body = ("GOMA, May 3 (Reuters) - Rwanda's army denied on Friday that its troops had crossed the border. "
            "The Congolese army said Rwandan soldiers had entered Nyiragongo.")
    for text in (body, "Rwanda denies border crossing\n\n" + body):
        doc = prepared_doc(nlp, text)
        assert text[:_lead_end(doc)].endswith("crossed the border.")


def test_a_contraction_names_the_body_it_contracts():
    from sitrep.claims.denials import _named_so
    from sitrep.claims.speakers import _initials_of

    assert _initials_of("CENTCOM", "the US military's Central Command")
    assert _initials_of("the AFRICOM statement", "Africa Command")
    assert not _initials_of("CENTCOM", "Central Asia Forum")
    assert not _initials_of("NATO", "the Netherlands Army")
    assert _named_so({"name": "the CENTCOM statement"}, {"name": "the US military's Central Command"})
    assert not _named_so({"name": "the CENTCOM statement"}, {"name": "Iraq's Joint Operations Command"})


def test_a_statement_named_before_with_its_owner_speaks_for_the_owner(run):
    rec = run("DHAKA, Jan 30 - Bangladesh's coast guard on Wednesday rejected a statement by Myanmar's navy that "
              "accused it of letting smugglers use the Naf river.\n\nThe statement, broadcast on Myanmar state radio "
              "on Tuesday, said Bangladeshi patrol boats had escorted three smuggling boats past Teknaf. It also "
              "said the boats had carried fuel for the Arakan Army.\n\nA coast guard officer said the patrols had "
              "stopped every boat that week.")
    assert claim_by(rec, "escorted three smuggling boats")["claimant"]["country"] == "MMR"
    assert claim_by(rec, "carried fuel for the Arakan Army")["claimant"]["country"] == "MMR"
    assert _deniers(rec, "escorted three smuggling boats") == ["BGD"]


def test_a_mention_told_before_the_claim_answers_the_statement_telling_its_act(run):
    rec = run("KYIV, Sept 8 - Ukraine's air force on Monday dismissed a Russian claim that its helicopters had been "
              "destroyed at a base near Poltava.\n\nRussia's defence ministry said on Sunday that its drones had hit "
              "the base overnight. It said the attack had destroyed three Ukrainian Mi-8 helicopters and an ammunition "
              "store.\n\nAir force spokesman Yuri Ignat said all the helicopters were safe.")
    assert _deniers(rec, "destroyed three Ukrainian Mi-8 helicopters") == ["UKR"]
    assert _deniers(rec, "its drones had hit the base") == []
