//! The tests of the temporal expressions, through `find_times` as a caller sees it.

use super::*;

fn day(s: &str) -> Day {
    Day::parse_iso(s).unwrap()
}

fn days(from: &str, to: &str) -> TimeValue {
    TimeValue::Days(DayInterval {
        from: day(from),
        to: day(to),
    })
}

fn on(d: &str) -> TimeValue {
    days(d, d)
}

/// The publication day of most tests: 2021-03-15, a Monday.
const P: Option<Day> = Some(Day(18_701));

fn found(text: &str, published: Option<Day>) -> Vec<(&str, TimeValue)> {
    find_times(text, published)
        .iter()
        .map(|m| (&text[m.start..m.end], m.value))
        .collect()
}

/// The single mention of `text`, against P = 2021-03-15.
fn one(text: &str) -> (&str, TimeValue) {
    let f = found(text, P);
    assert_eq!(f.len(), 1, "{text:?}: {f:?}");
    f[0]
}

#[test]
fn leading_dates() {
    let text = " date 2020-02-10 Text…";
    assert_eq!(leading_date(text), Some((day("2020-02-10"), 16)));
    assert_eq!(&text[16..], " Text…");
    assert_eq!(
        leading_date("date: 2020-02-10\nText"),
        Some((day("2020-02-10"), 16))
    );
    assert_eq!(
        leading_date("\n\tDate 2021-03-15"),
        Some((day("2021-03-15"), 17))
    );
    for bad in [
        "",
        "date",
        "dated 2020-02-10",
        "date2020-02-10",
        "Text date 2020-02-10",
        "date 2020-02-30",
        "dat",
        "é date 2020-02-10",
        "daté 2020-02-10",
    ] {
        assert_eq!(leading_date(bad), None, "{bad}");
    }
    // the date is also a mention
    assert_eq!(
        found(" date 2020-02-10 Text", None),
        [("2020-02-10", on("2020-02-10"))]
    );
}

#[test]
fn weekdays_are_the_most_recent_on_or_before_publication() {
    assert_eq!(
        one("Five soldiers were killed on Monday."),
        ("Monday", on("2021-03-15"))
    );
    assert_eq!(one("It happened on Sunday."), ("Sunday", on("2021-03-14")));
    assert_eq!(one("Talks began Tuesday."), ("Tuesday", on("2021-03-09")));
    assert_eq!(one("on Monday night,"), ("Monday night", on("2021-03-15")));
    assert_eq!(one("late Saturday"), ("late Saturday", on("2021-03-13")));
    assert_eq!(
        one("early Friday morning"),
        ("early Friday morning", on("2021-03-12"))
    );
    assert_eq!(one("last Monday"), ("last Monday", on("2021-03-08")));
    assert_eq!(one("last Sunday"), ("last Sunday", on("2021-03-14")));
    assert_eq!(
        one("this past Friday"),
        ("this past Friday", on("2021-03-12"))
    );
    assert_eq!(one("next Monday"), ("next Monday", on("2021-03-22")));
    assert_eq!(one("next Tuesday"), ("next Tuesday", on("2021-03-16")));
    assert_eq!(one("this Friday"), ("this Friday", on("2021-03-19")));
    assert_eq!(
        one("Friday last week"),
        ("Friday last week", on("2021-03-12"))
    );
    assert_eq!(
        one("Thursday of last week"),
        ("Thursday of last week", on("2021-03-11"))
    );
    assert_eq!(
        one("on Monday next week"),
        ("Monday next week", on("2021-03-22"))
    );
    assert_eq!(
        one("on Friday next week"),
        ("Friday next week", on("2021-03-26"))
    );
    assert_eq!(
        one("The blast came at 1:13 a.m. Monday."),
        ("Monday", on("2021-03-15"))
    );
    assert_eq!(
        one("at 10:27 p.m. Saturday"),
        ("Saturday", on("2021-03-13"))
    );
    assert_eq!(one("Tuesday’s vote"), ("Tuesday", on("2021-03-09")));
    assert_eq!(one("WEDNESDAY"), ("WEDNESDAY", on("2021-03-10")));
    // a date says which day
    assert_eq!(
        one("on Wednesday, Feb. 3,"),
        ("Wednesday, Feb. 3", on("2021-02-03"))
    );
    assert_eq!(
        one("on Wednesday 3 February"),
        ("Wednesday 3 February", on("2021-02-03"))
    );
    // lower case, plurals and weekdays of another event are not days
    assert!(found(
        "a monday meeting, on Mondays, the following Monday, that Friday",
        P
    )
    .is_empty());
    // ranges of weekdays run forward
    assert_eq!(
        one("from Saturday to Monday"),
        ("Saturday to Monday", days("2021-03-13", "2021-03-15"))
    );
    let sunday = Some(day("2021-03-14"));
    assert_eq!(
        found("from Saturday to Monday", sunday),
        [("Saturday to Monday", days("2021-03-13", "2021-03-15"))]
    );
}

