"""Session 25 (dev54's misses): a noun naming a statement by the thing it is about ("the story … about a chapel",
"the Russian figure of downed missiles", "the story of the goats") answers the statement that tells that thing, not
the author's first statement — also when the denial is told before the statements (rules 2 and 5), and, when the
author the linker chose told no such thing, the one statement by another speaker that does; a denial told before the
claim that names an author of no state by a noun ("circulated … by a collective based abroad") answers that author's
statement told next ("According to the collective's publication, …"). Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-09-14T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


def test_a_story_about_a_thing_denied_before_it_is_told_answers_the_statement_telling_it(run):
    rec = run("Statement of the Philippine Army\n\nThe Philippine Army rejects the story spread by the New People's "
              "Army about a chapel in Sorsogon as entirely fabricated.\n\nThe New People's Army's regional command "
              "had stated on Friday that its fighters had withdrawn from a ridge above the town after heavy "
              "fighting, and that an army helicopter had then fired rockets at the chapel below it, killing three "
              "farmers sheltering there. It also stated that soldiers had burned huts beside the chapel.\n\nThe "
              "Army states that its helicopters flew no missions over Sorsogon on that date.")
    assert _deniers(rec, "an army helicopter had then fired rockets at the chapel") == ["PHL"]
    assert _deniers(rec, "its fighters had withdrawn from a ridge") == []


def test_a_figure_of_a_thing_picks_the_statement_giving_it(run):
    rec = run("KYIV, May 4 - Ukraine's air force on Sunday rejected the Russian figure of downed missiles as a "
              "fantasy meant to hide the damage done to an airfield in the Crimea.\n\nRussia's defence ministry had "
              "said on Saturday that its forces had repelled a Ukrainian attempt to cross the Dnipro near Kherson, "
              "and that air defences had intercepted 47 missiles overnight. It said no Russian facility had been "
              "damaged.\n\nA Ukrainian air force spokesman said Ukraine had launched fewer than ten missiles that "
              "night.")
    assert _deniers(rec, "air defences had intercepted 47 missiles overnight") == ["UKR"]
    assert _deniers(rec, "its forces had repelled a Ukrainian attempt") == []


def test_the_one_statement_telling_the_thing_when_the_chosen_author_told_none(run):
    rec = run("Radio Ergo, evening news, Baidoa\n\nThe governor of Bay region told our reporter on Friday that "
              "elders in Burhakaba had told him al-Shabaab fighters had flogged six men accused of selling "
              "cigarettes in front of the village well.\n\nThe governor said the army had sent reinforcements to "
              "Burhakaba, and that two soldiers had been wounded in a clash on the road. He said the militants had "
              "also taken 90 goats from the village as a tax.\n\nIn a message on a channel it uses, al-Shabaab "
              "called the story of the goats a fabrication by the governor, saying the animals had been bought from "
              "their owners, but it made no comment on the floggings.")
    assert _deniers(rec, "had also taken 90 goats from the village") == ["SOM"]
    assert _deniers(rec, "had flogged six men") == []


def test_a_stateless_author_the_denial_names_answers_with_its_next_statement(run):
    rec = run("Press release No. 12 of the General Staff of the Armed Forces of Niger\n\nThe General Staff firmly "
              "rejects the allegations circulated since Monday by a collective based abroad concerning the "
              "operation conducted by the Armed Forces near Tillia, which are intended to tarnish the image of our "
              "soldiers.\n\nAccording to the collective's publication, soldiers who had arrested some thirty herders "
              "at the well led them into the dunes, where they were shot and buried in a common grave. The "
              "collective further asserts that the names of the dead were given to it by relatives who had fled to "
              "Mali.\n\nThe General Staff states that the operation targeted a terrorist cell and that no civilian "
              "was detained.")
    assert _deniers(rec, "soldiers who had arrested some thirty herders") == ["NER"]


def test_a_force_named_with_the_other_spelling_is_that_force():
    from sitrep.actors import named_group
    assert named_group("The Uganda People's Defence Forces said on Monday") == ("UGA", "MIL")
    assert named_group("a spokesman for the Israel Defence Forces") == ("ISR", "MIL")
    assert named_group("the Kenya Defense Forces") == ("KEN", "MIL")
    # a generic phrase in lower case is no force's name
    assert named_group("Pakistani border security forces fired") is None


def test_the_uganda_army_under_its_plural_name_speaks_for_uganda(run):
    rec = run("KAMPALA, June 2 - An opposition MP said on Monday that 12 of his supporters had been taken to a "
              "barracks in Mbarara after a rally.\n\nThe Uganda People's Defence Forces denied that any civilian "
              "was being held at its barracks.")
    assert _deniers(rec, "12 of his supporters had been taken to a barracks") == ["UGA"]
