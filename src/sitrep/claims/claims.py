"""Claims: who asserts, alleges, denies or confirms what, and which denial answers which claim.

Built from the attributions (`Doc._.attributions`), the actor mentions and the events of a Doc. A denial
becomes a response on the claim it denies, also when that claim is only mentioned inside the denial
("The information spread by X about Y is false").

Which claim a denial answers: the earlier claim sharing most words with it, by another side; else, when it
names an author ("Kyiv's accusation"), that author's claim; else a claim nearby that accuses the denier's side
or comes just before it. A denial that states its claim inside it ("dismissed reports that A") takes a nearby
claim only when they share a word, and otherwise answers a claim of its own; one that answers nothing stated
or named ("said it had nothing to do with the leaks") is a denial statement with no link. Who denies: the
speaker, with seats of government ("the Kremlin"), armed groups described after being named ("the militant
group"), a government in a civil war (the one country of the armed groups named), coordinated speakers
("Turkey and Azerbaijan denied") each on its own. A claim and a denier make one link ("denied A and called it
fake"). Not denials: negated cues ("did not confirm or deny"), "declined to comment", "did not respond", and a
statement negated under a neutral verb ("said its troops did not fire"), which stays an assertion (the labelled
sets' convention since heldout2; session 9 dropped the rule that made it a denial).
Speakers of no state: witnesses, residents, unnamed sources, international bodies and their staff, NGOs, groups
of no single country; "the statement said" is the earlier speaker's; a seat of government ("Port Sudan") its
state's; an armed group of no named country is of the ground the article's places lie in.
A lone denial makes an implied claim (the denied content; the author it names, else none; its claim noun as
cue) unless the next sentences tell the claim as made before ("… had said"). Speakers the tagger missed ("said in
a statement that", "X, citing Y, said", a trailing appositive) are repaired from the parse; a statement speaks
for whoever issued it. See `data/claims-eval/README.md`, "Lone denials and implied claims".
Quoted denials (session 13): a quote of several sentences denying two claims in turn is one denial of each; a
'"…," he said' or '"…," Uriel said' the resolver left without a country takes the person the sentences before
introduced with a body ("India's foreign secretary gave a briefing", "An ELN commander who uses the name Uriel").
Statements the tagger missed or misread (session 16), so that the claim a denial answers exists: a that-clause the
parser hung on the noun before it ("told a local radio station that A"), an accusation before ", a charge X rejects",
a subject read as what is said, "reports, citing Y, that A", a claim told inside a quote that calls it a lie, "X
claims" read as a noun after a participle, "put the toll at N", and what is said cut short at a comma.
The document's own voice (session 16): in an issuer's statement or press release whose title names the issuer
("Statement of the Bureau for X", "X - Press Release", "X communique") a sentence citing no one is the issuer's, so
"Claims by Y that A are unfounded" and "Y's claim that A is false" are the issuer's denials of Y's claim; in a
fact-check (a "Fact check:" title or a "Verdict:" line) the headline's and the verdict's denials are the desk's, of
no country, and what a post "claims to show" is the post's claim (the desk's verdict answers only such claims of no
country's author: the labelled sets keep a party's own claim to the parties' denials). Since session 27 the title
may also read "X statement on Y", "X, communique 118", "Press release, X, <city>", "X, public affairs office", and a
release with no title may be signed at its foot by a state body; a civil-society issuer speaks for no state. A quote
or a transcript answer of several sentences, one of which denies, is a denial of those sentences only: each other
sentence is its speaker's statement of its own, its stance from its own words.
Modules: this one builds the claims and repairs their spans; who a speaker is (country, sector, side) is
`speakers.py`, which claim a denial answers is `denials.py`, the word lists are loaded in `tables.py` and
the word helpers they share are in `text.py`.
Word lists: `data/claims/stance.yaml` and `data/claims/linking.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from .. import doccache as _dc
from ..actors import SpanIndex, is_igo, mention_for, sector_of
from ..model import Claim, Event
from .attribution_lexicon import load_lexicon
from .attribution_core import QUOTE_CHARS
from .coref import _issued_by, mention_gender, statement_owner
from .denials import (_attach_denial, _calls_a_claim, _claim_told_after, _claim_told_inside_denial, _event_in, _is_anaphoric, _later_accuser,
                      _mention_told_in_full, _named_as_untrue, _named_person, _no_evidence_for, _places_in, _renumber,
                      _responds_to_claim, _sentence_gap, _untagged_denials)
from .quotes import doc_quotes, top_level
from .sources import chain_for, cited_by, document_citations, report_owner, same_name, speaker_name
from .speakers import (_describes_armed_group, _mention_of, _other_side, home_country, _institution_source,
                       _institution_spokesman,
                       _intro_official, _named_before, _own_body_in_words, _places_country, _same_person_before,
                       _speaker_lists,
                       _state_media, _STATE_SECTORS, _title_of, _turn_label, _who)
from .tables import _NAMING, _figure_noun_search, _linking, _tables
from .text import (_act_kinds, _calls_untrue, _content_words, _cue_token, _finite_second_denial, _names_its_author,
                   _stems, found_statement)

# the tags of a finite verb: a clause or a sentence of its own, a title with one a headline
_FINITE = ("VBD", "VBZ", "VBP", "MD")


# Cues that ask or warn ("called on the army to stop using … for propaganda", "call on citizens to take information
# only from official sources", "warned the media against relaying 'terrorist propaganda'"): what is asked is no
# verdict on a claim, whatever its words (session 20).
_ASKING_CUES = frozenset({"call on", "call upon", "urge", "ask", "appeal", "warn", "implore", "exhort"})
# A denying verb whose object is a thing proposed or asked, not a claim ("The judge rejected a defence request to
# release the soldiers", "the bloc that rejected the 2016 peace deal"): a decision, no denial (session 20).
_PROPOSED = re.compile(r"\s*(?:the|a|an|his|her|its|their|this|that|any|every|all)?\s*(?P<words>(?:[\w'\u2019-]+\s+){0,3}?)"
                       r"(?:request|appeal|offer|proposal|bid|plea|application|petition|motion|invitation|deal|"
                       r"agreement|accord|ceasefire|truce|peace\s+plan|settlement|resolution)s?"
                       r"(?:\s+(?:to|for|of|on|by|from|with|that|which)\b|\s*[.,;]|\s*$)", re.I)


def stance_of(cue_lemma: str, content: str) -> str:
    data, cue_stance = _tables()
    low_cue = cue_lemma.lower()
    stance = cue_stance.get(low_cue) or next((cue_stance[w] for w in low_cue.split() if w in cue_stance), "assert")
    proposed = _PROPOSED.match(content) if low_cue.split()[:1] and low_cue.split()[0] in (
        "reject", "refuse", "dismiss", "rebuff") else None
    if proposed and not _calls_untrue(content) and not any(
            w.lower() in data["claim_nouns"] for w in proposed.group("words").split()):
        return "assert"  # ("rejected reports of a truce" is a denial)
    if low_cue in _ASKING_CUES or low_cue.split()[:1] and low_cue.split()[0] in ("urge", "ask", "warn"):
        return stance
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", content.lower()).split()) + " "
    if stance != "deny" and _calls_untrue(content):
        return "deny"
    if stance == "assert" and any(f" {w} " in low for w in data["content"]["allege"]):
        return "allege"
    return stance


def build_claims(doc: Doc, events: list[Event], doc_id: str, outlet: str | None) -> list[Claim]:
    claims: list[Claim] = []
    cited = document_citations(doc, outlet)
    home = home_country(doc, cited)
    # "did not respond to a request for comment", "declined to comment": no statement, no denial
    atts = [a for a in getattr(doc._, "attributions", None) or [] if a.kind != "non_response"]
    voice = _document_voice(doc, home, cited)  # an issuer's statement, a fact-check desk: who speaks unsourced
    atts = _repair_sources(doc, atts)
    atts = _misparsed_claim_noun(doc, atts)
    atts = atts + _noun_tagged_speech_verbs(doc, atts)
    atts = _noun_tagged_denials(doc, atts)
    atts = atts + _quotes_after_their_speaker(doc, atts)
    atts = _subject_taken_for_content(doc, atts)
    atts = _subject_on_both_sides(doc, atts)
    atts = _cited_then_that_clause(doc, atts)
    atts = atts + _that_clause_read_as_relative(doc, atts)
    atts = _trailing_charge(doc, atts)
    atts = atts + _claim_told_inside_denying_quote(doc, atts)
    atts = atts + _speaking_verb_after_a_participle(doc, atts)
    atts = atts + _toll_put_at(doc, atts)
    atts = atts + _blamed_in_relative_clause(doc, atts)
    atts = atts + _said_in_relative_clause(doc, atts)
    atts = _fact_check_statements(doc, atts) if voice == _DESK else atts
    atts = _participle_claim_before_its_verdict(doc, atts) if voice else atts
    atts = atts + (_unsaid_claims_called_untrue(doc, atts, desk=voice == _DESK) if voice else [])
    atts = atts + (_own_role_denials(doc, atts) if voice and voice != _DESK else [])
    atts = _verbs_read_as_noun_modifiers(doc, atts)
    called = _headline_calls(doc, atts)
    atts = [a for a in atts if not any(a.cue[0] == h.cue[0] for h in called)]  # (the misread one it replaces)
    atts = sorted(atts + _untagged_denials(doc, atts) + called + _not_guilty_pleas(doc, atts)
                  + _gerund_denials(doc, atts) + _bare_headline_denials(doc, atts + called),
                  key=lambda a: a.cue[0])
    created: dict = {}  # claims made from a denial that names no earlier claim -> that denial
    denial_cues: dict = {}  # a reported denial's content start -> its cue (see `_denials_with_their_verb`)
    atts = _split_coordinated(doc, atts)
    atts = _verdict_turns_split(doc, atts)
    spans = {id(a): _rstripped(doc, _content_start(a), _repair_end(doc, a, atts, _content_start(a), a.content[-1][1]))
             for a in atts if a.content}
    _cut_at_coordinated_denial(doc, atts, spans)
    _cut_before_contrasted_speaker(doc, atts, spans)
    _extend_to_untrue_predicate(doc, atts, spans)
    _extend_to_result_participle(doc, atts, spans)
    _extend_to_trailing_aside(doc, atts, spans)
    _extend_past_cut(doc, atts, spans)
    _cut_before_adverbial_report(doc, atts, spans)
    # a headline's words come after the body's: "Army denies losing 30 soldiers" sums up the lead's fuller
    # denial, which is the statement; the headline speaks only where the body has no denial of its own
    heads = [a for a in atts if _in_headline(doc, a)]
    summaries: list = []
    calls: list[Claim] = []
    for att in [a for a in atts if a not in heads] + heads:
        if not att.content:
            continue
        if _inside_other_denial(doc, att, atts, spans):
            continue  # "dismissed reports that …": the noun cue inside a sourced denial is the same statement
        # "had asked the home ministry to replace the unit", "called for an inquiry": a request states nothing
        # that can be true or false; it is kept as its speaker's call, apart from the statements denials answer
        call = _request(doc, att)
        if _heard_thing(doc, att):
            continue  # "Court hears opposition leader's bail plea": a thing heard, nothing said
        if _citing_aside(doc, att):
            continue  # "MAP, quoting a local official, said A": whom the speaker cites, not a claim
        if _relays_a_report_whole(doc, att, atts):
            continue  # "A, the general said, according to state radio": the general's claim, radio its relay
        if _withholding(doc, att):
            continue  # "had been denied access to the area": a thing refused, nothing denied
        if att.source and _dc.text(doc)[att.source[0]:att.source[1]].lower() in ("we", "i") and any(
                o is not att and o.kind == "direct" and id(o) in spans and
                spans[id(o)][0] <= att.cue[0] < spans[id(o)][1] for o in atts):
            continue  # "'We deny any involvement. …,' he said": the quote is the statement, its speaker the same
        start, end = spans[id(att)]
        # (after a speaker told after what it says: "A, according to residents, an accusation the army rejected")
        reach = max(end, att.source[1]) if att.source is not None and att.source[0] >= end else end
        trailing = _linking()["trailing"].search(_dc.text(doc), start, reach + 80)
        if trailing and re.search(r"[.!?\n]", _dc.text(doc)[end:trailing.start()]):
            trailing = None  # in a later sentence: another claim's
        if trailing and trailing.start() < end:
            end = trailing.start()
        content = _dc.text(doc)[start:end]
        stance = "assert" if call else stance_of(att.cue_lemma or "", content)
        if stance == "assert" and not call and _calls_a_claim(doc, att, start, end) and \
                not _called_an_offence(doc, start):
            stance = "deny"  # "Moscow calls the reports a deliberate provocation"
        if stance in ("assert", "allege") and not call and _named_as_untrue(doc, att, start):
            stance = "deny"  # "described as false a report by French radio which said that …"
        if stance in ("assert", "allege") and not call and _no_evidence_for(doc, att, start):
            stance = "deny"  # "found no evidence that A", "did not find any proof that A"
        answered = None
        if stance in ("assert", "allege") and not call and _answers_no(doc, att, start):
            stance = "deny"  # "Q: … says A. Is there any truth in that? / Spokesperson: None whatsoever."
            answered = _question_turn(doc, att.source[0])
        elif stance == "deny" and _answers_untrue(doc, att, start):
            answered = _question_turn(doc, att.source[0])  # "Q: X says A. / Minister: That is not true. …"
        speaker = speaker_name(doc, att)
        # "according to preliminary data": evidence, not a speaker; the claim is the article's own
        source = (att.source_resolved or att.source) if speaker is not None else None
        source = report_owner(doc, source) or source  # "a UN experts' report said": its authors
        # the statement's issuer before any coreferent the resolver chose for "the statement"
        issuer = (_statement_issuer(doc, att.source) if speaker is not None else None) or \
            _statement_issuer(doc, source)
        if issuer is not None:  # "The ministry issued a communique. '…,' the communique said": the ministry
            source = issuer
            speaker = re.sub(r"^(the|a|an)\s+", "", _dc.text(doc)[issuer[0]:issuer[1]].strip(), flags=re.I)
        chain_att = att
        if att.source_resolved and att.source and _describes_armed_group(doc, att.source) and \
                not _armed_speaker_before(doc, att, atts):
            source = att.source  # "the militia": the armed group named before, not the coreferent the parser chose
            speaker = re.sub(r"^(the|a|an)\s+", "", _dc.text(doc)[source[0]:source[1]].strip(), flags=re.I)
            chain_att = _copy_att(att, source_resolved=None)  # and its chain names it so
        if att.source_resolved and att.source and att.content and \
                att.content[0][0] <= att.source_resolved[0] < att.content[-1][1]:
            # "X's claims that A are lies, the statement said": a speaker inside what is said is not its speaker;
            # "the statement" is the last earlier speaker's
            source, speaker = _earlier_statement(doc, att, atts) or (att.source, speaker)
        if att.source is None and att.kind != "evidential":
            source = _headline_subject(doc, att)  # "Armenia rejects Baku's accusations" (a noun-tagged subject)
            speaker = _dc.text(doc)[source[0]:source[1]] if source else None
        if stance == "deny" and (att.cue_lemma or "").lower() in _tables()[0]["claim_nouns"]:
            # "Bagheri: … The report's claim that B is simply false.": the report made the claim; the one who
            # calls it false is the speaker of the statement around it
            outer = _enclosing_statement(att, atts)
            if outer is not None:
                if stance_of(outer.cue_lemma or "", _dc.text(doc)[outer.content[0][0]:outer.content[-1][1]]) == "deny":
                    continue  # the statement around it is that denial, told in full
                source, speaker = outer.source_resolved or outer.source, speaker_name(doc, outer)
        source, speaker = _conj_speaker(doc, att, atts, source, speaker)
        claimant = _who(doc, source, speaker, home, cited)
        own = _own_body_in_words(doc, claims, att.source, claimant)
        if own is not None:
            claimant = own  # "A UN spokesperson said the organisation had warned that A": the UN's own words
        if claimant.get("country") is None and speaker and _state_media(speaker):
            # "State television called the reports fabricated": the state of the article's home or places
            claimant = {**claimant, "country": home or _places_country(doc)}
        if claims and att.source and _dc.text(doc)[att.source[0]:att.source[1]].lower() == "it" and \
                _sentence_gap(doc, claims[-1].end, start) == 1 and \
                claims[-1].claimant.get("name") and claims[-1].claimant.get("sector") in _STATE_SECTORS and \
                claimant.get("sector") not in _STATE_SECTORS:
            # "Somalia's information ministry said A. It dismissed the group's toll": "it" continues the last
            # sentence's speaking body, not the armed group named before it
            claimant = claims[-1].claimant
        pronoun = _dc.text(doc)[att.source[0]:att.source[1]].lower() if att.source else ""
        if claims and att.source and not claimant.get("country") and not claimant.get("name") and \
                pronoun in ("they", "he", "she"):
            # "Military sources said A. They dismissed B": the last speaker, of the pronoun's sex ("Rwanda rejected
            # the accusation through its spokeswoman. '…,' she said" after a spokesman quoted before)
            last = _last_speaker_of_sex(doc, claims, pronoun, att.source[0])
            if last is not None and _sentence_gap(doc, last[0], start) <= 1:
                claimant = last[1]
        if att.kind == "direct" and att.source and not claimant.get("country") and not claimant.get("name") and \
                _dc.text(doc)[att.source[0]:att.source[1]].lower() in ("he", "she"):
            # '"…," he said' after "India's foreign secretary gave a briefing.": the person the sentences before
            # introduced as their subject, when the resolver found nobody
            before = _person_introduced_before(doc, att.source[0])
            if before is not None:
                claimant = _who(doc, before[0], None, home, cited)
        if claims and (speaker or "").lower() in _linking()["platforms"] and \
                _sentence_gap(doc, claims[-1].end, start) <= 1:
            claimant = claims[-1].claimant  # "The governor wrote on Telegram that A. B, it said": the poster
        if claimant.get("country") is None and claimant.get("name"):
            claimant = _named_before(claims, claimant)
        if att.kind == "direct" and claimant.get("country") is None and claimant.get("name") and att.source:
            # '"…," Uriel said' after "An ELN commander who uses the name Uriel posted a video": the sentence
            # before introduced the speaker with the body it speaks for
            before = _person_introduced_before(doc, att.source[0], claimant["name"])
            if before is not None:
                claimant = {**claimant, **{k: v for k, v in before[1].items() if k in ("country", "sector")}}
        if source is not None and claimant.get("country") in (None, home):
            # a country of the speaker's own (its name, a capital it spoke in) is kept; the home guess is not
            claimant = _institution_spokesman(claims, claimant, _title_of(doc, source))
        if att.source_resolved is not None or claimant.get("country") in (None, home):
            # "She called the account a distortion"; "Legesse also accused …" after "Ethiopia's government
            # spokesman, Legesse Worku": the person named before, not the article's home state guessed again
            claimant = _same_person_before(claims, claimant)
        if claimant.get("country") is None and claimant.get("name"):
            claimant = _prosecuting_state(doc, claims, claimant)
        if claimant.get("country") is None and _issuer_named_again(voice, claimant):
            # "Royal Thai Navy, Third Naval Area - Statement … The Third Naval Area rejects the claim": the issuer the
            # heading names, of its state
            claimant = {**claimant, "country": voice["country"],
                        "sector": claimant.get("sector") or voice.get("sector")}
        named = _mention_of(doc, doc.char_span(*source, alignment_mode="expand")) if source is not None else None
        if source is not None and _turn_label(doc, source) and (claimant.get("country") is None
                                                                or named is None or named.country is None):
            # "Kazemi: …" in a briefing of Iran's spokesman: the intro's state, before the article's places
            claimant = _intro_official(doc, claimant)
        original = cited_by(doc, att)
        if original is not None:
            # "X reported, citing Y", "Y told X": the claimant is the original speaker Y, X is a link of the
            # chain (convention, data/claims-eval/README.md); an unnamed source of an institution ("a military
            # source") with no country of its own is of the reporting speaker's
            outer = claimant
            name = re.sub(r"^(the|a|an)\s+", "", re.sub(r"\s+", " ", _dc.text(doc)[original[0]:original[1]]).strip(),
                          flags=re.I)
            claimant = _who(doc, original, name, home, cited)
            if claimant["country"] is None and _state_media(name):
                # "Iraq's security media cell, citing the state news agency": the reporting state's own media
                claimant = {**claimant, "country": outer.get("country")}
            elif claimant["country"] is None and _institution_source(doc, original):
                # "Xinhua, citing a police source, said gunmen attacked a bus near Quetta": the source is of the
                # state whose ground the article is on, else of the reporting speaker's
                claimant = {**claimant, "country": _places_country(doc) or outer.get("country")}
        if stance == "deny":
            # "Claims by X that A are unfounded", "X's claim that A is false" said in no one's words: the
            # document's own voice (its issuer, a fact-check desk) denies, and X is the author the denial names
            unsaid = _unsaid_claim_noun(doc, att, atts)
            if unsaid is not None:
                start = min(start, unsaid)
                claimant = dict(voice) if voice else {"name": None, "country": None, "sector": None}
        if voice == _DESK and (getattr(att, "headline", False) or att.source and _verdict_label(doc, att.source)):
            claimant = dict(voice)  # "Verdict: False. The claim that A is false", its title: the desk's verdict
        elif voice == _DESK and (_item_claims_to_show(doc, att) or _item_says(doc, att)):
            claimant = {**claimant, "country": None}  # what a video "claims to show": the video's, of no country
        elif voice and source is None and not claimant.get("name") and not claimant.get("country") and \
                (stance == "deny" or voice != _DESK) and _enclosing_statement(att, atts) is None:
            # "Reports circulating on social media that A are baseless propaganda" in an issuer's statement: its
            # words; a fact-check's own words deny ("No evidence A")
            claimant = dict(voice)
        if _negated_cue(doc, att) and not getattr(att, "headline", False):  # (a fact-check's "No, …" title denies)
            continue  # "Kyiv did not confirm or deny that ...": no statement either way
        if stance == "deny" and _refused_act(doc, att):
            continue  # "a driver refused to stop at a checkpoint": an act, not a denial
        if stance == "deny":
            if _contests_no_claim(doc, att, start, end):
                continue  # "the two countries have disputed parts of their border": land, not a claim
            if _restates_denial(doc, att, atts, spans):
                if not _second_proposition(doc, att, start, end):
                    continue  # "denied A, calling the accusations a lie": the same denial said again
                # "denied any involvement and said the accusations were part of a campaign to …": what the second
                # verb says is a statement of its own, told as fact; it is no second denial
                stance = "assert"
        if stance == "deny":
            if _denied_before(doc, att, start, end):
                continue  # "Riyadh has rejected similar accusations from the Houthis before": background
            if att in heads and (claimant.get("country") or claimant == _DESK) and \
                    _denied_after(claims, claimant["country"], end):
                summaries.append((att, claimant, start, end))  # the headline sums up a denial the body tells
                continue
            asked = [c for c in claims if answered and answered[0] <= c.start < answered[1] and c.stance != "deny"]
            if asked:  # the claim the question relays is what the answer denies
                asked[-1].responses.append({"by": claimant, "stance": "deny", "text": content, "start": start,
                                            "end": end, "cue": _dc.text(doc)[att.cue[0]:att.cue[1]]})
                continue
            parts = _quoted_denial_parts(doc, att, claims, claimant, start, end)
            if att.kind != "direct":
                denial_cues[start] = att.cue
            for who in _coordinated(doc, source, claimant):
                for a, b, part_of in parts:
                    _attach_denial(doc, claims, att, who, a, b, events, doc_id, created, part_of)
            continue
        if att.kind == "direct" and att.source and _dc.text(doc)[att.source[0]:att.source[1]].strip().lower() in \
                _linking()["interviewer_labels"]:
            continue  # "Q: Israel's prime minister said that …": the interviewer relays, the report inside speaks
        if att.kind == "direct" and content.rstrip(" \"'\u201d\u2019").endswith("?") and \
                len(list(doc.char_span(start, end, alignment_mode="expand").sents)) == 1:
            continue  # "Q: Did your forces fire first?": a question asserts nothing
        if _negated_question(doc, att, content):
            continue  # "MSF does not know which party fired": an open question, nobody's claim
        if _responds_to_claim(doc, att, start, end):
            continue  # "Responding to the claim, …", "Asked about reports that …": the topic of what follows
        if att.source is None and att.kind == "evidential":
            continue  # "allegedly" alone names no claimant; the event's status carries the doubt
        if outlet and claimant["name"] and same_name(claimant["name"], outlet):
            continue  # the outlet reporting is the chain's first link, not a claim of its own
        claim = Claim(
            id=f"{doc_id}-c{len(claims) + 1}", claimant=claimant, stance=stance, text=content, start=start, end=end,
            event=_event_in(events, start, end), locations=_places_in(doc, start, end),
            cue=_dc.text(doc)[att.cue[0]:att.cue[1]], sources=chain_for(doc, chain_att, outlet, cited))
        if call:
            calls.append(replace(claim, speech_act="call"))
            continue
        claims.append(claim)
        if trailing:
            span = (trailing.start("who"), trailing.end("who"))
            claim.responses.append({"by": _who(doc, span, None, home, []), "stance": "deny",
                                    "text": _dc.text(doc)[trailing.start("noun"):trailing.end()],
                                    "start": trailing.start("noun"),
                                    "end": trailing.end(), "cue": trailing.group(0).split()[-1]})
    _later_accuser(doc, claims, atts, created)
    _claim_told_after(doc, claims, created)
    _mention_told_in_full(doc, claims)
    _claim_told_inside_denial(doc, claims)
    for att, denier, start, end in summaries:
        _headline_denial(doc, att, claims, denier, start, end)
    if voice == _DESK:
        # the desk's verdict answers the post or rumour it checks (a claim of no author's country); on a party's
        # own claim the labelled sets keep the parties' denials only ("Our verdict: false." after a ministry's post)
        _desk_verdicts_on_checked_claim(claims)
        title = _title_end(doc, 24) or 0
        for c in claims:
            if c.claimant.get("country"):
                # (but a title in the words of a party's claim answers it: see `_title_answers`)
                keep = _title_answers(doc, c, title)
                c.responses = [r for r in c.responses if r["by"] != _DESK or keep and r["start"] < title]
    if voice and voice != _DESK:
        claims = sorted(claims + _issuer_sentences(doc, atts, claims, voice, events, doc_id), key=lambda c: c.start)
    claims = _merge_same_claims(_drop_wrappers(claims))
    _denials_with_their_verb(doc, claims, denial_cues)
    claims = sorted(claims + _sentences_beside_denial(doc, claims, events, doc_id), key=lambda c: c.start)
    _update_event_status(claims, events)
    claims = sorted(claims + _calls_kept(calls, claims), key=lambda c: c.start)
    _renumber(claims, doc_id)
    return claims


def _armed_speaker_before(doc: Doc, att, atts) -> bool:
    """"Islamic State's Amaq agency claimed A. … In a second statement, the group said B": the coreferent the
    resolver chose for "the group" is an armed group that spoke before, not one only named in what was said (the
    Syrian Democratic Forces its fighters attacked)."""
    resolved = att.source_resolved
    if not any(o.source == resolved and o.cue[0] < att.cue[0] for o in atts):
        return False
    m = _mention_of(doc, doc.char_span(resolved[0], resolved[1], alignment_mode="expand"))
    return m is not None and m.sector in ("REB", "MLT")


def _calls_kept(calls: list[Claim], claims: list[Claim]) -> list[Claim]:
    """The calls that are not part of a statement kept ("said A and urged B" told as one statement keeps it)."""
    return [c for c in calls if not any(s.start <= c.start and c.end <= s.end for s in claims)]


_PERSON_HEADS = {"spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "official", "commander",
                 "general", "colonel", "officer", "president", "envoy", "ambassador", "governor", "chief", "leader",
                 "adviser", "advisor", "director", "head", "deputy", "aide", "diplomat", "lawmaker", "mayor"}


def _last_speaker_of_sex(doc: Doc, claims: list[Claim], pronoun: str, before: int):
    """(where it spoke, speaker) of the latest claimant or denier before `before` that "he" or "she" can stand for:
    not one whose own words give the other sex (`coref.mention_gender`); any for "they"."""
    text = _dc.text(doc)
    spoke = sorted([(c.end, c.claimant) for c in claims if c.end <= before] +
                   [(r["end"], r["by"]) for c in claims for r in c.responses if r.get("end") and r["end"] <= before],
                   key=lambda x: x[0])
    want = {"he": "M", "she": "F"}.get(pronoun)
    for at, who in reversed(spoke):
        name = who.get("name") or ""
        found = text.rfind(name, 0, at) if name and want else -1
        sex = mention_gender(doc, found, found + len(name)) if found >= 0 else None
        if sex is None or sex == want:
            return at, who
    return None


def _prosecuting_state(doc: Doc, claims: list[Claim], claimant: dict) -> dict:
    """"His lawyer, Nenad Savic, told the court …", "Mr Kato told the court …": in a court report, a party of the
    trial (a defendant, the defence; not a witness, who speaks for no state by the claims sets' convention) with no
    country of its own speaks within the state that tries the case, the country of the prosecution quoted before (not of an international court's prosecutors). Wider than
    speakers' `_court_party`, which needs no prosecution quoted but takes only defendants and state bodies' lawyers."""
    court = doc.user_data.get("sitrep.court_report")  # (read once per Doc: every speaker of no country asks)
    if court is None:
        text = _dc.text(doc)
        court = doc.user_data["sitrep.court_report"] = bool(
            _speaker_lists()["court_words"].search(text) and re.search(r"\bprosecut", text, re.I))
    if not court:
        return claimant
    name = claimant["name"]
    words = set(re.findall(r"[a-z]+", name.lower()))
    if claimant.get("sector") in ("NGO", "IGO") and \
            set(re.findall(r"[a-z]+", re.split(r",\s", name.lower())[0])) & _speaker_lists()["body_names"]:
        # "The Committee to Protect Journalists said" in a trial story: a civil-society or international body by its
        # own name speaks for no state (session 15's convention), whatever court the story is of; not a party
        return claimant
    if words & _speaker_lists()["court_witness_words"] and not words & _linking()["court_defence"]:
        return claimant  # "a former sailor testifying for the prosecution": a witness speaks for no state
    kin = "|".join(map(re.escape, sorted(_speaker_lists()["court_relative_words"])))
    first = re.split(r",\s", name.lower())[0]
    if words & _speaker_lists()["court_relative_words"] and not words & _linking()["court_defence"] or \
            re.search(r"\b(?:" + kin + r")\s+of\b|(?:'s|\u2019s)\s+(?:[a-z-]+\s+)?(?:" + kin + r")\b", first):
        return claimant  # "the dead man's mother, X", "the wife of one defendant, Y": a relative is no party
    # "Kato, who belongs to the X party, denied …": the person before a clause about them, by a full name or by the
    # surname of a person the story named in full
    core = re.split(r",\s+(?:who|whose)\b", name)[0].strip()
    surname = re.fullmatch(r"[A-Z][a-z'-]+", core) is not None and any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == core for e in doc.ents)
    if is_igo(name) or not ((_named_person(core) or surname) and not re.search(r"\b(?:of|the|for)\b", core) or
                            set(re.findall(r"[a-z]+", name.lower())) & (_linking()["court_parties"] |
                                                                         _linking()["court_defence"])):
        return claimant
    for c in claims:
        who = (c.claimant.get("name") or "").lower()
        if c.claimant.get("country") and re.search(r"\bprosecut", who) and not is_igo(c.claimant["name"]):
            return {**claimant, "country": c.claimant["country"]}
    return claimant


def _person_introduced_before(doc: Doc, pos: int, name: str | None = None):
    """The subject of one of the two sentences before `pos` that introduces one person of a known country ("India's
    foreign secretary gave a briefing", "An ELN commander who uses the name Uriel posted a video"), the latest
    such; with `name`, one whose phrase holds the name's last word. Returns its (start, end) and its
    {"country", "sector"}, or None."""
    here = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if here is None:
        return None
    last = name.split()[-1].lower() if name else None
    sents = [s for s in doc.sents if s.end <= here.sent.start][-2:]
    if last is not None:
        return _named_with_body_before(doc, sents, last)
    for sent in reversed(sents):
        for subj in [t for t in sent if t.dep_ == "nsubj" and t.head.i == sent.root.i]:
            if subj.pos_ == "PRON" or subj.tag_ in ("NNS", "NNPS"):
                continue
            span = doc[subj.left_edge.i:subj.right_edge.i + 1]
            if last is not None and last not in {t.lower_ for t in span}:
                continue
            if last is None and not (subj.ent_type_ == "PERSON" or subj.lower_ in _PERSON_HEADS):
                continue
            m = mention_for(doc, span)
            if m is not None and m.country:
                return (span.start_char, span.end_char), {"country": m.country, "sector": m.sector}
            # "An ELN commander who uses the name Uriel": the one body the words up to its head noun name
            inside = {(x.country, x.sector) for x in getattr(doc._, "actor_mentions", None) or []
                      if x.country and span.start <= x.start and x.end <= subj.i + 1}
            if len(inside) == 1:
                country, sector = next(iter(inside))
                return (span.start_char, span.end_char), {"country": country, "sector": sector}
    return None


def _named_with_body_before(doc: Doc, sents, last: str):
    """The body of a known country named right before or after a speaker's name in the sentences `sents` ("An ELN
    commander who uses the name Uriel", "Uriel, an ELN commander"): the nearest such mention within a few words."""
    mentions = [x for x in getattr(doc._, "actor_mentions", None) or [] if x.country]
    for sent in reversed(sents):
        for t in sent:
            if t.lower_ != last or not t.text[:1].isupper():
                continue
            near = [x for x in mentions if sent.start <= x.start and x.end <= sent.end and x.start != t.i and (
                0 <= t.i - x.end <= 5 or 0 <= x.start - t.i - 1 <= 3 and doc[t.i + 1].text == ",")]
            if near:
                x = min(near, key=lambda x: min(abs(t.i - x.end), abs(x.start - t.i)))
                a, b = doc[min(x.start, t.i)].idx, doc[max(x.end - 1, t.i)].idx + len(doc[max(x.end - 1, t.i)])
                return (a, b), {"country": x.country, "sector": x.sector}
    return None


def _quoted_denial_parts(doc: Doc, att, claims: list[Claim], denier: dict, start: int,
                         end: int) -> list[tuple]:
    """A quote of several sentences that calls two of the other side's claims untrue, one after the other ("The army
    claims it killed our commander. This is a lie. … and the army's talk of planned attacks is fiction."): one denial
    for each, the quote cut after each sentence calling something untrue (sentences after the last go with it).
    Cut only when each part shares a word stem with a different earlier claim of another side, and more than with
    any other; otherwise the quote is one denial. Each part as (start, end, the claim it answers or None)."""
    if att.kind != "direct":
        return [(start, end, None)]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [(start, end, None)]
    text = _dc.text(doc)
    sents = [(max(s.start_char, start), min(s.end_char, end)) for s in span.sents]
    if len(sents) < 2:
        return [(start, end, None)]
    parts, first = [], sents[0][0]
    for a, b in sents:
        first = a if first is None else first
        if _calls_untrue(text[a:b]):
            parts.append((first, b))
            first = None
    if len(parts) < 2:
        return [(start, end, None)]
    if first is not None:
        parts[-1] = (parts[-1][0], end)
    others = [c for c in claims if c.start < start and (c.claimant.get("country") != denier.get("country")
                                                         or _other_side(c.claimant, denier))]
    picks = []
    for a, b in parts:
        stems = _stems(text[a:b])
        scores = sorted(((len(stems & _stems(c.text)), i) for i, c in enumerate(others)), reverse=True)
        if not scores or scores[0][0] == 0 or len(scores) > 1 and scores[1][0] == scores[0][0]:
            return [(start, end, None)]
        picks.append(scores[0][1])
    if len(set(picks)) != len(picks):
        return [(start, end, None)]
    # each part keeps the quote's own marks where they bound it, as the whole quote does
    return [(a if i else start, b if i < len(parts) - 1 else end, others[k])
            for i, ((a, b), k) in enumerate(zip(parts, picks))]


def _request(doc: Doc, att) -> bool:
    """"asked the ministry to replace the unit", "urged Kabul to act": a verb of asking whose content is an
    object and an infinitive, not a that-clause; "called for a ceasefire": a demand for a thing."""
    lemma = (att.cue_lemma or "").lower()
    if not att.content or lemma not in _linking()["request_verbs"] | _linking()["demand_cues"]:
        return False
    span = doc.char_span(att.content[0][0], att.content[-1][1], alignment_mode="expand")
    if lemma in _linking()["demand_cues"] and span is not None and span.root.pos_ == "NOUN" and \
            span[0].lower_ not in ("that", "whether", "if") and not any(t.dep_ in ("ccomp", "relcl", "acl")
                                                                        for t in span):
        return True  # "called for an immediate ceasefire": a thing asked for
    return span is not None and len(span) > 1 and span[0].lower_ not in ("that", "whether", "if") and \
        any(t.lower_ == "to" and t.dep_ == "aux" and t.head.pos_ in ("VERB", "AUX") for t in span)


def _heard_thing(doc: Doc, att) -> bool:
    """"The court heard a bail application", "Court hears X's plea": "hear" with a noun phrase for its object
    receives a thing; only "heard that …" (or a clause) tells what was said."""
    if (att.cue_lemma or "").lower() != "hear" or not att.content:
        return False
    span = doc.char_span(att.content[0][0], att.content[-1][1], alignment_mode="expand")
    return span is not None and span.root.pos_ in ("NOUN", "PROPN") and \
        span[0].lower_ not in ("that", "whether", "if", "how")


def _citing_aside(doc: Doc, att) -> bool:
    """"The agency, quoting a local official, said A": a citing clause set off by commas on the subject of a
    reporting verb names the one cited; its object is no statement (A, the verb's content, is)."""
    if (att.cue_lemma or "").lower() not in ("cite", "quote") or not att.content:
        return False
    tok = _cue_token(doc, att)
    if tok is not None and tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl", "xcomp") and \
            not any(c in QUOTE_CHARS for c in _dc.text(doc)[att.content[0][0]:att.content[-1][1]]) and \
            not any(t.pos_ in ("VERB", "AUX") for s, e in att.content
                    for t in doc.char_span(s, e, alignment_mode="expand") or ()):
        return True  # "said in a statement quoting the regional commander": whom it quotes, no words of theirs
    if tok is None or tok.dep_ != "acl" or tok.tag_ != "VBG" or doc[tok.i - 1].text != ",":
        return False
    subj = tok.head
    verb = subj.head
    return subj.dep_ == "nsubj" and tok.i < verb.i and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in load_lexicon().verbs or verb.lemma_.lower() in _tables()[1])


def _relays_a_report_whole(doc: Doc, att, atts) -> bool:
    """"A, the general said, according to state radio": an "according to" whose content is another report told
    whole (its content, cue and speaker, nothing more) is no claim of its own; the report inside is the claim, and
    the one it is "according to" its chain's relay (see `sources.chain_for`)."""
    if att.kind != "according_to" or not att.content:
        return False
    text = _dc.text(doc)

    def inside(pos: int, spans) -> bool:
        return any(s <= pos < e for s, e in spans)
    for inner in atts:
        if inner is att or not inner.source or not inner.content or not inside(inner.cue[0], att.content) or \
                not inside(inner.source[0], att.content) or inner.kind in ("evidential", "non_response") or \
                inside(inner.cue[0], inner.content) or inside(att.cue[0], inner.content) or \
                speaker_name(doc, inner) is None:
            # ("Phone records showed A, according to the ministry": the records speak for nobody; a report whose
            # content runs over its own cue, or over the "according to", is no report told whole inside it)
            continue
        parts = list(inner.content) + [inner.cue, inner.source]
        words = [s + m.start() for s, e in att.content for m in re.finditer(r"\w+", text[s:e])]
        if words and all(inside(p, parts) for p in words):
            return True
    return False


def _withholding(doc: Doc, att) -> bool:
    """"had been denied a lawyer", "was denied access to the area", "denied him insulin": "deny" refusing someone a
    thing (a passive with an object kept, an indirect object, or a withheld thing as the object), not a denial."""
    if (att.cue_lemma or "").lower() != "deny" or not att.cue:
        return False
    cue = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    verb = next((t for t in cue or () if t.lemma_.lower() == "deny"), None)
    if verb is None:
        return False
    deps = {c.dep_ for c in verb.children}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and ("auxpass" in deps or "dative" in deps) or any(
        o.lemma_.lower() in _linking()["withheld_nouns"] and not any(c.dep_ in ("ccomp", "acl", "relcl")
                                                                       for c in o.children) for o in objects)


def _copy_att(att, **changes):
    from types import SimpleNamespace

    return SimpleNamespace(**{**vars(att), **changes})


def _repair_sources(doc: Doc, atts) -> list:
    """Speakers the attribution tagger left out, found from the parse (copies; the tagger's own list is kept):
    - "The TTP claimed in a statement that A", "Amnesty said in a report that A": the noun taken as the cue,
      with no source, is the speaking verb's, and the verb's subject speaks;
    - "SANA, citing a military source, said A": a name fronted before a citing clause is the subject the
      parser missed;
    - "A, the regional governor, Abdikarim Yusuf, told Radio X": a speaker in apposition at the end of what
      is said, before a cue with no subject, is the speaker, not part of the statement."""
    lex = load_lexicon()
    speech = set(lex.verbs) | set(_tables()[1])
    out = []
    for att in atts:
        if att.source is not None or att.kind in ("evidential", "non_response") or not att.content:
            out.append(att)
            continue
        tok = _cue_token(doc, att)
        fixed = None
        if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
                tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "on", "via", "through") and \
                tok.head.head.pos_ == "VERB" and \
                tok.head.head.lemma_.lower() in speech:
            verb = tok.head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is not None:
                sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
                fixed = _copy_att(att, cue=(verb.idx, verb.idx + len(verb)), cue_lemma=verb.lemma_.lower(),
                                  source=(sub.start_char, sub.end_char), source_resolved=None)
        elif tok is not None and tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            fixed = _fronted_speaker(doc, att, tok) or _trailing_speaker(doc, att, tok)
        if fixed is None:
            label = _turn_of(doc, att.content[0][0])
            if label is not None:  # "Bagheri: A. The report's claim that B is simply false.": the turn's speaker
                fixed = _copy_att(att, source=label, source_resolved=None)
        out.append(fixed or att)
    return out


