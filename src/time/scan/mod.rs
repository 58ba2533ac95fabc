//! The scanner of expressions: finds the day, date and relative expressions in the tokens of
//! a text ("on Monday night", "Feb. 3, 2020", "the past few weeks", "a week earlier") and
//! takes the longest at each position.
//!
//! It reads words: the calendar names of the lexicon (`calendar.toml`), its number words
//! (`numbers.toml`) and date words (`time_words.toml`: starters, the words before a month or a
//! year), capitalisation, the prepositions and numbers around a name. What an expression it read spans in days is asked
//! of [`super::resolve`] (against the publication day) and [`super::conventions`] (the vague
//! words); this room holds no calendar arithmetic. Every pattern opens on a number or on one
//! of a few words and looks a bounded number of tokens ahead, so a scan runs in linear time.
//!
//! The patterns live in three files: this one holds token access, the small pieces (a month
//! name, a day number, a count, a unit) and the combinators (ranges, modifiers, "since");
//! [`absolute`] the expressions of days; [`relative`] the offsets from another event.

mod absolute;
mod relative;

use super::conventions::{self, Grain, Modifier, Unit};
use super::day::{interval, Day, DayInterval};
use super::mention::{TimeMention, TimeValue};
use super::resolve;
use crate::lexicon::{
    CalendarWord, CardinalWord, Lexicon, MonthAlone, NumberWords, TimeList, TimeWords,
};
use crate::text::token::{tokenize, Token, TokenKind};