#[test]
fn near_days() {
    assert_eq!(one("today"), ("today", on("2021-03-15")));
    assert_eq!(one("Today’s decision"), ("Today", on("2021-03-15")));
    assert_eq!(one("tonight"), ("tonight", on("2021-03-15")));
    assert_eq!(one("this morning"), ("this morning", on("2021-03-15")));
    assert_eq!(one("this evening"), ("this evening", on("2021-03-15")));
    assert_eq!(one("earlier today"), ("earlier today", on("2021-03-15")));
    assert_eq!(one("Yesterday"), ("Yesterday", on("2021-03-14")));
    assert_eq!(
        one("yesterday afternoon"),
        ("yesterday afternoon", on("2021-03-14"))
    );
    assert_eq!(one("last night"), ("last night", on("2021-03-14")));
    assert_eq!(
        one("overnight"),
        ("overnight", days("2021-03-14", "2021-03-15"))
    );
    assert_eq!(
        one("overnight into Sunday"),
        ("overnight into Sunday", days("2021-03-13", "2021-03-14"))
    );
    assert_eq!(one("tomorrow"), ("tomorrow", on("2021-03-16")));
    assert_eq!(
        one("the day before yesterday"),
        ("the day before yesterday", on("2021-03-13"))
    );
    assert_eq!(
        one("the day after tomorrow"),
        ("the day after tomorrow", on("2021-03-17"))
    );
    assert!(found("an overnight curfew; the last night of the festival", P).is_empty());
}

#[test]
fn months_and_days() {
    assert_eq!(one("on Feb. 3"), ("Feb. 3", on("2021-02-03")));
    assert_eq!(one("on Feb 3"), ("Feb 3", on("2021-02-03")));
    assert_eq!(one("on February 3rd"), ("February 3rd", on("2021-02-03")));
    assert_eq!(one("on 3 February"), ("3 February", on("2021-02-03")));
    assert_eq!(
        one("on the 3rd of February"),
        ("the 3rd of February", on("2021-02-03"))
    );
    assert_eq!(one("on Dec. 30"), ("Dec. 30", on("2020-12-30")));
    assert_eq!(one("on Sept. 11"), ("Sept. 11", on("2020-09-11")));
    assert_eq!(one("on Sep 11"), ("Sep 11", on("2020-09-11")));
    assert_eq!(one("on Aug. 2"), ("Aug. 2", on("2020-08-02")));
    assert_eq!(one("on April 10"), ("April 10", on("2021-04-10")));
    assert_eq!(one("on April 20"), ("April 20", on("2020-04-20")));
    assert_eq!(one("on March 15"), ("March 15", on("2021-03-15")));
    assert_eq!(one("Feb. 3, 2020, the"), ("Feb. 3, 2020", on("2020-02-03")));
    assert_eq!(
        one("on 3 February 2020"),
        ("3 February 2020", on("2020-02-03"))
    );
    assert_eq!(one("on 2020-02-03"), ("2020-02-03", on("2020-02-03")));
    assert_eq!(one("on May 3"), ("May 3", on("2020-05-03")));
    assert_eq!(one("on 3 May"), ("3 May", on("2020-05-03")));
    assert_eq!(one("Jan 12 talks"), ("Jan 12", on("2021-01-12")));
    // ranges
    assert_eq!(
        one("on February 2 to February 3"),
        ("February 2 to February 3", days("2021-02-02", "2021-02-03"))
    );
    assert_eq!(
        one("from February 2 to 3"),
        ("February 2 to 3", days("2021-02-02", "2021-02-03"))
    );
    assert_eq!(
        one("on February 2-3"),
        ("February 2-3", days("2021-02-02", "2021-02-03"))
    );
    assert_eq!(
        one("on Feb. 2–3"),
        ("Feb. 2–3", days("2021-02-02", "2021-02-03"))
    );
    assert_eq!(
        one("between Feb. 2 and Feb. 3"),
        ("Feb. 2 and Feb. 3", days("2021-02-02", "2021-02-03"))
    );
    assert_eq!(
        one("between Feb. 2 and 3"),
        ("Feb. 2 and 3", days("2021-02-02", "2021-02-03"))
    );
    assert_eq!(
        one("on 2-3 February"),
        ("2-3 February", days("2021-02-02", "2021-02-03"))
    );
    assert_eq!(
        one("in the night from March 2 to March 3"),
        (
            "the night from March 2 to March 3",
            days("2021-03-02", "2021-03-03")
        )
    );
    assert_eq!(
        one("on the night of March 2"),
        ("the night of March 2", on("2021-03-02"))
    );
    assert_eq!(
        one("from Feb. 28 to March 2, 2020"),
        ("Feb. 28 to March 2, 2020", days("2020-02-28", "2020-03-02"))
    );
    assert_eq!(
        one("from Dec. 30 to Jan. 2, 2020"),
        ("Dec. 30 to Jan. 2, 2020", days("2019-12-30", "2020-01-02"))
    );
    // not dates
    assert!(found(
        "May we go? Theresa May said. Feb. 30, 2020. At 3.6 March",
        P
    )
    .is_empty());
    assert!(found("It rose 3% in June 2,018 times", P).len() == 1);
}