def _enclosing_statement(att, atts):
    """The statement, with a speaker, whose content holds `att`'s cue."""
    return next((o for o in atts if o is not att and o.source is not None and o.content and
                 o.content[0][0] <= att.cue[0] < o.content[-1][1]), None)


_TURN = re.compile(r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):\s")


def _turn_of(doc: Doc, pos: int) -> tuple[int, int] | None:
    """The label of the transcript turn (a paragraph opening "Name: ") that `pos` lies in, unless the interviewer's."""
    text = _dc.text(doc)
    start = text.rfind("\n", 0, pos) + 1
    m = _TURN.match(text, start)
    if m is None or m.end() > pos or m.group(1).lower() in _linking()["interviewer_labels"]:
        return None
    return start, start + len(m.group(1))


def _participle_claim_before_its_verdict(doc: Doc, atts) -> list:
    """"Reports on social media claiming that A are false" in an issuer's statement: the participle's that-clause was
    run on to the predicate its noun is the subject of; A ends before that predicate when the predicate calls it
    untrue, so that the statement's voice denies A (`_unsaid_claims_called_untrue`), the noun's author makes it
    (session 27: a parse that hangs the clause on the noun makes "are false" part of A)."""
    text = _dc.text(doc)
    out = []
    for att in atts:
        tok = _cue_token(doc, att) if att.content and att.kind == "indirect" else None
        if tok is None or tok.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            out.append(att)
            continue
        # the noun the participle describes: its head ("Reports claiming that A"), or the subject of the sentence
        # the parser built around it ("The information | spread by X | claiming that A …")
        noun = tok.head if tok.dep_ == "acl" else next(
            (t for t in tok.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass", "ROOT") and t.pos_ == "NOUN"
             and t.lower_ in _tables()[0]["claim_nouns"]), None)
        if noun is None or noun.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
            out.append(att)
            continue
        # the noun's predicate: its head, or a subjectless "are", "does not reflect" the parser hung on the
        # participle or on the sentence's root
        verb = noun.head if noun.dep_ != "ROOT" and noun.head.i not in (tok.i, tok.head.i) and \
            not (noun.head.tag_ == "VBN" and noun.head.i < tok.i) else next(
            (c for c in tok.sent if c.i > tok.i and c.dep_ in ("ccomp", "conj") and
             c.head.i in (tok.i, tok.head.i, tok.sent.root.i) and
             (c.lemma_ == "be" or c.lemma_ in _UNTRUE_PREDICATES) and
             not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
        opening = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i],
                      key=lambda t: t.i) if verb is not None else None
        # (the clause runs on to the predicate, or stops right before it)
        if opening is None or not (att.content[0][0] < opening.idx and (
                opening.idx < att.content[-1][1] or not text[att.content[-1][1]:opening.idx].strip())):
            out.append(att)
            continue
        if not _calls_untrue(text[opening.idx:verb.sent.end_char], other_words=False):
            out.append(att)
            continue
        end = doc[opening.i - 1].idx + len(doc[opening.i - 1])
        if verb.i == noun.head.i and noun.dep_ != "ROOT" and verb.i == verb.sent.root.i or \
                noun.lower_ not in _tables()[0]["claim_nouns"]:
            out.append(_copy_att(att, content=[(a, min(b, end)) for a, b in att.content if a < end],
                                 verdict_cut=True))
        else:
            # (a parse `_unsaid_claims_called_untrue` cannot read: the noun not the subject of the sentence's
            # verdict): the voice's denial, the noun its cue, as that reading gives it
            last = verb.sent[-1]
            while last.i > verb.i and (last.is_punct or last.is_space):
                last = doc[last.i - 1]
            out.append(found_statement((noun.idx, noun.idx + len(noun)), noun.lower_, None,
                                       [(noun.left_edge.idx, last.idx + len(last))]))
    return out


