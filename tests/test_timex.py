"""The date stage: temporal expressions found in a sentence and their TIMEX3 values."""
import datetime
import re
from html import unescape

import pytest

from dateline.loaders.timex import find_timexes, timex_record, to_timeml
from dateline.loaders.timex_rules import FALSE_FRIENDS
from dateline.nlp import load_model

D = datetime.date
SUN = D(2012, 3, 11)  # a Sunday
MON_JULY = D(2012, 7, 9)  # a Monday
FRI = D(2013, 3, 22)
THU = D(2013, 3, 21)

# (sentence, publication date, expression, TIMEX3 value[, type])
CASES = [
    # weekdays by the tense and aspect of their clause
    ("Mr Annan has flown on to Qatar and will visit Turkey on Monday.", SUN, "Monday", "2012-03-12"),
    ("In talks on Saturday, Mr Assad rejected political dialogue.", SUN, "Saturday", "2012-03-10"),
    ("The state department said on Friday it was not optimistic.", SUN, "Friday", "2012-03-09"),
    ("Gunmen killed a former boxing champion on Sunday.", SUN, "Sunday", "2012-03-11"),
    ("The minister is going to travel to Paris on Tuesday.", SUN, "Tuesday", "2012-03-13"),
    ("The minister is travelling to Paris on Tuesday.", SUN, "Tuesday", "2012-03-13"),
    ("The vote is scheduled for Thursday.", SUN, "Thursday", "2012-03-15"),
    ("He will fly to Doha and meet the emir on Tuesday.", SUN, "Tuesday", "2012-03-13"),
    ("Troops were shelling the city on Thursday.", SUN, "Thursday", "2012-03-08"),
    ("The talks could resume on Wednesday.", SUN, "Wednesday", "2012-03-14"),
    ("The leaders agreed to meet again on Wednesday.", SUN, "Wednesday", "2012-03-14"),
    ("Talks resume on Wednesday.", SUN, "Wednesday", "2012-03-14"),
    ("Talks resumed on Wednesday.", SUN, "Wednesday", "2012-03-07"),
    ("The match has been postponed until Saturday.", SUN, "Saturday", "2012-03-17"),
    ("He was arrested last Friday.", SUN, "last Friday", "2012-03-09"),
    ("The summit opens next Friday.", SUN, "next Friday", "2012-03-16"),
    ("Arriving on Monday night, he told reporters he was there to help.", MON_JULY, "Monday night",
     "2012-07-09TNI", "TIME"),
    ("Mr Obama left on Friday afternoon.", FRI, "Friday afternoon", "2013-03-22TAF", "TIME"),
    ("The rally will take place early Monday.", SUN, "early Monday", "2012-03-12"),
    ("Voters go to the polls on Nov. 6.", FRI, "Nov. 6", "2013-11-06"),
    ("The law takes effect in January.", FRI, "January", "2014-01"),
    ("The ceasefire appeared to be holding on Monday.", FRI, "Monday", "2013-03-18"),
    ("Annan in Damascus for talks on Saturday", SUN, "Saturday", "2012-03-10"),
    ("Annan held talks with President Bashar al-Assad Sunday in hopes of a deal.", SUN, "Sunday", "2012-03-11"),
    # relative to the publication date
    ("More than 7,500 people have died since unrest began a year ago.", SUN, "a year ago", "2011-03"),
    ("Six years ago, the company was founded.", SUN, "Six years ago", "2006"),
    ("The bank collapsed two weeks ago.", SUN, "two weeks ago", "2012-W08"),
    ("The bank collapsed a week ago.", SUN, "a week ago", "2012-03-04"),
    ("Prices fell last week.", SUN, "last week", "2012-W09"),
    ("Six of the deaths were reported in the last week.", FRI, "the last week", "2013-W11"),
    ("Google launched the app this week.", FRI, "this week", "2013-W12"),
    ("The company will report results next month.", SUN, "next month", "2012-04"),
    ("The result was announced yesterday.", SUN, "yesterday", "2012-03-10"),
    ("The result is announced today.", SUN, "today", "2012-03-11"),
    ("The result will be announced tomorrow.", SUN, "tomorrow", "2012-03-12"),
    ("Rebels seized the town last night.", SUN, "last night", "2012-03-10TNI", "TIME"),
    ("He spoke to reporters this morning.", SUN, "this morning", "2012-03-11TMO", "TIME"),
    ("The plan was unveiled earlier this month.", SUN, "earlier this month", "2012-03"),
    ("The plant will close later this year.", SUN, "later this year", "2012"),
    ("Growth slowed late last year.", SUN, "late last year", "2011"),
    ("Sales rose in 2011 and will rise again next year.", SUN, "next year", "2013"),
    ("This year, all four senators voted for the bill.", THU, "This year", "2013"),
    ("The FAA must cut $600 million from its budget this fiscal year.", FRI, "this fiscal year", "2013"),
    ("The season peaked by the end of the year.", FRI, "the end of the year", "2012"),
    ("The bill should pass by the end of the year.", FRI, "the end of the year", "2013"),
    # months, seasons and days without a year: the clause's direction from the publication date
    ("It said in December that terrorists had killed 2,000 soldiers.", SUN, "December", "2011-12"),
    ("A ceasefire was supposed to begin in mid-April.", MON_JULY, "mid-April", "2012-04"),
    ("The book is due to be published in May.", FRI, "May", "2013-05"),
    ("The flu season started in early December.", FRI, "early December", "2012-12"),
    ("He was first reported missing late last July.", FRI, "late last July", "2012-07"),
    ("Mr Sarkozy lost his re-election bid last May.", THU, "last May", "2012-05"),
    ("The closure of the towers will begin on April 7, the FAA said.", FRI, "April 7", "2013-04-07"),
    ("On Feb. 28, Deutsche Bank released a note.", THU, "Feb. 28", "2013-02-28"),
    ("Assad met Annan on 10 March.", SUN, "10 March", "2012-03-10"),
    ("The deadline expires on the 15th.", SUN, "the 15th", "2012-03-15"),
    ("The election will be held in the spring.", SUN, "the spring", "2012-SP"),
    ("A New York man faked his death last summer.", FRI, "last summer", "2012-SU"),
    ("Snow is expected this winter.", D(2013, 1, 15), "this winter", "2012-WI"),
    ("Profits rose in the first quarter.", D(2013, 5, 2), "the first quarter", "2013-Q1"),
    ("Profits fell in the fourth quarter of 2012.", D(2013, 5, 2), "the fourth quarter of 2012", "2012-Q4"),
    ("Profits fell last quarter.", D(2013, 5, 2), "last quarter", "2013-Q1"),
    ("The church was full at Easter.", D(2013, 4, 10), "Easter", "2013-03-31"),
    ("The shops will be busy before Christmas.", D(2012, 11, 20), "Christmas", "2012-12-25"),
    # written-out dates, years, decades and centuries
    ("Assad meets Annan in Damascus, on Saturday March 10, 2012.", SUN, "Saturday March 10, 2012", "2012-03-10"),
    ("The treaty was signed on 10 March 2012 in Geneva.", SUN, "10 March 2012", "2012-03-10"),
    ("It ended on the 10th of March, 2012.", SUN, "the 10th of March, 2012", "2012-03-10"),
    ("On Sept. 4, 2012 he left for Paris.", SUN, "Sept. 4, 2012", "2012-09-04"),
    ("The raid took place in May 2010.", FRI, "May 2010", "2010-05"),
    ("The file is dated 2012-03-10.", SUN, "2012-03-10", "2012-03-10"),
    ("The talks were held on Saturday, March 10.", D(2012, 3, 20), "Saturday, March 10", "2012-03-10"),
    ("Updated 3:45 PM ET, Fri March 22, 2013", D(2013, 3, 23), "Fri March 22, 2013", "2013-03-22"),
    ("Published: Fri, 22 Mar 2013 08:15 GMT", D(2013, 3, 23), "08:15 GMT", "2013-03-22T08:15", "TIME"),
    ("The contract was signed on 22/03/2013.", FRI, "22/03/2013", "2013-03-22"),
    ("The deal was agreed on 3/4/13.", FRI, "3/4/13", "2013-04-03"),
    ("The Fed will meet on June 18-19, 2013.", FRI, "June 18", "2013-06-18"),
    ("The Fed will meet on June 18-19, 2013.", FRI, "19, 2013", "2013-06-19"),
    ("The summit will take place on 12-13 April.", FRI, "12", "2013-04-12"),
    ("The summit will take place on 12-13 April.", FRI, "13 April", "2013-04-13"),
    ("The festival begins on the first Saturday in August.", FRI, "the first Saturday in August", "2013-08-03"),
    ("He retired in 1984.", FRI, "1984", "1984"),
    ("He joined the trans-Antarctic expedition of 1957-58.", FRI, "58", "1958"),
    ("The swine flu pandemic of 2009-2010 killed 348 children.", FRI, "2010", "2010"),
    ("Surgery took place in early 2011.", THU, "early 2011", "2011"),
    ("Inflation soared in the 1990s.", FRI, "the 1990s", "199"),
    ("Music from the '90s is back.", FRI, "the '90s", "199"),
    ("It was one of the great explorations of the 20th Century.", FRI, "the 20th Century", "19"),
    # durations stay durations
    ("He was sentenced to 90 days in jail.", FRI, "90 days", "P90D", "DURATION"),
    ("The season started about a month earlier than usual.", FRI, "about a month", "P1M", "DURATION"),
    ("It might be the worst flu season in a decade.", FRI, "a decade", "P10Y", "DURATION"),
    ("The UN said 7,500 people have died in the past year.", SUN, "the past year", "P1Y", "DURATION"),
    ("He had spoken to both leaders over the past two years.", FRI, "the past two years", "P2Y", "DURATION"),
    ("Carriers will file prices over the next few months.", FRI, "the next few months", "PXM", "DURATION"),
    ("The buyback could take between 12 and 18 months.", FRI, "12", "P12M", "DURATION"),
    ("The buyback could take between 12 and 18 months.", FRI, "18 months", "P18M", "DURATION"),
    ("An hour before the meeting, she arrived.", THU, "An hour", "PT1H", "DURATION"),
    ("A four-week closure of the towers begins in April.", FRI, "four-week", "P4W", "DURATION"),
    ("Syria's year-long crisis deepened.", SUN, "year-long", "P1Y", "DURATION"),
    ("He served two and a half years in prison.", FRI, "two and a half years", "P2Y6M", "DURATION"),
    ("Oil companies had blocked the standards for years.", THU, "years", "PXY", "DURATION"),
    ("He has been treated for bipolar disorder in recent weeks.", FRI, "recent weeks", "PXW", "DURATION"),
    ("He finished the marathon in 3:07:35.", THU, "3:07:35", "PT3H7M35S", "DURATION"),
    ("It was the coldest winter in decades.", FRI, "decades", "PXDE", "DURATION"),
    ("Some 2,000 years ago, the Romans built a wall here.", FRI, "Some 2,000 years ago", "0013"),
    ("Humans arrived 10,000 years ago.", FRI, "10,000 years ago", "PAST_REF"),
    ("The program runs for 100 days.", FRI, "100 days", "P100D", "DURATION"),
    # sets
    ("She checked for smog every morning.", THU, "every morning", "XXXX-XX-XXTMO", "SET"),
    ("Children should be vaccinated each season.", FRI, "each season", "P3M", "SET"),
    ("The committee dispenses billions of dollars annually.", THU, "annually", "XXXX", "SET"),
    ("The board meets twice a year.", FRI, "twice a year", "P1Y", "SET"),
    ("The market is held on Mondays.", FRI, "on Mondays", "XXXX-WXX-1", "SET"),
    ("Bins are emptied every other week.", FRI, "every other week", "P2W", "SET"),
    ("The patient was given 200 mg every four hours.", FRI, "every four hours", "PT4H", "SET"),
    # references to the present, past and future
    ("He has admitted it now.", FRI, "now", "PRESENT_REF"),
    ("In the past, he has set two conditions.", FRI, "the past", "PAST_REF"),
    ("Prices have risen sharply in recent years.", FRI, "recent years", "PAST_REF"),
    ("No one knows what the future holds.", FRI, "the future", "FUTURE_REF"),
    # clock times take the day they are given, else the day named in the sentence, else publication day
    ("Last Updated 9:12 a.m. ET", SUN, "9:12 a.m. ET", "2012-03-11T09:12", "TIME"),
    ("The qualifier has been postponed until 15:00 GMT Saturday.", FRI, "15:00 GMT Saturday",
     "2013-03-23T15:00", "TIME"),
    ("Call me Sunday night at 8 PM at the resort.", THU, "8 PM", "2013-03-24T20:00", "TIME"),
    ("The polls close at 22:00 on Thursday.", D(2013, 3, 18), "22:00 on Thursday", "2013-03-21T22:00", "TIME"),
    ("The vote was held at noon.", FRI, "noon", "2013-03-22T12:00", "TIME"),
    # dates relative to a date named earlier in the text
    ("The fighting began on March 3, 2011. The next day, rebels took the port.", SUN, "The next day",
     "2011-03-04"),
    ("He was arrested on Tuesday and released the following day.", SUN, "the following day", "2012-03-07"),
    ("Troops entered the city in June 2010. That month, the rebels fled.", SUN, "That month", "2010-06"),
]