#[test]
fn months() {
    assert_eq!(
        one("in January"),
        ("January", days("2021-01-01", "2021-01-31"))
    );
    assert_eq!(
        one("in mid-January"),
        ("mid-January", days("2021-01-11", "2021-01-20"))
    );
    assert_eq!(
        one("in early January"),
        ("early January", days("2021-01-01", "2021-01-10"))
    );
    assert_eq!(
        one("late January"),
        ("late January", days("2021-01-21", "2021-01-31"))
    );
    assert_eq!(
        one("at the end of January"),
        ("the end of January", days("2021-01-21", "2021-01-31"))
    );
    assert_eq!(
        one("in January 2020"),
        ("January 2020", days("2020-01-01", "2020-01-31"))
    );
    assert_eq!(
        one("late Feb. 2020"),
        ("late Feb. 2020", days("2020-02-21", "2020-02-29"))
    );
    assert_eq!(one("in April"), ("April", days("2021-04-01", "2021-04-30")));
    assert_eq!(one("in June"), ("June", days("2020-06-01", "2020-06-30")));
    assert_eq!(
        one("in mid-May"),
        ("mid-May", days("2020-05-11", "2020-05-20"))
    );
    assert_eq!(
        one("last January"),
        ("last January", days("2021-01-01", "2021-01-31"))
    );
    assert_eq!(
        one("last March"),
        ("last March", days("2020-03-01", "2020-03-31"))
    );
    assert_eq!(
        one("this month"),
        ("this month", days("2021-03-01", "2021-03-15"))
    );
    assert_eq!(
        one("earlier this month"),
        ("earlier this month", days("2021-03-01", "2021-03-14"))
    );
    assert_eq!(
        one("later this month"),
        ("later this month", days("2021-03-16", "2021-03-31"))
    );
    assert_eq!(
        one("last month"),
        ("last month", days("2021-02-01", "2021-02-28"))
    );
    assert_eq!(
        one("late last month"),
        ("late last month", days("2021-02-21", "2021-02-28"))
    );
    assert_eq!(
        one("next month"),
        ("next month", days("2021-04-01", "2021-04-30"))
    );
    assert_eq!(
        one("by the end of the month"),
        ("the end of the month", days("2021-03-21", "2021-03-31"))
    );
    assert!(found("in May he said; June Carter; March on; Augustus", P).is_empty());
}

