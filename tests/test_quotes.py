"""Table tests of the quote rules: finding quotations and attributing them, or not."""

from __future__ import annotations

import pytest

import brief
from brief import quotes as quotes_of
from brief.quote_rules import narrative, shape


def quoted(text: str) -> list[tuple[str | None, str | None, str]]:
    try:
        found = quotes_of(text).quotes
    except brief.NothingFound:
        return []
    return [(q.speaker, q.verb, q.text) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X said / said X / X told / X added: / according to X
        ("“We will win,” Tom Brown said.", [("Tom Brown", "said", "We will win")]),
        ('"We will win," said Tom Brown, the party leader.', [("Tom Brown", "said", "We will win")]),
        ('"We will win," said Sen. Ron Wyden of Oregon.', [("Ron Wyden", "said", "We will win")]),
        ("“We will win,” centre back Tom Brown told reporters.", [("Tom Brown", "told", "We will win")]),
        (
            "According to former Ohio Gov. Tom Brown, “it is like asking for rain.”",
            [("Tom Brown", "according to", "it is like asking for rain.")],
        ),
        (
            "Tom Brown told reporters: “We are ready.”",
            [("Tom Brown", "told", "We are ready.")],
        ),
        (
            "Anne Lee, the mayor, added: “The roads are open.”",
            [("Anne Lee", "added", "The roads are open.")],
        ),
        (
            "According to John Bell, the plan was “doomed from the start”.",
            [("John Bell", "according to", "doomed from the start")],
        ),
        (
            "“It moved so slowly,” EU chief Ursula von der Leyen said.",
            [("Ursula von der Leyen", "said", "It moved so slowly")],
        ),
        # single quotes, Daily Mail style, with apostrophes that are not quotes
        (
            "Gordon Brown said the SNP's answers were 'all evasion' and it's time to act.",
            [("Gordon Brown", "said", "all evasion")],
        ),
        # partial quotes inside reported speech
        (
            "Deployment would be seen by Moscow as “a direct involvement in the war”, "
            "Sergey Lavrov said, adding that it was “impossible to allow”.",
            [
                ("Sergey Lavrov", "said", "a direct involvement in the war"),
                ("Sergey Lavrov", "adding", "impossible to allow"),
            ],
        ),
        (
            "Petro Poroshenko accused the president of diverting funds “to buy votes”.",
            [("Petro Poroshenko", "accused", "to buy votes")],
        ),
        (
            "Dmitry Peskov said Moscow had declared that it was a war against what it calls “the "
            "collective West”.",
            [("Dmitry Peskov", "said", "the collective West")],
        ),
        # several sentences, and a quotation continued in the next paragraph
        (
            "Maria Jones said: “We will fight on. We will never surrender.\n“The campaign starts today.”",
            [
                (
                    "Maria Jones",
                    "said",
                    "We will fight on. We will never surrender. The campaign starts today.",
                )
            ],
        ),
        # a new quotation after an attribution continues the same speaker
        (
            "“We agree with it,” Dmitry Peskov said. “That's the way it is.”",
            [
                ("Dmitry Peskov", "said", "We agree with it"),
                ("Dmitry Peskov", "said", "That's the way it is."),
            ],
        ),
        # pronoun carry-over
        (
            "Sergey Lavrov told reporters Russia was opposed. “We see no place for compromise,” he said.",
            [("Sergey Lavrov", "said", "We see no place for compromise")],
        ),
        (
            "Kira Rudik told the radio the decision was brutal. While insisting Ukraine would fight on, "
            "she said: “Many people will pay the price.”",
            [("Kira Rudik", "said", "Many people will pay the price.")],
        ),
    ],
)
def test_attribution(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unnamed sources and organisations: no speaker, never a guess
        ("“This is unacceptable,” a government source said.", [(None, "said", "This is unacceptable")]),
        ("Europe wants a “breather” to rearm, Russia has alleged.", [(None, "alleged", "breather")]),
        ("NBC reported that “some US allies” were worried.", [(None, "reported", "some US allies")]),
        # a pronoun with nobody to stand for, or of the wrong gender
        ("“It is over,” he said.", [(None, "said", "It is over")]),
        ("Mr Smith arrived late. “It is over,” she said.", [(None, "said", "It is over")]),
        # no attribution at all
        (
            "“Nobody knows what comes next in this war.”",
            [(None, None, "Nobody knows what comes next in this war.")],
        ),
    ],
)
def test_unclear_speaker_is_null(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “coalition of the willing” met again.",
        "Macron is considering the extension of the notion of “vital interests” to Germany.",
        "It's the Smiths' house, and it isn't for sale, the neighbours' cars aside.",
        "She wears a number of 'kinky' outfits. One boy held a sign: “Red Heads Rule Forever”.",
    ],
)
def test_terms_and_apostrophes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_quotes_of_one_actor(seed_text: str) -> None:
    found = quotes_of(seed_text, actor="lavrov")
    assert found.actor == "Sergey Lavrov"
    assert [q.text[:22] for q in found.quotes] == [
        "We see no place for co",
        "This discussion [about",
        "the direct, official, ",
        "impossible to allow",
    ]
    assert {q.verb for q in found.quotes} == {"said", "adding"}


