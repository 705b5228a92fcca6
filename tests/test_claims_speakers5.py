"""Speakers of claims and denials, fifth round (claims/speakers.py, claims/coref.py, data/claims/speakers.yaml): a
person named again by surname or by pronoun after a title that came before the name, a title owned by "its", a
definite title naming a speaker described before, a body's initials as the antecedent of "it", parties to a trial,
and the state's side of a ruling party. Texts written for these tests, one test per rule (session 14)."""

from conftest import who_said


def test_a_surname_after_a_title_then_the_full_name_is_that_person(extract_text):
    # "the region's police chief, X Y, said A. '…,' Mr Y said": the name is the appositive's second part
    rec = extract_text(
        "ELDORET, April 7 - Police in Kenya's Baringo county said on Monday that armed raiders had attacked a "
        "school bus near Marigat, wounding a driver.\n\nThe region's police chief, Samuel Kiprono, told reporters "
        "the raiders had escaped into the hills. \"We are tracking them with a helicopter,\" Mr Kiprono said.\n\n"
        "A teacher said the children had hidden under their seats.", published="2025-04-07")
    who = who_said(rec, "tracking them with a helicopter")
    assert who["country"] == "KEN" and who["sector"] == "POL", who


def test_he_after_a_title_then_the_full_name_is_that_person(extract_text):
    # "A spokesman for X's border service, Y Z, rejected A. He said B": "He" resolved to "Y Z" is the person introduced
    # with a title before, not the state quoted first (the other side)
    rec = extract_text(
        "Azerbaijan's defence ministry said on Friday that its units had taken two hills near the village of "
        "Sotk after an Armenian attack.\n\nA spokesman for Armenia's border service, Arman Petrosyan, rejected the "
        "report. He said Azerbaijani troops had lost 12 men in the failed assault.",
        published="2025-03-14")
    who = who_said(rec, "had lost 12 men")
    assert "Petrosyan" in (who["name"] or "") and who["country"] == "ARM", who


def test_its_chairman_speaks_for_the_body_that_spoke_last(extract_text):
    # "The opposition X Party denied A. '…,' its chairman, Y, said": the party's country, not a sector guessed for
    # the person's name
    rec = extract_text(
        "CHISINAU, May 12 - Moldova's police said on Sunday that protesters had thrown stones at officers outside "
        "the parliament building, injuring six.\n\nThe opposition Renewal Party denied that its supporters had "
        "thrown anything. \"The police charged a peaceful crowd without any warning,\" its chairman, Ion Rusu, "
        "said.", published="2025-05-12")
    who = who_said(rec, "charged a peaceful crowd")
    assert who["country"] == "MDA" and who["sector"] not in ("POL", "MIL", "GOV"), who


def test_a_definite_title_before_a_name_is_the_speaker_it_described_before(extract_text):
    # "a local council chairman in X said A. … The chairman, Y Z, insisted B": the chairman spoke before
    rec = extract_text(
        "MAIDUGURI, July 2 - A local council chairman in Yobe state said on Tuesday that gunmen had burned a market "
        "in the town of Geidam.\n\nThe army said its troops had repelled the attackers before they reached the "
        "market.\n\nThe chairman, Musa Lawan, said traders had lost all their goods. \"Nothing is left,\" Lawan said.",
        published="2025-07-02")
    assert who_said(rec, "lost all their goods")["country"] == "NGA"
    assert who_said(rec, "Nothing is left")["country"] == "NGA"


def test_a_bodys_initials_are_the_antecedent_of_it(extract_text):
    # "The SDF rejected the accusation. '…,' it said": the body its initials name, not the army named before
    rec = extract_text(
        "Syria's defence ministry accused the Kurdish-led forces on Monday of shelling a village near Manbij.\n\n"
        "The SDF rejected the accusation. \"Our units did not fire a single shell,\" it said.",
        published="2025-02-10")
    who = who_said(rec, "did not fire a single shell")
    assert "SDF" in (who["name"] or ""), who