#[test]
fn weeks_and_weekends() {
    assert_eq!(
        one("last week"),
        ("last week", days("2021-03-08", "2021-03-14"))
    );
    assert_eq!(
        one("Last week’s talks"),
        ("Last week", days("2021-03-08", "2021-03-14"))
    );
    assert_eq!(
        one("this week"),
        ("this week", days("2021-03-15", "2021-03-15"))
    );
    assert_eq!(
        one("next week"),
        ("next week", days("2021-03-22", "2021-03-28"))
    );
    assert_eq!(
        one("the week before last"),
        ("the week before last", days("2021-03-01", "2021-03-07"))
    );
    assert_eq!(
        one("late last week"),
        ("late last week", days("2021-03-11", "2021-03-14"))
    );
    assert_eq!(
        one("by the end of the week"),
        ("the end of the week", days("2021-03-18", "2021-03-21"))
    );
    let thursday = Some(day("2021-03-18"));
    assert_eq!(
        found("earlier this week", thursday),
        [("earlier this week", days("2021-03-15", "2021-03-17"))]
    );
    assert_eq!(
        found("later this week", thursday),
        [("later this week", days("2021-03-19", "2021-03-21"))]
    );
    // on a Monday, "earlier this week" is empty
    assert!(found("earlier this week", P).is_empty());
    assert_eq!(
        one("over the weekend"),
        ("the weekend", days("2021-03-13", "2021-03-14"))
    );
    assert_eq!(
        one("at the weekend"),
        ("the weekend", days("2021-03-13", "2021-03-14"))
    );
    assert_eq!(
        one("this weekend"),
        ("this weekend", days("2021-03-13", "2021-03-14"))
    );
    assert_eq!(
        one("last weekend"),
        ("last weekend", days("2021-03-13", "2021-03-14"))
    );
    assert_eq!(
        one("next weekend"),
        ("next weekend", days("2021-03-20", "2021-03-21"))
    );
    let saturday = Some(day("2021-03-20"));
    assert_eq!(
        found("the weekend", saturday),
        [("the weekend", days("2021-03-20", "2021-03-21"))]
    );
    assert_eq!(
        found("last weekend", saturday),
        [("last weekend", days("2021-03-13", "2021-03-14"))]
    );
    assert_eq!(
        found("next weekend", saturday),
        [("next weekend", days("2021-03-27", "2021-03-28"))]
    );
    let sunday = Some(day("2021-03-21"));
    assert_eq!(
        found("the weekend", sunday),
        [("the weekend", days("2021-03-20", "2021-03-21"))]
    );
    assert_eq!(
        one("since Friday last week"),
        ("since Friday last week", days("2021-03-12", "2021-03-15"))
    );
    assert_eq!(
        one("since Sunday"),
        ("since Sunday", days("2021-03-14", "2021-03-15"))
    );
    assert_eq!(
        one("since last week"),
        ("since last week", days("2021-03-08", "2021-03-15"))
    );
    assert_eq!(
        one("in the past week"),
        ("the past week", days("2021-03-08", "2021-03-15"))
    );
    assert_eq!(
        one("the last week of January"),
        ("January", days("2021-01-01", "2021-01-31"))
    );
}

#[test]
fn ago_and_recent_spans() {
    assert_eq!(one("a week ago"), ("a week ago", on("2021-03-08")));
    assert_eq!(one("two days ago"), ("two days ago", on("2021-03-13")));
    assert_eq!(one("three days ago"), ("three days ago", on("2021-03-12")));
    assert_eq!(
        one("three weeks ago"),
        ("three weeks ago", on("2021-02-22"))
    );
    assert_eq!(one("10 days ago"), ("10 days ago", on("2021-03-05")));
    assert_eq!(
        one("three or four days ago"),
        ("three or four days ago", days("2021-03-11", "2021-03-12"))
    );
    assert_eq!(
        one("a couple of weeks ago"),
        ("a couple of weeks ago", on("2021-03-01"))
    );
    assert_eq!(one("two months ago"), ("two months ago", on("2021-01-15")));
    assert_eq!(one("a year ago"), ("a year ago", on("2020-03-15")));
    assert_eq!(
        one("twenty-one days ago"),
        ("twenty-one days ago", on("2021-02-22"))
    );
    assert_eq!(
        one("in the past few days"),
        ("the past few days", days("2021-03-08", "2021-03-15"))
    );
    assert_eq!(
        one("in the last few days"),
        ("the last few days", days("2021-03-08", "2021-03-15"))
    );
    assert_eq!(
        one("in recent days"),
        ("recent days", days("2021-03-08", "2021-03-15"))
    );
    assert_eq!(
        one("in recent weeks"),
        ("recent weeks", days("2021-02-13", "2021-03-15"))
    );
    assert_eq!(
        one("over the past few weeks"),
        ("the past few weeks", days("2021-02-13", "2021-03-15"))
    );
    assert_eq!(
        one("in recent months"),
        ("recent months", days("2020-11-15", "2021-03-15"))
    );
    assert_eq!(
        one("in the past few months"),
        ("the past few months", days("2020-11-15", "2021-03-15"))
    );
    assert_eq!(
        one("over a few months"),
        ("a few months", days("2020-11-15", "2021-03-15"))
    );
    assert_eq!(
        one("in the past 24 hours"),
        ("the past 24 hours", days("2021-03-14", "2021-03-15"))
    );
    assert_eq!(
        one("over the last two weeks"),
        ("the last two weeks", days("2021-03-01", "2021-03-15"))
    );
    assert_eq!(
        one("in the coming days"),
        ("the coming days", days("2021-03-15", "2021-03-22"))
    );
    assert!(found(
        "a few days ago, days ago, several weeks ago, a few months",
        P
    )
    .is_empty());
}