def test_quote_keeps_its_sentence(seed_text: str) -> None:
    (first,) = [q for q in quotes_of(seed_text).quotes if q.text.startswith("We see no place")]
    assert first.sentence.text == "“We see no place for compromise,” he said."
    assert first.position == first.sentence.position


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ('He said: "Yes', 9, "open"),
        ('it is over." He', 10, "close"),
        ('say "no"', 4, "open"),
        ('say "no"', 7, "close"),
        ('a"b', 1, "either"),
    ],
)
def test_straight_mark_shape(text: str, index: int, expected: str) -> None:
    assert shape(text, index) == expected


def test_no_quotations_is_nothing_found() -> None:
    with pytest.raises(brief.NothingFound):
        quotes_of("Sergey Lavrov spoke to reporters on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A copy that lost its paragraph breaks: a closing mark displaced to the next paragraph's
        # start ("… humiliation. "Oslo, ranked …") ends the quotation when narration follows.
        (
            '"We lost," she said. "We were close. "It hurts. "Norway , ranked above Finland, host '
            'Denmark in Bergen on Friday. "Winning matters," said 24-year-old Sporting forward Lund.',
            [
                (None, "said", "We lost"),
                (None, "said", "We were close. It hurts."),
                ("Lund", "said", "Winning matters"),
            ],
        ),
        # A reopened paragraph of first-person speech is the same quotation.
        (
            'Mr Bram Olsen said: "We tried. "We will try again next year".',
            [("Bram Olsen", "said", "We tried. We will try again next year")],
        ),
    ],
)
def test_displaced_marks_and_inverted_roles(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A he/she in an opening clause looks forward to the person the main clause names.
        (
            "Governor Paul Odell spoke on Monday. Before he left the stage, Kim Varga told aides "
            "she was ready. She said: “We start tomorrow.”",
            "Kim Varga",
        ),
        # The person after "the son of <title>" is no subject: the son is.
        (
            "The son of then-Ruritania Attorney General Omar Vell, Ivo Vell, sailed away. "
            "Later, Ivo Vell told friends he would swim. He said: “I will make history.”",
            "Ivo Vell",
        ),
    ],
)
def test_pronoun_focus(text: str, speaker: str) -> None:
    assert [q[0] for q in quoted(text)] == [speaker]