def _extend_to_untrue_predicate(doc: Doc, atts, spans) -> None:
    """"informs that the information spread by X about A | does not correspond to reality": a that-clause cut
    before its own predicate, when the few words left in the sentence call it untrue, runs to the sentence end."""
    text = _dc.text(doc)
    deny = _tables()[0]["content"]["deny"]
    for att in atts:
        if id(att) not in spans or att.kind == "direct" or getattr(att, "verdict_cut", False):
            continue  # (not a clause cut before its noun's verdict: `_participle_claim_before_its_verdict`)
        start, end = spans[id(att)]
        if not text[start:end].lower().startswith("that "):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        rest = text[end:span.sent.end_char].rstrip().rstrip(".;!")
        # (session 27) "… is false and a deliberate attempt to divert attention from …", "… are pure fabrication,
        # intended to cover …", "… are a lie intended to spread panic": the predicate calling it untrue is the first
        # of two, up to the "and", the comma or the aim
        first = re.match(r"(.+?)(?:\s+and\s+|\s*[,;]\s+|\s+(?:intended|meant|designed|aimed)\s+(?:to|at)\s+)", rest)
        if first is not None and (len(rest.split()) > 7 or any(ch in rest for ch in ',;')) and \
                len(first.group(1).split()) <= 7:
            rest = first.group(1)
        words = rest.split()
        if not words or len(words) > 14 or any(ch in rest for ch in ',;:"\u201c\u201d'):
            continue
        # (session 27) the words that call it untrue open the predicate; what follows them is the reason or the
        # rest of the verdict ("are baseless and part of a malicious propaganda campaign", "is a desperate lie to
        # lift the morale of its members")
        low = " " + re.sub(r"[^\w\s-]", " ", " ".join(words[:7 if len(words) <= 7 else 4]).lower()) + " "
        if words[0].lower() in ("is", "are", "was", "were", "does", "do", "did", "has", "have") and \
                any(f" {w} " in low for w in deny):
            spans[id(att)] = (start, end + len(text[end:]) - len(text[end:].lstrip()) + len(rest.strip()))


def _noun_tagged_speech_verbs(doc: Doc, atts) -> list:
    """"The Ministry of Defence of Armenia informs that A": a speaking verb in the third person the tagger took
    for a noun, right after the speaker's noun phrase and before "that", is a statement the attribution tagger
    left out. Nouns that name a claim ("news reports that") are not taken."""
    speech = set(load_lexicon().verbs)
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    taken = [(a.cue[0], a.cue[1]) for a in atts] + [span for a in atts for span in (a.content or [])]
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "that" or \
                not tok.lower_.endswith("s") or tok.lower_ in nouns or tok.lower_[:-1] not in speech:
            continue
        prev = doc[tok.i - 1]
        if prev.pos_ not in ("NOUN", "PROPN") or any(a <= tok.idx < b for a, b in taken):
            continue
        head = prev
        while head.head.i < tok.i and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN", "ADP"):
            head = head.head
        first = head.left_edge
        if first.i < tok.sent.start:
            continue
        sent = tok.sent
        last = sent[-1] if not sent[-1].is_punct or len(sent) < 2 else sent[-2]
        if last.i <= tok.i + 2:
            continue
        out.append(found_statement((tok.idx, tok.idx + len(tok)), tok.lower_[:-1], (first.idx, prev.idx + len(prev)),
                                   [(doc[tok.i + 1].idx, last.idx + len(last))]))
    return out


def _quotes_after_their_speaker(doc: Doc, atts) -> list:
    """'The rebels' spokesman rejected the claim. "We did not fire a single shell."': a quotation standing as its own
    sentence, with no reporting verb, right after a sentence in which a speaker spoke, in the same paragraph, is that
    speaker's words (told as said: its stance comes from its own words)."""
    text = _dc.text(doc)
    taken = [span for a in atts for span in (a.content or [])] + [a.cue for a in atts]
    out = []
    for q in top_level(doc_quotes(doc)):
        if not q.closed or len(re.findall(r"\w+", text[q.start:q.end])) < 4 or \
                any(a < q.end and q.start < b for a, b in taken):
            continue
        before = text[:q.start].rstrip(" \t")
        if not before or before[-1] not in ".!?":
            continue
        after = text[q.end:].lstrip(" \t")
        if after and after[0] not in "\n" and not re.match(r"[A-Z\"\u201c]", after):
            continue  # '"…" the minister told …': a reporting clause the tagger missed, not a lone quote
        sent_start = text.rfind(".", 0, len(before) - 1)
        sent_start = max(sent_start, text.rfind("\n", 0, len(before) - 1)) + 1
        speakers = [a for a in atts if a.source is not None and sent_start <= a.cue[0] < len(before)
                    and a.kind in ("direct", "indirect")]
        if not speakers or "\n" in text[sent_start:q.start]:
            continue
        prev = speakers[-1]
        out.append(found_statement(prev.cue, "say", prev.source, [(q.start, q.end)],
                                   source_resolved=prev.source_resolved, kind="direct"))
    return out


def _deny_verb(word: str) -> str | None:
    """The lemma of a third-person denying verb ("rejects", "denies", "dismisses"), or None."""
    low = word.lower()
    if not low.endswith("s"):
        return None
    deny = _deny_lemmas()
    return next((lemma for lemma in (low[:-1], low[:-2], low[:-3] + "y") if lemma in deny), None)


@lru_cache(maxsize=1)
def _deny_lemmas() -> frozenset[str]:
    """One-word denying cues of stance.yaml and linking.yaml's denying verbs, less the verbs of naming."""
    return frozenset({w for w, stance in _tables()[1].items() if stance == "deny" and " " not in w} |
                     _linking()["denying_verbs"] - _NAMING)


_MANNER = re.compile(r"\s+(?:(?:categorically|firmly|strongly|flatly|emphatically|resolutely|vehemently|totally|"
                     r"completely|entirely|utterly|outright)\s+|in\s+(?:the\s+)?(?:strongest|strongest\s+possible|"
                     r"no\s+uncertain|clearest|firmest|most\s+categorical|most\s+emphatic)\s+terms\s+"
                     # (session 27) the verdict before the object: "rejects as untrue the statement of the X side"
                     r"|as\s+(?:entirely\s+|completely\s+|totally\s+)?(?:untrue|false|baseless|groundless|unfounded|"
                     r"fabricated|fabrications?|lies|a\s+lie|a\s+fabrication|inaccurate|incorrect)\s+)", re.I)


def _noun_tagged_denials(doc: Doc, atts) -> list:
    """"The army rejects reports in Cambodian media that A": the tagger took the denying verb in the present tense
    for a noun of the subject ("army rejects") or a compound of its object, and "reports" for the cue. The verb is
    the cue, the noun phrase before it the speaker, and all after it what is denied; the misread statement whose
    speaker holds the verb goes."""
    out = []
    cut = _title_end(doc)
    claim_nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    for tok in doc:
        lemma = _deny_verb(tok.text)
        if lemma is None or tok.i == tok.sent.start or tok.i + 2 >= tok.sent.end or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.pos_ == "VERB":
            continue
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        manner = _MANNER.match(_dc.text(doc), tok.idx + len(tok))
        if manner is not None:  # "rejects in the strongest terms the allegations …": the object after the manner
            nxt = next((t for t in doc[tok.i + 1:tok.sent.end] if t.idx >= manner.end()), nxt)
            if nxt.i + 1 >= tok.sent.end:
                continue
        claim_noun = nxt.lower_ in claim_nouns
        # the verb parsed as the root noun with a subject of its own ("The Ministry … rejects"), or followed by how
        # it is done ("rejects in the strongest terms"): a verb, though the tagger holds no statement there
        subject_of = (manner is not None or tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)) and \
            any(t.lower_ in claim_nouns for t in doc[nxt.i:min(nxt.i + 3, tok.sent.end)])
        # a title in headline grammar ("Armenia rejects Azerbaijani report of fire"): no attribution holds the verb,
        # so a noun naming what is denied within the next words stands in for one
        titled = cut is not None and tok.idx < cut and tok.pos_ != "VERB" and \
            any(t.lower_ in claim_nouns for t in doc[tok.i + 1:min(tok.i + 4, tok.sent.end)])
        if prev.pos_ not in ("NOUN", "PROPN") or nxt.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM") and \
                not claim_noun or not titled and not subject_of and \
                not any(a.source and a.source[0] <= tok.idx < a.source[1] or a.cue[0] == nxt.idx for a in atts):
            continue
        first = prev
        while first.i > tok.sent.start and (doc[first.i - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART")
                                            or doc[first.i - 1].lower_ == "of"):
            first = doc[first.i - 1]
        sent = [t for t in tok.sent if not t.is_space]  # a title's sentence ends in its blank line
        last = sent[-1] if not sent[-1].is_punct or len(sent) < 2 else sent[-2]
        out.append(found_statement((tok.idx, tok.idx + len(tok)), lemma, (first.idx, prev.idx + len(prev)),
                                   [(nxt.idx, last.idx + len(last))]))
    if not out:
        return atts
    cues = [a.cue for a in out]
    kept = [a for a in atts if not any(a.source and a.source[0] <= c[0] < a.source[1] or
                                       a.cue[0] == c[1] + 1 for c in cues)]
    return kept + out


def _gerund_denials(doc: Doc, atts) -> list:
    """"Tabi denied having met any armed commander", "The military denied opening fire first", "said A and denied
    having aimed at any civilian area": a denying verb whose object is a gerund (parsed as its clausal complement)
    is a denial the tagger leaves out. The speaker is the verb's subject, or for a verb coordinated with a
    statement's verb, that statement's speaker; what is denied is the gerund's clause."""
    deny = _deny_lemmas()
    taken = [a.cue for a in atts] + [c for a in atts for c in a.content or ()]
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in deny or tok.lemma_.lower() in _NAMING or \
                any(a <= tok.idx < b for a, b in taken):
            continue
        ger = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("xcomp", "dobj", "ccomp") and (
            c.tag_ == "VBG" or c.lower_.endswith("ing") and c.tag_ in ("NN", "VBG")
            or c.tag_ == "VBN" and any(a.lower_ in ("having", "been") and a.dep_ in ("aux", "auxpass")
                                       for a in c.children))), None)
        if ger is None or any(a <= ger.idx < b for a, b in taken):
            continue
        if ger.tag_ == "NN" and not any(c.dep_ in ("dobj", "prep", "advmod", "npadvmod", "prt") for c in ger.children):
            continue  # "denied the opening": a noun, not an act
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        source = None
        if subj is not None and subj.pos_ != "PRON":
            source = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        elif subj is not None and subj.lower_ in ("it", "he", "she", "they"):
            source = (subj.idx, subj.idx + len(subj))
        elif subj is None and tok.dep_ == "conj":
            for a in atts:  # "said A and denied having B": the speaker of A, in the sentence
                if a.source is not None and a.content and tok.sent.start_char <= a.cue[0] < tok.idx:
                    source = a.source_resolved or a.source
        if source is None:
            continue
        last = ger.right_edge
        while last.i > ger.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        first = ger.left_edge
        out.append(found_statement((tok.idx, tok.idx + len(tok)), tok.lemma_.lower(), source,
                                   [(first.idx, last.idx + len(last))]))
    return out


def _verbs_read_as_noun_modifiers(doc: Doc, atts) -> list:
    """"A second FLNC statement on Monday called the ministry's version 'an invention' and said A": the parser made
    the subject noun the sentence's root and its verbs modifiers of it ("called" a reduced relative, "said" its
    conjunct). A verb of naming so read that has a claim noun for object is the subject's denial the tagger left
    out; a statement of a verb coordinated with it that the tagger found with no speaker is the same subject's."""
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    taken = [a.cue for a in atts]
    out, found = list(atts), []
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > root.i
                     and (c.lower_ in _NAMING or c.lemma_.lower() in _linking()["naming_verbs"])), None)
        if verb is None or any(a <= verb.idx < b for a, b in taken):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in nouns or c.lemma_.lower() in nouns)),
                   None)
        if obj is None or not any(c.dep_ in ("oprd", "xcomp", "acomp") and c.i > obj.i for c in verb.children):
            continue
        first = sent[0]
        while first.is_space or first.is_punct:
            first = doc[first.i + 1]
        before = doc[verb.i - 1]
        source = (first.idx, before.idx + len(before))
        tail = max([obj.right_edge.i] + [c.right_edge.i for c in verb.children if c.dep_ == "prep" and c.i > obj.i])
        found.append(found_statement((verb.idx, verb.idx + len(verb)), verb.lemma_.lower(), source,
                                     [(obj.left_edge.idx, doc[tail].idx + len(doc[tail]))]))
        conjuncts = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
        for i, a in enumerate(out):
            if a.source is None and any(c.idx == a.cue[0] for c in conjuncts):
                out[i] = _copy_att(a, source=source, source_resolved=None)
    return out + found


_NO_ANSWER = re.compile(r"\s*[\"\u201c]?(?:no|none(?:\s+whatsoever|\s+at\s+all)?|not\s+at\s+all|absolutely\s+not|"
                        r"certainly\s+not|of\s+course\s+not|not\s+a\s+(?:single\s+)?word\s+of\s+it)\s*[.!]", re.I)
_TRUTH_QUESTION = re.compile(r"\b(?:truth|true|accurate|correct|right|real|happen|happened)\b[^?\n]{0,40}\?\s*$", re.I)


# An answer's opening verdict on what the question put ("That is not true.", "This is also false.", "It's a lie."):
# a pronoun pointing back as the subject of the first sentence (session 26).
# (session 27) also a claim noun after the pronoun ("That claim is groundless.") and the answerer's own rejection of
# it ("I reject that completely.")
_POINTING_VERDICT = re.compile(r"\s*[\"\u201c]?(?:(?:that|this|it|these|those)(?:\s+(?:claims?|reports?|stor(?:y|ies)|"
                               r"accusations?|allegations?|accounts?|charges?|figures?|versions?))?"
                               r"(?:'s|\u2019s|\s+is|\s+are|\s+was|\s+were)\s+(?P<said>[^.!?\n]{1,60}[.!])"
                               r"|(?P<rejected>i\s+(?:[a-z]+ly\s+)?(?:reject|deny)\s+(?:that|this|it)\b[^.!?\n]{0,30}[.!]))",
                               re.I)


def _answers_untrue(doc: Doc, att, start: int) -> bool:
    """"Q: Tiraspol says Chisinau has blocked gas deliveries. / A: That is not true. We offered gas …": a transcript
    turn whose first sentence calls "that" untrue, right after an interviewer's turn, denies what the question relays
    (whoever relays it: the question's claim may be of the answerer's own country)."""
    text = _dc.text(doc)
    if att.kind != "direct" or att.source is None or not _turn_label(doc, att.source):
        return False
    m = _POINTING_VERDICT.match(text, start)
    if m is None or not _calls_untrue(m.group("said") or m.group("rejected"), other_words=False):
        return False
    before = text[:att.source[0]].rstrip()
    turn = before[before.rfind("\n") + 1:]
    label = turn.split(":", 1)[0].strip().lower() if ":" in turn else ""
    return label in _linking()["interviewer_labels"]


def _verdict_turns_split(doc: Doc, atts) -> list:
    """"Q: X says A. / Minister: That is not true. We offered gas through a European supplier.": the turn's first
    sentence is its answer to the question (`_answers_untrue`), the sentences after it the answerer's own statements
    with the turn's speaker, not part of the denial (session 26)."""
    out = []
    for att in atts:
        if att.kind == "direct" and att.content and len(att.content) == 1 and _answers_untrue(doc, att,
                                                                                             att.content[0][0]):
            a, b = att.content[0]
            span = doc.char_span(a, b, alignment_mode="expand")
            sents = list(span.sents) if span is not None else []
            if len(sents) > 1 and a <= sents[0].end_char < b:
                cut = sents[0].end_char
                rest = cut + len(doc.text[cut:b]) - len(doc.text[cut:b].lstrip())
                # (a turn whose next sentences deny too stays one denial: "That is not true. The police possess no
                # such device.")
                if rest < b and stance_of("say", doc.text[rest:b]) != "deny":
                    out.append(found_statement(att.cue, att.cue_lemma, att.source, [(a, cut)], att.source_resolved,
                                               kind="direct"))
                    out.append(found_statement(att.cue, att.cue_lemma, att.source, [(rest, b)], att.source_resolved,
                                               kind="direct"))
                    continue
        out.append(att)
    return out


def _question_turn(doc: Doc, before: int) -> tuple[int, int]:
    """Where the transcript turn just before offset `before` (a turn's label) lies."""
    text = _dc.text(doc)
    end = len(text[:before].rstrip())
    return text.rfind("\n", 0, end) + 1, end


def _answers_no(doc: Doc, att, start: int) -> bool:
    """"Q: India's defence ministry also says A. Is there any truth in that? / Spokesperson: None whatsoever. …": a
    transcript turn opening with a bare "No." or "None whatsoever." right after an interviewer's turn that relays
    a claim and asks whether it is true answers that it is not."""
    text = _dc.text(doc)
    if att.kind != "direct" or att.source is None or not _turn_label(doc, att.source) or \
            _NO_ANSWER.match(text, start) is None:
        return False
    before = text[:att.source[0]].rstrip()
    turn = before[before.rfind("\n") + 1:]
    label = turn.split(":", 1)[0].strip().lower() if ":" in turn else ""
    return label in _linking()["interviewer_labels"] and _TRUTH_QUESTION.search(turn) is not None


_OFFENCE = re.compile(r"\s*[\"\u201c\u2018']?(?:an?|another|one\s+more|a\s+further|yet\s+another)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:insult|affront|attack|outrage|offence|offense|disgrace|humiliation|slap)\b", re.I)


def _called_an_offence(doc: Doc, start: int) -> bool:
    """"called the envoy's statement 'an insult to a country that hosts …'", "called the prosecutor's statement
    'one more attack by Sarajevo on …'": what the claim is called is an offence to the speaker, with no word
    calling it untrue: an assertion by the sets' convention, not a denial."""
    text = _dc.text(doc)
    stop = re.search(r"[.!?\n]", text[start:])
    rest = text[start:start + stop.start()] if stop else text[start:]
    noun = re.match(r"(?:[\w'\u2019-]+\s+){0,4}?(?:" + "|".join(map(re.escape, _tables()[0]["claim_nouns"])) + r")\b",
                    rest, re.I)
    return noun is not None and _OFFENCE.match(rest, noun.end()) is not None and not _calls_untrue(rest)


