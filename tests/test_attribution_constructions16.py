"""Attribution constructions added in session 17 (PolNeAR content boundaries: contents that matched a gold content
only in overlap). A finite clause with a subject of its own that the parser joined to the cue verb with "and", "but"
or "or" right after the verb's complement clause ("The mayor said the flood had closed two roads, and there was no
sign yet …") is more of what was said; not when it is a new report ("…, but he said …", "…, and she urged …",
"…, but he refuses to discuss …"), nor, after "but", when the cue is not a speech verb ("assumed that the dam would
hold, but that was not the case": the writer's correction) or puts the claim in doubt ("The rebels claim …, but the
ruins … expose the lie": a rebuttal), nor across a semicolon.
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


@pytest.mark.parametrize("text,cue,content", [
    ("The mayor also said that it was too early to tell whether the bridge was damaged by the storm, and there was "
     "“no sign” yet that it would fall.", "also said",
     "that it was too early to tell whether the bridge was damaged by the storm, and there was “no sign” yet that it "
     "would fall"),
    ("The governor noted his aides offered to hold a hearing in private, but the council declined.", "noted",
     "his aides offered to hold a hearing in private, but the council declined"),
    ("The agency announced it will send 12 inspectors to the port this week, and it will all be finished by Friday.",
     "announced", "it will send 12 inspectors to the port this week, and it will all be finished by Friday"),
    ("The engineer said the pumps could not run because the town had only ordered the fuel a day earlier, and the "
     "tanks weren't fully filled.", "said",
     "the pumps could not run because the town had only ordered the fuel a day earlier, and the tanks weren't fully "
     "filled"),
])
def test_coordinated_clause_after_the_complement_is_content(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]


@pytest.mark.parametrize("text,cue,content", [
    ("The coach said the team was tired, but he said the players were ready.", "said", "the team was tired"),
    ("The minister said the talks had stalled, and she urged both sides to return.", "said", "the talks had stalled"),
    ("The report said the harvest fell, but he refuses to discuss the figures.", "said", "the harvest fell"),
    ("The farmers assumed that the dam would hold, but that was not the case.", "assumed", "that the dam would hold"),
    ("The company announced it would close the plant; the workers were not told.", "announced",
     "it would close the plant"),
    ("The rebels claim their fighters hit only army posts, but the ruins of the market expose the lie.", "claim",
     "their fighters hit only army posts"),
])
def test_coordinated_new_report_or_correction_is_not_content(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]