ATTRIBUTION_ROUND_THREE_CASES: list[tuple[str, list[tuple[str | None, str | None, str]]]] = [
    # a straight mark glued to a comma opens a quotation closed later in the sentence
    (
        'Dan Holm said it was a "huge" blow,"To lose now would hurt the fans," Holm told the radio.',
        [("Dan Holm", "said", "huge"), ("Dan Holm", "told", "To lose now would hurt the fans")],
    ),
    # a quotation that never closed ends where a new one opens mid-sentence
    (
        'He mocked it in "Green Days, which mocked the season. His slogan was "More Fun Than You '
        'Planned," and he meant it. Emma Lind said: "It was a fine slogan."',
        [
            (None, "mocked", "Green Days, which mocked the season."),
            (None, None, "More Fun Than You Planned"),
            ("Emma Lind", "said", "It was a fine slogan."),
        ],
    ),
    # an employer's possessive before the name ("said Acme's Jane Doe")
    (
        'Gamers are, said Vantor\'s Ingrid Holst, "not typical customers" but sales grew.',
        [("Ingrid Holst", "said", "not typical customers")],
    ),
    # "his son" is the one person named with that role
    (
        "Ed Lund has died, his son and daughter, Nils and Greta Lund, confirmed. "
        '"He was my hero," his son wrote.',
        [("Nils", "wrote", "He was my hero")],
    ),
    # … and nobody when no son is named: never a guess, nor the person of the sentence before
    (
        'Ed Lund said he would retire. "He was my hero and my guide," his son wrote on Facebook.',
        [(None, "wrote", "He was my hero and my guide")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commissioner will review the homes. Her team will visit them.", True),
        ("The commissioner has failed us and I will say so.", False),  # first person: the speaker's
        ("We will review the homes.", False),
    ],
)
def test_narration_after_a_displaced_mark(text: str, expected: bool) -> None:
    assert narrative(text) is expected


ATTRIBUTION_ROUND_FOUR_CASES: list[tuple[str, list[tuple[str | None, str | None, str]]]] = [
    # a colon introduces the words of whoever opens the clause, with any verb
    (
        "Ohio Sen. Dale Frost dismissed the claim: “Let there be no mistake, this is a treaty.”",
        [("Dale Frost", "dismissed", "Let there be no mistake, this is a treaty.")],
    ),
    # … and wins over a name after the closing mark
    (
        "Dr Jane Quill gave her verdict. She said the case was hard, adding: “Our thoughts go to "
        "the family.” Tom Birch, a friend, told the inquest he had “no reasonable doubt”.",
        [
            ("Jane Quill", "adding", "Our thoughts go to the family."),
            ("Tom Birch", "told", "no reasonable doubt"),
        ],
    ),
    # "who says" after a name and an aside of picture position or age
    (
        "Ann Lee on a night out with Jane Quill, left, who says ‘we will keep going till we drop.’",
        [("Jane Quill", "says", "we will keep going till we drop.")],
    ),
    (
        "Ann Lee went out with Jane Quill, 67, who says ‘we will keep going till we drop.’",
        [("Jane Quill", "says", "we will keep going till we drop.")],
    ),
    # a contracted she/he keeps the focus; a name after "with" does not take it
    (
        "Jane Quill was single for years. But now she’s found love with Tom, 66. "
        "She said: ‘We have a fantastic time together.’",
        [("Jane Quill", "said", "We have a fantastic time together.")],
    ),
    # a pronoun glued to a promo line before it
    (
        "The coroner, Dr Jane Quill, gave a verdict. More on the case, and other newsShe said: "
        "“The car did not stop and did not brake.”",
        [("Jane Quill", "said", "The car did not stop and did not brake.")],
    ),
    # a he/she left unresolved after a long quotation is the speaker of that quotation
    (
        'The coroner, Dr Jane Quill, gave a verdict. She said: "The car did not stop. It had no '
        'lights. It was going fast. I am sure it was unlawful. "She said the case was hard, adding: '
        '"Our thoughts go to the family. "Close friend Tom Birch told the inquest he had "no doubt".',
        [
            (
                "Jane Quill",
                "said",
                "The car did not stop. It had no lights. It was going fast. I am sure it was unlawful.",
            ),
            ("Jane Quill", "adding", "Our thoughts go to the family."),
            ("Tom Birch", "told", "no doubt"),
        ],
    ),
    # a name joined by "and" to a name after "of" is no subject either
    (
        "Prince Tom arrived on Monday. The son of Prince Karl and Princess Ann, Tom is a soldier. "
        'He began in 2005. Last month, he said he would leave, calling the decision "really tough."',
        [("Tom", "calling", "really tough.")],
    ),
    # some verbs report speech only after a quotation
    (
        'Senator Tom Birch tied the bid to overreach. "This is an administration that seeks to '
        'legislate," he charged. Jane Doe was charged with "causing death by dangerous driving".',
        [
            ("Tom Birch", "charged", "This is an administration that seeks to legislate"),
            (None, None, "causing death by dangerous driving"),
        ],
    ),
    # a clause fragment in lower case with no speaker is a partial quote, not a term
    (
        "The case is still active “but not actively pursued”.",
        [(None, None, "but not actively pursued")],
    ),
]


ATTRIBUTION_ROUND_FIVE_CASES: list[tuple[str, list[tuple[str | None, str | None, str]]]] = [
    # a she/he whose person in focus has the other gender is the latest subject of hers/his
    (
        "Ms Ada Quill, a fitness instructor, claims Tom Birch tried to frame her. Birch's name "
        "was held back as he is a footballer. She said: 'He came over to me and sat down.'",
        [("Ada Quill", "said", "He came over to me and sat down.")],
    ),
    # a quotation ending on "?" takes a short attribution that opens the next sentence
    (
        'He heard the news on the radio. "The next day I went to school in shock and guess what?" '
        'Tom Birch recalled. "Nobody cared."',
        [
            ("Tom Birch", "recalled", "The next day I went to school in shock and guess what?"),
            ("Tom Birch", "recalled", "Nobody cared."),
        ],
    ),
    # the agent of a passive reporting verb speaks
    (
        "Ada Quill, often described by Tom Birch as a 'strong willed woman', died in 1952.",
        [("Tom Birch", "described", "strong willed woman")],
    ),
    # "characterized as" reports a short epithet
    (
        'It was a scheme that Sen. Tom Birch, R-Ohio, characterized as "a failure." It ended.',
        [("Tom Birch", "characterized", "a failure.")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named in an appositive before the verb speaks, not the person named before it
        (
            "Tom Birch died on Monday in what the group's media wing, Acme Media, called a \"crusader "
            'airstrike on our brothers."',
            [(None, "called", "crusader airstrike on our brothers.")],
        ),
        # a first-person quotation with no attribution resumes the account in the same marks,
        # past a quotation in other marks and another person named in between
        (
            "Ms Ada Quill, a fitness instructor, met Mr Tom Birch in May. She said: 'He came over to me "
            "and sat down.' Mr Birch sent a text at 2am. \"My love, where are you?\" he asked. 'It was a bit "
            "of an ego boost for me.' A friend of his, Ben Cole, made an offer. 'He asked me how much "
            "it would cost.'",
            [
                ("Ada Quill", "said", "He came over to me and sat down."),
                ("Tom Birch", "asked", "My love, where are you?"),
                ("Ada Quill", None, "It was a bit of an ego boost for me."),
                ("Ada Quill", None, "He asked me how much it would cost."),
            ],
        ),
        # a quotation right after "by" and a gerund: the clause's person speaks
        (
            'When Tom Birch ends a show by rhapsodizing "and they were all singing along" the crowd '
            "joins in.",
            [("Tom Birch", "rhapsodizing", "and they were all singing along")],
        ),
    ],
)
def test_attribution_round_five_accounts(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert quoted(text) == expected


def test_a_third_person_quote_resumes_no_account() -> None:
    text = (
        "Ms Ada Quill met Tom Birch in May. She said: 'He came over to me and sat down.' The club "
        "issued a statement later. 'The player has been fined by the club for his conduct.'"
    )
    assert quoted(text)[-1][0] is None


def test_a_long_next_sentence_is_no_attribution() -> None:
    text = (
        'Ada Quill spoke first. "Who could have known what would happen next?" Tom Birch said on '
        "Monday that the plan had failed and that he would resign."
    )
    assert quoted(text) == [(None, None, "Who could have known what would happen next?")]


ATTRIBUTION_ROUND_SEVEN_CASES: list[tuple[str, str]] = [
    # a party label between the speaker and the verb
    ('Sen. Ann Pryce (R-Iowa) said "never" to the plan.', "Ann Pryce"),
    ('"Never," Sen. Tom Hale, D-Ohio, said on Monday.', "Tom Hale"),
    # a long title with an honorific between the verb and the name
    ('"It runs deep," said Ohio NAACP Branch President Rev. Tom Hale.', "Tom Hale"),
    # a definite description after the verb stands for the one person just named
    ('Ann Pryce won the race. "I go back to my studies," said the middle distance runner.', "Ann Pryce"),
]


def test_an_unresolved_description_after_the_verb_gives_no_speaker() -> None:
    text = 'Tom Hale was fined. He appealed. "It is an appalling record," said the judge.'
    assert [q.speaker for q in quotes_of(text).quotes] == [None]


ATTRIBUTION_ROUND_EIGHT_CASES: list[tuple[str, str]] = [
    # "but added" after "X's lawyer, Y, …": the lawyer speaks, not his client
    (
        "Ivo Marek's lawyer, Tom Hale, admitted the shot but added the teen was 'reckless' then.",
        "Tom Hale",
    ),
    # a report's finding, its author named before a caption bracket
    ("In his report, Tom Hale (pictured) found there had been a 'sustained campaign' there.", "Tom Hale"),
]


ATTRIBUTION_ROUND_NINE_CASES: list[tuple[str, str]] = [
    # a person before the quote beats a news agency after it
    ('Spokesman Tom Hale denied it, joking that it was "spring fever," the agency reported.', "Tom Hale"),
    # "the <role>" after a quote stands for the one person recently named with that role
    (
        "Sheriff Tom Hale spared him. He set a curfew. 'Breach it and you are back,' the sheriff added.",
        "Tom Hale",
    ),
]


def test_a_role_after_a_quote_is_not_given_to_the_last_person_named() -> None:
    text = "Ivo Marek was spared jail. 'Breach it and you are back,' the sheriff added."
    assert [q.speaker for q in quotes_of(text).quotes] == [None]


def test_a_heading_glued_after_a_single_quote_closes_it() -> None:
    text = "'Own goals'The report said the school failed. \"This is about moving on,\" Tom Hale said."
    found = quotes_of(text).quotes
    assert [(q.text, q.speaker) for q in found][-1] == ("This is about moving on", "Tom Hale")


ATTRIBUTION_ROUND_TWELVE_CASES: list[tuple[str, str]] = [
    # a person named only as an object does not take the focus from the subject before
    (
        "Ann Pryce will take charge on Saturday. The club want a new boss soon, with ex-Derby manager "
        'Tom Hale the first choice. "We need somebody who will get us out of trouble," she said.',
        "Ann Pryce",
    ),
    # a post-nominal between the name and the verb
    ('Tom Hale QC said the failure was "at the heart of the case".', "Tom Hale"),
]


def test_a_double_mark_before_said_closes_a_single_quotation() -> None:
    text = "Tom Hale picked Ivo. 'Ivo gives everything every day,\" said Tom Hale. 'Dejan is strong.'"
    found = quotes_of(text).quotes
    assert [(q.text, q.speaker) for q in found] == [
        ("Ivo gives everything every day", "Tom Hale"),
        ("Dejan is strong.", "Tom Hale"),
    ]


def test_a_female_given_name_keeps_he_from_her() -> None:
    """Without gender, "he asked" went to the woman in focus; now it gets no guessed speaker."""
    text = (
        "Sarah Vance met Ivo Marek at a party. He sent her a text at 2am. "
        "'Where are you?' he asked. Later she spoke out. 'It was a shock,' she said."
    )
    found = quotes_of(text).quotes
    assert [q.speaker for q in found] == [None, "Sarah Vance"], found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the listener of "told" never speaks, and is no person for that
        (
            "Jo Hale hopes Ann rides well. Hale told Acmebet: 'The horse is in great form, I think.'",
            "Jo Hale",
        ),
        # a person and his employer: the person speaks
        (
            "Acmebet confirmed the bets. Tom Hale of Acmebet said: 'Punters put two and two together.'",
            "Tom Hale",
        ),
        ("David Marek from Acmebet said: 'The odds are long on this one, I think.'", "David Marek"),
    ],
)
def test_the_speaker_not_the_listener_or_employer(text: str, speaker: str) -> None:
    assert [q[0] for q in quoted(text)] == [speaker]
    assert {a.name for a in brief.actors(text).actors if a.kind == "person"} == {speaker}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a description with a modifier after the closing mark: the speaker just quoted
        (
            "'The team is in good health,' centre back Tom Hale told reporters. "
            "'Players are coming in and gaining experience,' added the Ruritania defender.",
            ["Tom Hale", "Tom Hale"],
        ),
        # a bare description, or one that speaks for others, brings in someone new
        (
            "'We will appeal,' Tom Hale told reporters. 'There is nothing more to say,' added the spokesman.",
            ["Tom Hale", None],
        ),
        # the one person in focus, described when speaking
        (
            "Jo Muir told the radio she will miss the games. The 24-year-old finished fourth. "
            '"My exams are in May, so it will not work out," said the middle distance runner.',
            ["Jo Muir"],
        ),
        # a promo line glued to the name that opens the next sentence
        (
            "Media playback is not supported on this deviceMuir told the radio she will miss it. "
            '"My exams are in May, so it will not work out," said the middle distance runner.',
            ["Muir"],
        ),
        # a she after another woman is named between is not the last speaker
        (
            'Irene Hale said: "We are sure she was involved in his death." The inquest heard Ms Vance '
            'sold his car. The hearing was told she was "entitled to the first part of his estate".',
            ["Irene Hale", None],
        ),
    ],
)
def test_speakers_by_description_and_focus(text: str, speakers: list[str | None]) -> None:
    assert [q[0] for q in quoted(text)] == speakers


