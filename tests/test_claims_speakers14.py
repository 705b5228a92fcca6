"""Speakers of claims, fourteenth round (claims/speakers.py, claims.py `_prosecuting_state`, data/actors/actors.yaml):
the claimant's country on plain prose (session 20). A title owned by "its" is the body that spoke in the sentence
before; an international or civil body by its own name takes no country from a trial story; the Sudanese SPLM-North
is not South Sudan's ruling party. Texts written for these tests, one test per rule.
"""

from conftest import claim_by, denials, json_runner

PUB = "2026-11-27T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_its_director_is_of_the_body_that_spoke_before(run):
    rec = run("Ecuador's border police said on Tuesday that it had found no sign of the missing convoy.\n\n"
              "Peru's National Border Service rejected any suggestion that its officers had fired on the trucks. "
              "Its director, General Mario Quispe, said the smugglers came from Ecuador and that his officers had "
              "searched more than 400 lorries this month.")
    assert country(rec, "searched more than 400 lorries") == "PER"


def test_a_statement_from_its_media_wing_is_of_the_army_before(run):
    rec = run("An army spokesman in Kabul said Afghan troops had answered fire from across the border near "
              "Torkham.\n\n"
              "Pakistan's military denied opening fire first. A statement from its media wing accused Afghan forces "
              "of shelling a border village without provocation.")
    assert country(rec, "shelling a border village") == "PAK"


def test_a_press_freedom_body_in_a_trial_story_has_no_country(run):
    rec = run("BAKU - Prosecutors told a Baku court on Monday that the reporter had smuggled cash into the country.\n\n"
              "The Committee to Protect Journalists said Azerbaijan held at least 20 journalists in prison.")
    assert country(rec, "held at least 20 journalists") is None


def test_the_splm_north_is_sudanese(run):
    rec = run("KADUGLI, Sudan - The Sudanese army said on Monday it had reopened the road to the town after fighting "
              "with the SPLM-North.\n\n"
              "The SPLM-North said its fighters still held the hills east of the town.")
    assert country(rec, "still held the hills") == "SDN"


def test_the_group_after_a_rights_group_reporting_an_armed_group_is_civil(run):
    rec = run("DAKAR - Senegal's army said on Sunday that its soldiers had repelled an attack near the border.\n\n"
              "A local rights group, Casamance Vigil, said five villagers were killed by separatist fighters on "
              "Saturday. The group said troops had also burned two granaries in the village.")
    assert country(rec, "burned two granaries") is None


def test_a_party_named_by_its_initials_after_the_opposition_name_is_of_the_country(run):
    rec = run("News bulletin at noon.\n\n"
              "The ruling Unity Front has rejected what it calls slander by the opposition Movement for Democratic "
              "Renewal. On Sunday the MDR said that police in Kara had arrested six of its activists without "
              "warrants.")
    assert country(rec, "arrested six of its activists") is not None


def test_a_party_named_again_with_a_clause_after_its_name_is_of_the_country(run):
    rec = run("LUSAKA, Jan 9 - Zambia's opposition party Tonse said on Wednesday that police had shot dead four "
              "protesters in the capital.\n\n"
              "The protests began after the electoral commission confirmed the ruling party's victory. Tonse, which "
              "came second, says the vote was rigged.")
    assert country(rec, "the vote was rigged") == "ZMB"


def test_a_rebel_group_by_its_own_name_described_by_whom_it_recruits_keeps_its_country(run):
    rec = run("SOKOTO - The army said on Monday that fighters of Lakurawa had killed nine villagers near Tangaza.\n\n"
              "Lakurawa, a group drawn mostly from Fulani herders, denied the accusation and said its men had not "
              "left their camps.")
    assert country(rec, "its men had not left their camps") == "NGA"


def test_a_spokesman_for_the_pa_security_services_is_palestinian(run):
    rec = run("Jordan's foreign ministry said it was following events in the West Bank closely.\n\n"
              "\"The account is a lie,\" said Colonel Omar Nasser, a spokesman for the PA security services. He "
              "said the gunmen had fired first at a patrol in the camp.")
    assert country(rec, "fired first at a patrol") == "PSE"


def test_a_statement_titled_with_a_state_then_its_ministry_is_that_states(run):
    rec = run("Qatar, Ministry of Foreign Affairs: statement on Libya\n\n"
              "The Ministry of Foreign Affairs rejects the allegations made on Monday by the authorities in Benghazi "
              "about Qatar's role in the fighting. Egypt's government has said in the past that its airports are "
              "not used for such flights.\n\n"
              "The Ministry accuses the Benghazi authorities of blocking fuel convoys to the south.")
    assert country(rec, "blocking fuel convoys") == "QAT"


