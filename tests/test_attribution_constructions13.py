"""Attribution constructions added in session 14 (PolNeAR sources): the object of a verb of obligation or permission
before an infinitive ("the law requires candidates to disclose …") is no source; a speech verb with a subject of its
own joined by ", and" (or opening a parallel wh-clause: "… and why engineers say …") starts a new statement instead
of extending the content before it; the words before a quote that hold a reporting clause of their own are not the
quote's lead-in; a subject the parser found inside a quoted title after the verb ("on Radio Nord’s “Morning Call.”")
gives way to the name before the verb; a participle right after "X said," is X's even when the parser hung it on a
later verb; a participle on an occasion of speaking ("at a briefing announcing …") has the speaker as source;
a passive verb after a question in quotes is a new sentence, not its reporting clause; the name before a participial
aside after a dateline ("DENVER -- Mayor Ana Ruiz, opening …, said") is the subject of the verb after it.
Sentences written for these tests; the parser slips are reproduced by re-attaching words of a parsed sentence."""
import pytest

from conftest import attributions, with_cue


def _extract(doc):
    from sitrep.claims.attribution import extract

    return [a.texts(doc.text) for a in extract(doc, None, strict=True)]


def _tok(doc, text, n=0):
    return [t for t in doc if t.text == text][n]


@pytest.mark.parametrize("text,cue", [
    ("Federal law requires all candidates to disclose their assets and sources of income.", "to disclose"),
    ("A new law enables parents to claim that the school failed their children.", "to claim"),
    ("The court order allows the reporters to publish that the minister lied.", "to publish"),
])
def test_object_of_an_obligation_or_permission_is_no_source(nlp, text, cue):
    atts = attributions(nlp, text)
    assert not any(a["cue"] == cue for a in atts)


def test_conjoined_speech_clause_with_its_own_subject_is_a_new_statement(nlp):
    atts = attributions(nlp, "The coach said the team was ready for the final, and when pressed on the injuries, the "
                             "club's doctor replied, “Everyone is fit.”")
    said = with_cue(atts, "said")
    replied = with_cue(atts, "replied")
    assert said["content"] == ["the team was ready for the final"]
    assert replied["source"] == "the club's doctor"


def test_parallel_wh_clause_with_its_own_speaker_is_a_new_statement(nlp):
    atts = attributions(nlp, "Voters want to know why the mayor says the tunnel is safe and why engineers say it will "
                             "leak.")
    says = with_cue(atts, "says")
    say = with_cue(atts, "say")
    assert says["content"] == ["the tunnel is safe"]
    assert say["source"] == "engineers"


def test_reporting_clause_before_a_quote_is_not_its_lead_in(nlp):
    atts = attributions(nlp, "Ruiz said the plan was dead — “nobody wants it,” she added.")
    added = with_cue(atts, "added")
    said = with_cue(atts, "said")
    assert added["content"] == ["“nobody wants it,”"]
    assert said["source"] == "Ruiz"


def test_quoted_title_after_the_verb_is_not_its_subject(nlp):
    doc = nlp("“The harbour needs dredging before winter,” Ruiz, a port engineer, said Monday on Radio Nord’s "
              "“Morning Call.”")
    said = _tok(doc, "said")
    # the slip: the title read as the verb's subject, the speaker as an apposition of the noun before the quote mark
    _tok(doc, "Morning").head = said
    _tok(doc, "Morning").dep_ = "nsubj"
    _tok(doc, "Ruiz").head = _tok(doc, "winter")
    _tok(doc, "Ruiz").dep_ = "appos"
    att = with_cue(_extract(doc), "said")
    assert att["source"] == "Ruiz, a port engineer,"


def test_participle_after_a_short_reporting_clause_is_its_speakers(nlp):
    doc = nlp("“The vote is a disgrace,” Lopez said, going on to say that the council had ignored the parents, and "
              "the parents know it.")
    # the slip: the last clause's verb read as the root, the reporting clause and the participle both hung on it
    know = _tok(doc, "know")
    know.head = know
    know.dep_ = "ROOT"
    for t in doc:
        if t.i != know.i and t.head.i == _tok(doc, "said").i and t.i > know.i - 5:
            t.head = know
    _tok(doc, "said").head = know
    _tok(doc, "said").dep_ = "parataxis"
    going = _tok(doc, "going")
    going.head = know
    going.dep_ = "advcl"
    att = with_cue(_extract(doc), "going on to say")
    assert att["source"] == "Lopez"


def test_participle_on_an_occasion_of_speaking_is_the_speakers(nlp):
    doc = nlp("“The prisons are too old,” the governor said at a briefing on Tuesday announcing that two of them "
              "would close.")
    # the parse to repair: the participle read as a modifier of the occasion noun
    announcing = _tok(doc, "announcing")
    announcing.head = _tok(doc, "briefing")
    announcing.dep_ = "acl"
    assert with_cue(_extract(doc), "announcing")["source"] == "the governor"


def test_passive_verb_after_a_quoted_question_is_no_reporting_clause(nlp):
    atts = attributions(nlp, "“Was the contract rigged?” The builder was never charged with fraud, and the inquiry "
                             "ended in May.")
    assert not any("charged" in (a["cue"] or "") for a in atts)


def test_name_before_a_participial_aside_after_a_dateline(nlp):
    doc = nlp("DENVER -- Mayor Ana Ruiz, opening the new arena on Sunday, said it would bring jobs to the city.")
    # the slip: the name hung on the dateline as an apposition, the verb left without a subject, the aside on the verb
    ruiz = _tok(doc, "Ruiz")
    ruiz.head = _tok(doc, "DENVER")
    ruiz.dep_ = "appos"
    _tok(doc, "DENVER").head = _tok(doc, "said")
    _tok(doc, "DENVER").dep_ = "dep"
    _tok(doc, "opening").head = _tok(doc, "said")
    _tok(doc, "opening").dep_ = "advcl"
    att = with_cue(_extract(doc), "said")
    assert att["source"] == "Mayor Ana Ruiz"
    assert att["content"] == ["it would bring jobs to the city"]