def test_a_body_described_after_its_name_is_no_person() -> None:
    text = (
        "Acmeco, the firm behind the tests, said drilling was suspended. Tom Hale, the party leader, said no."
    )
    found = {a.name: a.kind for a in brief.actors(text).actors}
    assert found.get("Acmeco") != "person"
    assert found["Tom Hale"] == "person"


def test_a_closing_and_an_opening_mark_glued_together() -> None:
    text = (
        '"We had no evidence," said Tom Hale. "We were sure the referee was poor. '
        '""But we never accused him of corruption. "We said he was badly chosen."'
    )
    found = quoted(text)
    assert [q[2][:14] for q in found] == ["We had no evid", "We were sure t", "But we never a"]
    assert found[2][2].endswith("badly chosen.")
    assert {q[0] for q in found} == {"Tom Hale"}


ATTRIBUTIONS_ROUND_THIRTEEN_CASES: list[tuple[str, list[str | None]]] = [
    # an employer phrase, or an appositive that lost its closing comma, before the verb
    ('"It was a brief battle with cancer," Tom Hale of Acme music publishing said.', ["Tom Hale"]),
    (
        '"We can look to the future," Tom Hale, chief executive of the Ruritania Federation said.',
        ["Tom Hale"],
    ),
    # "in the words of"
    (
        'They are trapped in "the deepest circle of hell," in the words of U.N. chief Tom Hale.',
        ["Tom Hale"],
    ),
    # a closed sentence, then a new one introducing the next quotation with a colon
    (
        '"Jo had a generous spirit," Tom Hale said. "He was a great ambassador for music. '
        'And he was happy to see it grow. "The club\'s director Ann Pryce added: "I am saddened."',
        ["Tom Hale", "Tom Hale", "Ann Pryce"],
    ),
    # a long relative clause between the name and the verb
    (
        "Tom Hale, who twice fell to poor strokes in his side's 75-run defeat in the first Test "
        'at the ground, said: "It is a great feeling."',
        ["Tom Hale"],
    ),
]