OCT91 = D(1991, 10, 24)  # a results story of late October: the third quarter has just ended
MON95 = D(1995, 6, 12)  # a Monday

# Issue 11, by error category: (sentence, publication date, expression, TIMEX3 value[, type])
ISSUE_CASES = [
    # 1. anaphoric periods, read from the period the article reports on (else the quarter just ended)
    ("Acme said third-quarter profit rose 12%. Sales in the quarter climbed to $80 million.", OCT91,
     "the quarter", "1991-Q3"),
    ("Widget Inc. posted a loss for the third quarter. In the year-ago quarter it earned $2 million.", OCT91,
     "the year-ago quarter", "1990-Q3"),
    ("Profit in the latest period was $5 million.", OCT91, "the latest period", "1991-Q3"),
    ("Third-quarter net fell. Results for the 1990 period included a gain.", OCT91, "the 1990 period", "1990-Q3"),
    ("Second-quarter sales beat the year-earlier level.", D(1991, 8, 5), "year-earlier", "1990-Q2"),
    ("Results for last year's quarter were restated.", OCT91, "last year's quarter", "1990-Q3"),
    ("Revenue for the full year is expected to rise.", OCT91, "the full year", "1991"),
    ("Net income for the year ended June 30 fell 8%.", OCT91, "the year", "P1Y", "DURATION"),
    ("Shipments slowed earlier in the year.", OCT91, "earlier in the year", "1991"),
    ("The plant is due to close by year-end.", OCT91, "year-end", "1991"),
    # 2. the right form with the right direction and anchor
    ("The utility expects to report a fourth-quarter loss.", D(1992, 1, 20), "fourth-quarter", "1991-Q4"),
    ("Its third-quarter loss widened.", D(1991, 11, 6), "third-quarter", "1991-Q3"),
    ("Profits will rise in the first quarter.", D(1991, 11, 6), "the first quarter", "1992-Q1"),
    ("A Sept. 14 hearing has been scheduled.", D(1995, 8, 21), "Sept. 14", "1995-09-14"),
    ("The board declared a dividend payable Jan. 15 to holders of record Dec. 28.", D(1993, 12, 9), "Jan. 15",
     "1994-01-15"),
    ("The board declared a dividend payable Jan. 15 to holders of record Dec. 28.", D(1993, 12, 9), "Dec. 28",
     "1993-12-28"),
    ("The agency gave the company until mid-March to reply.", D(1996, 2, 20), "mid-March", "1996-03"),
    ("Shares slipped from Thursday's close.", MON95, "Thursday", "1995-06-08"),
    ("The stock hit a record high set on Aug. 6.", D(1996, 2, 9), "Aug. 6", "1995-08-06"),
    ("Floods hit the region last December.", D(1996, 1, 4), "last December", "1995-12"),
    ("The summit in September ended without a deal.", D(2013, 4, 2), "September", "2012-09"),
    ("He had finished the work by March.", D(2013, 2, 10), "March", "2012-03"),
    # 3. compound expressions: one expression, one value, anchored by its most specific part
    ("The offer expires at noon EDT Oct. 3.", D(1994, 9, 26), "noon EDT Oct. 3", "1994-10-03T12:00", "TIME"),
    ("The tender runs until 5 p.m. EST Nov. 9.", D(1994, 10, 28), "5 p.m. EST Nov. 9", "1994-11-09T17:00", "TIME"),
    ("Trading resumed at midnight Friday.", MON95, "midnight Friday", "1995-06-09T24:00", "TIME"),
    ("The rally is set for Thursday, Nov. 12.", D(1998, 11, 2), "Thursday, Nov. 12", "1998-11-12"),
    ("The spokesman said late yesterday that talks had stalled.", MON95, "late yesterday", "1995-06-11"),
    ("Prices were firm at mid-afternoon yesterday.", MON95, "mid-afternoon yesterday", "1995-06-11TAF", "TIME"),
    ("The contract was signed June last year.", D(1997, 3, 3), "June last year", "1996-06"),
    ("Sales slowed in the first half of 1990.", OCT91, "the first half of 1990", "1990-H1"),
    ("Earnings will lag for the last half of 1992.", OCT91, "the last half of 1992", "1992-H2"),
    ("Talks resume early next week.", SUN, "early next week", "2012-W11"),
    ("The strike began Tuesday morning.", MON95, "Tuesday morning", "1995-06-06TMO", "TIME"),
    # 4. "a year earlier", "a year ago", "two years before": dates, at the article's granularity
    ("Acme earned $4 million in the third quarter, up from $3 million a year earlier.", OCT91, "a year earlier",
     "1990-Q3"),
    ("Sales were $3 billion in the quarter, up 31% from a year earlier.", D(2016, 7, 30), "a year earlier", "2015-Q2"),
    ("Sales for the first nine months rose 6% from a year ago.", OCT91, "a year ago", "1990"),
    ("He was arrested in 2005. Two years before, he had fled the country.", SUN, "Two years before", "2003"),
    ("The fighting stopped on May 3, 2011. Two days later, talks began.", SUN, "Two days later", "2011-05-05"),
    ("Prices rose 4% from a year earlier, the bureau said.", D(1998, 2, 6), "a year earlier", "1997"),
    # 5. vague references to the present, past and future
    ("Investors expect a rebound in the near future.", FRI, "the near future", "FUTURE_REF"),
    ("Analysts see little growth in the near term.", FRI, "the near term", "FUTURE_REF"),
    ("More recently, the firm has bought rivals.", FRI, "More recently", "PAST_REF"),
    ("A decision will come at a later date.", FRI, "a later date", "FUTURE_REF"),
    ("Prices are now falling.", FRI, "now", "PRESENT_REF"),
    # 6. durations that are vague or unusual
    ("The index fell for eight trading days.", FRI, "eight trading days", "P8D", "DURATION"),
    ("Troops will stay for some time.", FRI, "some time", "PXX", "DURATION"),
    ("The base may be used for at least 15 more years.", FRI, "at least 15 more years", "P15Y", "DURATION"),
    ("The climb lasted a minute and a half.", FRI, "a minute and a half", "PT1M30S", "DURATION"),
    ("She lived there for 3 1/2 years.", FRI, "3 1/2 years", "P3Y6M", "DURATION"),
    ("Losses mounted over the past two quarters.", FRI, "the past two quarters", "P2Q", "DURATION"),
    ("Prices will rise over the next couple of years.", FRI, "the next couple of years", "P2Y", "DURATION"),
    ("Funds face outflows in the weeks ahead.", FRI, "the weeks ahead", "PXW", "DURATION"),
    ("For the nine months, net rose 4%.", OCT91, "the nine months", "P9M", "DURATION"),
    ("Over the last twenty four hours the index fell.", FRI, "the last twenty four hours", "PT24H", "DURATION"),
    ("The work ended a week or so ago.", FRI, "a week or so ago", "2013-03-15"),
    # 7. years and decades spelled out, fiscal years
    ("The mill closed in nineteen eighty-two.", FRI, "nineteen eighty-two", "1982"),
    ("The dam will be finished by the year two thousand.", D(1997, 5, 1), "the year two thousand", "2000"),
    ("Prices peaked in the winter of nineteen ninety-one.", D(1997, 5, 1), "the winter of nineteen ninety-one",
     "1991-WI"),
    ("Disco ruled the 70s and 80s.", FRI, "the 70s", "197"),
    ("Disco ruled the 70s and 80s.", FRI, "80s", "198"),
    ("Sales beat fiscal 1990 forecasts.", OCT91, "fiscal 1990", "1990"),
    ("The company's 1992 results improved.", D(1993, 2, 1), "1992", "1992"),
    # 9. conventions (see the README's Dates section): calendar adverbs take the calendar's pattern,
    # quarters their own unit, weeks are ISO weeks
    ("Dividends are paid annually.", FRI, "annually", "XXXX", "SET"),
    ("Interest is paid every quarter.", FRI, "every quarter", "P1Q", "SET"),
    ("Flights leave on Tuesday nights.", FRI, "on Tuesday nights", "XXXX-WXX-2TNI", "SET"),
    ("Prices fell this week.", D(1998, 3, 22), "this week", "1998-W12"),
]