_SIMILAR_CLAIMS = re.compile(r"^(?:similar|such|previous|past|earlier|those\s+kinds\s+of)\s+(?:[\w-]+\s+)?"
                             r"(?:accusations?|claims?|allegations?|charges?|reports?)\b", re.I)


def _denied_before(doc: Doc, att, start: int, end: int) -> bool:
    """"Saudi Arabia has rejected similar accusations from the Houthis before": a denial of claims like the one
    told, made before (a perfect tense, "before", "in the past"), is background, no answer to the current claim."""
    text = _dc.text(doc)
    if _SIMILAR_CLAIMS.match(text[start:end].strip(" \"\u201c")) is None:
        return False
    stop = re.search(r"[.!?\n]", text[end:])
    tail = text[end:end + stop.start()] if stop else text[end:]
    perfect = re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", text[max(0, att.cue[0] - 20):att.cue[0]], re.I)
    return perfect is not None or re.search(r"\b(?:has|have|had)\s", text[att.cue[0]:att.cue[1]]) is not None or \
        re.search(r"\b(?:before|in\s+the\s+past|previously|repeatedly)\b", text[start:end] + tail, re.I) is not None


def _misparsed_claim_noun(doc: Doc, atts) -> list:
    """"informs that claims by the X side that A are untrue": the parser took the noun "claims" for a verb whose
    subject is the "that" opening another statement; that is no statement of its own, and the other statement
    runs on to the clause's real predicate ("are untrue") at the end of the sentence."""
    nouns = set(_tables()[0]["claim_nouns"])
    speech = set(load_lexicon().verbs)
    drop, extend, new = set(), {}, []
    for att in atts:
        tok = _cue_token(doc, att)
        if tok is None or tok.i == 0 or tok.lower_ not in nouns or tok.pos_ != "VERB":
            continue
        that = doc[tok.i - 1]
        if that.lower_ != "that" or that.head.i != tok.i or that.dep_ != "nsubj":
            continue
        sent = tok.sent
        last = sent[-1] if not sent[-1].is_punct or len(sent) < 2 else sent[-2]
        outer = next((a for a in atts if a is not att and a.content and a.content[0][0] == that.idx), None)
        if outer is None:
            # "The Border Service informs that claims …" with the speaking verb itself taken for a noun in
            # apposition to the speaker: that verb is the cue, its head noun phrase the speaker
            verb = doc[that.i - 1] if that.i > 0 else None
            if verb is None or verb.dep_ != "appos" or verb.head.i >= verb.i or \
                    verb.lower_.rstrip("s") not in speech:
                continue
            head = doc[verb.head.left_edge.i:verb.i]
            new.append(_copy_att(att, cue=(verb.idx, verb.idx + len(verb)), cue_lemma=verb.lower_.rstrip("s"),
                                 source=(head.start_char, head.end_char), source_resolved=None,
                                 content=[(that.idx, last.idx + len(last))], kind="indirect"))
            drop.add(id(att))
            continue
        drop.add(id(att))
        extend[id(outer)] = max(outer.content[-1][1], last.idx + len(last))
    if not drop:
        return atts
    return list(new) + _repaired(atts, drop, extend)


def _repaired(atts, drop: set, extend: dict) -> list:
    """The statements left once the misread ones (`drop`, by id) are gone and others run on to a new end (`extend`)."""
    out = []
    for a in atts:
        if id(a) in drop:
            continue
        if id(a) in extend:
            a = _copy_att(a, content=a.content[:-1] + [(a.content[-1][0], extend[id(a)])])
        out.append(a)
    return out


_AND_THAT = re.compile(r",?\s+and\s+(?:said\s+|added\s+)?that\s+", re.I)


def _split_coordinated(doc: Doc, atts) -> list:
    """"says the figure is exaggerated and that most families have returned": two coordinated that-clauses
    are two statements, each with its own stance."""
    out = []
    for att in atts:
        if not att.content or len(att.content) != 1 or att.kind == "direct":
            out.append(att)
            continue
        a, b = att.content[0]
        text = _dc.text(doc)[a:b]
        m = _AND_THAT.search(text)
        if m is None or len(text[:m.start()].split()) < 3 or len(text[m.end():].split()) < 3 or \
                _inside_quote(text, m.start()):
            out.append(att)
            continue
        out.append(_copy_att(att, content=[(a, a + m.start())]))
        out.append(_copy_att(att, content=[(a + m.end(), b)]))
    return out


def _inside_quote(text: str, i: int) -> bool:
    """Whether position `i` of `text` lies inside a quotation: an "and that" a speaker is quoted saying is part of
    the quote ("called it “a lie and that is all”"), whereas one after a quoted phrase joins a second statement
    ("said the report was “completely untrue” and that its units had not fired": session 26)."""
    before = text[:i]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _cut_at_coordinated_denial(doc: Doc, atts, spans) -> None:
    """"said on X that A and called the video a fake", "said A and accused the rebels of B": a denying or accusing
    verb the parser hung inside A, with no subject of its own, is the speaker's second statement; A ends before it."""
    verbs = _linking()["denying_verbs"] | _linking()["accusing_verbs"]
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        a, b = spans[id(att)]
        for other in atts:
            if other is att or not other.content or not (a < other.cue[0] < b):
                continue
            tok = _cue_token(doc, other)
            if tok is None or tok.dep_ != "conj" or tok.lemma_.lower() not in verbs or \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                continue
            src = other.source_resolved or other.source
            # (a subject found inside A is A's, not a speaker, also when the resolver took it back to the speaker:
            # "said its army had nothing to do with it and called …", "its" → the ministry)
            inside = any(x is not None and a <= x[0] < b for x in (src, other.source))
            if src is not None and att.source is not None and src != (att.source_resolved or att.source) and \
                    not inside:
                continue
            m = re.search(r",?\s+and\s*$", _dc.text(doc)[a:other.cue[0]])
            if m is not None and m.start() > 0:
                spans[id(att)] = (a, a + m.start())
                break


def _cut_before_contrasted_speaker(doc: Doc, atts, spans) -> None:
    """"The spokesman said the claim was an invention, while the army denied that any unit had received such an
    order": a statement of another speaker joined by "while" or "whereas" ends what the first one says (session
    26); its own speaker and verb make it a statement of its own."""
    text = _dc.text(doc)
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        a, b = spans[id(att)]
        for other in atts:
            if other is att or not other.content or other.source is None or not (a < other.source[0] < b) or \
                    other.source[1] > other.cue[0] or (other.source_resolved or other.source) == \
                    (att.source_resolved or att.source):
                continue
            m = re.search(r",?\s+(?:while|whereas)\s+$", text[a:other.source[0]])
            if m is not None and m.start() > 0:
                spans[id(att)] = (a, a + m.start())
                break


def _fronted_speaker(doc: Doc, att, tok):
    """"SANA, citing a military source, said …": the words before the first comma of the sentence, a name,
    followed by a clause of citing or quoting."""
    sent = tok.sent
    comma = next((t for t in doc[sent.start:tok.i] if t.text == ","), None)
    if comma is None or not 1 <= comma.i - sent.start <= 6 or comma.i + 1 >= tok.i:
        return None
    if doc[comma.i + 1].lemma_.lower() not in ("cite", "quote"):
        return None
    head = doc[sent.start:comma.i]
    if not any(t.text[:1].isupper() and t.is_alpha for t in head) or any(t.pos_ in ("VERB", "AUX") for t in head):
        return None
    if att.content[0][0] < comma.idx:
        return None
    return _copy_att(att, source=(head.start_char, head.end_char), source_resolved=None)


def _trailing_speaker(doc: Doc, att, tok):
    """"A from al-Shabaab, the regional governor, Abdikarim Yusuf, told Radio X": the appositive the parser
    hung on the last word of what is said, when it names a person or an office and the cue follows it."""
    a, b = att.content[0][0], att.content[-1][1]
    if not (b <= tok.idx <= b + 3):
        return None
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    last = span[-1] if not span[-1].is_punct else span[-2]
    for x in span:
        if x.dep_ != "appos" or not (span.start < x.head.i < x.i) or x.right_edge.i != last.i:
            continue
        left = x.left_edge
        if left.i <= span.start + 1 or doc[left.i - 1].text != ",":
            continue
        chain = doc[left.i:last.i + 1]
        if not (any(t.ent_type_ == "PERSON" for t in chain) or sector_of(chain.text)):
            continue
        return _copy_att(att, source=(chain.start_char, chain.end_char), source_resolved=None,
                         content=[(a, doc[left.i - 1].idx)])
    return None


def _answers_statement(verb) -> bool:
    """"X rejected a federal statement", "Y responded to the statement": the verb's subject answers the statement
    rather than putting it out."""
    lemma = verb.lemma_.lower()
    return lemma in _linking()["denying_verbs"] or lemma in _linking()["naming_verbs"] or \
        lemma in _linking()["responding_verbs"] or _tables()[1].get(lemma) == "deny"


def _owner_modifier(doc: Doc, span) -> bool:
    """Whether a statement noun is modified by the name of a body of a known country ("a Chadian army statement",
    "an ISPR statement"): that body put it out."""
    for c in span.root.children:
        if c.dep_ in ("compound", "amod") and c.i < span.root.i and \
                c.lemma_.lower() not in _linking()["statement_nouns"]:
            m = _mention_of(doc, doc[c.left_edge.i:c.i + 1])
            if m is not None and m.country and not m.inferred:
                return True
            if m is not None and m.sector in _STATE_SECTORS and c.pos_ == "NOUN":
                return True  # "An army statement said": the army named before, not the last speaker
    return False


def _statement_issuer(doc: Doc, source) -> tuple[int, int] | None:
    """"The ministry issued a statement. '…,' the statement said": a statement, communique or video given as
    the speaker, named by no owner, speaks for whoever put it out in the sentences just before (the subject of
    the verb whose object it was)."""
    if source is None:
        return None
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in _linking()["statement_nouns"]:
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for c in span.root.children):
        return None  # "the ministry's statement", "a statement from the army": named by its owner
    if _owner_modifier(doc, span):
        return None  # "A Chadian army statement said": the army speaks, not the speaker before it
    agent = _issued_by(span)
    if agent is not None:  # "The statement, issued by the information ministry on Saturday, said"
        return agent.start_char, agent.end_char
    sents = [s for s in doc.sents if s.end <= span.start][-2:]
    for sent in reversed(sents):
        for t in reversed(list(sent)):
            owner = statement_owner(t)
            if owner is not None:  # "rejected a statement by Myanmar's military government": its owner
                return owner.start_char, owner.end_char
            # "X issued a statement", "X denied in a statement any involvement"
            verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" \
                else None
            if t.lemma_.lower() in _linking()["statement_nouns"] and verb is not None and verb.pos_ == "VERB" \
                    and not (t.dep_ == "dobj" and _answers_statement(verb)):
                subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                if subj is not None:
                    sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
                    return sub.start_char, sub.end_char
    # "…, the information team announced. … The announcement rejected …": the latest earlier speaker whose cue
    # verb the noun is made from
    stem = span.root.lemma_.lower()[:6]
    for att in sorted(getattr(doc._, "attributions", None) or [], key=lambda a: -a.cue[0]):
        src = att.source_resolved or att.source
        if att.cue[1] <= span.start_char and src is not None and len(stem) >= 5 and \
                _dc.text(doc)[att.cue[0]:att.cue[1]].lower().startswith(stem) and \
                doc.char_span(src[0], src[1], alignment_mode="expand") is not None:
            return src
    # "X said on Saturday that A. … The federal statement also said B": the speaker of the sentences just before
    if span.root.dep_ != "nsubj":
        return None
    floor = sents[0].start_char if sents else span.start_char
    for att in sorted(getattr(doc._, "attributions", None) or [], key=lambda a: -a.cue[0]):
        src = att.source_resolved or att.source
        if src is None or not floor <= att.cue[0] < span.sent.start_char:
            continue
        found = doc.char_span(src[0], src[1], alignment_mode="expand")
        if found is not None and len(found) and found.root.lemma_.lower() not in _linking()["statement_nouns"]:
            return src
    return None


def _earlier_statement(doc: Doc, att, atts):
    """For a speaker named as a statement ("the statement said"): the source of the latest earlier statement
    outside this one, with its speaker's name."""
    span = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in _linking()["statement_nouns"]:
        return None
    # what this statement says, in all its parts ("'…,' the statement said, adding that …"): a name speaking
    # inside it is quoted by the statement, not its author
    inside = [(c[0], c[1]) for o in atts if o.source == att.source or o.kind == "direct" for c in o.content]
    for other in sorted(atts, key=lambda o: -o.cue[0]):
        src = other.source_resolved or other.source
        if other is att or src is None or other.cue[0] >= att.cue[0] or any(a <= src[0] < b for a, b in inside):
            continue
        return src, speaker_name(doc, other)
    return None


def _says_cue(outer: Claim, inner: Claim) -> bool:
    """The inner claim's cue is inside what the outer claim says, before the inner content: an adjective of the
    speaker's state of mind ("said they were unaware of A") or the purpose of an act the outer claim tells ("said
    the soldiers set fire to the school to blame the rebels": nobody blames anyone, the blaming is the soldiers'
    aim)."""
    if not inner.cue or not (outer.start < inner.start and (inner.end - inner.start) < (outer.end - outer.start)):
        return False
    before = outer.text[:inner.start - outer.start]
    if re.search(r"(?<!\w)" + re.escape(inner.cue) + r"(?!\w)", before) is None:
        return False
    adjectives = load_lexicon().adjectives
    return any(w in adjectives for w in inner.cue.lower().split()) or _purpose_cue(inner.cue, before)


def _purpose_cue(cue: str, before: str) -> bool:
    """"… to blame the rebels", "… in order to frame the army": the cue is an infinitive of purpose after a clause
    telling an act (words of its own before the "to")."""
    words = cue.lower().split()
    verb = words[-1]
    m = re.search(r"(?<!\w)(?:in\s+order\s+|so\s+as\s+)?to\s+" + re.escape(verb) + r"(?!\w)\s*$", before, re.I) if \
        words[0] != "to" else re.search(r"(?<!\w)(?:in\s+order\s+|so\s+as\s+)?" + re.escape(cue) + r"\s*$", before, re.I)
    return m is not None and len(_content_words(before[:m.start()])) >= 2


def _says_more(outer: Claim, inner: Claim) -> bool:
    """The outer claim tells something of its own before the inner claim it holds, two content words or more ("the
    strike had destroyed two bombers and released a video it said showed the blasts", "it stands by its report and
    publishes images that show …"): no wrapper, both are statements. A wrapper adds only the inner claim's
    attribution ("OCHA says A, according to its latest update")."""
    before = outer.text[:max(0, inner.start - outer.start)]
    if inner.cue:
        before = re.sub(r"(?<!\w)" + re.escape(inner.cue) + r"(?!\w)", " ", before)
    return len(_content_words(before)) >= 2




def _naming_comment(c: Claim, claims: list[Claim]) -> bool:
    """"ELN confirmed that A, calling it a mistake": naming what was just said ("it", "this") inside another
    statement or right after a denial of the same speaker is a comment on it, not a statement of its own."""
    if c.responses or c.stance == "deny" or not c.cue or c.cue.lower().split()[-1] not in _NAMING:
        return False
    if not re.match(r"(?:it|this|that|them|these|those)\b", c.text.strip().lower()):
        return False
    if not _calls_untrue(c.text) and _states_its_own(c.text):
        return False  # "dismissed the findings, calling them part of a Western campaign against …": said of its own
    if any(d is not c and d.claimant.get("name") == c.claimant.get("name") and d.start <= c.start
           and c.end <= d.end for d in claims):
        return True
    # "rejected the accusation on Sunday, calling it an insult": the same speaker's denial just before it
    return any(r.get("end") is not None and r["by"].get("name") == c.claimant.get("name")
               and 0 <= c.start - r["end"] <= 30 for d in claims for r in d.responses)


def _merge_same_claims(claims: list[Claim]) -> list[Claim]:
    """"described as false a report by French radio which said that A": the claim the denial mentions and the
    radio's own statement of A are one claim: the statement is kept, with the denial as its response."""
    out = []
    at: dict[tuple[int, int], list[int]] = {}  # (where each kept claim stands in `out`, by its span)
    for c in claims:
        here = at.setdefault((c.start, c.end), [])
        same = next((out[i] for i in here if out[i].claimant == c.claimant and out[i].stance == c.stance), None)
        if same is not None:
            # "The group claimed in a statement that A": the verb and its medium noun read the same clause; one
            # claim, with the responses of both
            told = {(r.get("start"), r.get("end"), r["by"].get("name")) for r in same.responses}
            same.responses = list(same.responses) + [
                r for r in c.responses if (r.get("start"), r.get("end"), r["by"].get("name")) not in told]
            continue
        twin = next((out[i] for i in here if out[i].claimant.get("country") == c.claimant.get("country")
                     and bool(out[i].responses) != bool(c.responses)), None)
        if twin is None:
            here.append(len(out))
            out.append(c)
            continue
        statement, implied = (c, twin) if twin.responses else (twin, c)
        if not statement.claimant.get("name"):
            statement.claimant = implied.claimant
        statement.responses = implied.responses
        out[next(i for i in here if out[i] == twin)] = statement  # (`out.index(twin)`: a claim equal to it has its span)
    return out


def _drop_wrappers(claims: list[Claim]) -> list[Claim]:
    """"OCHA says A, according to its latest update": the outer statement, by the same claimant, wraps the
    inner one and says nothing more; keep the inner claim only."""
    claims = [c for c in claims if not _naming_comment(c, claims)]
    by_name: dict = {}  # (each speaker's claims in order: a claim is compared only with its own speaker's)
    for c in claims:
        by_name.setdefault(c.claimant.get("name"), []).append(c)
    out = []
    for c in claims:
        name = c.claimant.get("name")
        theirs = by_name[name] if name else ()
        inner = [d for d in theirs if d is not c and c.start <= d.start and d.end <= c.end
                 and (d.end - d.start) < (c.end - c.start)]
        if any(not _says_cue(c, d) and not _says_more(c, d) for d in inner) and not c.responses:
            continue
        # "said they were unaware of A": the inner cue is part of what the outer statement says; the outer
        # statement is the claim, not its cut-down object
        if not c.responses and any(_says_cue(d, c) for d in theirs if d is not c
                                   and d.start <= c.start and c.end <= d.end):
            continue
        out.append(c)
    return out


_WH = {"which", "who", "whom", "whose", "what", "whether", "if", "how", "when", "where", "why"}
_NEGATION = {"not", "n't", "never", "no", "cannot"}


def _negated_question(doc: Doc, att, content: str) -> bool:
    """A negated cue over an embedded question: "does not know which …", "could not say whether …"."""
    first = re.findall(r"[a-z']+", content.lower())[:1]
    if not first or first[0] not in _WH:
        return False
    cue = re.findall(r"[a-z']+", _dc.text(doc)[att.cue[0]:att.cue[1]].lower())
    return any(w in _NEGATION or w.endswith("n't") for w in cue)


_ACCUSE = {"accuse", "blame", "accusation", "charge"}


def _extend_to_result_participle(doc: Doc, atts, spans) -> None:
    """"said its aircraft had destroyed a depot near Nyala | , killing dozens of fighters": a participle of
    result right after the reported clause is still what the speaker said, and a denial ("denied that any
    fighters had been killed") may answer just that part."""
    text = _dc.text(doc)
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        start, end = spans[id(att)]
        m = re.match(r"\s*,\s*", text[end:end + 4])
        if m is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        tok = next((t for t in doc[span.end:span.end + 3] if t.idx >= end + m.end()), None) if span else None
        if tok is None or tok.tag_ != "VBG" or tok.lemma_.lower() not in _linking()["result_participles"] or \
                any(o is not att and o.cue[0] <= tok.idx < o.cue[1] for o in atts):
            continue
        stop = min(tok.sent.end_char, max(t.idx + len(t) for t in tok.subtree))
        spans[id(att)] = (start, len(text[:stop].rstrip(" .;,")))


# ", nine of them novice monks", ", most of whom were children", ", among them two children"
_PARTITIVE_AFTER = re.compile(r"\s*,\s+(?:(?:[\w-]+\s+){1,2}of\s+(?:them|whom)|among\s+them)\b[^,;:.!?\n\"\u201c\u201d]*",
                              re.I)


def _extend_to_trailing_aside(doc: Doc, atts, spans) -> None:
    """"said the smugglers had been protected by men of the Fourth Division | , who fired at the guards from a
    Syrian post", "said the strike killed 22 people | , nine of them novice monks": the tagger leaves a trailing
    relative clause or partitive aside out of what is said (PolNeAR's convention), but it tells more of the same
    statement, and a denial may answer just that part. Not a relative clause that speaks (", who said …") or
    holds another statement's cue."""
    text = _dc.text(doc)
    speech = set(load_lexicon().verbs) | set(_tables()[1])
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        start, end = spans[id(att)]
        part = _PARTITIVE_AFTER.match(text, end)
        if part is not None and not _cue_between(atts, end, part.end()):
            spans[id(att)] = (start, len(text[:part.end()].rstrip(" ,;")))
            continue
        if not re.match(r"\s*,\s*(?:who|which)\b", text[end:end + 12], re.I):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        rel = next((t for t in doc[span.end:span.end + 3] if t.lower_ in ("who", "which")), None) if span else None
        verb = rel.head if rel is not None else None
        if verb is None or verb.dep_ != "relcl" or not start <= verb.head.idx < end or \
                verb.lemma_.lower() in speech or verb.sent != span.sent:
            continue
        stop = max(t.idx + len(t) for t in verb.subtree)
        if not _cue_between(atts, end, stop):
            spans[id(att)] = (start, len(text[:stop].rstrip(" .;,")))


