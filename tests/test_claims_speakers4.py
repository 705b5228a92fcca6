"""Speakers of denials (claims/speakers.py, claims/coref.py with data/claims/speakers.yaml): an institution's
spokesman named by the institution's noun, a member of a group named before, "he" after a paragraph that opens on
a new speaker, a statement issued by a body; and two checks that held before (a speaker named again by surname, a
regional authority's speakers). Texts written for these tests, one test per rule (session 13)."""

from conftest import who_said


def test_a_bodys_spokesman_speaks_for_the_body_of_no_country(extract_text):
    # "the council's spokesman" after "A Garo tribal council": the council (of no state), not the home state's police
    rec = extract_text(
        "SHILLONG, May 4 (Wire) - A Garo tribal council on Monday rejected the Meghalaya police's statement that "
        "gunmen who ambushed a patrol near Tura had crossed from the forests of the West Garo hills.\n\n"
        "The state's police chief, Arvind Menon, had told reporters on Sunday that the attackers carried automatic "
        "rifles and that \"armed cadres from the forest camps\" had planned the ambush. He said officers had found "
        "spent cartridges on the road.\n\n"
        "\"These claims are baseless and are meant to justify raids on our villages,\" the council's spokesman, "
        "Jonathan Sangma, said. \"Our farmers have been harassed for months.\"",
        published="2025-05-04")
    who = who_said(rec, "These claims are baseless")
    assert "Sangma" in who["name"] and who["country"] is None, who
    assert who_said(rec, "armed cadres")["country"] == "IND"


def test_a_member_of_the_groups_bureau_speaks_for_the_group_named_before(extract_text):
    # "A member of the group's political council, X": the armed group whose spokesman spoke before, not no one
    rec = extract_text(
        "Aden, Oct 5 - Yemen's internationally recognised government said on Sunday that Houthi fighters had shelled "
        "a bus station in the city of Marib, killing five people. Information minister Salem Nasser wrote on X that "
        "the shelling was \"a crime against civilians\".\n\n"
        "The Houthis' military spokesman denied the accusation in a short statement on the group's television "
        "channel, saying its forces had fired only at army positions on the city's western edge.\n\n"
        "A member of the group's political bureau, Abdulrahman Qasim, went further. \"The story of the depot is a "
        "lie made up in Aden,\" he wrote.\n\nNurses at the city hospital said they had received five bodies.",
        published="2025-10-05")
    who = who_said(rec, "The story of the depot")
    assert who["country"] == "YEM" and who["sector"] == "REB", who


def test_the_title_of_an_apposed_name_keeps_its_of_phrase(nlp):
    from sitrep.claims.speakers import _title_of

    text = "A member of the movement's central committee, Omar Haddad, said the talks had failed."
    doc = nlp(text)
    i = text.index("Omar Haddad")
    assert _title_of(doc, (i, i + len("Omar Haddad"))) == "A member of the movement's central committee"


def test_a_party_spokesman_speaks_for_the_party_named_just_before(extract_text):
    # "The party's spokesman" right after a party named by a name without the word "party"
    from sitrep.claims.speakers import _institution_spokesman
    from sitrep.model import Claim

    party = {"name": "Free Life Union of Iranian Kurdistan", "country": "IRN", "sector": "REB"}
    claims = [Claim(id="c1", claimant={"name": "Iraq's foreign ministry", "country": "IRQ", "sector": "GOV"},
                    stance="assert", text="a", start=0, end=1),
              Claim(id="c2", claimant=party, stance="assert", text="b", start=2, end=3)]
    who = _institution_spokesman(claims, {"name": "party's spokesman, Rebwar Aziz", "country": "IRQ",
                                          "sector": "GOV"}, "The party's spokesman")
    assert who["country"] == "IRN", who
    # a state's body named just before is no party ("the party's spokesman" after "Iraq's foreign ministry")
    assert _institution_spokesman(claims[:1], {"name": "party's spokesman, X", "country": None, "sector": None},
                                  "The party's spokesman")["country"] is None


def test_he_after_a_paragraph_opening_on_a_new_speaker_is_that_speaker(extract_text):
    # "A leader of the traders' union spoke to reporters. He said …": not the commissioner named before
    rec = extract_text(
        "Police in Kano said on Monday that officers had shot dead three armed robbers during a raid on a market. "
        "Commissioner Bala Musa told reporters that the men had opened fire first.\n\n"
        "A leader of the traders' union at the market spoke to reporters an hour later. He said the dead men were "
        "porters who had been unloading a lorry.\n\n"
        "\"Nobody fired at the police,\" he said.",
        published="2025-06-02")
    for words in ("were porters", "Nobody fired"):
        who = who_said(rec, words)
        assert "Musa" not in (who["name"] or "") and "leader" in (who["name"] or ""), (words, who)


def test_a_statement_issued_by_a_body_is_that_bodys(nlp):
    from sitrep.claims.attribution_core import Attribution
    from sitrep.claims.attribution_lexicon import load_lexicon
    from sitrep.claims.coref import resolve_sources

    text = ("Galmudug's regional administration on Sunday rejected a federal statement about the fighting. The "
            "statement, issued by Somalia's information ministry on Saturday, said regional forces had attacked a "
            "federal base.")
    doc, lex = nlp(text), load_lexicon()
    i = text.index("The statement")
    j = text.index("said", i)
    att = Attribution(cue=(j, j + 4), cue_lemma="say", source=(i, i + len("The statement")))
    k = text.index("rejected")
    first = Attribution(cue=(k, k + 8), cue_lemma="reject", source=(0, len("Galmudug's regional administration")))
    resolve_sources(doc, [first, att], lex.source_nouns, [], frozenset(), lex.generic_nouns)
    assert att.source_resolved and text[att.source_resolved[0]:att.source_resolved[1]] == \
        "Somalia's information ministry", att.source_resolved


def test_a_group_speaker_named_again_by_surname_keeps_the_groups_country_and_sector(extract_text):
    rec = extract_text(
        "Myanmar's military said on Monday that its troops had repelled an attack on a base near Hsipaw and killed "
        "15 fighters.\n\nTNLA spokesman Lway Yay Oo said the group had captured the base and that only two of its "
        "fighters were wounded.\n\nYay Oo said the military's claim was false.",
        published="2025-01-06")
    who = who_said(rec, "claim was false")
    assert who["country"] == "MMR" and who["sector"] == "REB", who


def test_regional_authorities_speak_for_their_country(extract_text):
    # "a Jubaland official", "Puntland's information minister", "KRG spokesman": the federal state's country
    rec = extract_text(
        "MOGADISHU, June 2 - Somalia's federal government said on Monday its troops had killed 30 al-Shabaab fighters "
        "near Kismayo and that Jubaland forces had fled the area.\n\nA Jubaland official, Ahmed Nur, denied that "
        "regional forces had fled, saying they still held all their positions.\n\nPuntland's information minister, "
        "Mohamud Aydid, said the federal government's claims were false.", published="2025-06-02")
    assert who_said(rec, "regional forces had fled")["country"] == "SOM"
    assert who_said(rec, "claims were false")["country"] == "SOM"
    rec = extract_text(
        "BAGHDAD - Iraq's federal government said on Sunday that Kurdish officials had smuggled crude to Turkey.\n\n"
        "A KRG spokesman, Peshawa Hawramani, denied that any oil had been smuggled.", published="2025-03-09")
    assert who_said(rec, "any oil had been smuggled")["country"] == "IRQ"