# (sentence, publication date, expression): found, but relative, so no value without a publication date
UNANCHORED = [
    ("Mr Annan will visit Turkey on Monday.", "Monday"),
    ("Unrest began a year ago.", "a year ago"),
    ("Prices fell last week.", "last week"),
    ("It said in December that the army had withdrawn.", "December"),
    ("The polls close at 9 p.m.", "9 p.m."),
    ("Music from the '70s is back.", "the '70s"),
    ("Sales in the quarter rose.", "the quarter"),
]
# absolute, durations and references keep their value with no publication date
WITHOUT_PUBLICATION_DATE = [
    ("Assad met Annan in Damascus on Saturday March 10, 2012.", "Saturday March 10, 2012", "2012-03-10"),
    ("The raid took place in May 2010.", "May 2010", "2010-05"),
    ("He was sentenced to 90 days in jail.", "90 days", "P90D"),
    ("He has admitted it now.", "now", "PRESENT_REF"),
    ("Inflation soared in the 1990s.", "the 1990s", "199"),
]

# (sentence, words that must not be (part of) a temporal expression)
NOT_DATES = [
    ("Theresa May said the plan may fail.", ["May", "may"]),
    ("Jo March told reporters the plan was dead.", ["March"]),
    ("April Ryan asked the president a question.", ["April"]),
    ("May I ask a question?", ["May"]),
    ("He told the Sunday Times that he would resign.", ["Sunday"]),
    ("The Mail on Sunday published the letter.", ["Sunday"]),
    ("She said so on Fox News Sunday.", ["Sunday"]),
    ("He fought in the Second World War.", ["Second"]),
    ("Thousands march on the capital.", ["march"]),
    ("Annan held a second round of talks with Assad.", ["second"]),
    ("The army sent 1500 troops and 2000 tanks.", ["1500", "2000"]),
    ("His 22-year-old son reported him missing.", ["22-year-old", "year"]),
    ("The Good Friday Agreement ended the conflict.", ["Friday"]),
    ("Shares rose 1.25 percent.", ["1.25"]),
    ("The summer holidays are long.", ["summer"]),
    ("He watched the fall of the city.", ["fall"]),
    ("He wrote for USA Today.", ["Today"]),
    ("She left as soon as the vote ended.", ["soon"]),
    ("One day he will return.", ["One day"]),
    ("The attack came on the same day as the election.", ["same day"]),
    ("The meeting was held on the weekend of March 9.", ["weekend"]),
    ("Jan Egeland spoke to Mar Roxas.", ["Jan", "Mar"]),
    ("The bill, known as HR 2013, passed 218-210.", ["2013"]),
    ("Martin Luther King Jr. led the March on Washington.", ["March"]),
    ("The Daily Mail ran the story.", ["Daily"]),
    ('She sang "Yesterday" at the concert.', ["Yesterday"]),
    ('The film "Friday Night Lights" was a hit.', ["Friday"]),
    ("The virus spreads quickly in winter months.", ["winter"]),
    ("The Arab Spring began in Tunisia.", ["Spring"]),
    ("Marchers remembered Bloody Sunday in Derry.", ["Sunday"]),
    ("She told the Today programme that talks had failed.", ["Today"]),
    ("The Black September group claimed the attack.", ["September"]),
    ("Ratings for March Madness fell.", ["March"]),
    # 8. numbers in prices and indices, fractions, programme names, rates, ages
    ("The index ended at 1987.4 points.", ["1987.4"]),
    ("About a quarter of its stores will close.", ["a quarter"]),
    ("Nearly three-quarters of voters agreed.", ["three-quarters"]),
    ("The bank declared a quarterly dividend.", ["quarterly"]),
    ("He was a guest on This Week with the host.", ["This Week"]),
    ("The plant saves $2 million a year.", ["a year"]),
    ("Both founders are in their 70s.", ["70s"]),
    ("Incomes for people in their 30s, 40s and 50s grew.", ["50s"]),
    ("Highs will be in the 70s on Monday.", ["70s"]),
    ("All children aged 6 months and older should be vaccinated.", ["6 months"]),
    ("The runner led by a quarter mile.", ["quarter"]),
    ("The annual meeting was short.", ["annual"]),
    ("She was named Player of the Year.", ["Year"]),
    ("Tourists crowd the French Quarter.", ["Quarter"]),
]


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def found(nlp, sentence, published):
    return find_timexes(nlp(sentence), published)


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2]}|{c[0][:40]}" for c in CASES])
def test_values(nlp, case):
    sentence, published, text, value, *type_ = case
    timexes = found(nlp, sentence, published)
    hits = [t for t in timexes if t.text == text]
    assert hits, f"{text!r} not found; found {[(t.text, t.value) for t in timexes]}"
    assert hits[0].value == value, hits[0].reason
    if type_:
        assert hits[0].type == type_[0]