def test_a_lawyer_for_a_state_body_in_a_court_story_is_of_the_state(extract_text, nlp):
    # "the Guard's lawyer, X" at a hearing speaks for the state ("the National Guard"); a lawyer for a private client
    # stays of no country
    text = ("LIMA, March 5 - A court in Ayacucho on Wednesday heard the case of two farmers killed at a checkpoint "
            "of the National Guard in 2023. The prosecutor, Rosa Quispe, told the court that guardsmen had fired "
            "without warning.\n\nThe Guard's lawyer, Jorge Salas, said the guardsmen had been shot at first. A lawyer "
            "for the families, Luis Huaman, said his clients had waited two years for the hearing.")
    rec = extract_text(text, published="2025-03-05")
    assert who_said(rec, "had been shot at first")["country"] == "PER"
    from sitrep.claims.speakers import _court_party

    doc = nlp(text)
    i = text.index("The Guard's lawyer")
    assert _court_party(doc, doc.char_span(i, text.index(", said the guardsmen")))
    j = text.index("A lawyer for the families")
    assert not _court_party(doc, doc.char_span(j, text.index(", said his clients")))


def test_the_defendant_in_a_court_story_is_of_the_state(nlp):
    from sitrep.claims.speakers import _court_party

    text = ("The trial opened in Bujumbura on Monday. The defendant told the judges he had never owned a gun. "
            "The defendant's lawyer said the police had beaten him.")
    doc = nlp(text)
    i = text.index("The defendant told")
    assert _court_party(doc, doc.char_span(i, i + len("The defendant")))
    j = text.index("The defendant's lawyer")
    assert not _court_party(doc, doc.char_span(j, j + len("The defendant's lawyer")))
    # no court in the story: a defendant is no party to a trial told
    other = "The defendant told reporters he had never owned a gun."
    doc2 = nlp(other)
    assert not _court_party(doc2, doc2.char_span(0, len("The defendant")))


def test_a_ruling_party_is_the_other_side_of_its_countrys_opposition():
    from sitrep.claims.speakers import _other_side, _side_of

    ruling = {"name": "the ruling party", "country": "ZWE", "sector": None}
    opposition = {"name": "the opposition alliance", "country": "ZWE", "sector": None}
    assert _side_of(ruling) == "state"
    assert _other_side(ruling, opposition)
    assert not _other_side(ruling, {"name": "Zimbabwe's police", "country": "ZWE", "sector": "POL"})


def test_a_persons_name_is_told_from_a_bodys():
    from sitrep.claims.speakers import _personal

    assert _personal("Deputy interior minister Levan Gachechiladze")
    assert _personal("Samir Haddad, the province's deputy governor")
    assert not _personal("Homeland Front")
    assert not _personal("prison service, SNAI")
    assert not _personal("Georgia's Interior Ministry")


def test_he_after_a_spokesman_described_by_a_countrys_ministry_is_that_spokesman(extract_text):
    # "a Thai foreign ministry spokesman said A. He said B": a person whose title names a body, not the body, so
    # not the other country's spokeswoman named before
    rec = extract_text(
        "PHNOM PENH, Aug 4 - Cambodia's defence ministry said Thai soldiers had fired mortar rounds at a temple near "
        "the border on Sunday.\n\nMinistry spokeswoman Maly Socheata said Cambodia had sent a protest note.\n\n"
        "In Bangkok, a Thai foreign ministry spokesman said Cambodian troops had fired first. He said no shell had "
        "landed near the temple.", published="2025-08-04")
    who = who_said(rec, "no shell had landed")
    assert who["country"] == "THA" and "Socheata" not in (who["name"] or ""), who


def test_a_bodys_statement_speaks_for_the_body(extract_text):
    # "The Guards' statement said": the body that owns the statement, named before in full with its country
    rec = extract_text(
        "DUBAI, July 16 - Iran's Revolutionary Guards said on Wednesday they had seized a foreign tanker in the "
        "Gulf.\n\nThe Guards' statement said the tanker's crew had switched off its radar.", published="2025-07-16")
    assert who_said(rec, "switched off its radar")["country"] == "IRN"


def test_a_countrys_opposition_is_not_its_state(nlp):
    from sitrep.claims.speakers import _who

    text = "Zambia's opposition said police had beaten its supporters."
    doc = nlp(text)
    who = _who(doc, (0, len("Zambia's opposition")))
    assert who["country"] == "ZMB" and who["sector"] not in ("STATE", "GOV", "POL", "MIL"), who


def test_firefighters_are_a_public_service_of_the_state(extract_text):
    # "Firefighters said": a public emergency service named by no country is of the ground the article is on
    rec = extract_text(
        "Chile's interior ministry said on Sunday that forest fires near the city of Temuco had been set on purpose. "
        "The regional governor said 300 homes had been evacuated.\n\nFirefighters said 2,500 hectares had burned.",
        published="2025-02-09")
    assert who_said(rec, "2,500 hectares had burned")["country"] == "CHL"