def test_the_agent_of_a_passive_takes_the_focus() -> None:
    text = (
        '"Pupils could visit old France," David Marek said. It is a view echoed by Jo Hale, president of '
        'Acme Films. "It brings joy to learning," he said.'
    )
    assert [q[0] for q in quoted(text)] == ["David Marek", "Jo Hale"]


ATTRIBUTIONS_ROUND_FOURTEEN_CASES: list[tuple[str, list[str | None]]] = [
    # a quotation glued to the speaker's name, as in copied live-text captions
    (
        'Olympic champion Chris Hale"Ivo had a fantastic final charge. He timed it. "We hardly saw him."',
        ["Chris Hale"],
    ),
    (
        'Former midfielder Danny Hale on Match of the Day"I could not believe what I was watching."',
        ["Danny Hale"],
    ),
    # the one asked is not the one asking
    (
        "Tom Hale was asked: 'Will there be cuts? Can you say that?' He said: 'It is not policy.'",
        [None, "Tom Hale"],
    ),
    # a lone surname speaking, that ends like a surname
    ('"If you start a game like that then it is very difficult," said Pochettino.', ["Pochettino"]),
]


ATTRIBUTIONS_ROUND_SEVENTEEN_CASES: list[tuple[str, list[str | None]]] = [
    # an age standing for the person just named
    ("Jane Doe won the race. 'It is a relief,' said the 37-year-old, who wants more.", ["Jane Doe"]),
    ("Jane Doe won the race. 'It is a relief,' said the 37-year-old striker.", ["Jane Doe"]),
    # an unnamed body's spokesman is not the next person named
    (
        "A Borduria Park spokesman said: 'Tom wanted to come but he was busy.' Tom Hale agreed.",
        [None],
    ),
    # the speaker's employer after the name
    ("'It is a temporary rise,' said Jane Doe of the University of Borduria.", ["Jane Doe"]),
    # an appositive whose closing comma is missing ends on a body's name
    ("Tom Hale, a psychiatrist at Acme Hospital said the plan is 'both bold and kind'.", ["Tom Hale"]),
    ("Borduria Hospital said the plan is 'both bold and kind'.", [None]),
    # "according to" an owner's role and name
    ("The horse is ten and, according to his jockey Tom Hale, 'likes his own pace'.", ["Tom Hale"]),
    # an appositive of where someone lives, over two commas
    ("Jane Doe, from Leeds, West Yorkshire, added: 'It was fine.'", ["Jane Doe"]),
    # an unnamed voice before the colon is not the clause's opener
    ("Jane Doe met them in Leeds, and a spokesman added: 'It was fine.'", [None]),
]