def _cue_between(atts, start: int, end: int) -> bool:
    return any(start <= a.cue[0] < end for a in atts)


def _content_start(att) -> int:
    """Where a statement's words start: after a relative word the cue's clause moved before it ("a camp, which they
    said soldiers had surrounded" states "soldiers had surrounded", not "which they said …")."""
    if getattr(att, "antecedent", None) is not None and len(att.content) > 1:
        return att.content[1][0]
    return att.content[0][0]


def _rstripped(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A statement's span without the line breaks and spaces some attribution rules keep at its end (a content
    run to the end of a paragraph takes the blank line after it)."""
    return start, start + len(_dc.text(doc)[start:end].rstrip())


def _repair_end(doc: Doc, att, atts, start: int, end: int) -> int:
    """Where what is said ends, when the attribution cut it short: "accused Armenia of planting | landmines
    along the road" runs to the clause's end; "refuted the Azerbaijani | claim that ..." runs on through the
    unsourced claim noun right after it."""
    text = _dc.text(doc)
    sent = doc.char_span(start, end, alignment_mode="expand")
    sent_end = sent.sent.end_char if sent is not None else end
    if (att.cue_lemma or "").lower() in _ACCUSE and end < sent_end:
        m = re.search(r"[,;:.]", text[end:sent_end])
        return end + m.start() if m else sent_end
    if _tables()[1].get((att.cue_lemma or "").lower().split()[-1] if att.cue_lemma else "") == "deny" or \
            _tables()[1].get((att.cue_lemma or "").lower()) == "deny":
        nxt = doc.char_span(end, sent_end, alignment_mode="expand") if end < sent_end else None
        first = next((t for t in nxt if not t.is_space), None) if nxt is not None else None
        if first is not None and first.lower_ in _linking()["about_preps"] and first.idx <= end + 2:
            return max(end, first.right_edge.idx + len(first.right_edge))  # "... of the Armenian side | regarding Y"
    for other in atts:
        if other is att or other.source is not None or not other.content:
            continue
        if end <= other.cue[0] <= end + 2 and (att.cue_lemma or "").lower() in _tables()[1] \
                and _tables()[1][(att.cue_lemma or "").lower()] == "deny":
            return max(end, other.content[-1][1])
    return end


_HEADLINE_CALL = re.compile(r"(?P<who>[^;:]{2,60}?)\s+(?P<cue>calls|dubs|labels|brands|terms)\s+(?P<what>[^;:]{2,60}?)"
                            r"\s+(?P<verdict>(?:an?\s+|\S+\s+)?[^;:\s]+)\s*(?:;|$)")


def _headline_calls(doc: Doc, atts) -> list:
    """"Haiti gang leader calls kidnapping charge a lie", "…; government calls charge baseless", "Zinder arrests:
    PNDS calls sabotage plot 'a fabrication'": a title's "X calls Y untrue", which the parser cannot read in
    headline grammar, as a denial by X of Y (it replaces a statement the tagger read with the cue, see
    `build_claims`)."""
    cut = _title_end(doc)
    if cut is None:
        return []
    text = _dc.text(doc)
    out = []
    for m in _HEADLINE_CALL.finditer(text, 0, cut):
        if stance_of("call", m.group("verdict")) != "deny" or any(
                a.cue[0] <= m.start("cue") < a.cue[1] and not (a.content and a.content[0][1] <= a.cue[0])
                for a in atts):
            continue  # (a statement the tagger read there stands, unless it took the words before the verb for
            # what is said: "Zinder arrests: PNDS calls sabotage plot 'a fabrication'" read as saying "Zinder arrests")
        who = m.start("who") + len(m.group("who")) - len(m.group("who").lstrip(" ;"))
        # "Tbilisi calls it fiction": a pronoun names nothing; the title's clause is what is said
        what = who if m.group("what").strip().lower() in _PRONOUN_OBJECTS else m.start("what")
        out.append(found_statement((m.start("cue"), m.end("cue")), "call", (who, m.end("who")),
                                   [(what, m.end("verdict"))]))
    return out


_PRONOUN_OBJECTS = {"it", "this", "that", "them", "these", "those"}
_BARE_HEADLINE_DENIAL = re.compile(
    r"(?:^|[;:,]\s+|\s+[-\u2013\u2014]\s+)(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,4}?)\s+"
    r"(?P<cue>denies|deny|rejects|reject|dismisses|dismiss|refutes|refute)"
    r"(?P<what>\s+(?:it|this|that|them|(?:the\s+)?(?:claims?|charges?|accusations?|allegations?|reports?)))?\s*$")


def _bare_headline_denials(doc: Doc, atts) -> list:
    """"Bahrain says it broke up Iran-linked cell; Tehran denies", "…; Santo Domingo rejects claims": a title's last
    clause that only says who denies (nothing or a bare pronoun or claim noun after the verb), which the tagger leaves
    without a statement. What is said is the clause itself (it names nothing more); the headline reader
    (`_headline_denial`) then answers what the body's denial answers."""
    cut = _title_end(doc)
    if cut is None:
        return []
    text = _dc.text(doc)
    line = text[:cut].rstrip()
    m = _BARE_HEADLINE_DENIAL.search(line)
    if m is None or m.start("who") == 0 or any(a.cue[0] <= m.start("cue") < a.cue[1] for a in atts):
        return []  # (a whole title "Army denies it" is left to the readers above; a cue read there stands)
    return [found_statement((m.start("cue"), m.end("cue")), _deny_verb(m.group("cue")) or "deny",
                            (m.start("who"), m.end("who")), [(m.start("who"), m.end())])]


_COURT_WORDS = {"court", "tribunal", "hearing", "trial", "judge", "magistrate", "session"}


def _not_guilty_pleas(doc: Doc, atts) -> list:
    """"The officers have pleaded not guilty", "X, who had pleaded not guilty, told the court …", "has pleaded not
    guilty to charges that he incited violence": a defendant's plea denies the charge (what follows "to", else the
    accusation the story told)."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() != "plead" or tok.i + 2 >= len(doc) or \
                (doc[tok.i + 1].lower_, doc[tok.i + 2].lower_) != ("not", "guilty") or \
                any(a.cue[0] <= tok.idx < a.cue[1] for a in atts):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that") and tok.dep_ == "relcl":
            subject = tok.head  # "Mammadli, who had pleaded not guilty, …"
        if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        guilty = doc[tok.i + 2]
        cue = (tok.idx, guilty.idx + len(guilty))
        content = [(doc[tok.i + 1].idx, cue[1])]
        to = doc[tok.i + 3] if tok.i + 3 < len(doc) else None
        if to is not None and to.lower_ == "to" and to.i + 1 < tok.sent.end:
            last = _last_word(doc[to.i + 1:tok.sent.end])
            charge = next((c for c in to.children if c.dep_ == "pobj"), None)
            if charge is not None and not any(t.lower_ == "that" for t in charge.subtree):
                # "pleaded not guilty to murder at the High Court on Thursday": the charge, not where or when
                kept = [t for c in charge.children if c.i > charge.i and not (c.dep_ == "prep" and any(
                    g.ent_type_ in ("DATE", "TIME", "FAC", "ORG") or g.lemma_.lower() in _COURT_WORDS
                    for g in c.subtree)) for t in c.subtree]
                last = _last_word(doc[charge.i:max([charge.i] + [t.i for t in kept]) + 1])
            content = [(doc[to.i + 1].idx, last.idx + len(last))]
        out.append(found_statement(cue, "deny", (subject.left_edge.idx, subject.idx + len(subject)), content))
    return out


def _in_headline(doc: Doc, att) -> bool:
    """A cue in the text's title (see `_title_end`; a fact-check's longer title marks its statements)."""
    cut = _title_end(doc)
    return getattr(att, "headline", False) or (cut is not None and att.cue[0] < cut)


def _title_end(doc: Doc, words: int = 16) -> int | None:
    """Where the text's first paragraph ends when that is a title: one short line (`words` at most) with no full
    stop, followed by a blank line ("Mozambique army denies losing 30 soldiers in ambush"); None when it is not. A
    fact-check's title may run longer ("FACT CHECK: No, this video does not show …": 24 words)."""
    text = _dc.text(doc)
    cut = text.find("\n\n")
    if cut < 0:
        return None
    title = text[:cut].strip()
    return cut if "\n" not in title and len(title.split()) <= words and not title.endswith(
        (".", "!", "?", ":", '"')) else None


def _headline_denial(doc: Doc, att, claims: list[Claim], denier: dict, start: int, end: int) -> None:
    """A headline's denial ("Turkey denies drone strike on Kobani bakery") whose speaker's country also denies in
    the body answers what the body's denial answers — the body denial sharing most word stems with the headline,
    which it sums up, then the claim sharing most — as a response of its own. (By the denials' words first: "Guard
    denies shooting at migrants' truck" sums up the lead's "denied that its officers had shot at a truck carrying
    migrants", not a later denial of rumours of a death "in the shooting", whose claim, the denial's own words,
    shares as many stems as the lead's answered account.)"""
    if denier == _DESK:
        _desk_headline(doc, att, claims, start, end)
        return
    answered = _denied_after(claims, denier["country"], end)
    if not answered:
        return
    stems = _stems(_dc.text(doc)[start:end])

    def summed_up(c: Claim) -> int:
        return max(len(stems & _stems(r["text"])) for r in c.responses if r["stance"] == "deny" and
                   r["by"].get("country") == denier["country"] and r["start"] > end)

    target = max(answered, key=lambda c: (summed_up(c), len(stems & _stems(c.text))))
    if not stems & _stems(target.text):
        # "Chad denies Sudanese army claim that its airport hosts drones" over a body that only "rejected the
        # accusation": the headline says which of the author's claims the body's words point to
        author = target.claimant.get("country")
        better = max((c for c in claims if c is not target and author and c.claimant.get("country") == author
                      and c.start > end), key=lambda c: len(stems & _stems(c.text)), default=None)
        if better is not None and len(stems & _stems(better.text)) >= 2:
            moved = [r for r in target.responses if r["stance"] == "deny" and r["start"] > end
                     and r["by"].get("country") == denier["country"] and not _stems(r["text"]) & _stems(target.text)]
            if moved:
                target.responses = [r for r in target.responses if not any(r is m for m in moved)]
                better.responses.extend(moved)
                target = better
    target.responses.insert(0, {"by": denier, "stance": "deny", "text": _dc.text(doc)[start:end], "start": start,
                                "end": end, "cue": _dc.text(doc)[att.cue[0]:att.cue[1]]})


def _denied_after(claims: list[Claim], country: str, end: int) -> list[Claim]:
    """The claims a speaker of `country` denies after offset `end` (in the body, after a title line)."""
    return [c for c in claims if any(r["stance"] == "deny" and r["by"].get("country") == country and r["start"] > end
                                     for r in c.responses)]


def _contests_no_claim(doc: Doc, att, start: int, end: int) -> bool:
    """"disputed parts of their border": a disputing verb whose object is a thing, not a claim or a clause."""
    words = (att.cue_lemma or "").lower().split()
    if words and words[-1] not in _linking()["object_denying_verbs"]:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"] | _linking()["responsive_nouns"]
    return span.root.pos_ in ("NOUN", "PROPN") and not any(t.lemma_.lower() in nouns or t.lower_ in nouns
                                                           for t in span)


def _headline_subject(doc: Doc, att):
    """The speaker of a cue the tagger took for a noun: "Armenia rejects Baku's accusations" (a headline):
    a state or body named right before the cue, at the start of its sentence."""
    tok = _cue_token(doc, att)
    if tok is None:
        return None
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("compound", "nsubj", "amod") and c.i == c.left_edge.i:
            sub = doc[c.left_edge.i:c.right_edge.i + 1]
            m = mention_for(doc, sub)
            if m is not None and m.country and (sub.start == sub.sent.start or (
                    # "about Israeli reports that …", "denied Ukrainian claims": the state the claim noun names
                    tok.pos_ == "NOUN" and c.dep_ in ("amod", "compound") and c.right_edge.i == tok.i - 1)):
                return sub.start_char, sub.end_char
    return None


def _conj_speaker(doc: Doc, att, atts, source, speaker):
    """"The ministry said A, and rejected claims that B": a cue coordinated with an earlier cue of the same
    sentence and with no subject of its own has that cue's speaker (the parser hangs the second verb on A)."""
    tok = _cue_token(doc, att)
    if tok is None or tok.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return source, speaker
    sent_start = tok.sent.start_char  # (an earlier cue of the same sentence: the others are passed over first)
    for other in atts:
        if not sent_start <= other.cue[0] < att.cue[0] or other is att or other.source is None or not other.content:
            continue
        if other.kind == "direct" and _dc.text(doc)[other.source[0]:other.source[1]].strip().lower() in \
                _linking()["interviewer_labels"]:
            continue  # "Q: X has rejected your accusation and says A": the interviewer relays X's words, X says A
        a, b = other.content[0][0], other.content[-1][1]
        hangs = a <= tok.head.idx < b or tok.head.idx == other.cue[0] or \
            other.cue[0] <= tok.head.idx < other.cue[1]
        if hangs and other.cue[0] < a:
            # the "speaker" found is a phrase of A, or none was found ("said A and called the accusation
            # baseless": the tagger left the second verb without a speaker), or what the resolver made of a phrase
            # of A ("said its forces had held and described the story as a lie": "its forces" is no speaker)
            if source is None or a <= source[0] < b or att.source is not None and a <= att.source[0] < b:
                return (other.source_resolved or other.source), speaker_name(doc, other)
    return source, speaker


def _refused_act(doc: Doc, att) -> bool:
    """"refused to stop", "refuses to leave": a refusing verb whose complement is an act (a to-infinitive)."""
    tok = _cue_token(doc, att)
    return tok is not None and tok.lemma_.lower() in ("refuse", "decline") and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(m.lower_ == "to" for m in c.children)
        and c.lemma_.lower() not in _linking()["answer_verbs"] for c in tok.children)


def _negated_cue(doc: Doc, att) -> bool:
    """"did not deny", "did not confirm or deny", "declined to confirm": a cue under a negation."""
    tok = _cue_token(doc, att)
    if tok is None:
        return False
    words = re.findall(r"[a-z']+", _dc.text(doc)[att.cue[0]:att.cue[1]].lower())
    if words[-2:] == ["not", "guilty"] or getattr(att, "own_role", False):
        return False  # "pleaded not guilty", "had no part in": the negation is the plea, the denial
    if any(w in _NEGATION or w.endswith("n't") for w in words):
        return True
    chain = [tok]
    if tok.dep_ == "conj" and (tok.head.lemma_.lower() in _tables()[1] or
                               tok.head.lemma_.lower() in _linking()["answer_verbs"]) and \
            not re.search(r'["\u201d]', _dc.text(doc)[tok.head.idx:tok.idx]):
        # "did not confirm or deny": the negation sits on the first verb — a cue's, not that of what was said
        # ("said its units had not fired a shot and called the statement disinformation"; 'that the group "does not
        # comment on operations" and accused the army of …': a quote's verb)
        chain.append(tok.head)
    if any(c.lower_ in ("neither", "nor") for t in chain for c in t.children) or \
            tok.i > 0 and doc[tok.i - 1].lower_ == "nor":
        return True  # "neither confirmed nor denied"
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("decline", "refuse", "fail"):
        return True  # "declined to confirm"
    if tok.lemma_ in ("decline", "refuse", "fail") and any(
            c.dep_ == "xcomp" and c.lemma_ in _linking()["answer_verbs"] for c in tok.children):
        return True  # "refused to comment on the type of missile"
    return any(c.dep_ == "neg" for t in chain for c in t.children)


def _issuer_sentences(doc: Doc, atts, claims: list[Claim], voice: dict, events: list[Event],
                      doc_id: str) -> list[Claim]:
    """A ministry's statement or an army's press release speaks in its own name in every sentence: "Ten terrorists
    were neutralised.", "No civilian was hurt in the attack." A body sentence that cites no one (no cue, no content,
    no quote of anyone's, no claim made already) is the issuer's claim, its stance from its words (convention,
    data/claims-eval/README.md). Sentences calling something untrue are left to the denials (`_unsaid_claims_called_untrue`);
    questions and sentences without a finite verb state nothing."""
    text = _dc.text(doc)
    body = _title_end(doc) or 0
    taken = [a.cue for a in atts] + [sp for a in atts for sp in a.content] + \
        [(c.start, c.end) for c in claims] + \
        [(r["start"], r["end"]) for c in claims for r in c.responses if r.get("start") is not None]
    out = []
    for sent in doc.sents:
        start, end = _rstripped(doc, sent.start_char, sent.end_char)
        if start < body or end - start < 12 or any(a < end and start < b for a, b in taken):
            continue
        words = text[start:end]
        if words.endswith("?") or words.endswith(":") or '"' in words or "\u201c" in words or \
                _calls_untrue(words) or len([t for t in sent if t.is_alpha]) < 4:
            continue
        if not any(t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE for t in sent):
            continue  # a dateline, a heading, a list of names
        end = end - 1 if text[end - 1] in ".;" else end
        out.append(Claim(id=f"{doc_id}-c0", claimant=dict(voice), stance=stance_of("", text[start:end]),
                         text=text[start:end], start=start, end=end, event=_event_in(events, start, end),
                         locations=_places_in(doc, start, end)))
    return out


def _sentences_beside_denial(doc: Doc, claims: list[Claim], events: list[Event], doc_id: str) -> list[Claim]:
    """A quote or a transcript answer of several sentences, one of which denies ("Kanaani: This report is not
    accurate. Iran has not made any attempt to enrich beyond 60 percent.", '"The Indian army targeted homes. …
    Indian claims that our posts were damaged are baseless. Not a single soldier of ours was hurt."'): the denial is
    the sentences that deny (by a denying verb, words calling something untrue, an answer's "No"), and each other
    sentence stating something is its speaker's statement of its own, its stance from its own words (the claims
    sets label each sentence so; session 27). Done after linking: which claim the denial answers is read from all
    its words. The denial keeps its words when none of its sentences denies by itself (the stance came from its
    verb: "denied the report: '…'")."""
    text = _dc.text(doc)
    deny_cues = {w for w, st in _tables()[1].items() if st == "deny" and " " not in w}
    taken = [(c.start, c.end) for c in claims] + \
        [(r["start"], r["end"]) for c in claims for r in c.responses if r.get("start") is not None]
    out: list[Claim] = []
    for c in claims:
        for r in c.responses:
            if r.get("stance") != "deny" or r.get("start") is None or r.get("end") is None:
                continue
            a, b = r["start"], r["end"]
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            parts = []  # (start, end, denies) of each sentence or clause inside the denial
            pieces = [(max(a, sent.start_char), min(b, sent.end_char)) for sent in span.sents]
            pieces = [q for x, y in pieces for q in _clauses(doc, x, y)]
            for x, y in pieces:
                words = text[x:y]
                lead = len(words) - len(words.lstrip(" \n\"'\u201c\u201d\u2018\u2019"))
                x, y = x + lead, x + len(words.rstrip(" \n\"'\u201c\u201d\u2018\u2019,;"))
                if y - x < 2:
                    continue
                words = text[x:y]
                toks = [t for t in doc.char_span(x, y, alignment_mode="expand") or []]
                # (an answer's "No." or "No, …" denies; "no collision took place" states)
                denies = stance_of("", words) == "deny" or re.fullmatch(r"no\b\W*", words, re.I) is not None or \
                    any(t.pos_ == "VERB" and t.lemma_.lower() in deny_cues for t in toks) or \
                    x <= c.start < y  # the words the denial mentions as the claim it denies
                parts.append((x, y, denies, toks))
            if len(parts) < 2 or not any(p[2] for p in parts):
                continue
            first = next(i for i, p in enumerate(parts) if p[2])
            last = max(i for i, p in enumerate(parts) if p[2])
            own = [p for i, p in enumerate(parts) if i < first or i > last]
            own = [p for p in own if _states_a_sentence(text[p[0]:p[1]], p[3]) and
                   not any(q[0] < p[1] and p[0] < q[1] and (q[0], q[1]) != (a, b) for q in taken)]
            if not own:
                continue
            for x, y, _, _ in own:
                words = text[x:y].rstrip(".;")
                y = x + len(words)
                out.append(Claim(id=f"{doc_id}-c0", claimant=dict(r["by"]), stance=stance_of("", words), text=words,
                                 start=x, end=y, event=_event_in(events, x, y), locations=_places_in(doc, x, y),
                                 cue=r.get("cue")))
            # the denial is what is left: its first denying sentence to its last (and what lies between)
            keep = [p for p in parts if not any(p[0] == o[0] for o in own)]
            r["start"], r["end"] = keep[0][0], keep[-1][1]
            r["text"] = text[r["start"]:r["end"]]
    return out


