"""Table tests of the actor rules: names, kinds, aliases, roles, mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

import brief
from brief import actors as actors_of
from brief.actor_rules import agentive_before, most_specific, runs, tokenize
from brief.models import Actor


def find(text: str) -> dict[str, Actor]:
    return {a.name: a for a in actors_of(text, top=None).actors}


def persons(text: str) -> dict[str, Actor]:
    return {name: a for name, a in find(text).items() if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # appositives
        (
            "Dmitry Peskov, the Kremlin spokesman, said the talks had failed.",
            "Dmitry Peskov",
            "Kremlin spokesman",
        ),
        ("Jane Doe, 45, a teacher from Leeds, said she was shocked.", "Jane Doe", "teacher from Leeds"),
        ("Mark Rutte, the Nato secretary-general, arrived late.", "Mark Rutte", "Nato secretary-general"),
        ("Patrick Vale, her boss at the bar, was questioned.", "Patrick Vale", "boss at the bar"),
        (
            "Mr Salmond, who served as first minister between 2007 and 2014, spoke.",
            "Salmond",
            "first minister",
        ),
        # preceding titles and roles
        (
            "The Polish prime minister Donald Tusk said Europe was stronger.",
            "Donald Tusk",
            "Polish prime minister",
        ),
        (
            "US secretary of state Marco Rubio told reporters the war must end.",
            "Marco Rubio",
            "US secretary of state",
        ),
        (
            "Russia's foreign minister, Sergey Lavrov, spoke on Monday.",
            "Sergey Lavrov",
            "Russia's foreign minister",
        ),
        ("EU Council President Antonio Costa met the leaders.", "Antonio Costa", "EU Council president"),
        ("Indiana Gov. Mike Pence signed the bill on Thursday.", "Mike Pence", "Indiana Gov."),
        # an award inside a longer role, a year before a role, a two-word playing position
        (
            "Conference player of the year finalist Jane Doe scored 20 points.",
            "Jane Doe",
            "Conference player of the year finalist",
        ),
        ("Few expected 2020 hopeful Ted Cole to quit so soon.", "Ted Cole", "2020 hopeful"),
        ("Presidential hopeful Ted Cole toured Iowa.", "Ted Cole", "presidential hopeful"),
        ("'We were unlucky,' centre back Tom Hale told reporters.", "Tom Hale", "centre back"),
        ("United left back Tom Hale was injured in training.", "Tom Hale", "United left back"),
        # an owned relation with qualifiers: the owner is another actor
        ("Tom's oldest daughter, Ann Poole, spoke first.", "Ann Poole", "oldest daughter"),
        ("Tom's late younger brother Ed Hale was buried on Friday.", "Ed Hale", "late younger brother"),
        # role nouns of news text: occupations and positions
        ("The media mogul Tom Hale bought the paper.", "Tom Hale", "media mogul"),
        ("The local imam, Tom Hale, said prayers were cancelled.", "Tom Hale", "local imam"),
        ("England skipper Tom Hale said the team was ready.", "Tom Hale", "England skipper"),
        # a plural role noun right before a list of names: each is one
        ("They picked defenders Tom Hale, Ann Poole and Ed Marsh for the game.", "Ann Poole", "defender"),
        ("They picked defenders Tom Hale, Ann Poole and Ed Marsh for the game.", "Tom Hale", "defender"),
        ("They picked defenders Tom Hale and Ed Marsh for the game.", "Ed Marsh", "defender"),
        # "first lady" although "Lady" is an honorific; a caption's place before an appositive
        ("Crowds cheered former First Lady Ann Poole on Monday.", "Ann Poole", "former first lady"),
        ("Ohio first lady Ann Poole opened the fair.", "Ann Poole", "Ohio first lady"),
        ("Seated: Tom Hale, left, chairman of the league .", "Tom Hale", "chairman of the league"),
        ("Tom Hale (right), the club secretary, watched.", "Tom Hale", "club secretary"),
        # a definite office description after the one person named before, who has no role
        (
            "Tom Hale, to be fair, knows politics. At dinner, the retired congressman had us laughing.",
            "Tom Hale",
            "retired congressman",
        ),
        # "the <body> <role>" opening a later clause stands for the person in focus with no role
        (
            "Tom Hale lost again. It is 13 games now, and while the Acme boss insists it is fine, it hurts.",
            "Tom Hale",
            "Acme boss",
        ),
        # a predicate's role ends at its head before "from <Place>", "with" or "based"
        ("Tom Hale is a retired lawyer from Leeds.", "Tom Hale", "retired lawyer"),
        ("Ann Pryce is a nurse with the Acme Trust.", "Ann Pryce", "nurse"),
        # a place noun as a role's modifier leaves it a role
        ("Tom Hale, a town councillor, said it was quiet.", "Tom Hale", "town councillor"),
        # a capitalised office standing alone, as British papers write it
        (
            "Tom Hale refused to rule it out. But the Chancellor appeared to leave the door open.",
            "Tom Hale",
            "chancellor",
        ),
        ("Ann Poole spoke first. The Prime Minister said it was up to him.", "Ann Poole", "prime minister"),
        # "the <role> of <a named body>" in a sentence naming no one: the quoted speaker next
        (
            'Later the director of the Rowan Trust gave a bleak account. "We need food," Ann Poole told us.',
            "Ann Poole",
            "director",
        ),
        (
            'The head of the Dock Union, who left in May, spoke. "Pay us," the union\'s Ann Poole said.',
            "Ann Poole",
            "head",
        ),
        ("Admiral Sir Tony Radakin flew to Washington.", "Tony Radakin", "admiral"),
        ("From left, Anas Sarwar MP and others attended.", "Anas Sarwar", "MP"),
        (
            "Still, former astronaut John Grunsfeld said it was exciting.",
            "John Grunsfeld",
            "former astronaut",
        ),
        (
            "Risk campaign manager Kathy Voss added that she hoped for a release.",
            "Kathy Voss",
            "Risk campaign manager",
        ),
        ("Her husband, Richard Ratcliffe, has criticised the government.", "Richard Ratcliffe", "husband"),
        (
            "Candidates like Jeb Bush, Marco Rubio and Ted Cruz rushed to his defence.",
            "Ted Cruz",
            "candidate",
        ),
        ("House Speaker John Boehner of Ohio warned the Senate.", "John Boehner", "House speaker"),
        (
            "GOP presidential contender Sen. Rand Paul voted for the bill.",
            "Rand Paul",
            "GOP presidential contender",
        ),
        # a description in the sentence before the first naming
        (
            "Russia's foreign minister has said that peacekeepers would be attacked. "
            "Sergey Lavrov told a press conference in Moscow that Russia was opposed.",
            "Sergey Lavrov",
            "Russia's foreign minister",
        ),
        (
            "A former CIA director has said the decision was unprecedented. "
            "John Brennan said that the move was wrong.",
            "John Brennan",
            "former CIA director",
        ),
    ],
)
def test_roles(text: str, name: str, role: str) -> None:
    found = persons(text)
    assert name in found, sorted(found)
    assert found[name].role == role


def test_an_anonymous_description_gives_no_role_to_the_next_person() -> None:
    text = "Talks will go on, a UK official said. Sir Keir Starmer announced a plan on Sunday."
    assert persons(text)["Keir Starmer"].role is None


@pytest.mark.parametrize(
    ("text", "name", "aliases", "count"),
    [
        (
            "Sir Keir Starmer, the prime minister, announced a coalition on Sunday. "
            "Sir Keir said Britain was ready. Starmer's aides were cautious. Keir Starmer left.",
            "Keir Starmer",
            {"Keir Starmer", "Sir Keir", "Starmer"},
            4,
        ),
        (
            "President Zelensky arrived in Brussels. Volodymyr Zelensky thanked the leaders. "
            "Zelensky's term ended last year.",
            "Volodymyr Zelensky",
            {"Zelensky", "Volodymyr Zelensky"},
            3,
        ),
        (
            "Sergey Lavrov spoke first. Later Lavrov said the plan had failed.",
            "Sergey Lavrov",
            {"Sergey Lavrov", "Lavrov"},
            2,
        ),
        (
            "Ursula von der Leyen opened the summit. Ms von der Leyen spoke for an hour.",
            "Ursula von der Leyen",
            {"Ursula von der Leyen", "von der Leyen"},
            2,
        ),
        (
            "Envoy Karim al-Haddad flew to Cairo. Later Mr Haddad said the talks were over.",
            "Karim al-Haddad",
            {"Karim al-Haddad", "Haddad"},
            2,
        ),
        (
            "Minister Omar el-Sayed met the envoy on Friday. The envoy and Sayed agreed.",
            "Omar el-Sayed",
            {"Omar el-Sayed", "Sayed"},
            2,
        ),
    ],
)
def test_aliases_merge_into_the_fullest_name(text: str, name: str, aliases: set[str], count: int) -> None:
    found = persons(text)
    assert list(found) == [name]
    assert set(found[name].aliases) == aliases
    assert found[name].count == count


@pytest.mark.parametrize(
    "text",
    [
        "Officials met in Downing Street and at the White House, then in the Oval Office.",
        "Troops fired Storm Shadow cruise missiles at the base.",
        "The Sky Shield would protect Kyiv from drones.",
        "She spoke at Chatham House and later on Times Radio.",
        "The Nansen programme for Ukraine will grow this year.",
        "Britain and France sent troops, Russia said.",
        "The European Court of Human Rights will hear the case.",
        "Voters go to the polls in the General Election next month.",
        "The Russian and Ukrainian delegations met in Istanbul.",
        "He told BBC Breakfast that Amnesty International UK had called.",
        "They may not be “Star Trek” aliens, but life is out there, a star scientist said.",
        "Senior allies of the government met in secret.",
        "Drilling stopped, the chief executive of Cuadrilla Resources said on Friday.",
        # a body takes "which"; a name closing a fronted "Speaking to X," has no appositive
        "The data comes from the telecoms regulator, Acmecom, which backs it. Acmecom said so.",
        "Speaking to Vantor, a spokesperson for the airport authority said it was calm. Vantor ran it.",
        # an appositive whose head is a place noun names a place
        "Inspectors went to Vorvask, a village near the border. Vorvask was quiet, they said.",
        # bodies named "… Enforcement", "… Arts"
        "Officers of Border Enforcement met staff of Vantor Arts. Vantor Arts said they were thanked.",
        # a courthouse named after a person
        "The trial is at the Tom J Hale Federal Courthouse in Boston.",
        # a club named "… Sports" and a ground named "… Farm"
        "Vantor Sports beat Orsk United at Ardo Farm. Vantor Sports said the pitch was poor.",
        # foreign place words opening a name, with a particle as people's names have
        "Guests stay on Ilha de Borda all week. Ilha de Borda lies in the bay of Angra dos Vintes.",
    ],
)
def test_not_persons(text: str) -> None:
    assert persons_or_none(text) == {}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Arch rivals Real Borduria and Dynamo Ruritania meet in the semi-final.", "Real Borduria"),
        ("Semi-final opponents FC Ruritania face Borduria Dragons in the final.", "Borduria Dragons"),
        ("Tom Hale joined League One Borduria from Championship Ruritania.", "Championship Ruritania"),
        ("Tom Hale scored twice as his rivals Benfica lost at home.", "Benfica"),
    ],
)
def test_sports_clubs_are_organisations(text: str, club: str) -> None:
    found = find(text)
    assert found[club].kind == "organisation", found[club]
    assert set(persons_or_none(text)) <= {"Tom Hale"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spaniard Ardo Vint, 48, said the club were ready to bid.", "Ardo Vint"),
        ("The Welshman Ardo Pryce, 27, said he won the stage.", "Ardo Pryce"),
    ],
)
def test_a_peoples_noun_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert set(persons(text)) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a short form of a given name opens a person's name even with no other evidence
        ("The hosts face Daryl Vint's improving side on Friday.", "Daryl Vint"),
        # a given name that opens place names too ("Rio de Janeiro")
        ("Former captain Rio Vint said he would stay at the club.", "Rio Vint"),
        # a country that is also a given name does not make the name a body's
        ("Jordan Vint (Acmeton) wins a free kick in the attacking half.", "Jordan Vint"),
        # a people's word that is also a given name opens a person's name given evidence
        ("Ruritania midfielder Christian Vint scored twice.", "Christian Vint"),
        ("Christian Vint made his debut. Vint said he was happy.", "Christian Vint"),
        ("Mr Christian Vint said no.", "Christian Vint"),
        # a month that is a given name, with no word of time before it
        ("April Quill, 5, went missing on Monday.", "April Quill"),
        ("Reality star June Pryce filed a report.", "June Pryce"),
        # "Will" inside a clause, or before a bracket, a comma or a reporting verb
        ("The cars of Will Vint and Ivo Marek were slow.", "Will Vint"),
        ("Will Vint (Acmeton) wins a free kick in the attacking half.", "Will Vint"),
        ("Will Vint, forced to sit out, enjoyed the race.", "Will Vint"),
    ],
)
def test_given_names_open_persons(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "In June Pryce said no.",  # "in June": a date
        "Last June Pryce said no.",
        "The deal was signed by April Quill 5 at the latest.",  # a date again, and no person
        "To mark April Fool's day, Acmecom played a prank.",  # a feast
    ],
)
def test_a_month_after_a_word_of_time_opens_no_name(text: str) -> None:
    assert not {"April Quill", "June Pryce", "April Fool"} & set(persons_or_none(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Friday 5 June Pryce told reporters the deal was off.", "Pryce"),  # after a date
        ("Figures for June Tom Hale released show a rise.", "Tom Hale"),  # a given name follows
        ("The June Nato summit in Orsk agreed new spending.", "Nato"),  # a month as a modifier
    ],
)
def test_a_month_before_a_name_stays_out_of_it(text: str, name: str) -> None:
    assert name in find(text)


def test_christian_with_speaking_alone_is_no_actor() -> None:
    # a body as often as a person ("Christian Aid said"): no guess either way
    assert "Christian Acmecare" not in find(
        "Christian Acmecare said the appeal raised money. Tom Hale agreed."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Will Acmeton win the league this year?",
        "She sang I Will Never Let You Down on stage.",
        "Will Tom Hale say sorry?",  # a question's verb is bare
        "So, Will Hale, the prime minister, call an election?",
        "When Will Marek Stop?",
    ],
)
def test_will_opening_a_question_or_a_title_is_no_given_name(text: str) -> None:
    assert not any(name.startswith("Will") for name in persons_or_none(text))


def test_a_peoples_adjective_after_of_is_no_body() -> None:
    text = "Sending of European troops was ruled out, Tom Hale said. European leaders met. European aid fell."
    assert "European" not in find(text)


def test_a_plural_opening_a_sentence_is_a_group_not_a_body() -> None:
    text = "Paramedics were unable to revive him, Tom Hale said. A paramedic arrived first."
    assert set(find(text)) == {"Tom Hale"}


def test_a_peoples_plural_is_no_body() -> None:
    text = "Hungarians were angry, Tom Hale said. Hungarians voted against it and Danes agreed."
    assert set(find(text)) == {"Tom Hale"}


def test_which_after_the_last_of_a_list_is_the_lists() -> None:
    found = find("They fielded a trio of Tom Hale, Jo Roe and Vintov, which held firm. Vintov said so.")
    assert found["Vintov"].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a pet named in an appositive
        (
            "Ann Pryce said her dog, Vintov, a nine-year-old Jack Russell terrier, barked. Vintov slept.",
            "Vintov",
        ),
        # a list of clubs before "are" is no appositive of the first
        ("Acmeton, Borduria and Orsk City are following winger Ivo Marek. Acmeton said so.", "Acmeton"),
    ],
)
def test_no_person_from_a_pet_or_a_clause_after_a_comma(text: str, name: str) -> None:
    assert name not in persons_or_none(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "According to X, a lawyer …," still gives X the appositive
        ("According to Ivo Marek, a lawyer for the family, the deal is off.", "Ivo Marek", "person"),
        # a sentence's "which" after a person named again by surname
        ("Tom Hale praised Ivo Marek, which was unusual. Marek said he was pleased.", "Ivo Marek", "person"),
        # a place noun before a possessive or an acronym is a role's modifier
        ("Tom Hale, a county sheriff's deputy, said it was fine.", "Tom Hale", "person"),
        # a given name that is also a town does not block a club's head word
        ("Tom Hale scored as Acmeton Rangers beat Leighford Athletic.", "Acmeton Rangers", "organisation"),
        # a team nickname alone at a sentence's start is no club
        ("Wolves attacked sheep near the farm, Tom Hale said.", "Tom Hale", "person"),
    ],
)
def test_review_cases_of_session_seven(text: str, name: str, kind: str) -> None:
    assert find(text)[name].kind == kind


def test_a_surname_like_a_plural_still_speaks() -> None:
    found = quotes_in("Ann Wells saw the well. Wells said: 'It was deep.'")
    assert found == [("Ann Wells", "It was deep.")]


def test_a_body_word_alone_opening_a_sentence_makes_no_body() -> None:
    assert set(find("Arts funding fell, Tom Hale said. Sports stars backed him.")) == {"Tom Hale"}


def test_an_acronym_with_an_accent_is_a_body() -> None:
    assert find("He told RTÉ that the talks had failed.")["RTÉ"].kind == "organisation"


def test_a_generational_suffix_keeps_its_stop() -> None:
    found = persons("Actor Tom Hale Jr. said he was happy. Hale Jr said it again.")
    assert list(found) == ["Tom Hale Jr."]


def test_a_peoples_adjective_before_an_event_names_no_one() -> None:
    assert set(persons("Tom Hale won the British Grand Prix last year.")) == {"Tom Hale"}


def quotes_in(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in brief.quotes(text).quotes]


def persons_or_none(text: str) -> dict[str, Actor]:
    try:
        return persons(text)
    except brief.NothingFound:
        return {}


def test_kinds_of_non_persons() -> None:
    found = find("Officials in Moscow said the Ministry of Defence and Reuters were wrong about Canada.")
    assert found["Moscow"].kind == "place"
    assert found["Canada"].kind == "place"
    assert found["Ministry of Defence"].kind == "organisation"
    assert found["Reuters"].kind == "organisation"


def test_country_aliases_merge() -> None:
    found = find("The US sent aid. The United States will send more, America said.")
    (usa,) = [a for a in found.values() if a.kind == "place"]
    assert usa.name == "United States"
    assert set(usa.aliases) == {"US", "United States", "America"}


def test_seed_non_persons(seed_text: str) -> None:
    names = {a.name.lower() for a in actors_of(seed_text, top=None, kind="person").actors}
    for thing in (
        "white house",
        "oval office",
        "storm shadow",
        "sky shield",
        "times radio",
        "chatham house",
        "roberto schmidt",
        "kryviy rih",
        "putin's iron doll",
    ):
        assert not any(thing in name for name in names), thing


@pytest.mark.parametrize(
    ("text", "name", "how"),
    [
        (
            "Sergey Lavrov told reporters that Russia was opposed. “We see no place for compromise,” he "
            "said.",
            "Sergey Lavrov",
            ["name", "pronoun"],
        ),
        (
            "President Macron suggested France could extend its deterrent. "
            "The French president made the suggestion on Wednesday.",
            "Macron",
            ["name", "description"],
        ),
    ],
)
def test_carry_over_mentions(text: str, name: str, how: list[str]) -> None:
    assert [m.how for m in persons(text)[name].mentions] == how


def test_pronoun_of_the_wrong_gender_is_not_carried_over() -> None:
    text = "Mr Smith arrived late. She said nothing."
    assert [m.how for m in persons(text)["Smith"].mentions] == ["name"]


def test_shared_surname_goes_to_the_person_named_in_full_least() -> None:
    text = (
        "Frank Jordan spoke with his son, Louis Jordan, on Monday. Frank Jordan was relieved. "
        "Jordan said the boat had capsized. Frank Jordan thanked the crew."
    )
    found = persons(text)
    assert found["Louis Jordan"].count == 2
    assert found["Frank Jordan"].count == 3


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the Labour Party spoke first. Then John Smith said he agreed.",
        'The head of the IMF said growth was slow. "No," said John Smith, the chancellor, "it is fine."',
        'A spokesman for the Rowan Trust said little. "We need food," John Smith told us.',
        "John Smith met the envoys. Later the president said the talks had failed.",
    ],
)
def test_office_description_needs_an_unnamed_sentence_and_a_quoted_newcomer(text: str) -> None:
    assert "leader" not in persons(text)["John Smith"].roles
    assert "head" not in persons(text)["John Smith"].roles
    assert "president" not in persons(text)["John Smith"].roles


@pytest.mark.parametrize(
    ("roles", "best"),
    [
        (("president", "US president"), "US president"),
        (("prime minister", "British prime minister"), "British prime minister"),
        (("admiral", "chief of the defence staff"), "chief of the defence staff"),
        (("European Council president", "European Union president"), "European Council president"),
        # a phrase not ending in a role noun (a misread headline, a loose description) loses
        (("president", "Iranian official slam GOP letter on deal"), "president"),
        (("senator", "critics slam budget plan"), "senator"),
        (("World War Two code-breaker", "minister"), "World War Two code-breaker"),
        (("opposition leader in Ukraine", "former president"), "opposition leader in Ukraine"),
        (("senator", "official slam budget letter on tax"), "senator"),
        ((), None),
    ],
)
def test_most_specific_role(roles: tuple[str, ...], best: str | None) -> None:
    assert most_specific(roles) == best


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ursula von der Leyen spoke.", ["Ursula von der Leyen"]),
        ("He met O.J. Simpson there.", ["He", "O.J. Simpson"]),
        ("The Ministry of Defence and Britain agreed.", ["The Ministry of Defence", "Britain"]),
        ("Putin's Iron Doll spoke.", ["Putin's", "Iron Doll"]),
    ],
)
def test_runs_of_name_words(sentence: str, expected: list[str]) -> None:
    tokens = tokenize(sentence)
    found = [sentence[tokens[a].start : tokens[b].end] for a, b in runs(tokens)]
    assert found == expected


def test_actors_are_ranked_by_mentions_then_first_mention(seed_path: Path) -> None:
    found = actors_of(seed_path, top=None).actors
    counts = [a.count for a in found]
    assert counts == sorted(counts, reverse=True)
    assert found[0].name == "Ukraine"


def test_bad_options() -> None:
    with pytest.raises(brief.UsageError):
        actors_of("Sergey Lavrov spoke.", kind="people")
    with pytest.raises(brief.UsageError):
        actors_of("Sergey Lavrov spoke.", top=0)


def test_one_line_article_with_a_share_bar_and_no_final_stop() -> None:
    body = " ".join(["The minister said the plan would work."] * 15)
    text = f"Share this withEmailFacebook{body} Sergey Lavrov told reporters he agreed. A caption in 2013"
    found = persons(text)
    assert "Sergey Lavrov" in found


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("the U.S. and O.J. Simpson", ["the", "U.S", ".", "and", "O.J", ".", "Simpson"]),
        ("between Iran and the UK.He said", ["between", "Iran", "and", "the", "UK", ".", "He", "said"]),
        ("Zelensky’s term isn't over", ["Zelensky’s", "term", "isn't", "over"]),
    ],
)
def test_tokens(sentence: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(sentence)] == words


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A multi-word name needs evidence of a person: a firm "said", a club named after a place.
        ("Receivers Harbin Moult said the shop would close. Staff were told on Monday.", "Harbin Moult"),
        ("Supporters of Toronto Kestrels cheered as the bus arrived at the ground.", "Toronto Kestrels"),
        ("Its works will go to the Hartley Museum in the spring.", "Hartley Museum"),
        ("The deal was first reported by Diario Luna on Tuesday.", "Diario Luna"),
        # A word named again and again with next to no evidence is a label, not a person.
        (
            "Glimmers post photos. Glimmers love cars. Glimmers travel. Glimmers said nothing. "
            "Glimmers buy watches. Glimmers dine out.",
            "Glimmers",
        ),
        # "the magazine Brave Days, Ann Cole, wrote": the name is the subject, not the title.
        ("The editor of the magazine Brave Days, Ann Cole, wrote that sales fell.", "Brave Days"),
    ],
)
def test_names_without_person_evidence_are_no_persons(text: str, absent: str) -> None:
    try:
        found = persons(text)
    except brief.NothingFound:
        found = {}
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The match was watched by Helen Ward and her sister.", "Helen Ward"),  # a given name
        ("Okonkwo Adeyemi told reporters the vote was fair.", "Okonkwo Adeyemi"),  # a human verb
        ("NBC's Darla Pruitt contributed to this report.", "Darla Pruitt"),  # an outlet's reporter
        ("Tavi Orlen, who is 30, won again. Later Orlen left.", "Tavi Orlen"),  # ", who"
        ("Pim Voskuil scored twice. Voskuil then left the field.", "Pim Voskuil"),  # surname reused
        ("Kent Marlow scored twice. Marlow then left the field.", "Kent Marlow"),  # not a club
    ],
)
def test_person_evidence(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Administrator Lena Hirsch said the sale was done.", "Lena Hirsch", ["administrator"]),
        ("Sophomore Dale Gunn scored 12 points.", "Dale Gunn", ["sophomore"]),
        ("Junior forward Ray Ostrow added 16 points.", "Ray Ostrow", ["junior forward"]),
        ("Keen cricket fan Prince Edmund watched the match.", "Edmund", ["Keen cricket fan", "prince"]),
        (
            "National freshman of the year Tam Hollis scored 9.",
            "Tam Hollis",
            ["National freshman of the year"],
        ),
        (
            "The son of then-Ruritania Attorney General Omar Vell spoke.",
            "Omar Vell",
            ["then-Ruritania attorney general"],
        ),
        ("Kent-born Anna Pell won the race.", "Anna Pell", []),  # "Kent-born" is no name word
        # Nouns compounded before a role head, not verbs, prepositions or other names.
        ("The heir of bakery founder Hugh Mott sold it.", "Hugh Mott", ["bakery founder"]),
        ("The wife of dock workers' union boss Ray Dunn spoke.", "Ray Dunn", ["dock workers' union boss"]),
        ("Fans sat behind Leeds coach Ian Berry at the match.", "Ian Berry", ["Leeds coach"]),
        ("The talks met former president Ana Soto in May.", "Ana Soto", ["former president"]),
    ],
)
def test_roles_from_role_words(text: str, name: str, roles: list[str]) -> None:
    found = persons(text)
    assert name in found, found
    assert [r.lower() for r in found[name].roles] == [r.lower() for r in roles]


def test_paternal_surname_is_a_short_form_of_a_double_surname() -> None:
    found = persons("Maria Elena Ruiz Tagle spoke first. Later Ruiz said the vote was fair.")
    assert set(found) == {"Maria Elena Ruiz Tagle"}
    assert set(found["Maria Elena Ruiz Tagle"].aliases) == {"Maria Elena Ruiz Tagle", "Ruiz"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Duke of Westland opened the bridge on Friday.", "Duke of Westland"),
        ("Later the Princess Royal met the players.", "Princess Royal"),
        ("He was pictured with the Duchess of Oxford at the gala.", "Duchess of Oxford"),  # a city
    ],
)
def test_a_noble_title_alone_names_a_person(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_description_with_his_or_her_names_the_person_in_the_next_sentence() -> None:
    text = "Tom Reed scored late. His manager angrily objected. “He did fine. He did fine,” Ravi Menon said."
    assert persons(text)["Ravi Menon"].role == "manager"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials from South Africa attended the talks.", "South Africa"),
        ("Talks were held in the West Bank on Monday.", "West Bank"),
        ("Leaders from Northern Ireland were not invited.", "Northern Ireland"),
        ("New Zealand sent a delegation to the talks.", "New Zealand"),
        ("The talks in New Delhi would resume on Friday.", "New Delhi"),
        ("Observers from New York watched the vote.", "New York"),
    ],
)
def test_a_leading_new_or_south_belongs_to_a_known_place(text: str, place: str) -> None:
    from brief.pipeline import actors as find_actors

    found = {a.name: a.kind for a in find_actors(text, top=None).actors}
    assert found.get(place) == "place", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a predicate only a person takes
        ("The inquiry opened as Vasko Drenic stands trial for fraud.", "Vasko Drenic"),
        ("In Rome, Olek Varga died in hospital at the age of 90.", "Olek Varga"),
        # a month after a given name is a surname; short given names
        ("He toured with bandleader Billy May in 1952.", "Billy May"),
        ("She teamed up with the great Mel Tarrow.", "Mel Tarrow"),
        # a show named after its host names the host
        ("Ratings fell for The Jerry Malone Show that year.", "Jerry Malone"),
        # a name glued before a title used as a modifier is a name of its own
        ("The 1948 Fred Wiley Merry Ducks cartoon won an award.", "Fred Wiley"),
        # a hyphenated rank is a title, not part of the name
        ('"We are ready," said Major-General Reza Tavani, the army chief.', "Reza Tavani"),
        # a descriptor or a place glued before a given name is no part of the name
        ("Vegan Tom Pryor opened a cafe in the town.", "Tom Pryor"),
        ("Children's Commissioner for Wales Ann Pryce will speak on Monday.", "Ann Pryce"),
    ],
)
def test_person_evidence_round_three(text: str, name: str) -> None:
    assert name in persons(text), persons(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("In 2013 the Harriers agreed a lease to use the ground.", "Harriers"),  # "the X" speaks: a group
        # names in a title-case quotation are a title
        (
            'Her new film "Running Wild: Rivers and the Songs of Home" opened. '
            'Critics said "Running Wild" was slow.',
            "Running Wild",
        ),
        ("He provided the voice for Grumpy Toad in the film.", "Grumpy Toad"),  # a character voiced
        ("Later she voiced Grumpy Toad on the radio.", "Grumpy Toad"),
        ('The ad promised "every family loves Wong King Noodles" that year.', "Noodles"),  # no title
        ("The 1948 Fred Wiley Merry Ducks cartoon won an award.", "Merry Ducks"),
        ("The 1948 Fred Wiley Merry Ducks cartoon won an award.", "Fred Wiley Merry Ducks"),
        ("Ratings fell for The Jerry Malone Show that year.", "Jerry Malone Show"),
        ("The chair of Home Carers Forum Wales, Dina Roth, said her group would help.", "Carers Forum Wales"),
        ("The chair of Home Carers Forum Wales, Dina Roth, said her group would help.", "Carers Forum"),
        ("Vegan Tom Pryor opened a cafe in the town.", "Vegan Tom Pryor"),
        ("Children's Commissioner for Wales Ann Pryce will speak on Monday.", "Wales Ann Pryce"),
    ],
)
def test_no_persons_round_three(text: str, absent: str) -> None:
    try:
        found = persons(text)
    except brief.NothingFound:
        found = {}
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            "Children's Commissioner for Wales Ann Pryce will speak.",
            "Ann Pryce",
            ["Children's commissioner for Wales"],
        ),
        (
            '"We are ready," said Major-General Reza Tavani, the army chief.',
            "Reza Tavani",
            ["Major-General", "army chief"],
        ),
        # a role phrase fronted before the name, closed by "of …" and a comma
        ("The author of two novels, Jo Marsh, wrote the script.", "Jo Marsh", ["author of two novels"]),
        (
            "Fans cheered The author of Rich Kids, the Other Half, Jo Marsh, wrote that money talks.",
            "Jo Marsh",
            ["author of Rich Kids, the Other Half"],
        ),
        (
            "The chair of Home Carers Forum Wales, Dina Roth, said her group would help.",
            "Dina Roth",
            ["chair of Home Carers Forum Wales"],
        ),
        ("Vegan Tom Pryor opened a cafe in the town.", "Tom Pryor", ["Vegan"]),
        ("He mocked radio-TV personality Art Glenn in 1951.", "Art Glenn", ["radio-TV personality"]),
        # two roles and two names, paired in order
        ("His son and daughter, Nils and Greta Holm, confirmed the news.", "Nils", ["son"]),
        ("His son and daughter, Nils and Greta Holm, confirmed the news.", "Greta Holm", ["daughter"]),
    ],
)
def test_roles_round_three(text: str, name: str, roles: list[str]) -> None:
    found = persons(text)
    assert name in found, found
    assert list(found[name].roles) == roles


def test_the_role_in_a_description_matches_its_head() -> None:
    """ "The commissioner" stands for the person whose role is "Commissioner for Wales"."""
    text = (
        "Children's Commissioner for Wales Ann Pryce will visit homes. She will report in May. "
        "The commissioner will also meet staff."
    )
    found = persons(text)["Ann Pryce"]
    assert [m.how for m in found.mentions] == ["name", "pronoun", "description"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Later the Princess Royal is patron of Welsh netball and often attends.",
            "Princess Royal",
            "patron of Welsh netball",
        ),
        ("Greta Holm was a former lawyer. She left in 2001.", "Greta Holm", "former lawyer"),
        ("Dale Ames was judge for the county court from 1984.", "Dale Ames", "judge for the county court"),
        ("Nils Holm is the son of a baker.", "Nils Holm", None),  # a relation is no role
        ("Nils Holm was the first man to climb it.", "Nils Holm", None),
    ],
)
def test_role_from_the_predicate(text: str, name: str, role: str | None) -> None:
    assert persons(text)[name].role == role


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Acme Vantor is leader of the market, the report said.", "Acme Vantor"),  # a firm can lead
        ("The woman from Westshire became the victim of cruel jibes.", "Westshire"),  # after "from"
        ("Jo Dunn, of Mirfield, West Kelshire was sentenced to a community order.", "Kelshire"),
        ("In the latest case, seven-month-old Pepper died on Monday.", "Pepper"),  # a pet dies too
        ("Stade Louis II was full. San Teodoro Chronicle said so.", "Louis II"),  # no descriptor
        ("Fans left Hyde Park Corner at noon.", "Park Corner"),
    ],
)
def test_no_persons_from_weak_cues(text: str, absent: str) -> None:
    try:
        found = persons(text)
    except brief.NothingFound:
        found = {}
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Meteorologists say the storm will pass. Meteorologists said so again.", "Meteorologists"),
        ("Investigators said the car was stolen. Investigators told reporters more.", "Investigators"),
        ("Thankfully Mina was safe, her mother said.", "Thankfully"),
        ("The river at Fish Pot Creek rose. Fish Pot Creek flooded again.", "Fish Pot Creek"),
        ("Flights to St. Louis were cut. St. Louis then reopened.", "St. Louis"),
        ("He bought a Pipe Bomb kit. The Pipe Bomb was found later.", "Pipe Bomb"),
        ("He drove his Range Rover home. His Range Rover was later found.", "Range Rover"),
        ("Vantor Kessel defender Emir Osk was banned. Vantor Kessel appealed.", "Vantor Kessel"),
        ("Yes, James Moor said, it was over.", "Yes"),
    ],
)
def test_groups_places_and_things_are_no_persons(text: str, absent: str) -> None:
    try:
        found = persons(text)
    except brief.NothingFound:
        found = {}
    assert absent not in found, found


def test_a_surname_ending_like_an_adverb_or_a_plural_stays_a_name() -> None:
    found = persons("Maria Connolly won. Connolly said she was glad. Ann Rogers spoke. Rogers said no.")
    assert set(found["Maria Connolly"].aliases) == {"Maria Connolly", "Connolly"}
    assert set(found["Ann Rogers"].aliases) == {"Ann Rogers", "Rogers"}


ROLES_ROUND_FOUR_CASES: list[tuple[str, str, str]] = [
    # an abbreviation's stop does not end an appositive
    (
        "“It is hard,” said Tom Birch, a former senior U.S. diplomat, on Monday.",
        "Tom Birch",
        "former senior U.S. diplomat",
    ),
    # after an article, a head noun that names a doer by its ending is a role, listed or not
    (
        "Ada Quill, a specialist on river birds at the Acme Institute, said numbers fell.",
        "Ada Quill",
        "specialist on river birds at the Acme Institute",
    ),
    ("The court heard Ms Ada Quill, who is the licence holder, was out.", "Ada Quill", "licence holder"),
    # a party label before a name is a role
    ("Ohio Republican Dale Frost voted against the plan.", "Dale Frost", "Ohio republican"),
    # modifiers joined by "and" before the head
    (
        "Tom Birch, a constitutional and international law expert, said the deal must go to a vote.",
        "Tom Birch",
        "constitutional and international law expert",
    ),
    # a relation named before the name
    ("Her granddaughter, Ella Moss, 20, said it was cool.", "Ella Moss", "granddaughter"),
    # a relation owned by another person is the role, without the owner
    ("Mr Pratt's mother, Irene Pratt, said she was sad.", "Irene Pratt", "mother"),
    # abbreviated police ranks
    ("Det Con Ian Moss, of Kent Police, said the car was stolen.", "Ian Moss", "det con"),
]


def test_a_comment_after_a_name_is_no_role() -> None:
    assert persons("Tom Birch, a move that surprised many, resigned on Monday.")["Tom Birch"].role is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an age after a name makes a person, whatever the gazetteer or a head word says
        ("Her granddaughter, Paris, 20, said she loved it.", "Paris"),
        ("She goes out with her friend Ada Church, 67, every week.", "Ada Church"),
        ("Now she has found happiness with Colin, 66.", "Colin"),
        # a real person named in an epithet
        ("Jane Doe dances with an Elvis impersonator in Menorca.", "Elvis"),
    ],
)
def test_an_age_makes_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "absent", "kind"),
    [
        ("His mother Lucy, 32, of Upminster, east London, said he trained daily.", "Upminster", "place"),
        ("They flew to Paris, 20 March was the date of the launch.", "Paris", "place"),
        ("He will attend the Battle of Hastings re-enactment with Ann Lee.", "Battle", None),
        # a name owned by a common noun is a thing; a given name after one stays a person
        ("Ann Lee sold her husband's Range Rover and his flat.", "Range Rover", None),
    ],
)
def test_no_person_round_four(text: str, absent: str, kind: str | None) -> None:
    found = find(text)
    assert absent not in persons(text)
    if kind is not None:
        assert found[absent].kind == kind


def test_a_given_name_after_a_common_owner_is_a_person() -> None:
    assert "Lionel Messi" in persons("The club's Lionel Messi scored twice on Sunday.")


def test_initials_with_stops_are_no_acronym() -> None:
    assert "O.J. Simpson" in persons("The trial of O.J. Simpson began in 1995.")


ROLES_ROUND_FIVE_CASES: list[tuple[str, str, str]] = [
    # a relation with "great-" prefixes, owned by another person, is the role without the owner
    (
        "Mr Lamb's great-grandmother Ada Quill was born in a mining town.",
        "Ada Quill",
        "great-grandmother",
    ),
    ("Ben Cole was pictured with team-mate Tom Birch on the plane.", "Tom Birch", "team-mate"),
    # where a person lives or was born ends an appositive role
    ("His wife, Ada Quill, a lingerie model based in Lisbon, was there.", "Ada Quill", "lingerie model"),
    ("Tom Birch, a carpenter living near Derby, said the roof fell.", "Tom Birch", "carpenter"),
    # a doer noun the lexicon lacks, recognised by its ending, before a name
    ("Fitness instructor Sarah Quill claims the deal was off.", "Sarah Quill", "Fitness instructor"),
    (
        "The law is named after the wartime code-breaker Tom Birch, who died in 1954.",
        "Tom Birch",
        "wartime code-breaker",
    ),
    ("He met the Dutch violinist Sarah Quill in Vienna.", "Sarah Quill", "Dutch violinist"),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # comparatives with a doer's ending are no role
        ("The younger Tom Birch said he took his boat out.", "Tom Birch"),
        # a word after a preposition is no role
        ("The team under Tom Birch won the cup, said Ada Quill.", "Tom Birch"),
    ],
)
def test_no_role_from_a_doer_shaped_word(text: str, name: str) -> None:
    assert persons(text)[name].role is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name listed with a name that opens with a given name or initials
        ("On that day Buddy Fenn, Rigo Valdo and J.P. Marsh were killed in a crash.", "Rigo Valdo"),
        ("The prize went to Zeb Okafor and Mary Quill last year.", "Zeb Okafor"),
        # a credit line after an outlet's possessive
        ("CNN's Anas Hamdi and Merie Arrak contributed to this report.", "Merie Arrak"),
        # a maker credited in parentheses or after a participle of making
        ('The others were "White Snow" (by Irwin Berlinger) and "Respect" (by Otto Reding).', "Otto Reding"),
        ("The song, written by Woody Gutman, was a hit.", "Woody Gutman"),
    ],
)
def test_person_evidence_round_five(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a pair of capitalised words in a list with no person in it stays unknown
        ("Sales rose in Green Valley, Red Rock and Blue Lake last year.", "Red Rock"),
        # "by" with no credit before it is no evidence
        ("The match was won by Aston Villa on Saturday, said Jane Doe.", "Aston Villa"),
    ],
)
def test_no_persons_round_five(text: str, absent: str) -> None:
    assert absent not in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "The German newspaper Zeit Weekly said Tom Birch resigned.",
        "Tom Birch plays the character Sam Lowe in the soap, said Ada Quill.",
    ],
)
def test_a_newspaper_or_a_character_is_no_doer(text: str) -> None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text in ("Zeit", "Sam"))
    assert agentive_before(tokens, first) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Envoy Ban Ki-moon said the camp was hell.", {"Ban Ki-moon"}),
        ("Kim Jong-un met Moon Jae-in on Friday.", {"Kim Jong-un", "Moon Jae-in"}),
        ("Co-op members voted. Anti-war groups marched past Jane Doe.", {"Jane Doe"}),
        ("Iran-backed rebels fired, said Jane Doe. Sit-in protesters left. Set-up costs rose.", {"Jane Doe"}),
    ],
)
def test_korean_given_names_keep_their_second_syllable(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('He addressed the 1996 Democratic National Convention: "We win," said Tom Hale.', {"Tom Hale"}),
        ("The Syrian Observatory for Human Rights said 40 died, Tom Hale said.", {"Tom Hale"}),
        ("Human Rights Watch said 40 died, Tom Hale said.", {"Tom Hale"}),
    ],
)
def test_conventions_and_observatories_are_no_persons(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


def test_a_plural_role_before_one_name_is_no_list() -> None:
    assert set(persons("Fellow tenants Newport Gwent Dragons face a bid, Tom Hale said.")) == {"Tom Hale"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her estranged husband Ed 'Big Ed' Marsh has filed a report, police said.", "Ed Marsh"),
        ('J.D. "The Duke" Hale said he was tired of touring.', "J.D. Hale"),
        ("Ann “Tiny” Poole said she was fine.", "Ann Poole"),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_dropped(text: str, name: str) -> None:
    found = persons(text)
    assert name in found, set(found)
    assert not any(a.name != name and name.split()[0] in a.name for a in found.values())


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "of" continues a title only after a role noun: a body's "government of" is no part of it
        (
            "Ruritania's ruling Unity government of Prime Minister Ivo Marek is under pressure.",
            "Ivo Marek",
            "prime minister",
        ),
        (
            "Rumours spread about the health of Ruritania's leader, Ivo Marek, last year.",
            "Ivo Marek",
            "Ruritania's leader",
        ),
        ("US secretary of state Ann Pryce flew in.", "Ann Pryce", "US secretary of state"),
        # an adverb before an appositive or a predicate role
        (
            "Pryce, currently the city's chief prosecutor, said no. Ann Pryce left.",
            "Ann Pryce",
            "city's chief prosecutor",
        ),
        ("Sir Tom Hale, who is now the museum's patron, opened the wing.", "Tom Hale", "museum's patron"),
        (
            "Tom Hale was also assistant manager to Ivo Marek, who left.",
            "Tom Hale",
            "assistant manager to Ivo Marek",
        ),
        (
            "While Ann Pryce was Ruritania's top diplomat, she travelled.",
            "Ann Pryce",
            "Ruritania's top diplomat",
        ),
        # an office that is one title with "Lord"
        ("The appeal was heard by Lord Justice Hale and two others.", "Hale", "Lord Justice"),
        # a role noun the first lexicon lacked, after a preposition
        ("The school was founded by philanthropist Ivo Marek in 1991.", "Ivo Marek", "philanthropist"),
        (
            "Tom Hale met his Ruritanian counterpart, Ivo Marek, on Monday.",
            "Ivo Marek",
            "Ruritanian counterpart",
        ),
        # a title before an honorific, after a place
        (
            '"It matters," said Ohio NAACP Branch President Rev. Tom Hale.',
            "Tom Hale",
            "Ohio NAACP Branch president",
        ),
        ("Ohio Gov. Ann Pryce signed the bill.", "Ann Pryce", "Ohio Gov."),
        # a fronted role after an opening phrase, its head after a title word
        (
            "Last month, the deputy head of the league, Ivo Marek, resigned.",
            "Ivo Marek",
            "deputy head of the league",
        ),
        # a verb before a compound role is no part of it
        ("They hope to defeat front runner Ivo Marek in May.", "Ivo Marek", "front runner"),
        ("In the lawsuit he compares incumbent mayor Ivo Marek to a tyrant.", "Ivo Marek", "incumbent mayor"),
        # an appositive between dashes
        (
            "Ivo Marek — a former federal prosecutor — said the case was weak.",
            "Ivo Marek",
            "former federal prosecutor",
        ),
        # an appositive ends at a bracket
        (
            "They face Ivo Marek, the state's Attorney General (right) in May.",
            "Ivo Marek",
            "state's attorney general",
        ),
    ],
)
def test_roles_round_seven(text: str, name: str, role: str) -> None:
    found = persons(text)
    assert name in found, set(found)
    assert found[name].role == role


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a plural title before a list: every name takes it in the singular
        (
            "With Republican Sens. Ann Pryce of Utah, Tom Hale of Ohio and Ivo Marek of Iowa joining.",
            {"Ann Pryce": "Republican Sen.", "Tom Hale": "Republican Sen.", "Ivo Marek": "Republican Sen."},
        ),
        ("Senators Ann Pryce and Tom Hale voted no.", {"Ann Pryce": "senator", "Tom Hale": "senator"}),
        # a plural role with its modifiers, before a dash and a list
        (
            "He will look at three first-team players at the club — Ann Pryce, Tom Hale and Ivo Marek.",
            {
                "Ann Pryce": "first-team player",
                "Tom Hale": "first-team player",
                "Ivo Marek": "first-team player",
            },
        ),
        (
            "He did not start star players Tom Hale and Ivo Marek.",
            {"Tom Hale": "star player", "Ivo Marek": "star player"},
        ),
    ],
)
def test_roles_from_lists_round_seven(text: str, roles: dict[str, str]) -> None:
    found = persons(text)
    assert {name: found[name].role for name in roles if name in found} == roles


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a party-and-state label is no person
        ("Rep. Tom Hale, D-North Dakota, chairman of the caucus, said no.", "D-North Dakota"),
        ("Sen. Ann Pryce (R-Iowa) said no.", "R-Iowa"),
        # an office with no name
        ("Tom Hale faces Ivo Marek, the state's Attorney General, in May.", "General"),
        ('"It is safe," said Dr. Tom Hale, the agency\'s Chief Veterinary Officer.', "Veterinary Officer"),
        # a body named with its acronym, an outlet's online edition
        ("ILGA-Europe said the law was harmful, Tom Hale said.", "ILGA-Europe"),
        ("Ruritania Daily Online reported that Tom Hale left.", "Ruritania Daily Online"),
        # "of" never opens a name: the title before it ends there
        ("Ann Pryce, the attorney for the Eastern District of New York, spoke.", "of New York"),
    ],
)
def test_no_persons_round_seven(text: str, absent: str) -> None:
    assert absent not in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that is also a role word stays a name
        ('"We saw gaps," Cook said of the game. Ann Cook smiled.', "Ann Cook"),
        ("Former Labour MP Tom Cook came to look.", "Tom Cook"),
        # a party label between the name and its verb
        ("Sen. Tom Hale, D-Ohio, said no. Ann Pryce agreed.", "Tom Hale"),
    ],
)
def test_persons_round_seven(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a definite description opening the next clause stands for the one person just named
        (
            "She copied a look made famous by Ann Pryce. But while the reality star blends it, she does not.",
            "Ann Pryce",
            "reality star",
        ),
        (
            'Tom Hale won the race. "My exams are in May," said the middle distance runner.',
            "Tom Hale",
            "middle distance runner",
        ),
        # a role after an age, with a capitalised word inside it
        ("Tom Hale, 82, is a retired Baptist preacher.", "Tom Hale", "retired Baptist preacher"),
        # "the Rev." before a name is an honorific: the relation before the comma is the role
        ('"It was good," said her father, the Rev. Tom Hale.', "Tom Hale", "father"),
    ],
)
def test_roles_round_seven_descriptions(text: str, name: str, role: str) -> None:
    found = persons(text)
    assert name in found, set(found)
    assert role in found[name].roles


def test_a_description_is_not_given_to_a_person_who_has_a_role() -> None:
    found = persons("Coach Tom Hale spoke. But while the reality star blends it, she does not.")
    assert "reality star" not in found["Tom Hale"].roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list of three or more names, one opening with a given name: all are people
        (
            "He is without Ikor Vasko, Toni Kral, James Roe and Gareth Pell this week.",
            {"Ikor Vasko", "Toni Kral", "James Roe", "Gareth Pell"},
        ),
        # a caption glued to the next sentence
        ("Racing correspondent Ivo MarekThe crucial words are plain.", {"Ivo Marek"}),
        # a rider, trainer or founder credited after "by"
        ("The gelding, ridden by Leighton Vask, fought back.", {"Leighton Vask"}),
    ],
)
def test_persons_from_lists_and_credits(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Madrid-based paper Zorro say that Tom Hale will leave.",
        "The Spanish side Rayo Valde lost to Tom Hale's team.",
        "Sales at Ruritania Fuels Shipping Limited fell, Tom Hale said.",
    ],
)
def test_outlets_clubs_and_firms_are_no_persons(text: str) -> None:
    assert set(persons(text)) == {"Tom Hale"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name and a surname that is also a place word
        ("His son Chris Lane was shot. Jane Hall saw it on Abbey Lane.", {"Chris Lane", "Jane Hall"}),
        # a two-word name with a common given name inside a quotation
        ('"When you see Ronan Gary play, you learn," Tom Hale said.', {"Ronan Gary", "Tom Hale"}),
    ],
)
def test_persons_round_eight(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


def test_a_street_named_with_a_place_word_stays_a_place() -> None:
    assert find("They met on Abbey Lane, Tom Hale said.")["Abbey Lane"].kind == "place"


def test_a_given_name_alone_joins_the_one_full_name_it_opens() -> None:
    found = persons(
        "Pat Marsh, 67, went to Spain. Pat said it was fun. Her friend Julia Roe and Julia agreed."
    )
    assert set(found) == {"Pat Marsh", "Julia Roe"}
    assert "Pat" in found["Pat Marsh"].aliases


def test_a_given_name_shared_by_two_full_names_stays_apart() -> None:
    found = persons("Pat Marsh and Pat Hale met. Pat said it was fun.")
    assert "Pat" not in found["Pat Marsh"].aliases and "Pat" not in found["Pat Hale"].aliases


def test_a_peer_is_named_by_his_surname() -> None:
    found = persons("Education minister Lord Vance said no. Vance added more. Sir Keir spoke.")
    assert set(found) == {"Vance", "Sir Keir"}
    assert found["Vance"].role == "education minister"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an owner after "in" is no place; "video" after a possessive is the owner's video
        (
            "The couple were featured in Hillary Vance's video. Vance says so. The Vance team smiled.",
            "Hillary Vance",
        ),
    ],
)
def test_persons_round_nine(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a body's name keeps its capitals and its "and" inside a role
        (
            "Tom Hale, who is an academy player with Ruritania and Borduria Football Club, scored.",
            "academy player with Ruritania and Borduria Football Club",
        ),
        (
            "Tom Hale, a spokesman for the Scottish Labour Party, said no.",
            "spokesman for the Scottish Labour Party",
        ),
    ],
)
def test_role_text_keeps_a_body_name(text: str, role: str) -> None:
    assert persons(text)["Tom Hale"].role == role


def test_a_headline_in_title_case_is_no_person() -> None:
    assert set(persons("The blog showed Wil With Bubbles and Wil Doesn't Need A Bike, Tom Hale said.")) == {
        "Tom Hale"
    }


def test_hill_and_heath_end_places_unless_a_given_name_opens_them() -> None:
    found = find("They met in Notting Hill and Hampstead Heath. Damian Hill said no.")
    assert found["Notting Hill"].kind == "place" and found["Damian Hill"].kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name with a plural verb is a club, firm or paper (British usage)
        ("Ruritania have vowed to stand by Tom Hale.", "Ruritania", "organisation"),
        ("Zorro say that Tom Hale will stay.", "Zorro", "organisation"),
        # unless it closes a list of names
        ("Jane Doe and Tom Hale have left the club.", "Tom Hale", "person"),
    ],
)
def test_plural_verbs_make_bodies(text: str, name: str, kind: str) -> None:
    assert find(text)[name].kind == kind


ROLES_ROUND_TEN_CASES: list[tuple[str, str, str]] = [
    # a number ends before a full stop glued to the next sentence
    ("He won the cup in 2014.Trainer Tom Hale called it luck.", "Tom Hale", "trainer"),
    # "His" opening a glued sentence is no part of the role
    ("He died in 2008.His wife, Ann Pryce, was not there.", "Ann Pryce", "wife"),
    ("Health professional Tom Hale told the BBC it was wrong.", "Tom Hale", "health professional"),
]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name left alone often, opening the one full name of the text
        (
            "Jade Ruiz, 24, drank a lot. " + "Jade drank more. " * 6 + "'I loved it,' said Jade, who blogs.",
            {"Jade Ruiz"},
        ),
        # an employer glued between a role and a name
        ("The meteorologist with Skyzone Rob Marsh told the paper it was bad.", {"Rob Marsh"}),
        # sports clubs are no people, a player named like one is
        ("Aston Villa beat Rangers and Tottenham Hotspur, said David Villa.", {"David Villa"}),
    ],
)
def test_persons_round_eleven(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


def test_an_age_is_no_part_of_a_role() -> None:
    assert persons("The 24-year-old shift worker Phil Pama was fined.")["Phil Pama"].role == "shift worker"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The friends rushed in, ABC Info reports. Tom Hale told ABC Info.", "ABC Info", "organisation"),
        ("They climbed Mont Blanc last year, Tom Hale said.", "Mont Blanc", "place"),
    ],
)
def test_bodies_and_places_round_twelve(text: str, name: str, kind: str) -> None:
    assert find(text)[name].kind == kind


def test_a_role_after_another() -> None:
    assert (
        persons("Tom Hale is another former England captain, and he wants it.")["Tom Hale"].role
        == "former England captain"
    )


def test_a_role_before_called_and_a_vague_complement() -> None:
    found = persons("In jail I met a preacher called Tom Hale, who was the founder of a project.")
    assert found["Tom Hale"].role == "preacher"
    assert "founder of a project" in found["Tom Hale"].roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a promo line glued to a given name, a sentence glued after an outlet
        ("Read more news from KentJonathan Vance QC said it was wrong.", {"Jonathan Vance"}),
        ("Stats via Cricketsite But Stewart, who spoke, was happy.", {"Stewart"}),
        # an organisation's official after "said the … association's"
        ("'It is sad,' said the Ohio chess association's Rafi Vance.", {"Rafi Vance"}),
    ],
)
def test_persons_round_twelve(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


ROLES_ROUND_THIRTEEN_CASES: list[tuple[str, str, str]] = [
    # words that are roles only right beside a name
    (
        "The club signed former Ruritania international Tom Hale, 35, in March.",
        "Tom Hale",
        "former Ruritania international",
    ),
    ("Hale, the Ruritania international who joined in May, scored.", "Hale", "Ruritania international"),
    ("Saracens welcome the return of centre Tom Hale from injury.", "Tom Hale", "centre"),
    ("The boy was likened to Borduran legend Tom Hale.", "Tom Hale", "Borduran legend"),
    # role nouns of the arts, care and trades, also before an honorific
    ('On the radio, soprano Dame Ann Pryce said: "It was fine."', "Ann Pryce", "soprano"),
    (
        "The school's pastoral care co-ordinator, Ann Pryce, is also its teacher.",
        "Ann Pryce",
        "pastoral care co-ordinator",
    ),
    # a compound head after a copula
    (
        "Tom Hale was also assistant manager to Ivo Marek, who left.",
        "Tom Hale",
        "assistant manager to Ivo Marek",
    ),
]


def test_a_role_after_a_copula_is_not_the_next_names() -> None:
    found = persons("In 1999 Hale was assistant to former Ruritania manager Ivo Marek.")
    assert found["Ivo Marek"].role == "former Ruritania manager"


def test_centre_away_from_a_name_is_no_role() -> None:
    found = persons("Tom Hale was sitting in the centre. The centre was full, Tom Hale said.")
    assert found["Tom Hale"].role is None


@pytest.mark.parametrize(
    "text",
    [
        # a clause after a comma, with its own subject and verb
        "Influenced by Tom Hale and the Rovers, Marek proudly wore the mantle of troubadour.",
        # a role that runs into another person's name
        "Speaking to Tom Hale on In Tune , soprano Dame Ann Pryce said it was fine.",
    ],
)
def test_a_comma_before_another_persons_name_is_no_appositive(text: str) -> None:
    found = find(text)
    assert set(persons(text)) <= {"Tom Hale", "Marek", "Ann Pryce"}, set(found)


def test_team_sheet_names_are_persons() -> None:
    text = (
        "Ruritania won 3-2 in the friendly on Sunday. "
        "Ruritania: Hale, Marek, Pryce, Vance, Orsk, Lind, Dross, Kell, Mott, Brak, Sune . "
        "Subs: Trell, Gasko, Wint . Scorer(s): Hale 33, 84 . Booked: Orsk . "
        "Manager: Ivo Tamm . Referee: Ann Lusk ."
    )
    found = persons(text)
    assert {"Hale", "Marek", "Sune", "Trell", "Wint", "Orsk"} <= set(found), set(found)
    assert found["Ivo Tamm"].role == "manager"
    assert found["Ann Lusk"].role == "referee"
    assert "Ruritania" not in found and "Subs" not in found


def test_rugby_team_sheet_with_semicolons_and_replacements() -> None:
    text = (
        "Ruritania beat Borduria 30-12 on Saturday. "
        "Ruritania: Hale; Marek, Pryce, Vance, Orsk; Lind, Dross (capt); Kell, Mott, Brak, Sune. "
        "Replacements: Trell, Gasko, Wint. Referee: Ann Lusk ."
    )
    found = persons(text)
    assert {"Hale", "Marek", "Orsk", "Lind", "Sune", "Trell", "Wint"} <= set(found), set(found)
    assert found["Dross"].role == "capt"
    assert "Ruritania" not in found and "Replacements" not in found


def test_a_list_of_firms_is_no_team_sheet() -> None:
    text = "Sponsors: Acmeco, Brandix, Corvo, Deltaro, Emmex, Fenno, Gorrix, Halvo ."
    assert persons_or_none(text) == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lone word that only speaks is a body unless a he/she, a given name or a fuller name says otherwise
        ("Its study found speeds fell. Acmecom admitted the figures were poor.", set()),
        ("Tom Hale lost. Hale said the result was poor.", {"Tom Hale"}),
        ("Hale said he would appeal against the result.", {"Hale"}),
        ("Captain Misbah-ul-Haq batted well. Misbah said the pitch was slow.", {"Misbah-ul-Haq", "Misbah"}),
    ],
)
def test_a_lone_speaking_word(text: str, names: set[str]) -> None:
    assert set(persons_or_none(text)) == names


ROLES_ROUND_FOURTEEN_CASES: list[tuple[str, str, str]] = [
    # an adjective the lexicon lacks before the head of an appositive
    (
        '"Jo was kind," Tom Hale, honorary president of the club, said.',
        "Tom Hale",
        "honorary president of the club",
    ),
    # a capitalised role opening the sentence after a stray quotation mark
    ('It is sad. "Vocalist Ann Pryce, who recorded the tracks, said so.', "Ann Pryce", "vocalist"),
    # a role with an "of/for" complement, then a comma, then the name
    (
        "It shocked most notably the co-discoverer of DNA, Tom Hale, who dismissed it.",
        "Tom Hale",
        "co-discoverer of DNA",
    ),
    (
        "A spokesman for the Ruritania Party, Tom Hale, said no.",
        "Tom Hale",
        "spokesman for the Ruritania Party",
    ),
]


def test_a_verb_after_a_comma_opens_no_appositive() -> None:
    found = persons("His cousin, Tom Hale, believes his wife was involved.")
    assert found["Tom Hale"].role == "cousin"


def test_an_appositive_of_the_name_before_is_not_the_next_names_role() -> None:
    found = persons("In a letter to Dr Jo da Costa, chair of Acme Academy Trust, Lord Hale said it was poor.")
    assert found["Jo da Costa"].role == "chair of Acme Academy Trust"
    assert found["Hale"].role is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an office addressed with an honorific is no name
        ("'I would welcome it if the attitude of Mr. President was better,' Tom Hale said.", {"Tom Hale"}),
        # plural courts and film companies are bodies
        ("Tom Hale left Ruritania Magistrate Courts on Friday.", {"Tom Hale"}),
        ("It is a view echoed by Jo Hale, president of Economist Films.", {"Jo Hale"}),
    ],
)
def test_persons_round_fourteen(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # UTF-8 read as Latin-1 ("é" as "Ã©") stays inside the name
        ("Carlos AndrÃ©s Vance said he was ruined, as the fee rose to Â£200,000.", {"Carlos AndrÃ©s Vance"}),
        # someone who works for a body
        (
            'The site was sold in 2016.Aldo Vance of the company said: "We would be mad to knock it down."',
            {"Aldo Vance"},
        ),
        # a pronoun such as "Everyone" is nobody's name
        ("'Everyone at the club is confident,' Tom Hale said.", {"Tom Hale"}),
    ],
)
def test_persons_round_fifteen(text: str, names: set[str]) -> None:
    assert set(persons(text)) == names


def test_a_sentence_glued_on_ends_a_role() -> None:
    found = persons(
        "He managed the side in the Football ConferenceAnd former Ruritania boss Tom Hale said so."
    )
    assert found["Tom Hale"].role == "former Ruritania boss"


ROLES_ROUND_FIFTEEN_CASES: list[tuple[str, str, str]] = [
    # a year after "in" dates the sentence; after "of" it qualifies the role
    ("In 2010 President Tom Hale signed it.", "Tom Hale", "president"),
    ("If the rhetoric of 2016 hopeful Tom Hale is a guide, it will pass.", "Tom Hale", "2016 hopeful"),
    # "of" inside a body's name before the role, not after a day's name
    (
        "Bureau of Meteorology regional director Tom Hale said it would rain.",
        "Tom Hale",
        "Bureau of Meteorology regional director",
    ),
    (
        "It follows the sacking on Wednesday of Managing Director Tom Hale.",
        "Tom Hale",
        "managing director",
    ),
    ("'Stop sharing this song,' said Facebook user Tom Hale in a plea.", "Tom Hale", "Facebook user"),
]


def test_a_role_beats_a_generic_person_noun() -> None:
    found = persons("The Darwin woman, Jane Hale, moved in 2012. Jane Hale is a model who has been featured.")
    assert found["Jane Hale"].role == "model"


ROLES_ROUND_SIXTEEN_CASES: list[tuple[str, str, str]] = [
    # a post after "as", in the name's clause, with a verb of holding or taking it
    ("Tom Hale was brought in as associate head teacher today.", "Tom Hale", "associate head teacher"),
    ("Jane Doe served as finance minister between 2009 and 2012.", "Jane Doe", "finance minister"),
    ("Ivo Marek lost his job as the firm's chief executive.", "Ivo Marek", "firm's chief executive"),
    ("Jane Doe joined Acme Foods as chief executive in May.", "Jane Doe", "chief executive"),
    ("Jane Doe began her career as a nurse, and then she left.", "Jane Doe", "nurse"),
    ("Tom Hale, who worked as a cleaner, said he was happy.", "Tom Hale", "cleaner"),
    # an age between the article and the role, and "one of" a plural role
    ("Jane Doe, a 25-year-old nurse, said it was fine.", "Jane Doe", "nurse"),
    ("Dr Tom Hale, one of the researchers who found it, said so.", "Tom Hale", "researcher"),
    ("Tom Hale, one of the club's youth coaches, said so.", "Tom Hale", "youth coach"),
    # a definite description opening a later clause stands for the one person named before it
    (
        "Ruritania have vowed to stand by Tom Hale after the bad boy midfielder was spared jail.",
        "Tom Hale",
        "bad boy midfielder",
    ),
    (
        "Jane Doe made the save - and the former Acme keeper says it was her best.",
        "Jane Doe",
        "former Acme keeper",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale smiled as the president spoke.",  # "as" opening a clause
        "Tom Hale returned as the judge said he would.",
        "Tom Hale was described as a liar by the judge.",  # a verb of judging gives no post
        "Tom Hale was arrested after the officer stopped him.",  # someone else acting on him
        "Tom Hale met Jane Roe after the minister arrived.",  # two people named: no telling which
        "Tom Hale, one of the best, said so.",
    ],
)
def test_no_role_from_as_or_a_later_description(text: str) -> None:
    assert persons(text)["Tom Hale"].role is None


ROLES_ROUND_EIGHTEEN_CASES: list[tuple[str, str, str]] = [
    # a role's field after "of" or "for", before a name of two words or after a comma
    ("Acme director of research Ivo Marek said growth was high.", "Ivo Marek", "Acme director of research"),
    (
        "It is a challenge, according to the chief inspector of schools, Ann Pryce.",
        "Ann Pryce",
        "chief inspector of schools",
    ),
    (  # a guard: a one-word name after the field stays in the role
        "'It is fine,' said Ivo Marek, general manager of acme Running.",
        "Ivo Marek",
        "general manager of acme Running",
    ),
    # role nouns the lexicon lacked
    ("Ivo Marek, the team principal, said no.", "Ivo Marek", "team principal"),
    ("He met the keyboardist, Ivo Marek, in May.", "Ivo Marek", "keyboardist"),
    # "because" ends an appositive
    ("They met Ivo Marek, a lawyer because of his attorney father, in May.", "Ivo Marek", "lawyer"),
    # a bracket the role does not close is cut off
    (
        "Ivo Marek is a fan of Acme Tennis Players (ATP) World Tour events.",
        "Ivo Marek",
        "fan of Acme Tennis Players",
    ),
    # a degree after "one of" is no part of the role, nor an adjective the lexicon lacks
    ("Ivo Marek, one of Ruritania's most bankable film stars, backed it.", "Ivo Marek", "film star"),
    ("Ivo Marek, one of the most senior officers, said he would go.", "Ivo Marek", "senior officer"),
    # a count glued to a noun before the role goes with its number
    ("He doubted the 18-goal striker Ivo Marek.", "Ivo Marek", "striker"),
    # a plural role before a list of names with ages, and "children"
    ("She took her children Jo Roe, 10, Ann Roe, 8, and Tom Roe, 2, away.", "Jo Roe", "child"),
    ("She took her children Jo Roe, 10, Ann Roe, 8, and Tom Roe, 2, away.", "Ann Roe", "child"),
    ("She took her children Jo Roe, 10, Ann Roe, 8, and Tom Roe, 2, away.", "Tom Roe", "child"),
    ("The defenders met midfielders Jo Roe, 21, and Ann Roe, 19, in the tunnel.", "Ann Roe", "midfielder"),
]


@pytest.mark.parametrize(
    "text",
    [
        # a head only inside the complement is no appositive's head
        "They could not hire Ivo Marek, who was their first choice for Acme's attorney, in May.",
        "Ivo Marek, the choice of Acme's attorney, said he would go.",
    ],
)
def test_no_appositive_role_headed_by_its_complement(text: str) -> None:
    assert persons(text)["Ivo Marek"].role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # guards: a role noun the lexicon lacks before an unowned complement stays a role
        (
            "Jane Doe, an ally of the president, said the vote was rigged.",
            "Jane Doe",
            "ally of the president",
        ),
        # a body named after a descriptive noun stays in the post
        (
            "Jo Roe is chief executive of the supermarket chain Tesco.",
            "Jo Roe",
            "chief executive of the supermarket chain Tesco",
        ),
        ("Tom Hale was appointed as director of claims for the insurer.", "Tom Hale", "director of claims"),
        # a fronted phrase before the subject is no appositive, nor is a relation before a comma
        ("Responding to the head of news, Tom Hale said schools were safe.", "Tom Hale", None),
        ("Responding to the commissioner for children, Tom Hale said schools were safe.", "Tom Hale", None),
        # a stage of life the subject has passed is no role; a trade is
        ("As a child, Jo Roe loved football.", "Jo Roe", None),
        ("As a teenager, Jo Roe loved football.", "Jo Roe", None),
        ("As a lawyer, Jo Roe knew the risks.", "Jo Roe", "lawyer"),
        # "child" before a name is a role only with its parent
        ("Like any child Jo Roe loved sweets.", "Jo Roe", None),
        ("Her only child Tom Hale died in 2010.", "Tom Hale", "child"),
    ],
)
def test_roles_session_eight_guards(text: str, name: str, role: str | None) -> None:
    assert persons(text)[name].role == role


def test_a_field_role_after_as_is_not_the_next_names() -> None:
    text = "Ivo Marek lost his job as the Acme Board's director of sales Jo Roe (Age 52) took over."
    assert persons(text)["Jo Roe"].role is None
    # nor is the next name part of the post
    text = "Ivo Marek lost his job as the Acme director of research Jo Roe said."
    assert persons(text)["Ivo Marek"].role == "Acme director of research"
    # "As … X said": the role before the name is X's
    text = "As Acme director of research Jo Roe said, growth was high."
    assert persons(text)["Jo Roe"].role == "Acme director of research"


ROLES_ROUND_SEVENTEEN_CASES: list[tuple[str, str, str]] = [
    # "as" a post opened by the body's name; a predicate "one of" a plural role
    ("Tom Hale resigned as Acme president following accusations.", "Tom Hale", "Acme president"),
    ("In his prime Tom Hale was one of cricket's elite fast bowlers.", "Tom Hale", "elite fast bowler"),
    ("Factor in the rise of academy graduate Tom Hale and it is easy.", "Tom Hale", "academy graduate"),
    # a role before "in" names the person after it, who is then no place
    ("A request to secure another Acme legend in Tom Hale failed.", "Tom Hale", "Acme legend"),
    ("He is a top striker in Tom Hale.", "Tom Hale", "top striker"),
    # an age between the article and the role of a description
    ("Jane Doe won the race. The 37-year-old striker said it was a relief.", "Jane Doe", "striker"),
]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tom Hale went to Little Rock, Arkansas, on Monday.", "Little Rock"),  # a town and its state
        ("Tom Hale said Manny is a Lt Colonel in the reserve force.", "Colonel"),  # a rank, no name
        ("Jane Doe wrote her memoir, Hard Choices, last year.", "Hard Choices"),  # a work after its noun
        ("Tom Hale has a Jack Russell terrier.", "Jack Russell"),  # a breed
        ("Tom Hale is on the Most Wanted Terrorist list.", "Wanted Terrorist"),
        ("They met at 11th and H Streets in the city.", "H Streets"),
    ],
)
def test_no_persons_round_seventeen(text: str, absent: str) -> None:
    assert absent not in persons_or_none(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, Texas, said so.",  # a given name keeps a person before a state
        "It is fine, said Jane Doe of the University of Borduria.",  # the speaker's employer after
        "The film Tom Hale made won.",  # a given name after a work noun is its maker
    ],
)
def test_persons_round_seventeen(text: str) -> None:
    assert persons_or_none(text)


@pytest.mark.parametrize(
    "name", ["Philipp Vance", "Sushil Marek", "Ander Quill", "Mika Roe", "Siân Ellis", "Kwame Hale"]
)
def test_given_names_of_many_languages_make_a_person(name: str) -> None:
    assert name in persons_or_none(f"He was beaten by {name} on Sunday.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a full name before a thing's noun is that thing's person; a breed stays a thing
        ("The idea comes from the 2004 Tom Hale film about memory.", "Tom Hale", None),
        # an age opening a role is dropped
        ("Her four-year-old daughter, Alice Doe, smiled.", "Alice Doe", "daughter"),
        # a plural role after a pair of names is each one's
        ("Tom Hale and Jane Doe, both migrant workers from Borduria, left.", "Tom Hale", "migrant worker"),
        ("Tom Hale and Jane Doe, both migrant workers from Borduria, left.", "Jane Doe", "migrant worker"),
        ("Tom Hale and Jane Doe, both of whom left, were held.", "Jane Doe", None),
        # "Prof" is kept as written, like "Sen."
        ("Prof Jane Doe, from the University of Borduria, said so.", "Jane Doe", "prof"),
    ],
)
def test_a_person_before_a_thing_and_an_aged_role(text: str, name: str, role: str | None) -> None:
    assert persons(text)[name].role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    ROLES_ROUND_FOUR_CASES
    + ROLES_ROUND_FIVE_CASES
    + ROLES_ROUND_TEN_CASES
    + ROLES_ROUND_THIRTEEN_CASES
    + ROLES_ROUND_FOURTEEN_CASES
    + ROLES_ROUND_FIFTEEN_CASES
    + ROLES_ROUND_SIXTEEN_CASES
    + ROLES_ROUND_SEVENTEEN_CASES
    + ROLES_ROUND_EIGHTEEN_CASES,
)
def test_roles_of_later_rounds(text: str, name: str, role: str) -> None:
    assert persons(text)[name].role == role