@pytest.mark.parametrize("case", ISSUE_CASES, ids=[f"{c[2]}|{c[0][:40]}" for c in ISSUE_CASES])
def test_issue_cases(nlp, case):
    test_values(nlp, case)


@pytest.mark.parametrize("sentence,text", UNANCHORED)
def test_relative_expressions_without_publication_date_have_no_value(nlp, sentence, text):
    hits = [t for t in found(nlp, sentence, None) if t.text == text]
    assert hits and hits[0].value is None and hits[0].anchor is None
    assert "no publication date" in hits[0].reason


@pytest.mark.parametrize("sentence,text,value", WITHOUT_PUBLICATION_DATE)
def test_absolute_expressions_keep_their_value_without_publication_date(nlp, sentence, text, value):
    hits = [t for t in found(nlp, sentence, None) if t.text == text]
    assert hits and hits[0].value == value


@pytest.mark.parametrize("pattern", FALSE_FRIENDS, ids=lambda p: p.pattern[:40])
def test_every_false_friend_has_a_row(pattern):
    """Each false friend has a sentence in NOT_DATES, and so is shown to be found where it is
    looked for: in the windows around date words (see `timex.candidates_in`)."""
    assert any(pattern.search(sentence) for sentence, _ in NOT_DATES)


@pytest.mark.parametrize("sentence,words", NOT_DATES)
def test_false_friends_are_not_dates(nlp, sentence, words):
    timexes = found(nlp, sentence, FRI)
    for word in words:
        start = sentence.index(word)
        end = start + len(word)
        assert not [t for t in timexes if t.start < end and start < t.end], (word, timexes)