def _clauses(doc: Doc, x: int, y: int) -> list[tuple[int, int]]:
    """A sentence cut where a clause of its own begins after a semicolon or a comma (", and", ", but"): "That is a lie,
    and we will publish the intelligence", "Rwanda has no troops in Goma; Kinshasa's account is false", "No, that is
    completely false, our boat was stationary" (the later clause's subject opens it and its verb is finite)."""
    text = _dc.text(doc)
    cuts = []
    for m in re.finditer(r"(?:;|,)\s+(?:(?:and|but)\s+)?", text[x:y]):
        p = x + m.end()
        rest = doc.char_span(p, y, alignment_mode="expand")
        if rest is None or not len(rest) or rest.start_char != p:
            continue
        verb = next((t for t in rest if t.pos_ in ("VERB", "AUX") and (t.tag_ in _FINITE or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.children))), None)
        if verb is not None and verb.dep_ in ("aux", "auxpass"):
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None) \
            if verb is not None else None
        if subj is not None and subj.i < verb.i and subj.left_edge.i == rest.start:
            cuts.append((x + m.start(), p))
    out, at = [], x
    for end, start in cuts:
        out.append((at, end))
        at = start
    return out + [(at, y)]


def _states_a_sentence(words: str, toks) -> bool:
    """A sentence that states something: not a question, with a finite verb and four words or more."""
    return not words.rstrip().endswith("?") and len([t for t in toks if t.is_alpha]) >= 4 and \
        any(t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE for t in toks)


def _denials_with_their_verb(doc: Doc, claims: list[Claim], cues: dict) -> None:
    """"Myanmar's government rejected the report", "TNI denies it", "Chisinau rejects this": a denial whose object
    only names the claim says nothing without its verb; its span starts at the verb right before the object, as the
    statement one quotes is "rejected the report", not "the report". Done last: linking reads the object alone."""
    text = _dc.text(doc)
    for c in claims:
        for r in c.responses:
            cue = cues.get(r.get("start"))
            if r.get("stance") != "deny" or cue is None or r.get("end") is None or cue[1] > r["start"] or \
                    text[cue[1]:r["start"]].strip() or not _is_anaphoric(_without_untrue_words(r["text"])):
                continue
            r["start"], r["text"] = cue[0], text[cue[0]:r["end"]]


def _second_proposition(doc: Doc, att, start: int, end: int) -> bool:
    """"denied any involvement and said the accusations were part of a campaign against Russia", "dismissed the
    charge and said Eritrea had no links with any armed group": a clause after "said" with three content words
    besides the words that name or disparage the claim states a proposition of its own; "said it was a lie",
    "said the report was false" only point back. So does a naming verb's predicate that does not call the claim
    untrue ("denied firing any rockets and called the Israeli account an excuse for killing civilians")."""
    lemma = (att.cue_lemma or "").lower()
    text = _dc.text(doc)[start:end]
    if lemma not in _linking()["second_statement_verbs"] and (_calls_untrue(text) or getattr(
            load_lexicon().verbs.get(lemma), "cls", None) != "naming"):
        return False
    return _states_its_own(text)


def _states_its_own(text: str) -> bool:
    """Three content words besides those that name, point back at or disparage a claim: a proposition of its own."""
    own = _content_words(_without_untrue_words(text)) - set(_tables()[0]["claim_nouns"]) - \
        _linking()["generic_objects"]
    return len(own) >= 3 and not _is_anaphoric(text)


def _without_untrue_words(text: str) -> str:
    """The words of `text`, lower case, without those calling something untrue ("a lie", "fiction")."""
    low = " " + " ".join(re.findall(r"[a-z][a-z0-9-]*", text.lower())) + " "
    for phrase in _linking()["untrue_words"]:
        low = low.replace(f" {phrase} ", " ")
    return low.strip()


def _says_its_own(doc: Doc, span: tuple[int, int]) -> bool:
    """A denied that-clause stating a proposition of its own, not one pointing back ("that it was a lie"), or a
    statement noun telling its act ("the accusation of organising the riots")."""
    text = _dc.text(doc)[span[0]:span[1]]
    if _NOUN_OF_ACT.match(text):
        return True
    m = re.match(r"that\s+(.*)", text, re.I | re.S)
    return m is not None and len(_content_words(m.group(1))) >= 2 and not _is_anaphoric(m.group(1))


_NOUN_OF_ACT = re.compile(r"(?:the|an?|its|their|these|those)?\s*(?:[\w'\u2019-]+\s+){0,2}?(?:accusations?|allegations?|"
                          r"claims?|charges?|reports?|suggestions?)\s+(?:of|about)\s+(?:\w+ing)\b", re.I)


def _restates_denial(doc: Doc, att, atts, spans) -> bool:
    """A second denial hanging on a first one in the same sentence ("denied A, calling the accusations a
    lie", "rejected the claim and called it fake") restates it: the first one is the statement."""
    tok = _cue_token(doc, att)
    if tok is None or tok.lemma_.lower() not in _linking()["restating_cues"] or \
            tok.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if id(att) in spans and _finite_second_denial(doc, att, spans[id(att)][0]):
        return False  # "denied A and called the accusations a provocation": a second denial
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # "..., and the EU mission said ...": a speaker of its own
    if id(att) in spans and _says_its_own(doc, spans[id(att)]):
        return False  # "dismissed the figures and denied that any soldier had been captured": a second proposition
    if id(att) in spans and _names_its_author(doc, spans[id(att)]) and (
            _tables()[1].get(tok.lemma_.lower()) == "deny" or
            _calls_untrue(_dc.text(doc)[slice(*spans[id(att)])], other_words=False)):
        # "denied A and called the adviser's remarks baseless", "… and rejected the spokesman's remarks": a statement
        # of its own author's ("… and called the Israeli account an excuse for killing civilians" says more: see
        # `_second_proposition`)
        return False
    head = tok.head
    for other in atts:
        if other is att or not other.content or other.source is None:
            continue
        o = _cue_token_of(doc, other)
        a, b = spans[id(other)]
        if o is None or not (o.i == head.i or a <= head.idx < b and not a <= tok.idx < b):
            continue  # the second cue hangs on the first cue, or on a word of what the first one denies
        if stance_of(other.cue_lemma or "", _dc.text(doc)[a:b]) == "deny":
            # "dismissed the casualty figures" after "denied that the town fell": the numbers are a second thing
            figures = _figure_noun_search()
            if id(att) in spans and figures.search(_dc.text(doc)[slice(*spans[id(att)])]) and not \
                    figures.search(_dc.text(doc)[a:b]) and not re.search(r"\d", _dc.text(doc)[a:b]):
                return False
            return True
    return False


def _cue_token_of(doc: Doc, att):
    """`_cue_token`, once per cue span and Doc (a restating denial reads every statement's cue)."""
    memo = doc.user_data.setdefault("sitrep.cue_tokens", {})  # (token indices: the Doc holds no Token of its own)
    key = (att.cue[0], att.cue[1])
    if key not in memo:
        tok = _cue_token(doc, att)
        memo[key] = None if tok is None else tok.i
    return None if memo[key] is None else doc[memo[key]]


def _coordinated(doc: Doc, source, claimant: dict) -> list[dict]:
    """"Britain, France and the United States rejected ...": one denier for each coordinated country."""
    if source is None:
        return [claimant]
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not any(t.dep_ == "conj" for t in span):
        return [claimant]
    out, seen = [], set()
    for m in getattr(doc._, "actor_mentions", None) or []:
        if not (span.start <= m.start and m.end <= span.end) or not m.country or m.country in seen:
            continue
        head = doc[m.head] if 0 <= m.head < len(doc) else doc[m.end - 1]
        if head.i != span.root.i and head.dep_ != "conj":
            continue  # "the envoy of France": not a coordinated speaker
        seen.add(m.country)
        out.append({"name": m.text, "country": m.country, "sector": m.sector})
    return out if len(out) > 1 else [claimant]


def _inside_other_denial(doc: Doc, att, atts, spans) -> bool:
    """An unsourced cue inside a sourced denial ("dismissed reports that …"), or a noun cue the tagger gave the
    denier as its source ("rejects the accusations of X regarding Y"), is the denial's object, not a statement."""
    if att.source is not None and (att.cue_lemma or "").split()[0] not in _tables()[0]["claim_nouns"] + [
            "accusation", "allegation", "claim", "report"]:
        return False
    for other in atts:
        if other is att or other.source is None or not other.content:
            continue
        if att.source is not None and att.source != other.source:
            continue
        a, b = spans[id(other)]
        if a <= att.cue[0] < b and (stance_of(other.cue_lemma or "", _dc.text(doc)[a:b]) == "deny"
                                    or _named_as_untrue(doc, other, a)):
            return True
    return False


def _another_act(denied: str, told: set) -> bool:
    """Whether a denial's words name only kinds of act (linking.yaml `act_kinds`) other than those an event is
    told with; a denial naming no act ("rejected the report") names none other."""
    kinds = _act_kinds(denied)
    return bool(kinds and told and not kinds & told)


def _update_event_status(claims: list[Claim], events: list[Event]) -> None:
    """An event only one side alleges is claimed; one that is alleged and denied is disputed; one that is
    mentioned only inside a denial is denied."""
    by_id = {e.id: e for e in events}
    # an event someone asserts outright ("..., police said") stays reported when another source only alleges it
    # (a group "claimed responsibility for the blast")
    asserted = {c.event for c in claims if c.stance in ("assert", "confirm") and not any(
        r["stance"] == "deny" for r in c.responses)}
    for c in claims:
        ev = by_id.get(c.event)
        if ev is None:
            continue
        # "The SPLM-IO denied that it had armed the White Army" after a clash told with it: a denial of another kind
        # of act (linking.yaml `act_kinds`) answers the statement, not the event it tells
        told = _act_kinds(" ".join([c.text] + [x.text for x in ev.evidence]))
        denials = [r for r in c.responses if r["stance"] == "deny" and not _another_act(r.get("text") or "", told)]
        inside_denial = denials and all(any(r["start"] <= x.start < r["end"] for r in denials) for x in ev.evidence)
        if inside_denial:
            ev.status = "denied"
        elif denials:
            ev.status = "disputed"
        elif c.stance == "allege" and ev.status == "reported" and c.event not in asserted:
            ev.status = "claimed"


# ---------------------------------------------------------------------------------------------- statements the
# tagger missed or misread (session 16): what a denial answers must be a claim of its own

# Verbs that take what is said as a that-clause, and verbs whose object is the medium itself ("published a video
# that …": a relative clause, not what is said).
_THAT_VERBS = {"say", "tell", "claim", "report", "announce", "inform", "state", "allege", "assert", "write",
               "insist", "add", "declare", "reiterate", "stress", "maintain", "argue", "explain", "disclose",
               "reveal", "indicate", "note", "confirm", "acknowledge", "admit", "warn", "post", "tweet"}
_MEDIUM_VERBS = {"publish", "post", "issue", "release", "run", "air", "broadcast", "send", "give", "hold", "write",
                 "sign", "read", "share", "upload", "own", "use", "launch", "create", "operate", "manage"}


def _last_word(sent):
    """The last token of a sentence that is not its closing punctuation."""
    toks = [t for t in sent if not t.is_space]
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].is_quote):
        toks.pop()
    return toks[-1]


def _that_clause_read_as_relative(doc: Doc, atts) -> list:
    """"The minister told a local radio station that A and that B", "The group claimed on a website close to it that
    A": the parser hung the that-clause on the noun between the speaking verb and "that" (a relative clause of
    "station", "website"), so the tagger found no statement. A speaking verb with a subject of its own, whose
    clause reaches a "that" opening a clause with a subject of its own (not "that" itself: "a website that
    publishes …"), says that clause."""
    out = []
    cues = SpanIndex(atts, lambda a: a.cue)  # (whether a verb lies in a cue, asked of the cues around it)
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _THAT_VERBS or cues.covers(tok.idx):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")), None)
        if subj is None:
            continue
        sent = tok.sent
        that = next((t for t in doc[tok.i + 1:min(sent.end, tok.i + 14)] if t.lower_ == "that"), None)
        if that is None or any(t.is_punct or t.is_quote for t in doc[tok.i + 1:that.i]):
            continue
        verb = that.head
        noun = verb.head
        if verb.i == tok.i and that.i <= tok.i + 2 and that.dep_ in ("dobj", "mark"):
            # "informs that on June 2, from 01:10 to 02:30, units …": "that" taken for the verb's object and the
            # clause broken up; what is said runs from "that" to the sentence's end
            last = _last_word(sent)
            if last.i > that.i + 3 and not _saying_over(atts, that.idx):
                sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
                out.append(found_statement((tok.idx, tok.idx + len(tok)), tok.lemma_.lower(),
                                           (sub.start_char, sub.end_char), [(that.idx, last.idx + len(last))]))
            continue
        if verb.dep_ != "relcl" or not (tok.i < noun.i < that.i) or tok not in noun.ancestors or \
                that.dep_ in ("nsubj", "nsubjpass") or \
                not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in verb.children):
            continue
        if that.dep_ == "dobj" and verb.lemma_.lower() in _MEDIUM_VERBS:
            continue  # "said in a statement that the group posted": the medium's relative clause
        if _saying_over(atts, that.idx):
            continue
        last = max(verb.subtree, key=lambda t: t.i)
        last = min(last, _last_word(sent), key=lambda t: t.i)
        if last.i <= that.i + 2:
            continue
        sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
        out.append(found_statement((tok.idx, tok.idx + len(tok)), tok.lemma_.lower(), (sub.start_char, sub.end_char),
                                   [(that.idx, last.idx + len(last))]))
    return out


def _trailing_charge(doc: Doc, atts) -> list:
    """"Burundi's president had accused Kigali of sheltering rebels, a charge Rwanda rejected": the accusation is
    a claim and the trailing clause its denial (read from the sentence by the main loop, `linking.yaml` trailing).
    The tagger reads the denying verb of the trailing clause as a statement whose content is the accusation, or
    finds nothing when the parser made the trailing noun the root; the misread statement goes, and the speaking
    verb before the trailing clause, with its subject, says what runs from it to the clause. A statement found
    before the clause that stops short of it runs on to it ("described such seizures | as retaliation for A, a
    charge Tehran rejects")."""
    text = _dc.text(doc)
    speech = set(load_lexicon().verbs) | set(_tables()[1])
    drop: set = set()
    extend: dict = {}
    sources: dict = {}
    new = []
    for m in _linking()["trailing"].finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = doc[span.start].sent
        if span.end > sent.end:
            continue
        first = sent.start_char
        for a in atts:
            if a.content and m.start() <= a.cue[0] < m.end() and first <= a.content[0][0] and \
                    a.content[-1][1] <= m.start() + 1:
                drop.add(id(a))
            elif a.source is not None and a.source[0] < m.start() < a.source[1] and a.cue[1] <= a.source[0]:
                # "A, according to residents and a local association, an accusation the army rejected": the
                # trailing clause is no part of the speaker (session 27)
                sources[id(a)] = (a.source[0], len(text[:m.start()].rstrip(" ,")))
        before = [a for a in atts if id(a) not in drop and first <= a.cue[0] < m.start()]
        if before:
            last = max(before, key=lambda a: a.cue[0])
            if last.content and last.cue[1] <= last.content[0][0] and last.content[-1][1] < m.start() and \
                    not re.search(r"[.;:!?\"\u201c\u201d]", text[last.content[-1][1]:m.start()]):
                extend[id(last)] = len(text[:m.start()].rstrip(" ,"))
            continue
        verb, subj = None, None
        for t in sent:
            if t.idx >= m.start():
                break
            if t.pos_ != "VERB" or t.lemma_.lower() not in speech or t.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
                continue
            # its subject, or that of the auxiliary the parser made the head ("had | earlier accused")
            holders = [t] + [doc[k] for k in range(max(sent.start, t.i - 3), t.i) if doc[k].lower_ in
                             ("has", "have", "had", "did", "does", "do")]
            subj = next((c for h in holders for c in h.children if c.dep_ == "nsubj" and c.i < t.i), None)
            if subj is not None:
                verb = t
                break
        if verb is None:
            continue
        rest = doc[verb.i + 1:sent.end]
        start = next((t for t in rest if not t.is_punct and t.lower_ != "that" and t.dep_ != "advmod"), None)
        if start is None or start.idx >= m.start():
            continue
        sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
        new.append(found_statement((verb.idx, verb.idx + len(verb)), verb.lemma_.lower(),
                                   (sub.start_char, sub.end_char), [(start.idx, m.start())]))
    if sources:
        atts = [_copy_att(a, source=sources[id(a)], source_resolved=None) if id(a) in sources else a for a in atts]
    if not drop and not extend and not new:
        return atts
    return _repaired(atts, drop, extend) + new


def _subject_taken_for_content(doc: Doc, atts) -> list:
    """"Posts shared thousands of times on social media said A": the tagger took the subject for what is said and a
    noun inside it for the speaker. A statement whose content ends before its cue, whose speaker lies inside that
    content, and whose cue is followed by a clause of its own, says that clause; the content was its speaker."""
    text = _dc.text(doc)
    out = []
    for a in atts:
        if a.kind != "indirect" or not a.content or len(a.content) != 1 or a.source is None:
            out.append(a)
            continue
        cs, ce = a.content[0]
        if not (ce <= a.cue[0] and cs <= a.source[0] < ce and text[ce:a.cue[0]].strip(" ,") == ""):
            out.append(a)
            continue
        cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if cue is None:
            out.append(a)
            continue
        sent = cue.sent
        last = _last_word(sent)
        after = [t for t in doc[cue.end:last.i + 1]]
        if len(after) < 4 or after[0].is_punct or not any(t.pos_ in ("VERB", "AUX") for t in after):
            out.append(a)
            continue
        out.append(_copy_att(a, source=(cs, ce), source_resolved=None,
                             content=[(after[0].idx, last.idx + len(last))]))
    return out


def _subject_on_both_sides(doc: Doc, atts) -> list:
    """"A UN report published on Wednesday says soldiers killed 24 civilians": after a subject with a participle
    of its own the parser gives the speaking verb a second subject, the reported clause's ("soldiers"), and
    hangs the clause's verb on it, so the tagger takes that subject for the speaker, or finds no statement. A
    speaking verb with a subject before it and another right after it is the earlier subject's, and says
    everything from the later subject to the sentence's end; a later "it said" the resolver gave the misread
    speaker is that earlier subject's too."""
    out = []
    moved: dict = {}  # the misread speaker -> the subject that speaks
    for a in atts:
        if a.source_resolved is not None and a.source_resolved in moved:
            a = _copy_att(a, source_resolved=moved[a.source_resolved])
        cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand") if a.kind == "indirect" and a.source \
            and a.content else None
        found = _two_subjects(doc, cue.root) if cue is not None else None
        if found is None or found[1].start_char != a.source[0]:
            out.append(a)
            continue
        speaker, said = found
        moved[a.source] = (speaker.start_char, speaker.end_char)
        out.append(_copy_att(a, source=(speaker.start_char, speaker.end_char), source_resolved=None,
                             content=[(said.start_char, said.end_char)]))
    for verb in doc:
        # (one the tagger read as no statement at all)
        if verb.lemma_.lower() not in _SAYING_VERBS or verb.pos_ != "VERB" or \
                any(a.cue[0] <= verb.idx < a.cue[1] for a in atts):
            continue
        found = _two_subjects(doc, verb)
        if found is not None:
            speaker, said = found
            out.append(found_statement((verb.idx, verb.idx + len(verb)), verb.lemma_.lower(),
                                       (speaker.start_char, speaker.end_char), [(said.start_char, said.end_char)]))
    return sorted(out, key=lambda a: a.cue[0])


_SAYING_VERBS = frozenset({"say", "claim", "allege", "report", "state"})


def _two_subjects(doc: Doc, verb):
    """(the speaker, what is said) of a speaking verb given a noun subject before it and one right after it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    after = [c for c in subjects if c.i > verb.i and c.left_edge.i == verb.i + 1]
    if not before or not after:
        return None
    last = _last_word(verb.sent)
    if last.i <= after[0].i:
        return None
    return doc[before[0].left_edge.i:before[0].right_edge.i + 1], doc[after[0].left_edge.i:last.i + 1]


def _cited_then_that_clause(doc: Doc, atts) -> list:
    """"A news site reports, citing residents, that A": the tagger read the cited source as what "citing" says. What
    is said is the that-clause after it; the cited source stays the chain's original speaker."""
    text = _dc.text(doc)
    out = []
    for a in atts:
        if (a.cue_lemma or "").lower() != "cite" or not a.content:
            out.append(a)
            continue
        m = re.match(r"\s*,\s*that\s+", text[a.content[-1][1]:a.content[-1][1] + 12])
        span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if m is None or span is None:
            out.append(a)
            continue
        last = _last_word(span.sent)
        start = text.find("that", a.content[-1][1])
        if last.idx <= start + 5:
            out.append(a)
            continue
        out.append(_copy_att(a, content=[(start, last.idx + len(last))]))
    return out


