"""Quotations and their speakers, and the source of reported figures outside quotes."""

from __future__ import annotations

import pytest

from service.analysis import analyse

# (name, text, the claim's text, expected quote (None: not in a quote), expected source)
CASES = [
    (
        "a second estimate put at",
        "The IFS said taxes would rise by £25bn, while the Treasury put the figure at £20bn.",
        "£20bn",
        None,
        "the Treasury",
    ),
    (
        "put at, hedged",
        "Ministers put the total cost at about £12bn.",
        "about £12bn",
        None,
        "Ministers",
    ),
    (
        "role after",
        "“We have cut waiting lists by 200,000,” the health secretary said.",
        "cut waiting lists by 200,000",
        {"speaker": "the health secretary"},
        "the health secretary",
    ),
    (
        "role before",
        "A Home Office spokesman said: “We hired 500 officers.”",
        "500 officers",
        {"speaker": "A Home Office spokesman"},
        "A Home Office spokesman",
    ),
    (
        "role as source",
        "A government spokesperson said 500 extra officers would be recruited.",
        "500 extra officers",
        None,
        "A government spokesperson",
    ),
    (
        "named after",
        "“We lost 40 days,” said Layla Moran.",
        "40 days",
        {"speaker": "Layla Moran"},
        "Layla Moran",
    ),
    (
        "named before",
        "Layla Moran said: “We lost 40 days.”",
        "40 days",
        {"speaker": "Layla Moran"},
        "Layla Moran",
    ),
    (
        "title expanded",
        "Layla Moran spoke first. “We lost 40 days,” said Ms Moran.",
        "40 days",
        {"speaker": "Layla Moran"},
        "Layla Moran",
    ),
    (
        "pronoun to last person",
        "Layla Moran, the MP for Oxford, spoke. “We lost 40 days,” she said.",
        "40 days",
        {"speaker": "Layla Moran"},
        "Layla Moran",
    ),
    (
        "pronoun skips wrong gender",
        "Ms Moran met Mr Starmer. “We lost 40 days,” she said.",
        "40 days",
        {"speaker": "Moran"},
        "Moran",
    ),
    (
        "straight quotes",
        'Mr Starmer arrived. "Ten members left," he said.',
        "Ten members",
        {"speaker": "Starmer"},
        "Starmer",
    ),
    (
        "across paragraphs",
        "Humza Yousaf, First Minister, wrote:\n\n“This was a plea.\n\n“Too many children, 12 schools, were hit,” he wrote.",
        "12 schools",
        {"speaker": "Humza Yousaf"},
        "Humza Yousaf",
    ),
    (
        "continued paragraph",
        "“This was a plea,” Humza Yousaf wrote.\n\n“Some 300 people died.”",
        "Some 300 people",
        {"speaker": "Humza Yousaf"},
        "Humza Yousaf",
    ),
    (
        "a name does not run across a line break",
        "Aid reached Gaza\nKeir Starmer said 20 trucks came. “We saw 300 trucks,” he said.",
        "300 trucks",
        {"speaker": "Keir Starmer"},
        "Keir Starmer",
    ),
    (
        "the full name after a paragraph that ends in a place",
        "They met in London\n\nKeir Starmer spoke. “We counted 300 people,” Mr Starmer said.",
        "300 people",
        {"speaker": "Keir Starmer"},
        "Keir Starmer",
    ),
    (
        "a speaker's name ends at the line break",
        "“We saw 300 trucks,” said Keir Starmer\nLabour MPs agreed.",
        "300 trucks",
        {"speaker": "Keir Starmer"},
        "Keir Starmer",
    ),
    (
        "the next paragraph's speaker is not the quote's",
        "“We lost 40 days.”\n\nKeir Starmer said the party had 300 members.",
        "40 days",
        {"speaker": None},
        None,
    ),
    ("no one to resolve", "“We lost 40 days,” she said.", "40 days", {"speaker": None}, None),
    (
        "according to",
        "“Some 300 jobs went,” according to the ONS.",
        "Some 300 jobs",
        {"speaker": "the ONS"},
        "the ONS",
    ),
    ("reported, said before", "The ONS said 3,000 jobs were lost.", "3,000 jobs", None, "The ONS"),
    (
        "reported, said after",
        "More than 1,200 people attended, police said.",
        "More than 1,200 people",
        None,
        "police",
    ),
    (
        "reported, according to",
        "According to the ONS, 3,000 jobs were lost.",
        "3,000 jobs",
        None,
        "the ONS",
    ),
    ("no source", "Overall, 56 Labour MPs backed the amendment.", "56 Labour MPs", None, None),
    (
        "reported, said between commas",
        "Ticket prices rose by 3% to £58, the club said, while season tickets sold out.",
        "rose by 3% to £58",
        None,
        "the club",
    ),
    (
        "according to a new poll",
        "Labour's lead has narrowed to six points, according to a new YouGov poll for The Times.",
        "narrowed to six points",
        None,
        "a new YouGov poll",
    ),
    (
        "a sentence's opening word is no part of the speaker's name",
        "But Dr Adrian Boyle said: “We estimate 250 excess deaths a week.”",
        "250 excess deaths",
        {"speaker": "Adrian Boyle"},
        "Adrian Boyle",
    ),
    (
        "'He said' after 'X told Y' is X's",
        "Judge Robert Adams told Pryce she had betrayed their trust. He said she would serve "
        "40 months in custody.",
        "40 months",
        None,
        "Robert Adams",
    ),
    (
        "a source ends with its sentence",
        "Some 3,400 buildings collapsed, according to the UN.\n\nThe World Bank put the damage "
        "at $8.4bn.",
        "Some 3,400 buildings",
        None,
        "the UN",
    ),
    (
        "an abbreviation inside a source",
        "Prices rose 5%, according to the U.S. Treasury. Costs fell.",
        "rose 5%",
        None,
        "the U.S. Treasury",
    ),
    (
        "an organisation named by its kind",
        "Nvidia beat forecasts. The chipmaker said it expected sales of about $37.5bn.",
        "about $37.5bn",
        None,
        "The chipmaker",
    ),
    (
        "'..., he said.' after a figure is the person last named",
        "Chief executive Jensen Huang was upbeat. The company shipped 13,000 samples of the "
        "new chips in the quarter, he said.",
        "13,000 samples",
        None,
        "Jensen Huang",
    ),
    (
        "a name after its title",
        "“This is the third named storm in as many weeks,” said Met Office chief meteorologist "
        "Paul Gundersen.",
        "third named storm",
        {"speaker": "Paul Gundersen"},
        "Paul Gundersen",
    ),
    (
        "a quotation going on after a long attribution in the same paragraph",
        "“This is the third storm,” said Met Office chief meteorologist Paul Gundersen. “Rain "
        "is running at about 140% of the average.”",
        "about 140%",
        {"speaker": "Paul Gundersen"},
        "Paul Gundersen",
    ),
    (
        "a place after the name is no title",
        "“We lost 40 days,” said Smith in London on Monday.",
        "40 days",
        {"speaker": "Smith"},
        "Smith",
    ),
    (
        "organisation with its short name, said on a day, between commas",
        "Net migration fell to 431,000, the Office for National Statistics (ONS) said on "
        "Thursday, less than half the record.",
        "fell to 431,000",
        None,
        "the Office for National Statistics",
    ),
    (
        "'It said' names no source",
        "The ONS published its figures. It said they could change by as much as 10%.",
        "as much as 10%",
        None,
        None,
    ),
    (
        "according to a source a place owns",
        "Up to 491mm of rain fell, according to Spain's weather agency Aemet. Some 1,200 left.",
        "Up to 491mm",
        None,
        "Spain's weather agency Aemet",
    ),
    (
        "according to a poll",
        "Labour's lead has narrowed to 12 points, according to a YouGov poll of 2,044 adults.",
        "narrowed to 12 points",
        None,
        "a YouGov poll",
    ),
    (
        "confirmed",
        "Some 600 jobs will go, the company confirmed on Monday.",
        "Some 600 jobs",
        None,
        "the company",
    ),
    (
        "has announced, between commas",
        "Fares will rise by up to 4.6% from 2 March, the government has announced, the smallest"
        " increase in three years.",
        "rise by up to 4.6%",
        None,
        "the government",
    ),
    (
        "according to a report with a kind before it",
        "Polling took place on 12 November, according to a Hartley council report.",
        "12 November",
        None,
        "a Hartley council report",
    ),
    (
        "a pronoun as source, resolved",
        "Dr Amina Rahman led the study. She added that the benefit levelled off above 10,000 steps.",
        "above 10,000 steps",
        None,
        "Amina Rahman",
    ),
    (
        "a pronoun resolved to a name with a glued prefix",
        "“It is loosening,” said Liz McKeown, the ONS director. She said payrolls fell by 32,000.",
        "fell by 32,000",
        None,
        "Liz McKeown",
    ),
    (
        "a quotation that closes its sentence is not the next sentence's subject's",
        "Chancellor Rachel Reeves said: “We found a £22bn hole.” Mayor Sadiq Khan said 5 "
        "stations shut.",
        "£22bn",
        {"speaker": "Rachel Reeves"},
        "Rachel Reeves",
    ),
    (
        "an office before a name is not part of it",
        "Home Secretary Yvette Cooper met police. “We have seized 60,000 weapons,” she said.",
        "60,000 weapons",
        {"speaker": "Yvette Cooper"},
        "Yvette Cooper",
    ),
    (
        "a pronoun's speech going on after a quotation",
        "Health Secretary Wes Streeting visited. “It is hard,” he said, adding that 40 beds went.",
        "40 beds",
        None,
        "Wes Streeting",
    ),
    (
        "'He said' after a quotation that closed its sentence opens a new one",
        "Health Secretary Wes Streeting said: “Lists are falling.” He said the government would "
        "deliver 2 million extra appointments.",
        "2 million extra appointments",
        None,
        "Wes Streeting",
    ),
    (
        "data that shows a figure, named at the sentence's end",
        "The waiting list fell to 7.41 million in September, NHS England figures show.",
        "fell to 7.41 million",
        None,
        "NHS England figures",
    ),
    (
        "data of a body whose name holds 'of'",
        "Approvals fell to 65,900 in September from 66,800, Bank of England data showed.",
        "fell to 65,900 in September from 66,800",
        None,
        "Bank of England data",
    ),
    (
        "a study named by its kind alone",
        "Walking is linked to a 47% lower risk, according to a study of 160,000 adults.",
        "47%",
        None,
        "a study",
    ),
    (
        "'Figures show' opening a sentence names no source",
        "Figures show 40% of homes are cold.",
        "40%",
        None,
        None,
    ),
    (
        "'they' is not resolved to a person",
        "Mr Smith met the firm. They said 300 jobs would go.",
        "300 jobs",
        None,
        None,
    ),
    (
        "reported by an organisation named by its kind",
        "The company said 300 jobs would go.",
        "300 jobs",
        None,
        "The company",
    ),
    (
        "a quotation's attribution is not a later figure's source",
        "“We will deliver,” the health secretary said, although figures showed a 5% increase.",
        "5% increase",
        None,
        None,
    ),
    (
        "a quotation's attribution reaches a figure when the speech goes on",
        "“We will deliver,” the health secretary said, adding that waiting times fell 5%.",
        "fell 5%",
        None,
        "the health secretary",
    ),
    (
        "a study named with when it was published",
        "A Gallup survey published in November found that 41% of Americans said the US was "
        "doing too much.",
        "41%",
        None,
        "A Gallup survey",
    ),
    (
        "the people a figure counts are no source",
        "A Gallup survey published in November found that 41% of Americans said the US was "
        "doing too much, up from 24% in March 2023.",
        "up from 24%",
        None,
        "A Gallup survey",
    ),
    (
        "a month is no source",
        "Data published in November found 41% of homes were cold.",
        "41%",
        None,
        None,
    ),
    (
        "a titled surname as source, named in full",
        "Speaker Mike Johnson has refused. Mr Johnson said on Monday that 2.4 million migrants "
        "had crossed.",
        "2.4 million migrants",
        None,
        "Mike Johnson",
    ),
    (
        "a titled surname stays as written when no full name is given",
        "Mr Johnson said on Monday that 2.4 million migrants had crossed.",
        "2.4 million migrants",
        None,
        "Mr Johnson",
    ),
    (
        "a titled surname between commas, named in full",
        "Chief executive Ken Murphy spoke. Two in five shoppers use its app, Mr Murphy said, and "
        "60% of sales were made with a Clubcard.",
        "Two in five shoppers",
        None,
        "Ken Murphy",
    ),
    (
        "according to a source named by its kind and name",
        "Its market share reached 27.3%, according to the research firm Kantar.",
        "27.3%",
        None,
        "the research firm Kantar",
    ),
    (
        "a source named by its kind and name before its verb",
        "The energy consultancy Ember said 40% of power came from wind.",
        "40%",
        None,
        "The energy consultancy Ember",
    ),
    (
        "an office before a source's name is no part of it",
        "Detective Inspector Mark Hughes said more than 200 hours of work had gone into the case.",
        "more than 200 hours",
        None,
        "Mark Hughes",
    ),
    (
        "a possessive before a person's name is whose they are",
        "Labour's Rachel Reeves said prices were still 20% higher than three years ago.",
        "20% higher than three years ago",
        None,
        "Rachel Reeves",
    ),
    (
        "a possessive before an organisation's kind stays",
        "Spain's weather agency Aemet said 40mm of rain fell.",
        "40mm",
        None,
        "Spain's weather agency Aemet",
    ),
    (
        "a survey named with its sample",
        "A survey of 2,300 residents found 61% opposed the rise, 27% supported it.",
        "27%",
        None,
        "A survey of 2,300 residents",
    ),
    (
        "a title before a full name is no part of the source",
        "Policing minister Dame Diana Johnson said 300 officers would be hired.",
        "300 officers",
        None,
        "Diana Johnson",
    ),
    (
        "a first minister's office before a name",
        "Welsh First Minister Eluned Morgan promised £1.5m in emergency support, she said. "
        "First Minister Eluned Morgan said 400 households were affected.",
        "400 households",
        None,
        "Eluned Morgan",
    ),
    (
        "a name set off by commas after its role",
        "Its chief executive, Chris Weston, said the company had invested £2.7bn in the past year.",
        "£2.7bn",
        None,
        "Chris Weston",
    ),
    (
        "a role and name set off by commas after a quotation are the quotation's",
        "“We listened,” the new MP, Sarah Okafor, said, although the count showed a 12% fall in "
        "Labour's vote share.",
        "12% fall",
        None,
        None,
    ),
    (
        "a body named by its kind with a word before it",
        "The death toll has risen to 2,012, with a further 2,059 people injured, the interior "
        "ministry said on Sunday.",
        "2,059 people",
        None,
        "the interior ministry",
    ),
    (
        "an office before a surname alone stays",
        "Judge Hart said 300 officers would be hired.",
        "300 officers",
        None,
        "Judge Hart",
    ),
    (
        "an office of a council before a name",
        "Council leader Sam Patel said the authority had lost 1,200 staff. Leader Sam Patel "
        "said 300 posts would go.",
        "300 posts",
        None,
        "Sam Patel",
    ),
]


@pytest.mark.parametrize(
    ("text", "claim_text", "quote", "source"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_quote_and_source(text, claim_text, quote, source):
    claims = [c for c in analyse(text)["claims"] if c["text"] == claim_text]
    assert claims, f"no claim {claim_text!r} in {[c['text'] for c in analyse(text)['claims']]}"
    assert claims[0]["quote"] == quote
    assert claims[0]["source"] == source