/// Every temporal expression of `text`, in order, resolved against `published`, with the
/// calendar names, number words and date words of `lexicon`.
pub(super) fn mentions(text: &str, published: Option<Day>, lexicon: &Lexicon) -> Vec<TimeMention> {
    let toks = tokenize(text);
    let calendar = lexicon.calendar();
    let calendar = toks
        .iter()
        .map(|t| match t.kind {
            TokenKind::Word => calendar.word(t.text(text)),
            _ => None,
        })
        .collect();
    let sc = Scanner {
        text,
        toks,
        p: published,
        calendar,
        numbers: lexicon.numbers(),
        words: lexicon.time_words(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        match sc.mention_at(i) {
            Some((s, e, value)) => {
                if let Some(value) = value {
                    out.push(TimeMention {
                        start: sc.toks[s].start,
                        end: sc.toks[e - 1].end,
                        value,
                    });
                }
                i = e.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// How a month name reads on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strength {
    /// Always a month ("February", "Feb.").
    Strong,
    /// A month after a preposition ("March", "April", "June", "August").
    Weak,
    /// A month only with a day, a year or a modifier ("May", "Feb").
    NeedsNumber,
}

/// Where a parse runs.
#[derive(Clone, Copy, Debug, Default)]
struct Opt {
    /// A bare year or a lone month needs no context word (after "since", inside a range).
    loose: bool,
    /// "and" joins two days ("between Feb. 2 and 3").
    and_ok: bool,
    /// A modifier precedes ("mid-May", "late 2012").
    modified: bool,
    /// "… of" precedes, so "the week/month/year" means P's ("the end of the month").
    after_of: bool,
}

/// An absolute expression: tokens up to `end`, and its days once resolved.
#[derive(Clone, Copy, Debug)]
struct Abs {
    end: usize,
    /// `None` when it could not be resolved (no publication day).
    days: Option<DayInterval>,
    grain: Grain,
    /// A weekday alone, which a range may move a week on ("Saturday to Monday").
    bare_weekday: bool,
    /// "this week/month/year": cut at P unless a modifier splits it.
    clip: bool,
    /// Month, first and last day (0: the month's end) of a date given without a year.
    yearless: Option<(u32, u32, u32)>,
    /// The year written in the expression.
    year: Option<i32>,
}

impl Abs {
    fn new(end: usize, days: Option<DayInterval>, grain: Grain) -> Abs {
        Abs {
            end,
            days,
            grain,
            bare_weekday: false,
            clip: false,
            yearless: None,
            year: None,
        }
    }
}

/// A mention candidate: first token, token after the last, and the value if resolved.
type Found = (usize, usize, Option<TimeValue>);

struct Scanner<'t> {
    text: &'t str,
    toks: Vec<Token>,
    p: Option<Day>,
    /// What each token is in the calendar (words only), looked up once.
    calendar: Vec<Option<&'t CalendarWord>>,
    /// The number words: "three days ago".
    numbers: &'t NumberWords,
    /// The date words around names and numbers: starters, the words before a year.
    words: &'t TimeWords,
}

impl<'t> Scanner<'t> {
    // --- token access -----------------------------------------------------------------------

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn str(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.str(i).eq_ignore_ascii_case(w)
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && ws.iter().any(|w| self.str(i).eq_ignore_ascii_case(w))
    }

    fn prev_is_any(&self, i: usize, ws: &[&str]) -> bool {
        i > 0 && self.is_any(i - 1, ws)
    }

    /// Whether token `i` is a word of the lexicon's date words `list`.
    fn in_list(&self, i: usize, list: TimeList) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.words.has(list, self.str(i))
    }

    fn prev_in_list(&self, i: usize, list: TimeList) -> bool {
        i > 0 && self.in_list(i - 1, list)
    }

    /// The number word of a small count at token `i`: one to nineteen, or a ten up to sixty
    /// ("three days ago", "twenty-one years later"); larger ones are no count of days.
    fn small_number(&self, i: usize) -> Option<u32> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let s = self.str(i);
        let cardinal = if s.bytes().any(|b| b.is_ascii_uppercase()) {
            self.numbers.cardinal(&s.to_ascii_lowercase())
        } else {
            self.numbers.cardinal(s)
        };
        let v = match cardinal? {
            CardinalWord::Unit(v) | CardinalWord::Teen(v) => v,
            CardinalWord::Tens(v) if v <= 60.0 => v,
            _ => return None,
        };
        // a user's word for a fraction or for nothing counts no days
        (v >= 1.0 && v.fract() == 0.0).then_some(v as u32)
    }

    fn lookup<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<T> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let s = self.str(i);
        table
            .iter()
            .find(|(w, _)| s.eq_ignore_ascii_case(w))
            .map(|&(_, v)| v)
    }

    /// Whether token `i` is a capitalised word ("Monday") or one in capitals ("MONDAY").
    fn capitalised(&self, i: usize) -> bool {
        let s = self.str(i);
        if self.kind(i) != Some(TokenKind::Word) || s.len() > 12 {
            return false;
        }
        let mut cs = s.chars();
        cs.next().is_some_and(char::is_uppercase)
            && (cs.clone().all(char::is_lowercase) || cs.all(char::is_uppercase))
    }

    fn punct(&self, i: usize) -> Option<char> {
        (self.kind(i) == Some(TokenKind::Other))
            .then(|| self.str(i).chars().next())
            .flatten()
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.punct(i) == Some(c)
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('-' | '–' | '—' | '‐' | '‑' | '−'))
    }

    fn is_apostrophe(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('\'' | '’'))
    }

    /// Whether token `i` follows token `i - 1` with no space between.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// The value and length of a number token of at most four digits.
    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokenKind::Digits) {
            return None;
        }
        let s = self.str(i);
        (s.len() <= 4).then(|| (s.parse().unwrap_or(0), s.len()))
    }

    /// Whether the number at `i` ends there: no letter, digit, percent sign or decimal or
    /// thousands separator glued after it ("3.6", "2,018", "10:27", "3km").
    fn free_right(&self, i: usize) -> bool {
        let j = i + 1;
        if !self.glued(j) {
            return true;
        }
        match self.kind(j) {
            Some(TokenKind::Word | TokenKind::Digits) => false,
            Some(TokenKind::Other) => {
                let c = self.punct(j);
                c != Some('%')
                    && !(matches!(c, Some('.' | ',' | ':' | '/'))
                        && self.glued(j + 1)
                        && self.kind(j + 1) == Some(TokenKind::Digits))
            }
            None => true,
        }
    }

    /// Whether the number at `i` starts there: nothing glued before it that makes it part of
    /// a longer number, a clock time, a price or a code.
    fn free_left(&self, i: usize) -> bool {
        if !self.glued(i) {
            return true;
        }
        match self.kind(i - 1) {
            Some(TokenKind::Word | TokenKind::Digits) => false,
            _ => !matches!(
                self.punct(i - 1),
                Some('.' | ',' | ':' | '/' | '$' | '£' | '€' | '#')
            ),
        }
    }

    fn possessive_before(&self, i: usize) -> bool {
        i >= 2 && self.is(i - 1, "s") && self.glued(i - 1) && self.is_apostrophe(i - 2)
    }

    // --- small grammar pieces ---------------------------------------------------------------

    /// What the word at `i` is in the calendar, if anything.
    fn calendar_word(&self, i: usize) -> Option<&'t CalendarWord> {
        self.calendar.get(i).copied().flatten()
    }

    fn month_name(&self, i: usize) -> Option<(u32, usize, Strength)> {
        if !self.capitalised(i) {
            return None;
        }
        let word = self.calendar_word(i)?;
        if let Some(m) = word.month_name {
            let strength = match word.month_alone {
                MonthAlone::NeedsNumber => Strength::NeedsNumber,
                MonthAlone::NeedsPreposition => Strength::Weak,
                MonthAlone::Month => Strength::Strong,
            };
            return Some((m, i + 1, strength));
        }
        let m = word.month_abbreviation?;
        if self.is_punct(i + 1, '.') && self.glued(i + 1) {
            Some((m, i + 2, Strength::Strong))
        } else {
            Some((m, i + 1, Strength::NeedsNumber))
        }
    }

    /// The days from P of a near day at `i` ("yesterday" is -1).
    fn near_day_offset(&self, i: usize) -> Option<i32> {
        self.calendar_word(i)?.near_day
    }

    /// Whether token `i` names a part of a day ("morning", "night").
    fn part_of_day(&self, i: usize) -> bool {
        self.calendar_word(i).is_some_and(|w| w.part_of_day)
    }

    fn weekday_name(&self, i: usize) -> Option<u32> {
        if self.capitalised(i) {
            self.calendar_word(i)?.weekday
        } else {
            None
        }
    }

    /// A day of the month, 1–31, with an optional ordinal suffix ("3rd").
    fn day_number(&self, i: usize, check_left: bool) -> Option<(u32, usize)> {
        let (v, len) = self.digits(i)?;
        if len > 2 || !(1..=31).contains(&v) || check_left && !self.free_left(i) {
            return None;
        }
        if self.glued(i + 1) && self.is_any(i + 1, &["st", "nd", "rd", "th"]) {
            return Some((v, i + 2));
        }
        self.free_right(i).then_some((v, i + 1))
    }

    /// A four-digit year 1900–2100 that stands alone.
    fn year4(&self, i: usize) -> Option<i32> {
        let (v, len) = self.digits(i)?;
        (len == 4 && (1900..=2100).contains(&v) && self.free_left(i) && self.free_right(i))
            .then_some(v as i32)
    }

    /// A year after a date: ", 2020" or " 2020".
    fn trailing_year(&self, j: usize) -> Option<(i32, usize)> {
        let k = if self.is_punct(j, ',') { j + 1 } else { j };
        self.year4(k).map(|y| (y, k + 1))
    }

    /// The word or dash that joins the two ends of a range.
    fn connector(&self, j: usize, and_ok: bool) -> Option<usize> {
        (self.is_dash(j)
            || self.is_any(j, &["to", "through", "thru", "until", "till"])
            || and_ok && self.is(j, "and"))
        .then_some(j + 1)
    }

    /// A small count: digits, "one" … "twenty" (and tens to sixty, "twenty-one"), "a"/"an",
    /// "a couple (of)", "a dozen".
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, len)) = self.digits(i) {
            return (len <= 3 && v >= 1 && self.free_left(i) && self.free_right(i))
                .then_some((v, i + 1));
        }
        if self.is_any(i, &["a", "an"]) {
            if self.is(i + 1, "couple") {
                let j = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((2, j));
            }
            if self.is(i + 1, "dozen") {
                return Some((12, i + 2));
            }
            if self.is(i + 1, "few") {
                return None;
            }
            return Some((1, i + 1));
        }
        if self.is(i, "couple") && self.is(i + 1, "of") {
            return Some((2, i + 2));
        }
        let v = self.small_number(i)?;
        if v >= 20 && self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
            if let Some(u) = self.small_number(i + 2).filter(|&u| u < 10) {
                return Some((v + u, i + 3));
            }
        }
        Some((v, i + 1))
    }

    /// A count or a range of counts ("three or four", "two to three").
    fn count_range(&self, i: usize) -> Option<(u32, u32, usize)> {
        let (lo, j) = self.count(i)?;
        if self.is_any(j, &["or", "to"]) || self.is_dash(j) {
            if let Some((hi, k)) = self.count(j + 1) {
                if hi > lo {
                    return Some((lo, hi, k));
                }
            }
        }
        Some((lo, lo, j))
    }

    /// A unit of time, whether it is plural, and the token after it.
    fn unit(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let (unit, plural) = self.lookup(
            i,
            &[
                ("day", (Unit::Days(1), false)),
                ("days", (Unit::Days(1), true)),
                ("night", (Unit::Days(1), false)),
                ("nights", (Unit::Days(1), true)),
                ("week", (Unit::Days(7), false)),
                ("weeks", (Unit::Days(7), true)),
                ("fortnight", (Unit::Days(14), false)),
                ("month", (Unit::Months(1), false)),
                ("months", (Unit::Months(1), true)),
                ("year", (Unit::Months(12), false)),
                ("years", (Unit::Months(12), true)),
                ("decade", (Unit::Months(120), false)),
                ("decades", (Unit::Months(120), true)),
                ("hour", (Unit::Hours, false)),
                ("hours", (Unit::Hours, true)),
            ],
        )?;
        Some((unit, plural, i + 1))
    }

    /// "earlier", "before" … as -1; "later", "after" … as +1.
    fn direction(&self, i: usize) -> Option<i32> {
        self.lookup(
            i,
            &[
                ("earlier", -1),
                ("before", -1),
                ("prior", -1),
                ("previously", -1),
                ("beforehand", -1),
                ("later", 1),
                ("after", 1),
                ("afterwards", 1),
                ("afterward", 1),
            ],
        )
    }

    // --- mentions ---------------------------------------------------------------------------

    /// Whether a mention may start at token `i`: every pattern opens on a number or on one of
    /// a few words, so most tokens of a text are passed over at once.
    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokenKind::Digits) => true,
            Some(TokenKind::Word) => {
                self.in_list(i, TimeList::Starters)
                    || self.small_number(i).is_some()
                    || self
                        .calendar_word(i)
                        .is_some_and(|w| w.names_month_or_weekday() || w.near_day.is_some())
            }
            _ => false,
        }
    }

    /// The longest mention that the scan may take at token `i`.
    fn mention_at(&self, i: usize) -> Option<Found> {
        if !self.may_start(i) {
            return None;
        }
        let mut best: Option<Found> = None;
        let candidates = [
            self.relative(i)
                .map(|(e, n)| (i, e, Some(TimeValue::Relative(n)))),
            self.since(i),
            self.night_of(i),
            self.range_or_absolute(i)
                .map(|(s, a)| (s, a.end, self.finish(a))),
        ];
        for c in candidates.into_iter().flatten() {
            if best.is_none_or(|b| c.1 > b.1) {
                best = Some(c);
            }
        }
        best
    }

    /// The value of an absolute expression, cut at P for "this week/month/year".
    fn finish(&self, a: Abs) -> Option<TimeValue> {
        let mut d = a.days?;
        if a.clip {
            d = interval(d.from, d.to.min(self.p?))?;
        }
        Some(TimeValue::Days(d))
    }

    /// "since X": from X to P.
    fn since(&self, i: usize) -> Option<Found> {
        if !self.is(i, "since") {
            return None;
        }
        let opt = Opt {
            loose: true,
            ..Opt::default()
        };
        let a = self.modified(i + 1, opt)?;
        let value = match (self.p, a.days) {
            (Some(p), Some(d)) => interval(d.from, p).map(TimeValue::Days),
            _ => None,
        };
        Some((i, a.end, value))
    }

    /// "the night of/from/between …", "the weekend of …".
    fn night_of(&self, i: usize) -> Option<Found> {
        if !(self.is(i, "the")
            && self.is_any(
                i + 1,
                &["night", "morning", "evening", "afternoon", "weekend"],
            ))
        {
            return None;
        }
        let (_, a) = if self.is(i + 2, "of") {
            self.range_or_absolute(i + 3)?
        } else if self.is_any(i + 2, &["from", "between"]) {
            self.range_or_absolute(i + 2)?
        } else {
            return None;
        };
        Some((i, a.end, self.finish(a)))
    }

    /// An absolute expression, or two joined into a range ("from Feb. 2 to Feb. 3", "between
    /// 2011 and 2013", "Saturday to Monday"); the first token of the mention, and the
    /// expression.
    fn range_or_absolute(&self, i: usize) -> Option<(usize, Abs)> {
        let (k, and_ok) = if self.is(i, "from") {
            (i + 1, false)
        } else if self.is(i, "between") {
            (i + 1, true)
        } else {
            (i, false)
        };
        let ranged = |a: Abs| -> Option<Abs> {
            let c = self.connector(a.end, and_ok)?;
            let opt = Opt {
                loose: true,
                ..Opt::default()
            };
            let b = self.modified(c, opt)?;
            Self::combine(a, b)
        };
        let strict = Opt {
            and_ok,
            ..Opt::default()
        };
        if let Some(a) = self.modified(k, strict) {
            return Some((k, ranged(a).unwrap_or(a)));
        }
        // a bare year or lone month that only the range makes one ("2011-2013")
        let loose = Opt {
            loose: true,
            and_ok,
            ..Opt::default()
        };
        let a = self.modified(k, loose)?;
        ranged(a).map(|r| (k, r))
    }

    /// The range from `a` to `b`, or `None` if they do not make one.
    fn combine(mut a: Abs, b: Abs) -> Option<Abs> {
        // "Feb. 28 to March 2, 2020": the first end takes the year of the second
        if let (Some((m, d1, d2)), None, Some(by), Some(bd)) = (a.yearless, a.year, b.year, b.days)
        {
            a.days = resolve::range_start(m, d1, d2, by, bd);
        }
        let mut r = Abs::new(b.end, None, Grain::Other);
        r.year = b.year;
        match (a.days, b.days) {
            // recognised, but not resolvable without the publication day
            (None, None) => Some(r),
            (Some(x), Some(y)) => {
                r.days = Some(resolve::range(x, y, b.bare_weekday)?);
                Some(r)
            }
            _ => None,
        }
    }

    /// An absolute expression with an optional modifier ("mid-January", "late 2012", "earlier
    /// this week", "the end of the month").
    fn modified(&self, i: usize, opt: Opt) -> Option<Abs> {
        let mut best = self.base(i, opt);
        if let Some((m, j, after_of)) = self.modifier(i) {
            let o = Opt {
                modified: true,
                after_of,
                ..opt
            };
            if let Some(r) = self.base(j, o).and_then(|b| self.apply(m, b)) {
                if best.is_none_or(|x| r.end > x.end) {
                    best = Some(r);
                }
            }
        }
        best
    }

    fn modifier(&self, i: usize) -> Option<(Modifier, usize, bool)> {
        if let Some(m) = self.lookup(
            i,
            &[
                ("early", Modifier::Early),
                ("mid", Modifier::Mid),
                ("late", Modifier::Late),
                ("earlier", Modifier::Earlier),
                ("later", Modifier::Later),
            ],
        ) {
            let dash = self.is_dash(i + 1) && self.glued(i + 1);
            let j = if dash && !matches!(m, Modifier::Earlier | Modifier::Later) {
                i + 2
            } else {
                i + 1
            };
            return Some((m, j, false));
        }
        let k = if self.is(i, "the") { i + 1 } else { i };
        let m = self.lookup(
            k,
            &[
                ("beginning", Modifier::Early),
                ("start", Modifier::Early),
                ("middle", Modifier::Mid),
                ("end", Modifier::Late),
            ],
        )?;
        self.is(k + 1, "of").then_some((m, k + 2, true))
    }

    /// The part of `b` that modifier `m` names.
    fn apply(&self, m: Modifier, b: Abs) -> Option<Abs> {
        let mut r = Abs::new(
            b.end,
            None,
            if b.grain == Grain::Day {
                Grain::Day
            } else {
                Grain::Other
            },
        );
        r.year = b.year;
        if b.grain == Grain::Other {
            return None;
        }
        let Some(d) = b.days else {
            return Some(r);
        };
        r.days = conventions::part(m, b.grain, d, self.p);
        Some(r)
    }

    /// The longest absolute expression at `i`, without modifier or range.
    fn base(&self, i: usize, opt: Opt) -> Option<Abs> {
        let candidates = [
            self.iso(i),
            self.month_day(i, opt),
            self.day_month(i, opt),
            self.month_alone(i, opt),
            self.weekday(i),
            self.near_day(i),
            self.week(i, opt),
            self.month_relative(i, opt),
            self.year_relative(i, opt),
            self.year(i, opt),
            self.ago(i),
            self.span_to_p(i),
        ];
        let mut best: Option<Abs> = None;
        for c in candidates.into_iter().flatten() {
            if best.is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        best
    }
}