def test_a_defendant_by_surname_with_a_clause_after_it_is_of_the_prosecuting_state(run):
    rec = run("LILONGWE, May 4 - Prosecutors at Malawi's High Court said on Tuesday that a trader, Peter Banda, had "
              "hidden rifles at his shop in Dedza.\n\n"
              "The prosecutor, Grace Phiri, told the court that police found three rifles behind the shop in March.\n\n"
              "Banda, who belongs to the opposition Freedom Party, denied having anything to do with the rifles.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "had hidden rifles"))] == ["MWI"]


def test_a_hyphenated_title_of_a_party_named_before_is_of_its_country(run):
    rec = run("Yerevan Evening News - Politics\n\n"
              "The opposition Alliance for Renewal said on Tuesday that one of its organisers was beaten by masked men "
              "outside his home in the Arabkir district. It said he suffered two broken ribs.\n\n"
              "At a news conference, the alliance's co-leader, Aram Petrosyan, said the attackers had been sent by "
              "the ruling party to frighten its opponents.")
    assert country(rec, "the attackers had been sent") == "ARM"


def test_a_body_named_with_a_peoples_word_only_in_words_it_ran_on_into_names_no_country(nlp):
    from types import SimpleNamespace

    from conftest import prepared_doc
    from sitrep.claims.speakers import _own_country_words

    text = ("He accused the state prosecutor's office of persecution of the Croat people. Croatia's foreign ministry "
            "said it was concerned.")
    doc = prepared_doc(nlp, text)

    def mention(words: str):
        span = doc.char_span(text.index(words), text.index(words) + len(words), alignment_mode="expand")
        return SimpleNamespace(start=span.start, end=span.end, head=span.root.i, text=span.text)
    # "the state prosecutor's office of persecution of the Croat people": a mention run on past its own name
    assert not _own_country_words(doc, mention("the state prosecutor's office of persecution of the Croat people"))
    assert _own_country_words(doc, mention("Croatia's foreign ministry"))



def test_a_ministry_spokesman_is_of_the_ministry_named_before_with_its_country(nlp):
    from conftest import prepared_doc
    from sitrep.claims.speakers import _institution_named_before

    text = ("TOKYO - Japan's defence ministry on Monday rejected Beijing's account of an encounter on Sunday, saying "
            "none of its aircraft had come near the median line that day.\n\n"
            "China's Northern Theater Command had said its jets \"expelled\" a Japanese patrol plane.\n\n"
            "\"No aircraft of ours was expelled from anywhere,\" ministry spokesman Kenji Sato told reporters.")
    doc = prepared_doc(nlp, text)
    i = text.index("ministry spokesman Kenji Sato")
    span = doc.char_span(i, i + len("ministry spokesman Kenji Sato"), alignment_mode="expand")
    # the latest "ministry" named with its state's word, not the other state's command quoted in between
    assert _institution_named_before(doc, span) == "JPN"


def test_a_clause_telling_what_another_state_makes_of_a_group_gives_it_no_country(run):
    rec = run("Turkey's defence ministry said on Tuesday that its aircraft had \"neutralised\" five PKK members near "
              "Sinjar, in northern Iraq, and that no civilians were hurt.\n\n"
              "The Shingal Defence Units, a Yazidi armed group that Turkey considers a PKK affiliate, said none of its "
              "members had been in the building in Sinjar. Iraq's foreign ministry summoned the Turkish ambassador.")
    assert country(rec, "none of its members had been in the building") == "IRQ"


def test_a_public_clinical_centre_and_a_regional_delegate_are_of_the_story_state(run):
    rec = run("PODGORICA, June 2 - Montenegro's police said on Sunday that officers had used tear gas to clear a road "
              "blocked by protesters near the capital.\n\n"
              "The clinical centre said it had treated nine people for breathing problems. The regional health "
              "delegate said two of them were still in hospital.")
    assert country(rec, "treated nine people") == "MNE"
    assert country(rec, "two of them were still in hospital") == "MNE"


def test_a_title_owned_by_the_same_noun_as_an_earlier_speaker_is_of_its_country(run):
    rec = run("Radio Tbilisi, news at noon\n\n"
              "The authorities in the breakaway region of Abkhazia say Georgia is blocking deliveries of fuel to "
              "hospitals in Sukhumi. The region's self-styled interior ministry said on Monday that nine tankers had "
              "been held at the Enguri crossing.\n\n"
              "The region's leader said in a televised address that Tbilisi wanted to starve Abkhazia before winter.")
    assert country(rec, "starve Abkhazia before winter") == country(rec, "nine tankers had been held")
    assert country(rec, "starve Abkhazia before winter") is not None