#[test]
fn offsets_from_another_event() {
    let rel = |text: &str| one(text).1;
    assert_eq!(rel("a week earlier"), TimeValue::Relative(-7));
    assert_eq!(rel("a week before"), TimeValue::Relative(-7));
    assert_eq!(rel("a day earlier"), TimeValue::Relative(-1));
    assert_eq!(rel("two days earlier"), TimeValue::Relative(-2));
    assert_eq!(rel("eleven days earlier"), TimeValue::Relative(-11));
    assert_eq!(rel("20 days later"), TimeValue::Relative(20));
    assert_eq!(rel("the day before"), TimeValue::Relative(-1));
    assert_eq!(rel("the previous day"), TimeValue::Relative(-1));
    assert_eq!(rel("the night before"), TimeValue::Relative(-1));
    assert_eq!(rel("a week later"), TimeValue::Relative(7));
    assert_eq!(rel("a week after"), TimeValue::Relative(7));
    assert_eq!(rel("two days later"), TimeValue::Relative(2));
    assert_eq!(rel("the next day"), TimeValue::Relative(1));
    assert_eq!(rel("The following day"), TimeValue::Relative(1));
    assert_eq!(rel("the following week"), TimeValue::Relative(7));
    assert_eq!(rel("a month later"), TimeValue::Relative(DAYS_PER_MONTH));
    assert_eq!(rel("a year earlier"), TimeValue::Relative(-DAYS_PER_YEAR));
    assert_eq!(rel("48 hours later"), TimeValue::Relative(2));
    assert_eq!(rel("hours later"), TimeValue::Relative(0));
    assert_eq!(rel("a few minutes earlier"), TimeValue::Relative(0));
    assert_eq!(rel("later that day"), TimeValue::Relative(0));
    assert_eq!(rel("earlier in the day"), TimeValue::Relative(0));
    assert_eq!(rel("later in the day"), TimeValue::Relative(0));
    assert_eq!(rel("that same day"), TimeValue::Relative(0));
    assert_eq!(one("by day’s end"), ("day’s end", TimeValue::Relative(0)));
    assert_eq!(one("by day's end"), ("day's end", TimeValue::Relative(0)));
    assert_eq!(
        one("by the end of the day"),
        ("the end of the day", TimeValue::Relative(0))
    );
    assert!(found("days later, weeks earlier, at the end of the day", P).is_empty());
}

