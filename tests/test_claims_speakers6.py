"""Speakers of claims and denials, sixth round (claims/speakers.py, claims/coref.py, data/claims/speakers.yaml): a
pronoun agrees in sex with its antecedent's title, honorific or first name; a regional body of no stated country
is of the ground the story is on; an officer of a body of no country speaks for it; a speaker who "identified
himself as the group's spokesman" is the group; "his lawyer" is a person of its own; answering a statement is not
issuing it; a local paper's police and parties take the one country the story names. Texts written for these tests,
one test per rule (session 14)."""

from conftest import who_said


def test_she_is_not_the_spokesman_named_last(extract_text):
    # "she told reporters" after a spokeswoman of one side and a spokesman of the other: the woman, not the man
    # quoted last
    rec = extract_text(
        "KIGALI, March 4 - Rwanda's government spokeswoman, Claudine Uwera, on Tuesday rejected Congo's accusation "
        "that Rwandan troops were fighting near Goma.\n\nCongo's government spokesman, Albert Ilunga, had said on "
        "Monday that two Rwandan battalions had crossed the border.\n\n\"There is not a single Rwandan soldier in "
        "Congo,\" she told reporters in Kigali.", published="2025-03-04")
    who = who_said(rec, "not a single Rwandan soldier")
    assert who["country"] == "RWA" and "Ilunga" not in (who["name"] or ""), who


def test_a_pronouns_sex_comes_from_title_honorific_or_first_name(nlp):
    from sitrep.claims.coref import mention_gender

    text = ("Ms Leyla Hasanova, a spokeswoman for the ministry, spoke first. Government spokesman Albert Ilunga "
            "answered. Olena Kovalenko, an official of the council, spoke last. The ministry said nothing. "
            "Amina Yusuf, whose brother was among the dead, wept.")
    doc = nlp(text)

    def gender(words):
        i = text.index(words)
        return mention_gender(doc, i, i + len(words))

    assert gender("Ms Leyla Hasanova") == "F"
    assert gender("Government spokesman Albert Ilunga") == "M"
    assert gender("Olena Kovalenko") == "F"
    assert gender("The ministry") is None
    # a surname that is also a man's given name, and a brother in a clause about someone else, make no man
    assert gender("Amina Yusuf, whose brother was among the dead") == "F"


def test_she_after_a_woman_described_by_her_ministry_is_that_woman(extract_text):
    # "Ms X, a spokeswoman for Azerbaijan's foreign ministry, said A. Armenia's spokesman, Y, said B. '…,' she said":
    # a person named with an appositive title is a person (not the ministry the title names), and "she" is her
    rec = extract_text(
        "BAKU, May 2 - Ms Leyla Hasanova, a spokeswoman for Azerbaijan's foreign ministry, said on Friday that "
        "Armenian forces had fired on a border post near Lachin.\n\nArmenia's defence ministry spokesman, Arman "
        "Petrosyan, said Azerbaijani troops had opened fire first.\n\n\"Our soldiers only returned fire,\" he said. "
        "\"Nobody crossed the line,\" she said later.", published="2025-05-02")
    assert who_said(rec, "Nobody crossed the line")["country"] == "AZE"
    assert who_said(rec, "only returned fire")["country"] == "ARM"


def test_a_regional_body_of_no_country_is_of_the_stories_ground(extract_text):
    # filed from Kyiv, places in Ukraine, but the first state body quoted is Russia's: "the regional military
    # administration" governs the ground the places lie on, not the home guessed from the first body quoted
    rec = extract_text(
        "KYIV, June 9 - Russia's defence ministry said on Sunday that its air defences had shot down 14 Ukrainian "
        "drones over the Kursk region overnight.\n\nIn Ukraine's Kharkiv region, a missile hit a warehouse in the "
        "town of Chuhuiv, killing two workers.\n\n\"The missile struck just after midnight and the fire burned until "
        "morning,\" said Olena Hrytsenko, a spokeswoman for the regional military administration.",
        published="2025-06-09")
    assert who_said(rec, "struck just after midnight")["country"] == "UKR"
    assert who_said(rec, "14 Ukrainian drones")["country"] == "RUS"