def test_in_may_theresa_may(nlp):
    timexes = found(nlp, "In May, Theresa May became prime minister.", D(2016, 9, 1))
    assert [(t.text, t.value) for t in timexes] == [("May", "2016-05")]


PROVENANCE = [
    # (sentence, publication date, expression, anchor, words in the reason)
    ("Mr Annan has flown on to Qatar and will visit Turkey on Monday.", SUN, "Monday", "2012-03-11", "will visit"),
    ("In talks on Saturday, Mr Assad rejected political dialogue.", SUN, "Saturday", "2012-03-11", "rejected"),
    ("The treaty was signed on 10 March 2012 in Geneva.", SUN, "10 March 2012", None, "written out"),
    ("He was sentenced to 90 days in jail.", SUN, "90 days", None, "length of time"),
    ("Call me Sunday night at 8 PM.", THU, "8 PM", "2013-03-24", "Sunday night"),
]


@pytest.mark.parametrize("sentence,published,text,anchor,words", PROVENANCE)
def test_provenance(nlp, sentence, published, text, anchor, words):
    t = next(t for t in found(nlp, sentence, published) if t.text == text)
    assert t.anchor == anchor
    assert words in t.reason
    assert t.rule


def test_offsets_sorted_and_disjoint(nlp):
    text = ("On Saturday March 10, 2012, Annan met Assad. He will visit Turkey on Monday, a year after the "
            "unrest began, and return for 90 days every year.")
    timexes = found(nlp, text, SUN)
    assert [t.text for t in timexes] == ["Saturday March 10, 2012", "Monday", "a year", "90 days", "every year"]
    for a, b in zip(timexes, timexes[1:]):
        assert a.end <= b.start
    for t in timexes:
        assert text[t.start:t.end] == t.text


