//! Table-driven tests of the date grammar, family by family.

use super::grammar::iso_week;
use super::*;

fn run(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
    let r = reference.map(|d| d.parse::<Date>().unwrap());
    let span = Span::new(text, 0, text.len());
    let names = crate::claims::Taken::default();
    let words = Triggers::of(text.split_whitespace());
    let got: Vec<_> = find(text, span, r, &names, words)
        .into_iter()
        .map(|m| (text[m.span].to_string(), m.value))
        .collect();
    // The prefilter only skips work: every row tried gives the same.
    let all: Vec<_> = find(text, span, r, &names, Triggers::ALL)
        .into_iter()
        .map(|m| (text[m.span].to_string(), m.value))
        .collect();
    assert_eq!(got, all, "prefilter changed {text:?}");
    got
}

fn check(cases: &[(&str, &str, &str)], reference: Option<&str>) {
    for &(text, span, value) in cases {
        let got = run(text, reference);
        let want = vec![(
            span.to_string(),
            (!value.is_empty()).then(|| value.to_string()),
        )];
        assert_eq!(got, want, "{text}");
    }
}

const REF: Option<&str> = Some("2025-12-02"); // a Tuesday

#[test]
fn absolute() {
    check(
        &[
            ("by Nov. 27.", "Nov. 27", "2025-11-27"),
            ("on 12 March the", "12 March", "2026-03-12"),
            ("on 12 Dec. the", "12 Dec.", "2025-12-12"),
            ("It was 5 May.", "5 May", "2025-05-05"),
            ("on November 27, 2024 he", "November 27, 2024", "2024-11-27"),
            ("on 2025-11-27 at", "2025-11-27", "2025-11-27"),
            ("in July 2017 we", "July 2017", "2017-07"),
            ("in 2017 we", "2017", "2017"),
            (
                "Friday, July 21, 2017",
                "Friday, July 21, 2017",
                "2017-07-21",
            ),
            ("on 14 nov 2023", "14 nov 2023", "2023-11-14"),
            ("on 2/29/2020", "2/29/2020", "2020-02-29"),
            ("back 23/Sep/2020", "23/Sep/2020", "2020-09-23"),
            ("on Sep-23-2020", "Sep-23-2020", "2020-09-23"),
            ("in the 1960s", "the 1960s", "196"),
            ("in nineteen ninety-six", "nineteen ninety-six", "1996"),
            (
                "the third quarter of 1984",
                "the third quarter of 1984",
                "1984-Q3",
            ),
        ],
        REF,
    );
}

#[test]
fn relative() {
    check(
        &[
            ("Trump said on Sunday.", "Sunday", "2025-11-30"),
            ("Putin said last week that", "last week", "2025-W48"),
            ("leaked in late November", "late November", "2025-11"),
            (
                "claiming Monday evening that",
                "Monday evening",
                "2025-12-01",
            ),
            ("he was in France on Monday", "Monday", "2025-12-01"),
            (
                "flew to Florida over the weekend",
                "over the weekend",
                "2025-W48-WE",
            ),
            ("he will try at Tuesday’s talks", "Tuesday’s", "2025-12-02"),
            ("they will meet on Friday", "Friday", "2025-12-05"),
            ("a decision is due by Thursday", "Thursday", "2025-12-04"),
            ("talks must end by Thursday", "Thursday", "2025-12-04"),
            ("the deal was done by Monday", "Monday", "2025-12-01"),
            (
                "sales in the year-ago quarter",
                "the year-ago quarter",
                "2024-Q3",
            ),
            (
                "killed next to the embassy on Friday",
                "Friday",
                "2025-11-28",
            ),
            ("a rally planned for Saturday", "Saturday", "2025-12-06"),
            ("it happened yesterday", "yesterday", "2025-12-01"),
            ("Fermat died otd.", "otd", "2025-12-02"),
            ("On this day in", "this day", "2025-12-02"),
            ("I'm blocked for the day", "the day", "2025-12-02"),
            ("today, prices fell", "today", "2025-12-02"),
            ("due next month", "next month", "2026-01"),
            ("two years ago", "two years ago", "2023"),
            ("it fell last year", "last year", "2024"),
            ("this summer", "this summer", "2025-SU"),
            ("music of the sixties", "the sixties", "196"),
            ("profit for the year rose", "the year", "2025"),
            ("up from the year before", "the year before", "2024"),
            ("the third quarter", "the third quarter", "2025-Q3"),
            (
                "on Tuesday of last week",
                "Tuesday of last week",
                "2025-11-25",
            ),
            ("next week on Friday", "next week on Friday", "2025-12-12"),
            ("shops shut on Christmas Day", "Christmas Day", "2025-12-25"),
            ("dinner on Thanksgiving", "Thanksgiving", "2025-11-27"),
            ("Easter 2018 was early", "Easter 2018", "2018-04-01"),
            ("they will vote in two weeks", "in two weeks", "2025-12-16"),
        ],
        REF,
    );
}