def test_its_secretary_speaks_for_an_association_of_no_country(extract_text):
    # "A cattle breeders' association rejected A. Its secretary, X, said B": the secretary takes what the
    # association has (a body of civil society, of no country here), not a country guessed for a person's name
    rec = extract_text(
        "JOS, Aug 14 - Nigerian police said on Wednesday that herders had attacked the village of Kauru in Plateau "
        "state, killing seven farmers.\n\nA cattle breeders' association rejected the police account. Its "
        "secretary, Usman Bello, said the herders had themselves been attacked first.", published="2025-08-14")
    association = who_said(rec, "the police account")
    secretary = who_said(rec, "had themselves been attacked first")
    assert secretary["country"] == association["country"], (secretary, association)
    assert secretary["sector"] not in ("GOV", "POL", "MIL", "STATE"), secretary


def test_a_man_who_identified_himself_as_the_groups_spokesman_speaks_for_the_group(extract_text):
    # after "JNIM, the al-Qaeda affiliate, says …": the group (of no country), not the army's state
    rec = extract_text(
        "BAMAKO, Feb 20 - Mali's army said on Thursday its troops had killed 30 militants near the town of Boni in "
        "the centre of the country.\n\nJNIM, the al-Qaeda affiliate, says it lost no fighters in the clash.\n\n"
        "In an audio message, a man who identified himself as the group's spokesman said the army had bombed a "
        "market instead.", published="2025-02-20")
    who = who_said(rec, "bombed a market")
    assert who["country"] is None and who["sector"] == "REB", who


def test_the_group_is_not_the_members_counted_before_it(nlp):
    # "lost no fighters", "killed 30 militants" count members; the group the description stands for is the one
    # named ("JNIM")
    from sitrep.claims.speakers import _group_antecedent

    from conftest import prepared_doc

    text = ("Mali's army said its troops had killed 30 militants near Boni. JNIM said it lost no fighters. "
            "The group said the army had bombed a market.")
    doc = prepared_doc(nlp, text)
    i = text.index("The group said")
    g = _group_antecedent(doc, doc.char_span(i, i + len("The group")), any_country=True)
    assert g is not None and g.text == "JNIM", g


def test_his_lawyer_is_not_the_prosecutors_named_before(extract_text):
    # "Prosecutors told the court A. His lawyer told the court B": a description with its own head noun is its own
    # speaker, not the owner of "his" found among the earlier speakers
    rec = extract_text(
        "ARUSHA, May 5 - A soldier accused of killing three traders at a checkpoint near Arusha went on trial on "
        "Monday.\n\nProsecutors told the court the soldier had fired on the traders' car without warning.\n\nHis "
        "lawyer told the court the accused had been posted elsewhere on the day of the shooting.",
        published="2025-05-05")
    who = who_said(rec, "posted elsewhere")
    assert "lawyer" in (who["name"] or "").lower(), who


def test_rejecting_a_statement_is_not_issuing_it(nlp):
    from sitrep.claims.speakers import _statement_subject

    text = "The governor of Benue state rejected a federal statement on Tuesday. The army issued a statement."
    doc = nlp(text)
    i = text.index("a federal statement")
    s = doc.char_span(i, i + len("a federal statement"))
    assert _statement_subject(doc, s).text == "a federal statement"
    j = text.index("a statement.")
    issued = _statement_subject(doc, doc.char_span(j, j + len("a statement")))
    assert issued.text == "The army", issued


def test_a_local_papers_police_take_the_one_country_the_story_names(extract_text):
    # a local paper with no dateline and no place the gazetteer knows, whose only country is that of a party it
    # names: the police and the other party are of that country
    rec = extract_text(
        "Valley Community Courier\n\nThe regional secretary of the Inkatha Freedom Party, Bongani Zulu, said on "
        "Tuesday that ANC supporters had shot dead a party organiser outside his home. Mr Zulu said it was the "
        "second such killing this year.\n\nThe ANC's regional chairman, Sipho Nkosi, said his party had nothing to "
        "do with the killing.\n\nPolice spokesperson Captain Thulani Ngcobo confirmed that a 38-year-old man had "
        "been shot and said no arrests had been made.", published="2025-10-14")
    assert who_said(rec, "no arrests had been made")["country"] == "ZAF"
    assert who_said(rec, "shot dead a party organiser")["country"] == "ZAF"