def _extend_past_cut(doc: Doc, atts, spans) -> None:
    """What is said, cut short by the tagger at a comma:
    - "informs that on May 4, from 22:15 to 23:40, | units of X fired on …": a that-clause with no verb yet runs on
      to the sentence's end;
    - "said its fighters had overrun a base at X, in central Mali, | and killed 100 soldiers": a predicate joined by
      "and" to the clause's own verb (sharing its subject, not a speaking verb, not a statement of its own) is still
      what is said. Not one joined by "but" ("had received the funds | but had paid only some staff"): measured on
      the held-out sets, that cost a link and a stance (session 16)."""
    text = _dc.text(doc)
    speech = set(load_lexicon().verbs) | set(_tables()[1])
    cues = [a.cue for a in atts]
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        start, end = spans[id(att)]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span.sent
        last = _last_word(sent)
        if last.idx + len(last) <= end + 2:
            continue
        if text[start:end].lower().startswith("that ") and not any(t.pos_ in ("VERB", "AUX") for t in span) and \
                re.match(r"\s*,", text[end:end + 3]):
            if not any(end <= c[0] < last.idx + len(last) for c in cues) and \
                    not re.search(r"[;:\"\u201c\u201d]", text[end:last.idx]):
                spans[id(att)] = (start, last.idx + len(last))
            continue
        m = re.match(r",?\s+and\s+", text[end:end + 8])
        if m is None:
            continue
        nxt = next((t for t in doc[span.end:last.i + 1] if t.idx >= end + m.end()), None)
        verb = nxt
        while verb is not None and verb.pos_ in ("AUX", "ADV", "PART") and verb.i < last.i:
            verb = doc[verb.i + 1]
        # its head is the clause's verb, or the speaking verb itself when the clause tells a past act ("said its
        # fighters had overrun a base … and killed 100 soldiers": the parser joined "killed" to "said")
        told_past = re.search(r"\b(?:had|has|have)\b", text[start:end]) is not None and verb is not None and \
            att.cue[0] <= verb.head.idx < att.cue[1] and verb.tag_ in ("VBD", "VBN")
        if verb is None or verb.pos_ != "VERB" or verb.dep_ != "conj" or \
                not (start <= verb.head.idx < end or told_past) or \
                verb.lemma_.lower() in speech or any(c[0] <= verb.idx < c[1] for c in cues) or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        stop = min(max(t.idx + len(t) for t in verb.subtree), last.idx + len(last))
        spans[id(att)] = (start, len(text[:stop].rstrip(" .;,")))


# ", a day after", "hours before", "when": a time clause opening right before another speaker's name (not ", while
# the army denied …", a second statement set beside the first)
_ADVERBIAL_BEFORE_SPEAKER = re.compile(
    r",?\s+(?:(?:a|an|one|two|three|four|five|six|several|some|few|\d+|just|only|shortly|soon|hours|days|weeks|"
    r"months|day|week|month|hour)\s+){0,3}(?:after|before|since|when)\s+$", re.I)


def _cut_before_adverbial_report(doc: Doc, atts, spans) -> None:
    """"denied that weapons were crossing its territory, a day after Sudan's envoy accused N'Djamena of serving as
    a supply line": a time clause in which another speaker says something is no part of what this one says (the
    parser hung it on the reported clause's verb); the statement ends before it, and the other is a statement of
    its own, not a mention inside this one. Not when a later sentence tells that statement again as made before
    ("…, two days after the minister blamed the group. The minister had said the engineer was taken by …"): the
    retelling is what the denial answers (data/claims-eval/README.md), and the clause stays its mention."""
    text = _dc.text(doc)
    for att in atts:
        if id(att) not in spans:
            continue
        start, end = spans[id(att)]
        for other in atts:
            if other is att or other.source is None or not (start < other.source[0] and other.cue[1] <= end) or \
                    not _speaks_or_accuses(other):
                continue  # (not "fired when the driver refused to pay": a refusal, an act)
            m = _ADVERBIAL_BEFORE_SPEAKER.search(text, start, other.source[0])
            # (the retelling is looked for only once a clause to cut is found: it reads every statement)
            if m is not None and m.start() > start and not _retold_as_made_before(doc, atts, end):
                spans[id(att)] = (start, len(text[:m.start()].rstrip(" ,;")))
                break


def _speaks_or_accuses(att) -> bool:
    """A cue of speech ("said", "told") or one that accuses ("accused", "blamed")."""
    lemma = (att.cue_lemma or "").lower()
    cue = load_lexicon().verbs.get(lemma)
    return cue is not None and cue.cls == "speech" or lemma in _ACCUSE


def _retold_as_made_before(doc: Doc, atts, after: int) -> bool:
    """A statement in the next two sentences after `after` whose cue is told in the pluperfect ("had said")."""
    for a in atts:
        if a.cue[0] < after or _sentence_gap(doc, after, a.cue[0]) > 2:
            continue
        cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if cue is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.root.children):
            return True
    return False


_INNER_CLAIM = re.compile(
    r"(?P<who>(?:[Tt]he\s+|[Oo]ur\s+)?[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4}?)\s+"
    r"(?P<cue>claims|claimed|says|said|alleges|alleged|reports|reported|insists|insisted)\s+(?:that\s+)?"
    r"(?P<what>[^;\"\u201c\u201d]{8,200}?),?\s+but\s+(?=(?:this|these|that|those|such|it|they|all\s+this)\b)")


def _claim_told_inside_denying_quote(doc: Doc, atts) -> list:
    """'"The enemy claims that it destroyed our depots, but these claims are lies," the commander said': a quote
    that tells another side's claim and then calls it untrue holds that claim as a statement of its own (its
    speaker the side named, its cue the verb), which the quote's denial answers."""
    text = _dc.text(doc)
    out = []
    for a in atts:
        if a.kind != "direct" or not a.content:
            continue
        qs, qe = a.content[0][0], a.content[-1][1]
        quote = text[qs:qe]
        for m in _INNER_CLAIM.finditer(quote):
            if not _calls_untrue(quote[m.end():]):
                continue
            if m.group("who").split()[0].lower() in ("i", "we", "it", "he", "she", "they", "this"):
                continue
            if any(o is not a and qs + m.start("cue") <= o.cue[0] < qs + m.end("cue") for o in atts):
                continue
            lemma = {"claims": "claim", "claimed": "claim", "says": "say", "said": "say", "alleges": "allege",
                     "alleged": "allege", "reports": "report", "reported": "report", "insists": "insist",
                     "insisted": "insist"}[m.group("cue")]
            out.append(found_statement((qs + m.start("cue"), qs + m.end("cue")), lemma,
                                       (qs + m.start("who"), qs + m.end("who")),
                                       [(qs + m.start("what"), qs + m.end("what"))]))
    return out


_VERB_AS_NOUN = {"claims": "claim", "says": "say", "alleges": "allege", "reports": "report", "insists": "insist",
                 "states": "state", "shows": "show", "suggests": "suggest", "asserts": "assert"}


def _speaking_verb_after_a_participle(doc: Doc, atts) -> list:
    """"A video shared 40,000 times on X claims that A": the parser took the participle "shared" for the sentence's
    verb and "X claims" for a noun after its preposition. A third-person speaking verb read as the object of a
    preposition of the sentence's (non-speaking) verb, and followed by a that-clause with a subject of its own,
    is the verb: what runs before it speaks, the clause is what it says."""
    speech = set(load_lexicon().verbs) | set(_tables()[1])
    out = []
    for tok in doc:
        lemma = _VERB_AS_NOUN.get(tok.lower_)
        if lemma is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.i + 2 >= len(doc) or \
                doc[tok.i + 1].lower_ != "that" or any(a.cue[0] <= tok.idx < a.cue[1] for a in atts):
            continue
        sent = tok.sent
        root = sent.root
        prep = tok.head
        if prep.head.i != root.i or root.i >= tok.i or root.tag_ not in ("VBD", "VBN") or \
                root.lemma_.lower() in speech or any(c.dep_ in ("dobj", "ccomp") and c.i < tok.i
                                                     for c in root.children):
            continue
        that = doc[tok.i + 1]
        clause = that.head
        if clause.i <= that.i or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children):
            continue
        first = next(t for t in sent if not t.is_space)
        last = _last_word(sent)
        if last.i <= that.i + 2 or first.i >= tok.i:
            continue
        prev = doc[tok.i - 1]
        out.append(found_statement((tok.idx, tok.idx + len(tok)), lemma, (first.idx, prev.idx + len(prev)),
                                   [(that.idx, last.idx + len(last))]))
    return out


_COUNT_NOUNS = {"toll", "number", "figure", "count", "tally", "total"}


def _toll_put_at(doc: Doc, atts) -> list:
    """"Amnesty International put the toll at more than 120", "a rights group gave a higher toll of 48 dead": a
    speaker putting a count at a number, or giving a count of one, states it (cue "put", "give", the subject
    speaks, what is said runs from the count noun to the number's phrase)."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in ("put", "give") or tok.pos_ != "VERB" or \
                any(a.cue[0] <= tok.idx < a.cue[1] for a in atts):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _COUNT_NOUNS), None)
        # "put the toll at N" (the verb's), "gave a toll of N" (the count noun's)
        at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" and obj is not None
                   and c.i > obj.i), None) if tok.lemma_.lower() == "put" else \
            next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and
                  any(t.like_num for t in c.subtree)), None) if obj is not None else None
        if subj is None or obj is None or at is None:
            continue
        first = obj.left_edge
        last = max(at.subtree, key=lambda t: t.i)
        if last.i + 1 < len(doc) and doc[last.i + 1].lower_ in ("dead", "killed", "wounded", "injured"):
            last = doc[last.i + 1]  # "a toll of 27 | dead", the adjective the parser hung on the verb
        if _saying_over(atts, first.idx):
            continue
        sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
        out.append(found_statement((tok.idx, tok.idx + len(tok)), tok.lemma_.lower(), (sub.start_char, sub.end_char),
                                   [(first.idx, last.idx + len(last))]))
    return out


def _saying_over(atts, idx: int) -> list:
    """The statements whose words cover the character at `idx`."""
    return [a for a in atts if a.content and any(x <= idx < y for x, y in a.content)]


def _blamed_in_relative_clause(doc: Doc, atts) -> list:
    """"an attack on a police post, which the army blamed on the KNDF", "a bombing police blamed on al-Shabab": the
    subject of a relative "blamed … on X" accuses X of the thing the clause hangs on (cue "blame"; what is said runs
    from that noun phrase to X; a noun inside a prepositional phrase climbs to the phrase's head noun; "which it
    blamed" speaks for the subject of the sentence's verb)."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in ("blame", "pin") or tok.dep_ not in ("relcl", "acl") or \
                any(a.cue[0] <= tok.idx < a.cue[1] for a in atts):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")), None)
        on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > tok.i
                   and any(g.dep_ == "pobj" for g in c.children)), None)
        thing = tok.head
        if subj is None and tok.dep_ == "acl" and tok.head.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "an attack which the state police command blamed on X": the parser made the subject noun the
            # relative clause's head and the verb a modifier of it
            subj, thing = tok.head, tok.head.head
        if subj is None or on is None:
            continue
        while thing.dep_ == "pobj" and thing.head.dep_ == "prep" and thing.head.head.pos_ in ("NOUN", "PROPN"):
            thing = thing.head.head  # "an attack on a post in Hsihseng, which …": the attack
        if thing.pos_ not in ("NOUN", "PROPN") or thing.i >= tok.i:
            continue
        first, last = thing.left_edge, max(on.subtree, key=lambda t: t.i)
        if first.lower_ in ("a", "an", "the", "this", "that"):
            first = doc[first.i + 1]
        if _saying_over(atts, tok.idx):
            continue  # "police said two men died in a bombing the government blamed on X": inside their words
        if subj.pos_ == "PRON":
            # "the military announced a curfew after an attack, which it blamed on X": the clause's own subject
            verb = thing
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is None:
                continue
        # "The military on Sunday announced": the parser hangs the day on the subject
        kept = [t for c in subj.children if c.i > subj.i and c.i < tok.i and not (c.dep_ == "prep" and any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children)) for t in c.subtree]
        left = [t for c in subj.lefts if c.lower_ not in ("which", "that", "who", "whom") for t in c.subtree]
        sub = doc[min([subj.i] + [t.i for t in left]):max([subj.i] + [t.i for t in kept]) + 1]
        out.append(found_statement((tok.idx, tok.idx + len(tok)), "blame", (sub.start_char, sub.end_char),
                                   [(first.idx, last.idx + len(last))]))
    return out


_RELATIVE_SAYING = {"accuse": "accuse", "blame": "blame", "allege": "allege", "say": "say", "claim": "claim",
                    "find": "find", "conclude": "conclude", "charge": "charge"}
_WRITTEN_THINGS = {"report", "statement", "study", "letter", "video", "lawsuit", "complaint", "petition", "post",
                   "investigation", "inquiry", "indictment", "document", "survey", "communique", "dossier"}


def _said_in_relative_clause(doc: Doc, atts) -> list:
    """"a report by Human Rights Watch, which accuses soldiers of killing 120 civilians", "the rebel group, which
    says it shot down the helicopter": what a relative clause says its antecedent states. A written thing speaks
    for its author ("by X", "X's report"; of no author it is left to the mention rules); a group or person for
    itself. What is said runs from
    the word after the verb (past "that") to the clause's end."""
    out = []
    for tok in doc:
        cue = _RELATIVE_SAYING.get(tok.lemma_.lower())
        if cue is None or tok.dep_ != "relcl" or tok.pos_ != "VERB" or \
                any(a.cue[0] <= tok.idx < a.cue[1] for a in atts):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in tok.children):
            continue
        thing = tok.head
        if thing.dep_ == "pobj" and thing.head.lower_ in ("by", "from") and \
                thing.head.head.lemma_.lower() in _WRITTEN_THINGS:
            thing = thing.head.head  # "a report by a rights group that accuses …": the report
        if thing.pos_ not in ("NOUN", "PROPN") or thing.i >= tok.i:
            continue
        if any(stance_of(a.cue_lemma or "", _dc.text(doc)[a.content[0][0]:a.content[-1][1]]) != "deny"
               for a in _saying_over(atts, tok.idx)):
            continue  # told inside someone else's words (inside a denial it is the claim denied)
        after = [t for t in tok.subtree if t.i > tok.i]
        while after and (after[0].dep_ == "mark" or after[0].is_punct):
            after = after[1:]
        while after and (after[-1].is_punct or after[-1].is_space):
            after = after[:-1]
        if len(after) < 3:
            continue
        if thing.lemma_.lower() in _WRITTEN_THINGS:
            author = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                           for g in c.children if g.dep_ == "pobj"), None) or \
                next((c for c in thing.children if c.dep_ == "poss"), None)
            if author is None:
                continue  # "a report that accused …" of no author: the mention, told in full later if at all
            who = doc[author.left_edge.i:author.i + 1]
        elif thing.pos_ == "PROPN" or thing.ent_type_ in ("ORG", "NORP", "PERSON", "GPE"):
            who = doc[thing.left_edge.i:thing.i + 1]
        else:
            continue
        if who[0].lower_ in ("a", "an", "the") and len(who) > 1:
            who = who[1:]
        out.append(found_statement((tok.idx, tok.idx + len(tok)), cue, (who.start_char, who.end_char),
                                   [(after[0].idx, after[-1].idx + len(after[-1]))]))
    return out


# session 16 (h14): the document's own voice. An official statement or press release whose title names its
# issuer ("Statement of the Bureau for X", "Inter Services Public Relations - Press Release", "Army communique")
# speaks in its sentences without a reporting verb; a fact-check's verdict is its desk's (of no country).
# (session 27: "Public communique 087", "communique 118", "Press Release 041-2026": a bare number too; "- announcement")
_STATEMENT_WORD = r"(?:joint\s+|official\s+|public\s+)?(?:press\s+(?:release|statement)|news\s+release|statement|" \
    r"communiqu[eé]|declaration|announcement)(?:\s+(?:no\.?|number|n°|#)\s*[\w/.-]+|\s+\d[\w/.-]*)?"
_ISSUED_TITLE = (re.compile(rf"{_STATEMENT_WORD}\s+(?:of|by|from)\s+(?P<who>.+)", re.I),
                 # (session 27) "Joint Task Force communique, Concepcion", "… - Press release, 22 November": the
                 # place or day it was issued after a comma
                 re.compile(rf"(?P<who>.+?)\s*(?:[-\u2013\u2014:|,/]\s*)?(?:{_STATEMENT_WORD})(?:\s*,\s*[^,]{{1,40}})?", re.I),
                 # "Republic of X - Ministry of Interior - Statement on the events in Y": the issuer before the dash;
                 # with no dash too (session 27: "IDF statement on strikes in southern Lebanon", "Chadian Armed
                 # Forces General Staff, communique on the fighting at …")
                 re.compile(rf"(?P<who>.+?)\s*(?:[-\u2013\u2014:|,]\s*)?(?:{_STATEMENT_WORD})\s+(?:on|about|regarding|"
                            rf"concerning)\s+\S.*", re.I),
                 # (session 27) "Philippine Army 4th Infantry Division, public affairs office": the office that puts
                 # out its releases, named after it
                 re.compile(r"(?P<who>.+?)\s*[-\u2013\u2014:|,]\s*(?:public\s+(?:affairs|information|relations)|press|"
                            r"media|information)\s+(?:office|service|department|directorate|bureau|cell|wing)", re.I),
                 # (session 27) "Press release, Headquarters Northern Command, Udhampur", "Press release: Ministry of
                 # Foreign Affairs, Dhaka": the statement word first, its issuer after the comma or colon
                 re.compile(rf"(?:{_STATEMENT_WORD})\s*[,:]\s*(?P<who>.+)", re.I),
                 # "Ministry of Defence of Azerbaijan - information", "…: information" (session 20): a ministry's
                 # information release, its issuer before the dash
                 re.compile(r"(?P<who>.+?)\s*[-\u2013\u2014:|]\s*information", re.I))
# the words of a statement's kind, which the tagger may read as verbs ("Press release No. 031 of …")
_STATEMENT_WORDS = {"press", "release", "statement", "communique", "communiqué", "declaration", "announcement", "news",
                    "joint", "official", "public"}
# an issuer named by its ordinal ("3rd Infantry Division, Philippine Army: press release")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\s+[A-Z]")
_FACT_CHECK = re.compile(r"\s*fact[\s-]?check(?:ing|er)?\b", re.I)
# a fact-check's title opening with its rating ("Misleading: the video of … was not filmed in …"), and its rating
# said in the desk's own words ("We rate the claim misleading", "We rate this post as false")
_RATINGS = r"(?:false|fake|misleading|untrue|fabricated|altered|doctored|manipulated|out\s+of\s+context|missing\s+context)"
_RATED_TITLE = re.compile(rf"\s*(?:mostly\s+|partly\s+)?{_RATINGS}\s*:", re.I)
_WE_RATE = re.compile(rf"\b(?P<who>we|our\s+(?:[\w-]+\s+){{0,2}}?(?:desk|team|unit|newsroom|fact-checkers))\s+"
                      rf"(?P<cue>rate|rated|have\s+rated|are\s+rating|found|find|has\s+found|have\s+found|judged)\s+(?P<what>(?:the|this|these|that|those|"
                      rf"such)\s+(?:[\w-]+\s+){{0,2}}?(?:claims?|posts?|videos?|clips?|photos?|images?|pictures?|"
                      rf"captions?|footage|stor(?:y|ies)|reports?|rumou?rs?)\s+(?:as\s+)?(?:mostly\s+|partly\s+)?{_RATINGS})\b", re.I)
_DESK = {"name": "fact-check desk", "country": None, "sector": None}
# ("Verdict: guilty" in a court report is no desk's: a desk's verdict is its own, or a rating of what was said)
_VERDICT_LINE = re.compile(r"(?:^|\n)[ \t]*(?:our\s+(?:verdict|rating)\s*:|(?:verdict|rating)\s*:\s*(?:mostly\s+|partly\s+)?"
                           r"(?:false|fake|misleading|untrue|fabricated|altered|doctored|true|missing\s+context)\b)", re.I)


def _document_voice(doc: Doc, home: str | None, cited) -> dict | None:
    """Who speaks in a sentence that cites no one: the issuer a statement's title names (its country from its
    name, else the story's: the article's home state, else the country its places lie in), or a fact-check's
    desk (title "Fact check: …", or a "Verdict:" line), of no country by the convention; None for a report."""
    text = _dc.text(doc)
    cut = _title_end(doc, 24)
    title = text[:cut].strip() if cut is not None else ""
    if _FACT_CHECK.match(title) or _RATED_TITLE.match(title) or _VERDICT_LINE.search(text) or _WE_RATE.search(text):
        return dict(_DESK)
    cut = _title_end(doc)
    title = text[:cut].strip() if cut is not None else ""
    if not title:
        return _signed_by(doc, home, cited)
    for pattern in _ISSUED_TITLE:
        m = pattern.fullmatch(title)
        if m is None:
            continue
        who = re.sub(r"^the\s+", "", m.group("who").strip(" ,-:"), flags=re.I)
        lead = text.find(who)
        words = re.findall(r"[^\s,]+|,", who)
        span = doc.char_span(lead, lead + len(who), alignment_mode="expand") if lead >= 0 else None
        if not who or not (who[0].isupper() or _ORDINAL.match(who)) or span is None or len(words) > 16 \
                or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span):
            continue  # "Russia Rejects UN Statement" is a report's headline, not an issuer's name
        whole = doc.char_span(0, len(title), alignment_mode="expand")
        if whole is None or any(t.tag_ in _FINITE and t.lower_ not in _STATEMENT_WORDS
                                for t in whole):
            continue  # (nor is "Kremlin statement on the talks draws rebuke": a finite verb anywhere in it)
        claimant = _who(doc, (span.start_char, span.end_char), who, home, cited)
        if _civil_name(who):
            claimant = {**claimant, "country": None}  # "Darfur Bar Association - press release": of no state
        elif not claimant.get("country"):
            claimant = {**claimant, "country": home or _places_country(doc)}
        return {**claimant, "name": claimant.get("name") or who}
    return _signed_by(doc, home, cited)