#[test]
fn years_and_decades() {
    assert_eq!(one("in 2018"), ("2018", days("2018-01-01", "2018-12-31")));
    assert_eq!(
        one("since 2016"),
        ("since 2016", days("2016-01-01", "2021-03-15"))
    );
    assert_eq!(
        one("late 2012"),
        ("late 2012", days("2012-09-01", "2012-12-31"))
    );
    assert_eq!(
        one("early 2019"),
        ("early 2019", days("2019-01-01", "2019-04-30"))
    );
    assert_eq!(
        one("mid-2015"),
        ("mid-2015", days("2015-05-01", "2015-08-31"))
    );
    assert_eq!(
        one("the 2018 deal"),
        ("2018", days("2018-01-01", "2018-12-31"))
    );
    assert_eq!(
        one("Britain’s 2016 vote"),
        ("2016", days("2016-01-01", "2016-12-31"))
    );
    assert_eq!(
        one("It ended 2019, they said"),
        ("2019", days("2019-01-01", "2019-12-31"))
    );
    assert_eq!(
        one("from 2011 to 2013"),
        ("2011 to 2013", days("2011-01-01", "2013-12-31"))
    );
    assert_eq!(
        one("2011-2013 drought"),
        ("2011-2013", days("2011-01-01", "2013-12-31"))
    );
    assert_eq!(
        one("in the 1990s"),
        ("1990s", days("1990-01-01", "1999-12-31"))
    );
    assert_eq!(
        one("the late 1990s"),
        ("late 1990s", days("1997-01-01", "1999-12-31"))
    );
    assert_eq!(
        one("last year"),
        ("last year", days("2020-01-01", "2020-12-31"))
    );
    assert_eq!(
        one("this year"),
        ("this year", days("2021-01-01", "2021-03-15"))
    );
    assert_eq!(
        one("earlier this year"),
        ("earlier this year", days("2021-01-01", "2021-03-14"))
    );
    assert_eq!(
        one("late last year"),
        ("late last year", days("2020-09-01", "2020-12-31"))
    );
    assert_eq!(
        one("by the end of the year"),
        ("the end of the year", days("2021-09-01", "2021-12-31"))
    );
    assert_eq!(
        one("in the past year"),
        ("the past year", days("2020-03-15", "2021-03-15"))
    );
    assert!(found(
        "2,018 people, 2018 people, 1850 troops, $2018, 2018.5, 2018% and 12018; \
         a crowd of 2000 gathered; of 2000 people; he said that 2000 died; from 2000 homes",
        P
    )
    .is_empty());
    assert_eq!(
        found("in the summer of 2018 and in 2018 and 2019", P),
        [
            ("2018", days("2018-01-01", "2018-12-31")),
            ("2018", days("2018-01-01", "2018-12-31")),
            ("2019", days("2019-01-01", "2019-12-31")),
        ]
    );
}

#[test]
fn without_a_publication_day_only_absolute_and_relative_remain() {
    let text = "On Monday, Feb. 3, 2020, and on 3 February 2020 (2020-02-03), a week earlier, \
                Feb. 3 and last week, since 2016, from Feb. 28 to March 2, 2020, in 2018, \
                yesterday and two days ago.";
    assert_eq!(
        found(text, None),
        [
            ("Monday, Feb. 3, 2020", on("2020-02-03")),
            ("3 February 2020", on("2020-02-03")),
            ("2020-02-03", on("2020-02-03")),
            ("a week earlier", TimeValue::Relative(-7)),
            ("Feb. 28 to March 2, 2020", days("2020-02-28", "2020-03-02")),
            ("2018", days("2018-01-01", "2018-12-31")),
        ]
    );
}

#[test]
fn mentions_are_ordered_and_do_not_overlap() {
    let text = "Rebels attacked on Monday night, two days after talks that began Feb. 3 \
                collapsed; since then, a week earlier and over the weekend, 12 died. \
                In mid-January and last week, 3 more.";
    assert_eq!(
        found(text, P),
        [
            ("Monday night", on("2021-03-15")),
            ("two days after", TimeValue::Relative(2)),
            ("Feb. 3", on("2021-02-03")),
            ("a week earlier", TimeValue::Relative(-7)),
            ("the weekend", days("2021-03-13", "2021-03-14")),
            ("mid-January", days("2021-01-11", "2021-01-20")),
            ("last week", days("2021-03-08", "2021-03-14")),
        ]
    );
}

/// A small deterministic generator for the robustness tests.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn random_text(seed: u64, chars: usize) -> String {
    const PIECES: &[&str] = &[
        "Monday",
        "Feb.",
        "3",
        "2020",
        "-",
        "–",
        "’",
        "'",
        "s",
        "to",
        "and",
        "between",
        "from",
        "since",
        "the",
        "a",
        "week",
        "weeks",
        "ago",
        "later",
        "early",
        "mid",
        "late",
        "of",
        "end",
        "May",
        ",",
        ".",
        ":",
        "é",
        "日",
        "night",
        "last",
        "next",
        "this",
        "weekend",
        "overnight",
        "into",
        "day",
        "1990",
        "31",
        "2,018",
        "%",
        "\u{301}",
    ];
    let mut state = seed;
    let mut out = String::new();
    while out.len() < chars {
        let r = xorshift(&mut state);
        if r % 3 == 0 {
            let c = char::from_u32((r >> 8) as u32 % 0x11_0000).unwrap_or('x');
            out.push(c);
        } else {
            out.push_str(PIECES[(r >> 8) as usize % PIECES.len()]);
        }
        if r % 5 != 0 {
            out.push(' ');
        }
    }
    out
}