#[test]
fn days_in_words_and_odd_shapes() {
    check(
        &[
            ("sold on Dec31 , 1994", "Dec31 , 1994", "1994-12-31"),
            ("How about 2019-aug-1", "2019-aug-1", "2019-08-01"),
            ("back 2020/23/Sep", "2020/23/Sep", "2020-09-23"),
            ("on 2018-7-6 at", "2018-7-6", "2018-07-06"),
            ("fourth of july 1995", "fourth of july 1995", "1995-07-04"),
            (
                "fourth of july of 1995",
                "fourth of july of 1995",
                "1995-07-04",
            ),
            (
                "the second of Aug. then",
                "the second of Aug.",
                "2025-08-02",
            ),
            ("January first 2000 was", "January first 2000", "2000-01-01"),
            (
                "meet on january first two thousand and thirty two",
                "january first two thousand and thirty two",
                "2032-01-01",
            ),
            (
                "in January nineteen eighty six",
                "January nineteen eighty six",
                "1986-01",
            ),
            (
                "the twenty third day of September",
                "the twenty third day of September",
                "2025-09-23",
            ),
            ("about Jan/3.", "Jan/3", "2026-01-03"),
            (
                "this friday (jun-15) with",
                "this friday (jun-15)",
                "2025-06-15",
            ),
            ("black friday 2010", "black friday 2010", "2010-11-26"),
            ("on May Day", "May Day", "2025-05-01"),
            ("On Christmas Day", "Christmas Day", "2025-12-25"),
            ("Mixed Christmas for shops", "Christmas", "2025-12-25"),
            (
                "born twenty five January nineteen eighty six",
                "twenty five January nineteen eighty six",
                "1986-01-25",
            ),
            (
                "back on the 15th day of next month",
                "the 15th day of next month",
                "2026-01-15",
            ),
            ("On 2016 10 16, it began", "2016 10 16", "2016-10-16"),
            ("lunch on Sat May 9.", "Sat May 9", "2026-05-09"),
            ("back 03/18/40.", "03/18/40", "1940-03-18"),
            ("back 12/05/04.", "12/05/04", "2004-12-05"),
            ("Starbucks on 29th - meet", "29th", "2025-11-29"),
        ],
        REF,
    );
}