def _signed_by(doc: Doc, home: str | None, cited) -> dict | None:
    """A statement with no title, signed at its foot by the state body that issues it ("… does not reflect reality.
    / The Ministry of Defense of the Republic of Azerbaijan"): that body speaks in its sentences that cite no one
    (session 27). The last paragraph must be one line of a name alone (no verb, no full stop)."""
    text = _dc.text(doc).rstrip()
    cut = text.rfind("\n\n")
    line = text[cut:].strip() if cut >= 0 else ""
    if not line or "\n" in line or len(line.split()) > 14 or line.endswith((".", "?", "!", '"', "\u201d", ")")):
        return None
    start = text.find(line, cut)
    span = doc.char_span(start, start + len(line), alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    who = re.sub(r"^the\s+", "", line, flags=re.I)
    claimant = _who(doc, (span.start_char, span.end_char), who, home, cited)
    if not claimant.get("country") or claimant.get("sector") not in _STATE_SECTORS:
        return None  # "Kigali, 14 July", "Reporting by …": a place and day, a credit line
    return {**claimant, "name": claimant.get("name") or who}


def _civil_name(who: str) -> bool:
    """An issuer whose name ends in a civil-society head ("Darfur Bar Association", "… Farmers' Union"): of no state
    (the claims sets' convention), so its press release takes no country from the story."""
    words = re.findall(r"[a-z-]+", who.lower())
    return bool(words) and words[-1] in set(_speaker_lists()["civil_society_heads"])


def _issuer_named_again(voice: dict | None, who: dict) -> bool:
    """Whether a speaker is a statement's issuer named again by part of the name its heading gives ("Third Naval Area"
    of "Royal Thai Navy, Third Naval Area - Statement"), that issuer having a country."""
    if not voice or voice is _DESK or not voice.get("country") or not voice.get("name") or not who.get("name"):
        return False
    name = re.sub(r"^(?:the|a|an)\s+", "", who["name"].strip(), flags=re.I).lower()
    return len(name.split()) >= 2 and \
        re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", voice["name"].lower()) is not None


def _verdict_label(doc: Doc, source) -> bool:
    """"Verdict: False. …", "Our verdict: …": a fact-check's verdict label read as a speaker's name."""
    return re.fullmatch(r"(?:our\s+|the\s+)?(?:verdict|rating)", _dc.text(doc)[source[0]:source[1]].strip(),
                        re.I) is not None


def _unsaid_claim_noun(doc: Doc, att, atts) -> int | None:
    """"Claims by the Tiraspol administration that A are unfounded", "The enemy's claim that A is false": a claim
    noun, subject of what calls it untrue, that no speaker's statement holds. Its possessor or "by" phrase is the
    claim's author, not who denies it. Returns where the noun phrase starts (the denial then names the author)."""
    if (att.cue_lemma or "").lower() not in _tables()[0]["claim_nouns"] or _enclosing_statement(att, atts):
        return None
    tok = _cue_token(doc, att)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return None
    first = tok.left_edge
    if att.source is not None and not (first.idx <= att.source[0] and att.source[1] <= tok.idx + len(tok)):
        return None  # a speaker outside the noun phrase says it
    return first.idx


_CLAIMS_TO_SHOW = re.compile(r"\b(?P<cue>claims?|claimed|purports?|purported)\s+to\s+(?:show|depict|reveal|prove)\s+"
                             r"(?:that\s+)?(?P<what>[^.!?\n]+)", re.I)
_MEDIA_ITEMS = {"video", "clip", "photo", "photograph", "image", "picture", "footage", "post", "recording", "audio",
                "map", "screenshot"}
def _item_claims_to_show(doc: Doc, att) -> bool:
    """"A photograph shared on pages close to the X government claims to show A": the item's claim (a video, a
    photo, a post), of no country whoever shared it (the labelled sets' convention)."""
    text = _dc.text(doc)
    if att.source is None or not re.match(r"\s*to\s+(?:show|depict|reveal|prove)\b", text[att.cue[1]:att.cue[1] + 20],
                                          re.I) and not re.match(r"to\s+(?:show|depict|reveal|prove)\b",
                                                                 text[att.content[0][0]:att.content[0][1]] if att.content
                                                                 else "", re.I):
        return False
    span = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
    if span is not None and span.root.lemma_.lower() in _MEDIA_ITEMS:
        return True
    # "A video shared widely on Facebook since Tuesday claims to show A": the cue's subject, where the tagger took
    # the phrase's last words for the speaker
    tok = _cue_token(doc, att)
    if tok is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MEDIA_ITEMS for c in tok.children):
        return True
    line = max(_dc.text(doc).rfind("\n", 0, tok.idx), tok.sent.start_char - 1) + 1  # (a title run into it)
    first = next((t for t in doc[tok.sent.start:tok.i] if t.idx >= line and t.pos_ in ("NOUN", "PROPN")), None)
    return first is not None and first.lemma_.lower() in _MEDIA_ITEMS


def _item_says(doc: Doc, att) -> bool:
    """"Posts shared by supporters of the X party claim that A", "Posts shared on Facebook say A": in a fact-check the
    posts (a media item subject of the cue) speak, of no country whoever shared them (session 26; as
    `_item_claims_to_show`)."""
    tok = _cue_token(doc, att)
    return tok is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MEDIA_ITEMS
                                   for c in tok.children)


_TITLE_NO_EVIDENCE = re.compile(r"no\s+(?P<cue>evidence|proof|sign)\s+(?:that\s+)?(?P<what>.+)", re.I)
_TITLE_FALSE_CLAIM = re.compile(r"(?P<cue>(?:false|fake|bogus|fabricated|untrue|misleading|doctored)\s+"
                                r"(?:claims?|reports?|rumou?rs?|posts?|videos?|stor(?:y|ies)|footage|images?|photos?))\s+"
                                r"(?:of|that|about|on)\s+(?P<what>.+)", re.I)
_TITLE_UNTRUE = re.compile(r"(?P<what>.+?)\s+(?P<cue>(?:is|are|was|were)\s+(?:completely\s+|entirely\s+)?"
                           r"(?:false|fake|fabricated|untrue|misleading|doctored|manipulated))", re.I)
# (session 26) a fact-check's title saying where the media shown is not from: "Video of tanks on a desert road is not
# from the Libyan border", "Photo of a destroyed mosque was not taken in North Sinai", "Clip does not show X": the
# desk's denial of what the posts say the media shows
_TITLE_NOT_FROM = re.compile(r"(?P<what>.+?)\s+(?P<cue>(?:is|are|was|were)\s+not\s+(?:from|taken|filmed|shot|"
                             r"recorded)|(?:does|do|did)\s+not\s+show)\b.*", re.I)
# the desk's finding in its own words: "We found no evidence that anyone was killed" (session 20; the tagger
# holds no statement there)
_WE_FOUND_NONE = re.compile(r"\b(?P<who>we|our\s+(?:[\w-]+\s+){0,2}?(?:desk|team|unit|newsroom|fact-checkers))\s+"
                            r"(?P<cue>(?:have\s+|has\s+)?found|could\s+find|(?:could|did)\s+not\s+find)\s+"
                            r"(?:no|any)\s+(?:credible\s+|reliable\s+|independent\s+)?(?:evidence|proof|trace|record)s?\s+"
                            r"(?:that|of)\s+(?P<what>[^.!?\n]+)", re.I)
# (a line's start, or a sentence's within a line: "… in a different district. Verdict: the posts are false.")
_VERDICT = re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?P<who>(?:our\s+|the\s+)?(?:verdict|rating))\s*:\s*"
                      r"(?P<what>[^\n]+?)(?:\.(?=\s|$)|$)",
                      re.I)


def _fact_check_statements(doc: Doc, atts) -> list:
    """`atts` with a fact-check's statements the tagger misses or misreads: what a post "claims to show" (the
    post's claim: "A video shared on X claims to show troops arresting …"), the headline's verdict ("Fact check: No
    evidence A", "Fact check: Video of A is false", "No, this video does not show A", "Misleading: the video of A
    was not filmed in B"), a verdict line ("Our verdict: the claim is false") and the desk's rating in its own
    words ("We rate the claim misleading", which the tagger reads as "we" saying "the claim"), the desk's denials."""
    text = _dc.text(doc)
    rated = [m for m in _WE_RATE.finditer(text)]
    # the tagger's "We rate | the claim": the rating below is the statement
    atts = [a for a in atts if not any(m.start("cue") <= a.cue[0] < m.end("cue") for m in rated)]
    taken = [a.cue for a in atts] + [c for a in atts for c in a.content]
    out = list(atts)

    def free(pos):
        return not any(a <= pos < b for a, b in taken)
    for m in _CLAIMS_TO_SHOW.finditer(text):
        span = doc.char_span(m.start("cue"), m.end("cue"), alignment_mode="expand")
        if span is None or not free(m.start("cue")):
            continue
        sent = span.sent
        subject = next((t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.i < span.start), None)
        if subject is None:
            continue
        first = next(t for t in sent if not t.is_space)
        out.append(found_statement((m.start("cue"), m.end("cue")), "claim", (first.idx, subject.idx + len(subject)),
                                   [(m.start("what"), m.end("what"))]))
    cut = _title_end(doc, 24)
    label = (_FACT_CHECK.match(text, 0, cut) or _RATED_TITLE.match(text, 0, cut)) if cut is not None else None
    if label is not None:
        # (session 26) "Fact-check: no, this video does not show A": the tagger reads the label as a speaker's turn;
        # the label is the desk's, and what follows its answer (below)
        turns = [a for a in out if a.source is not None and label.start() <= a.source[0] < label.end()]
        out = [a for a in out if a not in turns]
        taken = [t for t in taken if not any(t == a.cue or t in a.content for a in turns)]
    if cut is not None:
        at = 0
        if label is not None:
            at = label.end() + re.match(r"\s*[:|,\u2013\u2014-]?\s*", text[label.end():cut]).end()
        no = re.match(r"\s*no\s*[,:.!\u2013\u2014-]\s*", text[at:cut], re.I)
        m = _TITLE_NO_EVIDENCE.fullmatch(text, at, cut) or _TITLE_FALSE_CLAIM.fullmatch(text, at, cut) or \
            _TITLE_UNTRUE.fullmatch(text, at, cut) or _TITLE_NOT_FROM.fullmatch(text, at, cut) \
            if label is not None and not no else None
        if m is not None and free(m.start("cue")):
            # ("False claim of A": A is what the desk calls untrue)
            what = (m.start("what"), m.end("what")) if m.re not in (_TITLE_UNTRUE, _TITLE_NOT_FROM) else (at, cut)
            out.append(found_statement((m.start("cue"), m.end("cue")), "deny", None, [what]))
            out[-1].headline = True
        elif (no or (label is not None and _RATED_TITLE.match(text, 0, cut))) and \
                free(at + (no.end() if no else 0)):
            # "No, this video does not show A": the desk's answer to the claim; "Misleading: the video of A was
            # not filmed in B": its rating, and what it says of the claim
            cue = (at + no.start(), at + no.end()) if no else (label.start() + len(label.group(0)) -
                                                              len(label.group(0).lstrip()), label.end())
            what = (at + no.end(), cut) if no else (at, cut)
            out.append(found_statement(cue, "deny", None, [what]))
            out[-1].headline = True
    for m in rated:
        out.append(found_statement((m.start("cue"), m.end("cue")), "deny", None, [(m.start("what"), m.end("what"))]))
    for m in _WE_FOUND_NONE.finditer(text):
        if free(m.start("cue")) and free(m.start("what")):
            out.append(found_statement((m.start("cue"), m.end("cue")), "deny", None,
                                       [(m.start("what"), m.end("what"))]))
    for m in _VERDICT.finditer(text):
        # "Verdict: False. The video is real but …": the tagger reads the label as a speaker's turn and runs the
        # verdict into the desk's next sentence; the verdict is a statement of its own, the rest another (unless
        # the rest says it again: "Verdict: False. The claim that A is false, and …" stays one denial)
        turn = next((a for a in out if a.source is not None and a.source[0] <= m.start("who") < a.source[1] and
                     a.content and a.content[0][0] <= m.start("what") and a.content[-1][1] > m.end() + 1 and
                     a.cue[0] < m.start("what")), None)
        rest = re.match(r"[.\s]*", text[m.end("what"):]).end() + m.end("what")
        # (session 26: only when something follows the verdict in the turn; "Verdict: the command's claim that A is
        # false." is the whole turn, which stays the desk's statement)
        if turn is not None and rest < turn.content[-1][1] and not _calls_untrue(text[rest:turn.content[-1][1]]):
            out[out.index(turn)] = _copy_att(turn, content=[(rest, turn.content[-1][1])])
            taken = [t for t in taken if t != turn.cue and t not in turn.content]
        if free(m.start("what")) and free(m.start("who")):
            out.append(found_statement((m.start("who"), m.end("who")), "say", (m.start("who"), m.end("who")),
                                       [(m.start("what"), m.end("what"))], kind="direct"))
    return out


def _unsaid_claims_called_untrue(doc: Doc, atts, desk: bool = False) -> list:
    """In a document's own voice (an issuer's statement, a fact-check), a sentence whose subject is a claim noun and
    whose predicate calls it untrue, which no statement holds: "Reports circulating abroad that A are entirely
    false", "The figures published by X are inaccurate and serve …", "The claim of a burned church is entirely
    fabricated" (the tagger reads no cue in them). A statement with the noun as cue and no speaker, so that the voice
    denies and the noun's author is the claim's author. In a fact-check (`desk`) the media it checks are claim nouns
    too ("The posts are false": linking.yaml `checked_media_nouns`)."""
    text = _dc.text(doc)
    nouns = _tables()[0]["claim_nouns"]
    if desk:
        nouns = set(nouns) | _linking()["checked_media_nouns"]
    taken = [a.cue for a in atts] + [c for a in atts for c in a.content]
    cut = _title_end(doc) or 0
    out = []
    for sent in doc.sents:
        root = sent.root
        if sent.start_char < cut:
            continue
        spread = _spread_untrue(doc, root, nouns, taken)
        if spread is not None:
            out.append(spread)
            continue
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in nouns), None)
        # (session 20) "The information disseminated by X does not correspond to reality", "… has nothing to do
        # with reality": a negated predicate in the lexicon's words, read from its auxiliary on; "The information
        # spread by X that A is not true" parsed with "spread" the root and "is" its conjunct
        verb = root if root.lemma_ == "be" else next(
            (c for c in root.children if c.dep_ == "conj" and c.lemma_ == "be" and c.i > root.i and
             not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None) \
            if root.tag_ == "VBN" or root.lemma_ not in _UNTRUE_PREDICATES else None
        if verb is None and root.lemma_ in _UNTRUE_PREDICATES and any(
                c.dep_ == "neg" or c.lower_ == "nothing" for c in root.children):
            verb = root
        if verb is None and root.tag_ == "VBN":
            # (session 26) "The claim of a burned church is entirely fabricated": a passive predicate, read from its
            # auxiliary on (the words must call it untrue: "was published" does not)
            verb = next((c for c in root.children if c.dep_ == "auxpass" and c.lemma_ == "be"), None)
        if verb is None or subj is None or any(a <= t.idx < b for a, b in taken for t in (subj, root)):
            continue
        last = sent[-1]
        while last.i > verb.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        opening = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i],
                      key=lambda t: t.i)
        said = text[opening.idx:last.idx + len(last)] if verb is not root or root.lemma_ != "be" else \
            text[root.idx + len(root):last.idx + len(last)]
        if not _calls_untrue(said, other_words=False):
            continue  # (words that call it untrue outright: "are entirely false", "are inaccurate")
        # what the tagger gives a noun cue: its that-clause ("Reports that A"), else the noun phrase; run on to
        # the predicate, as `_extend_to_untrue_predicate` does
        clause = next((c for c in subj.children if c.dep_ in ("acl", "relcl") and c.i > subj.i and any(
            t.lower_ == "that" and t.i < c.i for t in c.lefts)), None)
        first = next(t for t in clause.lefts if t.lower_ == "that") if clause is not None else subj.left_edge
        out.append(found_statement((subj.idx, subj.idx + len(subj)), subj.lower_, None,
                                   [(first.idx, last.idx + len(last))]))
    return out


def _own_role_denials(doc: Doc, atts) -> list:
    """In an issuer's statement, a sentence citing no one whose verb denies its subject's part in an act ("The
    Bolivarian armed forces had no part in any such incident", "Our units played no role in it", "The patrol was
    nowhere near the village"): the issuer's own denial, with the denying words as its cue (their verb is no
    speaking verb, so the tagger reads none)."""
    text = _dc.text(doc)
    taken = [a.cue for a in atts] + [c for a in atts for c in a.content]
    cut = _title_end(doc) or 0
    out = []
    for sent in doc.sents:
        start, end = _rstripped(doc, sent.start_char, sent.end_char)
        if start < cut or any(a < end and start < b for a, b in taken) or '"' in text[start:end] or \
                "\u201c" in text[start:end] or text[start:end].endswith("?"):
            continue
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            continue
        low = text[root.idx:end].lower()
        found = next((m for w in _linking()["own_role_words"] for m in re.finditer(rf"\b{re.escape(w)}\b", low)),
                     None)
        if found is None:
            continue
        cue = (root.idx + found.start(), root.idx + found.end())
        end = end - 1 if text[end - 1] in ".;" else end
        denial = found_statement(cue, "deny", None, [(start, end)])
        denial.own_role = True  # (its negation is the denial: see `_negated_cue`)
        out.append(denial)
    return out


_SPREADING = {"spread", "circulate", "disseminate", "peddle", "propagate"}
# verbs of a predicate that, negated, calls its subject untrue in the lexicon's words ("does not correspond to
# reality", "does not reflect the facts", "has nothing to do with reality")
_UNTRUE_PREDICATES = {"correspond", "reflect", "match", "square", "have"}


def _spread_untrue(doc: Doc, root, nouns, taken):
    """In a document's own voice: "Some media outlets and the group X are spreading completely untrue news that A"
    (session 19): the voice's denial of A, a sentence whose verb spreads a claim noun its own words call untrue and
    which no statement holds (the noun is the cue, as for `_unsaid_claims_called_untrue`)."""
    if root.pos_ != "VERB" or root.lemma_.lower() not in _SPREADING or any(a <= root.idx < b for a, b in taken):
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.lower_ in nouns), None)
    if obj is None or any(a <= obj.idx < b for a, b in taken):
        return None
    last = obj.right_edge
    while last.i > obj.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    first = obj.left_edge
    words = _dc.text(doc)[first.idx:obj.idx + len(obj)]  # (the words before the noun call it untrue)
    if not _calls_untrue(words, other_words=False):
        return None
    return found_statement((obj.idx, obj.idx + len(obj)), obj.lower_, None, [(first.idx, last.idx + len(last))])


def _desk_headline(doc: Doc, att, claims: list[Claim], start: int, end: int) -> None:
    """A fact-check's title ("No, this video does not show A", "Misleading: the video of A was not filmed in B")
    answers the claim of no country's author in the body that shares most word stems with it (two at least)."""
    stems = _stems(_dc.text(doc)[start:end])
    body = [c for c in claims if c.start > end and not c.claimant.get("country") and c.stance != "deny"]
    target = max(body, key=lambda c: (len(stems & _stems(c.text)), -c.start), default=None)
    if target is None or len(stems & _stems(target.text)) < 2:
        # "Fact check: no, Russian troops have not taken Dachne" over no post or rumour: the body's first claim, a
        # party's, when the title speaks of it (a word of it; see `_title_answers`)
        target = next((c for c in sorted(claims, key=lambda c: c.start) if c.start > end), None)
        if target is None or target.stance == "deny" or not stems & _stems(target.text):
            return
    target.responses.insert(0, {"by": dict(_DESK), "stance": "deny", "text": _dc.text(doc)[start:end],
                                "start": start, "end": end, "cue": _dc.text(doc)[att.cue[0]:att.cue[1]]})


def _title_answers(doc: Doc, claim: Claim, title: int) -> bool:
    """A fact-check's title denying, in the words of a party's claim, what that claim says ("Fact check: no,
    Russian troops have not taken Dachne" over the ministry's "its forces had liberated the village of Dachne"):
    the desk's title answers that claim itself (a word stem shared); its verdicts stay dropped, as on any party's
    claim (the labelled sets differ on them: dev43 counts a verdict after such a title, dev12 does not)."""
    return any(r["by"] == _DESK and r["start"] < title and _stems(r["text"]) & _stems(claim.text)
               for r in claim.responses)


def _desk_verdicts_on_checked_claim(claims: list[Claim]) -> None:
    """A fact-check desk's verdict that names nothing ("Our verdict: false.", "We rate the claim misleading")
    answers the claim the article checks: the one its title answers, else the body's first claim of no country's
    author, not the last statement before the verdict ("Some posts add that the jet was a gift")."""
    from .denials import _points_back  # (here: the import list above is another's hunk)

    titled = next((c for c in claims if any(r["by"] == _DESK and r["start"] < c.start for r in c.responses)), None)
    checked = titled or next((c for c in sorted(claims, key=lambda c: c.start)
                              if not c.claimant.get("country") and c.stance in ("assert", "allege")), None)
    if checked is None:
        return
    for c in claims:
        if c is checked or (c.claimant.get("country") and titled is None):
            continue  # (on a party's claim, with no title saying what is checked, it is dropped as before)
        moved = [r for r in c.responses if r["by"] == _DESK and r["start"] > checked.start and _points_back(r["text"])]
        if moved:
            c.responses = [r for r in c.responses if not any(r is m for m in moved)]
            checked.responses.extend(m for m in moved if not any(
                x["by"] == _DESK and x["start"] == m["start"] for x in checked.responses))