fn check_well_formed(text: &str, published: Option<Day>) -> usize {
    let found = find_times(text, published);
    let mut last = 0;
    for m in &found {
        assert!(m.start < m.end && m.start >= last && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        if let TimeValue::Days(d) = m.value {
            assert!(d.from <= d.to);
        }
        last = m.end;
    }
    found.len()
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        " ",
        "-",
        "’",
        "é",
        "日本",
        "a\u{301}",
        "Feb.",
        "Feb. ",
        "Feb. 31",
        "May",
        "2020-",
        "2020-02-",
        "2020-02-31",
        "9999-99-99",
        "since",
        "the night of",
        "between and",
        "from to",
        "Monday,",
        "overnight into",
        "the end of",
        "mid-",
        "99999999999999999999 days ago",
        "0 days ago",
        "the past 0 days",
        "day’",
        "day's",
        "1990's",
        "31 February",
        "the 31st of",
    ] {
        for published in [None, P, Some(Day(i32::MAX)), Some(Day(i32::MIN))] {
            check_well_formed(text, published);
        }
    }
    for seed in 1..40 {
        let text = random_text(seed, 5_000);
        check_well_formed(&text, P);
        check_well_formed(&text, None);
    }
}

/// Hostile inputs finish and stay well formed; how fast they go is the benchmarks' to say
/// (a test asserts no wall-clock time).
#[test]
fn hostile_input_is_well_formed() {
    let text = "Monday ".repeat(100_000);
    assert_eq!(check_well_formed(&text, P), 100_000);
    for text in [
        "Feb. 3 to ".repeat(20_000),
        "the day before ".repeat(20_000),
        "from between since the end of ".repeat(10_000),
        "1 ".repeat(50_000),
        "2020-".repeat(50_000),
        "a".repeat(1_000_000),
        "7".repeat(1_000_000),
        "’s ".repeat(50_000),
        random_text(7, 1_000_000),
    ] {
        check_well_formed(&text, P);
    }
    let bytes: Vec<u8> = {
        let mut state = 99;
        (0..1_000_000).map(|_| xorshift(&mut state) as u8).collect()
    };
    check_well_formed(&String::from_utf8_lossy(&bytes), P);
}

#[test]
fn a_user_lexicon_adds_a_month_abbreviation() {
    let text = "Five soldiers were killed on Sepbr. 3 and two on Sepbr 4.";
    let p = Some(day("2020-09-10"));
    assert_eq!(
        find_times(text, p),
        [],
        "the built-in lexicon knows no Sepbr"
    );
    let mut lexicon = Lexicon::builtin().clone();
    lexicon
        .extend_toml("[[calendar.month]]\nnumber = 9\nabbreviations = [\"Sepbr\"]")
        .unwrap();
    let found: Vec<_> = find_times_with(text, p, &lexicon)
        .iter()
        .map(|m| (&text[m.start..m.end], m.value))
        .collect();
    assert_eq!(
        found,
        [
            ("Sepbr. 3", on("2020-09-03")),
            ("Sepbr 4", on("2020-09-04"))
        ]
    );
    // a lexicon with other names: a second language is data
    let mut other = Lexicon::empty();
    other
        .extend_toml(concat!(
            "[[calendar.month]]\nnumber = 3\nnames = [\"Marzo\"]\n",
            "[[calendar.weekday]]\nnumber = 1\nnames = [\"Lunes\"]\n",
        ))
        .unwrap();
    let text = "Marzo 3, 2021 Lunes";
    let found: Vec<_> = find_times_with(text, P, &other)
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect();
    assert_eq!(found, ["Marzo 3, 2021", "Lunes"]);
}

#[test]
fn a_month_of_a_year_named_after_it() {
    assert_eq!(
        one("In April last year a quake struck"),
        ("April last year", days("2020-04-01", "2020-04-30"))
    );
    assert_eq!(
        one("in January of next year"),
        ("January of next year", days("2022-01-01", "2022-01-31"))
    );
    assert_eq!(
        one("in April this year"),
        ("April this year", days("2021-04-01", "2021-04-30"))
    );
}
