"""Session 25 (h4): denial constructions session 24 left. A second denial joined to a first that names its author by
a nationality adjective ("and called the Kenyan report a lie") or calls a figure untrue ("called the group's count of
the wounded exaggerated") is a denial of its own; a citing clause on the speaker ("KBC, quoting a local chief, said")
is no claim; an accusation joined to a statement ("and accused the rebels of …") ends it; an issuer's own-role
sentence ("The border guards had no part in any such incident") is its denial; a headline denial answers the claim
of the body denial it sums up. Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner, prepared_doc

PUB = "2025-09-12T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


def _deny_texts(rec):
    return [r["text"] for c in rec["claims"] for r in denials(c)]


HERDERS = ("MOYALE, Sep 10 - Ethiopia's army said on Wednesday its troops had killed three armed raiders near the "
           "border town of Moyale.\n\nKenya's state broadcaster KBC, quoting a local chief, said the dead were three "
           "Kenyan herders who had been shot while watering their cattle.\n\n")


def test_a_nationality_adjective_names_the_author_of_a_denied_report(nlp):
    from sitrep.claims.text import _names_its_author

    text = HERDERS + ("The Ethiopian army denied that its soldiers had shot unarmed herders and called the Kenyan "
                      "report a lie.")
    doc = prepared_doc(nlp, text)
    at = text.index("the Kenyan report")
    assert _names_its_author(doc, (at, at + len("the Kenyan report a lie")))
    at = text.index("unarmed herders")
    assert not _names_its_author(doc, (at, at + len("unarmed herders")))


def test_a_joined_denial_pointing_back_stays_one_denial(run):
    rec = run(HERDERS + "The Ethiopian army denied that its soldiers had shot unarmed herders and called it a lie.")
    assert _deniers(rec, "three Kenyan herders") == ["ETH"]


def test_a_citing_clause_on_the_speaker_is_no_claim(run):
    rec = run(HERDERS)
    assert not [c for c in rec["claims"] if c["text"].strip() == "a local chief"]
    assert claim_by(rec, "three Kenyan herders")["claimant"]["country"] == "KEN"


def test_a_joined_figure_called_untrue_is_a_denial_of_the_statement_giving_it(run):
    rec = run("ADDIS ABABA, Sep 10 - A Somali rights group said on Wednesday that Ethiopian police had shot dead five "
              "traders at a market in Jijiga.\n\nThe group, which runs a legal aid office in the town, said it had "
              "recorded 23 wounded traders. It said witnesses had seen police fire from a rooftop.\n\nA police "
              "spokesman denied that officers had fired at traders and called the group's count of the wounded "
              "exaggerated.")
    assert _deniers(rec, "recorded 23 wounded traders") == ["ETH"]
    assert any(t.startswith("the group's count") for t in _deny_texts(rec))


def test_an_accusation_joined_to_a_denial_ends_it(run):
    rec = run("JAYAPURA, Sep 10 - Two nurses were killed at a clinic in Sinak on Tuesday, the district head said.\n\n"
              "A rebel spokesman said the nurses had been shot by soldiers of an army special unit.\n\nThe army's "
              "regional command said its soldiers had nothing to do with the killings and accused the rebels of "
              "shooting the nurses.")
    texts = [t for t in _deny_texts(rec) if "nothing to do with" in t]
    assert texts and all("accused" not in t for t in texts)
    assert claim_by(rec, "the rebels of shooting the nurses")["stance"] == "allege"


STATEMENT = ("Ministry of Foreign Affairs of the Republic of Armenia - Statement\n\nArmenia firmly rejects the "
             "statement published on Monday by the defence ministry of Azerbaijan about the situation near Sotk. In it "
             "Baku says that Armenian units opened fire on its positions, wounding a serviceman.\n\nBaku further "
             "says that the fire came from a post manned by soldiers of Armenia's border guard service. ")


def test_an_issuers_own_role_sentence_is_its_denial(run):
    rec = run(STATEMENT + "The border guard service had no part in any such incident.\n\nArmenia calls on "
                          "Azerbaijan to return to talks.")
    own = [(c, r) for c in rec["claims"] for r in denials(c) if "had no part in" in r["text"]]
    assert [(c["claimant"]["country"], r["by"]["country"]) for c, r in own] == [("AZE", "ARM")]


def test_an_issuers_own_role_sentence_in_other_words_is_its_denial(run):
    rec = run(STATEMENT + "The border guard service was nowhere near the positions at the time.")
    own = [r for c in rec["claims"] for r in denials(c) if "nowhere near" in r["text"]]
    assert own and own[0]["by"]["country"] == "ARM"


def test_a_reporters_own_role_sentence_is_no_denial(run):
    rec = run("YEREVAN, Sep 10 - Azerbaijan's defence ministry said Armenian units had fired on its positions near "
              "Sotk.\n\nThe border guard service had no part in the talks held in Brussels last month.")
    assert not [t for t in _deny_texts(rec) if "no part in" in t]


def test_a_headline_denial_answers_the_claim_of_the_body_denial_it_sums_up(run):
    rec = run("Police deny firing at students' bus in Ikeja\n\nNigeria's police on Friday denied that officers had "
              "fired at a bus carrying students in Ikeja on Tuesday evening.\n\nA rights group, Citizens Watch, said "
              "three students were hurt when policemen shot at the bus near a checkpoint. The group said the students "
              "were treated at a clinic.\n\nThe police also denied rumours that a student had died in the firing.")
    heads = [r for c in rec["claims"] for r in denials(c) if r["start"] < 50]
    assert heads
    assert any(r["start"] < 50 for r in denials(claim_by(rec, "three students were hurt")))