ATTRIBUTIONS_SESSION_SEVEN_CASES: list[tuple[str, list[str | None]]] = [
    # a described speaker past an appositive: "The mother, who …, said:"
    (
        "Ann Pryce, 42, is expecting twins. The mother, who was born in Leeds, said: 'I am done.'",
        ["Ann Pryce"],
    ),
    (
        "Tom Hale has ten children. Yet the father, of Acmeton in Borduria, said: 'I will never stop.'",
        ["Tom Hale"],
    ),
    # the host in a show's title is not the sentence's subject for a later "he said"
    (
        "On the Tom Hale Show, Mr Vint warned of a crisis. 'We have made clear we will act,' he said.",
        ["Vint"],
    ),
    # a body's name that opens with a compass word is no person, and no speaker
    (
        "The head of Central Partnership, Ivo Marek, issued a statement saying he was 'satisfied'.",
        ["Ivo Marek"],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"),
    ATTRIBUTIONS_ROUND_THIRTEEN_CASES
    + ATTRIBUTIONS_ROUND_FOURTEEN_CASES
    + ATTRIBUTIONS_ROUND_SEVENTEEN_CASES
    + ATTRIBUTIONS_SESSION_SEVEN_CASES,
)
def test_attributions_of_later_rounds(text: str, speakers: list[str | None]) -> None:
    assert [q[0] for q in quoted(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    ATTRIBUTION_ROUND_SEVEN_CASES
    + ATTRIBUTION_ROUND_EIGHT_CASES
    + ATTRIBUTION_ROUND_NINE_CASES
    + ATTRIBUTION_ROUND_TWELVE_CASES,
)
def test_attribution_by_one_speaker(text: str, speaker: str) -> None:
    found = quotes_of(text).quotes
    assert [q.speaker for q in found] == [speaker], found


@pytest.mark.parametrize(
    ("text", "expected"),
    ATTRIBUTION_ROUND_THREE_CASES + ATTRIBUTION_ROUND_FOUR_CASES + ATTRIBUTION_ROUND_FIVE_CASES,
)
def test_attribution_of_early_rounds(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert quoted(text) == expected