#[test]
fn days_without_a_month() {
    check(
        &[
            ("set it up on the 18th.", "the 18th", "2025-11-18"),
            ("it opened on the 2nd", "the 2nd", "2025-12-02"),
            ("it will open on the 20th", "the 20th", "2025-12-20"),
            (
                "coffee on Tuesday the ninth",
                "Tuesday the ninth",
                "2025-12-09",
            ),
            ("met on Thu 13th", "Thu 13th", "2025-11-13"),
            ("I'll go back Tue 13th", "Tue 13th", "2026-01-13"),
            ("any plans on Sunday 31!", "Sunday 31", "2025-08-31"),
        ],
        REF,
    );
    for text in [
        "on the 18th floor",
        "on the first day",
        "wait until the fourth or fifth day",
        "the day after his death",
        "the day before the plunge",
        "for the day of the vote",
        "for National Holocaust Memorial Day",
        "it marks Orthodox Christmas",
        "to this day",
        "for the second time",
        "on Tuesday the first round",
        "in March second-round voting",
    ] {
        let got: Vec<_> = run(text, REF)
            .into_iter()
            .filter(|(s, _)| !s.contains("Tuesday") && !s.contains("March"))
            .collect();
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn slashed_without_year() {
    check(
        &[
            ("the date? 11/20, ok", "11/20", "2025-11-20"),
            ("back on 22/04", "22/04", "2025-04-22"),
            ("done friday 5/12", "friday 5/12", "2025-05-12"),
            ("since 9/11 the", "9/11", "2001-09-11"),
        ],
        REF,
    );
    let got = run("five January deaths", REF);
    assert_eq!(got, [("January".to_string(), Some("2026-01".to_string()))]);
    let got = run("in 2016 10 people died", REF);
    assert_eq!(got, [("2016".to_string(), Some("2016".to_string()))]);
    for text in [
        "a 1/4 mile track",
        "open 24/7",
        "2/3 of voters",
        "cut 1/2/3 ways",
    ] {
        assert!(run(text, REF).is_empty(), "{text}: {:?}", run(text, REF));
    }
}

#[test]
fn offsets_and_neighbours() {
    check(
        &[
            (
                "free three weeks from tomorrow?",
                "three weeks from tomorrow",
                "2025-12-24",
            ),
            (
                "where two days before yesterday?",
                "two days before yesterday",
                "2025-11-29",
            ),
            (
                "the day after tomorrow",
                "the day after tomorrow",
                "2025-12-04",
            ),
            (
                "it happened 2 weeks before Christmas.",
                "2 weeks before Christmas",
                "2025-12-11",
            ),
            (
                "It will happen 3 days from Tuesday.",
                "3 days from Tuesday",
                "2025-12-05",
            ),
            (
                "What happened the day before",
                "the day before",
                "2025-12-01",
            ),
            ("they met the day after.", "the day after", "2025-12-03"),
            (
                "it should be previous Monday",
                "previous Monday",
                "2025-11-24",
            ),
            (
                "any plan on following Friday?",
                "following Friday",
                "2025-12-12",
            ),
            ("meet next week Mon or", "next week Mon", "2025-12-08"),
            ("I will leave in two years", "in two years", "2027-12-02"),
        ],
        REF,
    );
    let got = run("sales in the five months from 3 August to 24 December", REF);
    assert_eq!(got[0].0, "3 August");
    // An event's day is no anchor for a count before it.
    let got = run("three days after Monday's attack", REF);
    assert_eq!(
        got,
        [("Monday's".to_string(), Some("2025-12-01".to_string()))]
    );
}

#[test]
fn a_year_back_from_a_quarter() {
    let got = run("third-quarter profit rose from a year earlier", REF);
    assert_eq!(
        got[1],
        ("a year earlier".to_string(), Some("2024-Q3".to_string()))
    );
    // Two quarters named: no single anchor, the year stays.
    let got = run(
        "the first quarter and the second quarter fell from a year ago",
        REF,
    );
    assert_eq!(got.last().unwrap().1.as_deref(), Some("2024"));
}

#[test]
fn vague() {
    check(
        &[
            ("Moscow currently occupies", "currently", "PRESENT_REF"),
            ("nothing at the moment", "at the moment", "PRESENT_REF"),
            ("it recently fell", "recently", "PAST_REF"),
            ("prices are now higher", "now", "PRESENT_REF"),
            ("aggression in the future", "in the future", "FUTURE_REF"),
        ],
        REF,
    );
}

#[test]
fn unresolved_without_reference() {
    check(
        &[
            ("said on Sunday", "Sunday", ""),
            ("by Nov. 27", "Nov. 27", ""),
            ("in 2017", "2017", "2017"),
        ],
        None,
    );
}

#[test]
fn not_dates() {
    for text in [
        "Putin might not be interested and may leave",
        "Theresa May said",
        "they march on",
        "it cost $2000 today",
        "prices fell in the fall",
        "2,000 people",
        "he told BBC Radio 4's Today programme",
        // A month word must end where the word does.
        "12 Marchers were arrested",
        "the 3rd of Junebugs",
    ] {
        let got: Vec<_> = run(text, REF)
            .into_iter()
            .filter(|(s, _)| s != "today")
            .collect();
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn iso_weeks() {
    for (d, want) in [
        ("2025-12-02", (2025, 49)),
        ("2025-11-29", (2025, 48)),
        ("2021-01-01", (2020, 53)),
        ("2024-12-30", (2025, 1)),
    ] {
        assert_eq!(iso_week(d.parse().unwrap()), want, "{d}");
    }
}

#[test]
fn reference_from_dateline() {
    let doc = Document::new("Robots win\n\nFriday, July 21, 2017\n\nA team won on Tuesday.");
    assert_eq!(reference_from_text(&doc), "2017-07-21".parse().ok());
    let doc = Document::new("No date here.");
    assert_eq!(reference_from_text(&doc), None);
    let doc = Document::new("On July 4, 1776, the colonies declared independence.");
    assert_eq!(reference_from_text(&doc), None);
}

#[test]
fn weekday_with_a_bare_number() {
    for text in [
        "kick-off Sunday 12:30",
        "won Saturday 2-1",
        "on Sunday 12 people died",
    ] {
        let got = run(text, REF);
        assert!(
            got.iter().all(|(s, _)| !s.contains(char::is_numeric)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn discourse_now_is_no_date() {
    assert!(run("Now, the question is open.", REF).is_empty());
    let got = run("now that the vote is over, he left", REF);
    assert_eq!(got, [("now".to_string(), Some("PRESENT_REF".to_string()))]);
}