def test_mr_and_a_given_name_is_the_person_who_gave_that_name(extract_text):
    # "a commander …, who gave his name as X Y, dismissed A. Mr X said B": addressed by the given name (as in
    # Ethiopia), the person named before, of that person's country
    rec = extract_text(
        "BAHIR DAR, Jan 20 - Ethiopia's government said on Monday that troops had driven Fano militiamen out of the "
        "town of Mota.\n\nA Fano commander reached by phone, who gave his name as Dawit Alemu, dismissed the "
        "government's account. Mr Dawit said his men still held the main square.", published="2025-01-20")
    who = who_said(rec, "still held the main square")
    assert who["country"] == "ETH", who


def test_a_given_name_the_gazetteer_knows_as_a_town_gives_no_country(nlp):
    # "The ombudsman, Marta Lucia Gomez, said": "Marta" read as a town abroad is part of a person's name, no
    # country of the speaker's; a town named as such ("the mayor of Marta") or a nationality still is
    from types import SimpleNamespace

    from sitrep.claims.speakers import _country_from_a_name

    text = "The ombudsman, Marta Lucia Gomez, said the army had left. The mayor of Marta said so too."
    doc = nlp(text)
    towns = [SimpleNamespace(start=i, end=i + len("Marta"), country="IT")
             for i in (text.index("Marta"), text.index("Marta said"))]
    doc._.places = towns
    i = text.index("The ombudsman")
    assert _country_from_a_name(doc, doc.char_span(i, text.index(", said")), "ITA")
    j = text.index("The mayor")
    assert not _country_from_a_name(doc, doc.char_span(j, text.index(" said so")), "ITA")
    # a country's own name, or a place owning a body's name, is no given name
    other = "The United Arab Emirates, which runs the hospital, said so. Iraq's Security Media Cell said so."
    doc2 = nlp(other)
    doc2._.places = [SimpleNamespace(start=4, end=4 + len("United Arab Emirates"), country="AE"),
                     SimpleNamespace(start=other.index("Iraq"), end=other.index("Iraq") + 4, country="IQ")]
    assert not _country_from_a_name(doc2, doc2.char_span(0, other.index(", which")), "ARE")
    k = other.index("Iraq's")
    assert not _country_from_a_name(doc2, doc2.char_span(k, other.index(" said so.", k)), "IRQ")


def test_a_state_body_by_its_own_name_is_of_the_country_the_story_is_filed_from(extract_text):
    # "BAGHDAD - … A US defence official said A. The Defence Ministry said B": a state body named by no country,
    # in a story filed from a city of a country it names again, is that country's, not the first state quoted's
    rec = extract_text(
        "BAGHDAD, April 2 - A drone struck a car near the town of al-Qaim in western Iraq on Tuesday, killing three "
        "men.\n\nA US defence official said American forces had not carried out any strike in Iraq that day.\n\n"
        "The Defence Ministry said it had opened an investigation into the strike.", published="2025-04-02")
    assert who_said(rec, "opened an investigation")["country"] == "IRQ"
    assert who_said(rec, "had not carried out any strike")["country"] == "USA"


def test_an_indictment_in_a_court_story_is_of_the_prosecuting_state(extract_text):
    # "The indictment said A", "according to the charge sheet": the prosecution's papers speak for its state
    rec = extract_text(
        "BANJA LUKA, Bosnia, May 12 - Prosecutors told a court in Banja Luka on Monday that a former police officer, "
        "Goran Simic, had taken part in the killing of six prisoners near Prijedor in 1992. The indictment said the "
        "prisoners had been taken from a school at night.\n\nMr Simic told the court he had been on leave that "
        "month. About 40 people were held at the school, according to the charge sheet.", published="2025-05-12")
    assert who_said(rec, "taken from a school at night")["country"] == "BIH"
    assert who_said(rec, "About 40 people were held")["country"] == "BIH"