def test_record_field_order(nlp):
    t = found(nlp, "Talks resumed on Wednesday.", SUN)[0]
    assert list(timex_record(t)) == ["start", "end", "text", "type", "value", "granularity", "anchor", "rule",
                                     "reason"]
    assert timex_record(t)["value"] == "2012-03-07"


def test_timeml_round_trip(nlp):
    text = 'Annan & Assad met on Saturday <AP>. "Progress" will come in May, he said.'
    timexes = found(nlp, text, SUN)
    xml = to_timeml(text, timexes, SUN)
    assert 'functionInDocument="CREATION_TIME">2012-03-11</TIMEX3>' in xml
    body = xml[xml.index("<TEXT>") + 6:xml.index("</TEXT>")]
    tags = re.findall(r'<TIMEX3 tid="t\d+" type="(\w+)" value="([^"]+)"[^>]*>([^<]*)</TIMEX3>', body)
    assert tags == [("DATE", "2012-03-10", "Saturday"), ("DATE", "2012-05", "May")]
    assert unescape(re.sub(r"<[^>]+>", "", body)) == text


def test_timeml_without_publication_date(nlp):
    text = "He will visit Turkey on Monday."
    xml = to_timeml(text, found(nlp, text, None), None)
    assert "<DCT></DCT>" in xml and '<TIMEX3 tid="t1" type="DATE">Monday</TIMEX3>' in xml


# --------------------------------------------------------------------------- loaders/timex_values

from dateline.loaders.timex_values import day_of, may_be_same_day, quarter_near, quarter_value, span  # noqa: E402

# (value, kind, first day, last day) of the days a value covers
SPANS = [
    ("2012-03-10", "day", "2012-03-10", "2012-03-10"),
    ("2012-07-09TNI", "day", "2012-07-09", "2012-07-09"),
    ("2012-02", "month", "2012-02-01", "2012-02-29"),
    ("2013-W11", "week", "2013-03-11", "2013-03-17"),
    ("2013-W11-WE", "weekend", "2013-03-16", "2013-03-17"),
    ("2012-WI", "season", "2012-12-01", "2013-02-28"),
    ("1989-Q3", "quarter", "1989-07-01", "1989-09-30"),
    ("1989-H2", "half", "1989-07-01", "1989-12-31"),
    ("1989", "year", "1989-01-01", "1989-12-31"),
    ("199", "decade", "1990-01-01", "1999-12-31"),
    ("19", "century", "1900-01-01", "1999-12-31"),
]


@pytest.mark.parametrize("value,kind,first,last", SPANS)
def test_span_of_a_value(value, kind, first, last):
    s = span(value)
    assert (s.kind, s.first.isoformat(), s.last.isoformat()) == (kind, first, last)


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "P1M", "XXXX-03-10", "2012-13", "2012-02-30", "2012-W54"])
def test_values_without_a_span(value):
    assert span(value) is None


@pytest.mark.parametrize("value,expected", [
    ("2012-03-10", D(2012, 3, 10)), ("2012-07-09TNI", D(2012, 7, 9)), ("2012-03-10T14:30", D(2012, 3, 10)),
    ("2012-03", None), ("2012-W11", None), ("2012-02-30", None), (None, None),
])
def test_day_of_a_value(value, expected):
    assert day_of(value) == expected


@pytest.mark.parametrize("a,b,same", [
    ("2012-03-10", "2012-03", True), ("2012-03-10TNI", "2012", True), ("2012-W11", "2012-03-14", True),
    ("2012-W11", "2012-03-20", False), ("2012-03", "2012-04-01", False), ("2012-03-10", "2012-03-10", True),
    ("2012-03-10", "2012-03-10TNI", False), ("2012-Q1", "2012-03-10", False), (None, "2012", False),
])
def test_may_be_same_day(a, b, same):
    assert may_be_same_day(a, b) is same


# (quarter named without a year, publication date, direction of the clause, value): results are told after a
# quarter ends, so only a forward-looking clause reaches a quarter not begun, and the one just ended still counts
QUARTERS = [
    (3, D(1989, 11, 2), None, "1989-Q3"), (3, D(1989, 11, 2), "future", "1989-Q3"),
    (4, D(1989, 11, 2), "past", "1989-Q4"), (4, D(1990, 1, 20), "future", "1989-Q4"),
    (1, D(1989, 11, 2), "future", "1990-Q1"), (1, D(1989, 11, 2), "past", "1989-Q1"),
]


@pytest.mark.parametrize("q,today,direction,value", QUARTERS)
def test_quarter_named_without_a_year(q, today, direction, value):
    assert quarter_value(quarter_near(q, today, direction)) == value
