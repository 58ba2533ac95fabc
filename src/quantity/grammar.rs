//! The scanner: a recursive-descent reader of number phrases over the tokens of a text.
//!
//! The scan is one left-to-right pass. At each token that can open a number phrase (digits,
//! a number word, a vague amount, a modifier, a currency sign, a month name) it tries, in
//! order, the readings that are not amounts (dates, clock times, phone numbers, identifiers)
//! and then the amount reading `[modifier] [currency] number [range] [scale] [unit]
//! [modifier]`; the longest reading wins and the scan continues after it. Every reading looks
//! ahead a bounded number of tokens or consumes what it reads, so the scan is linear in the
//! length of the text.

use super::convention::{vague_amount, vague_first_word, Conventions};
use super::words::{self, CardinalWord};
use super::{Mention, MentionKind, Modifier, Quantity};
use crate::lexicon::{Dimension, Lexicon};
use crate::text::token::{tokenize, Token, TokenKind};

/// Longest digit run read as one number; longer runs are identifiers (serials, hashes).
const MAX_DIGITS: usize = 40;

/// Words after which a four-digit number is a year ("in 2018", "late 2012", "since 1990").
const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "to", "through", "before", "after", "during",
    "of", "early", "mid", "late", "year", "summer", "winter", "spring", "autumn", "fall",
    "between", "circa", "around", "fiscal", "election", "census", "and", "or", "than", "season",
    "budget", "class", "vintage", "model", "for", "the", "that", "this", "same", "as", "early-",
];

/// Plural-less nouns that make a four-digit number a count ("1500 people").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "personnel",
    "police",
    "children",
    "men",
    "women",
    "staff",
    "militia",
    "cattle",
    "livestock",
    "infantry",
    "youth",
    "kids",
    "families",
];

/// Capitalised nouns followed by a number that names rather than counts ("Resolution 2254").
const IDENTIFIER_NOUNS: &[&str] = &[
    "Resolution",
    "Article",
    "Route",
    "Highway",
    "Flight",
    "Chapter",
    "Section",
    "Room",
    "Gate",
    "Platform",
    "Paragraph",
    "Clause",
    "Amendment",
    "Apollo",
    "Channel",
    "Interstate",
    "Level",
    "Category",
    "Phase",
    "Stage",
    "Block",
    "Building",
    "Apartment",
    "Suite",
    "Bus",
    "Line",
    "Track",
    "Terminal",
    "Precinct",
    "District",
    "Ward",
    "Sector",
    "Zone",
    "Camp",
    "Checkpoint",
    "Hill",
    "Brigade",
    "Division",
    "Corps",
    "Regiment",
    "Battalion",
    "Squadron",
    "Unit",
    "Division",
    "Model",
    "Version",
    "Windows",
    "iPhone",
    "Galaxy",
    "Boeing",
    "Airbus",
    "Su",
    "MiG",
    "Mig",
    "Tu",
    "Il",
    "An",
    "Mi",
    "Ka",
    "Tupolev",
    "Sukhoi",
    "Ilyushin",
    "No",
    "Nos",
    "Number",
    "Vol",
    "Volume",
    "Issue",
    "Exhibit",
    "Case",
    "Docket",
    "Bill",
    "Proposition",
    "Prop",
    "Law",
    "Decree",
    "Act",
    "Code",
    "Rule",
    "Grade",
    "Pier",
    "Exit",
    "Junction",
    "Km",
    "Kilometre",
    "Kilometer",
    "Mile",
];

/// Lowercase nouns followed by a number that names rather than counts ("page 5", "pp. 3").
const IDENTIFIER_NOUNS_LOWER: &[&str] = &[
    "page", "pages", "pp", "p", "no", "nos", "vol", "ch", "sec", "art", "ext",
];

/// Words before "one" that make it a pronoun, not a number ("the one", "no one").
const PRONOUN_ONE_CUES: &[&str] = &[
    "the",
    "this",
    "that",
    "which",
    "each",
    "every",
    "any",
    "no",
    "another",
    "someone",
    "anyone",
    "everyone",
    "only",
    "last",
    "next",
    "little",
    "loved",
    "young",
    "right",
    "wrong",
    "new",
    "old",
    "big",
    "small",
    "good",
    "bad",
    "other",
    "such",
    "what",
    "whichever",
    "same",
];

/// Words after "one" that make it a pronoun ("one another", "one's").
const PRONOUN_ONE_AFTER: &[&str] = &[
    "another", "'s", "’s", "can", "must", "should", "would", "may",
];

/// The scanner's view of one text.
struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Token>,
    /// Lowercase text of every word token (empty for other tokens).
    lower: Vec<String>,
    lex: &'a Lexicon,
    conv: &'a Conventions,
}

/// Scan `text` for number phrases.
pub(crate) fn scan(text: &str, lex: &Lexicon, conv: &Conventions) -> Vec<Mention> {
    let toks = tokenize(text);
    let lower = toks
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Word {
                let s = t.text(text);
                if s.chars().any(char::is_uppercase) {
                    s.to_lowercase()
                } else {
                    s.to_string()
                }
            } else {
                String::new()
            }
        })
        .collect();
    let sc = Scanner {
        text,
        toks,
        lower,
        lex,
        conv,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        match sc.mention_at(i) {
            Some((m, next)) => {
                debug_assert!(next > i);
                out.push(m);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// A number as read, before modifiers and units make it a quantity.
#[derive(Clone, Debug)]
struct Number {
    /// First token and one past the last token.
    first: usize,
    end: usize,
    value: f64,
    /// Implied precision: half-width of the interval the digits written allow.
    half_width: f64,
    /// A vague amount's interval ("dozens").
    vague: Option<(f64, f64)>,
    /// The scale written last ("million"), if the number ends with one.
    scale: Option<f64>,
    /// The value before that scale.
    mantissa: f64,
    fraction: bool,
    /// The number is a plain run of digits (no separator, decimal or scale): year candidate.
    plain_digits: Option<usize>,
    /// Written in words ("five"), not digits.
    words: bool,
    /// Too large to be an amount (`1e999`, a 400-digit run): typed as an identifier.
    overflow: bool,
}

impl Number {
    fn simple(first: usize, end: usize, value: f64) -> Number {
        Number {
            first,
            end,
            value,
            half_width: 0.0,
            vague: None,
            scale: None,
            mantissa: value,
            fraction: false,
            plain_digits: None,
            words: false,
            overflow: false,
        }
    }
}

/// The plural of "dozen" and its abbreviations, which multiply the number before them.
fn is_dozens(w: &str) -> bool {
    matches!(w, "dozens" | "dzs" | "dozs")
}

fn is_integral(v: f64) -> bool {
    v.is_finite() && v.fract() == 0.0
}

impl<'a> Scanner<'a> {
    // ----- token helpers ------------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Lowercase word at `i`, or "" when `i` is not a word.
    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i) == w
    }

    fn is_other(&self, i: usize, c: &str) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Other) && self.raw(i) == c
    }

    fn is_digits(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Digits)
    }

    /// Token `i` follows token `i - 1` with no space between them.
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn is_dash(&self, i: usize) -> bool {
        ["-", "–", "—", "‐", "‑", "−"]
            .iter()
            .any(|d| self.is_other(i, d))
    }

    fn capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn digits_value(&self, i: usize) -> f64 {
        self.raw(i).parse::<f64>().unwrap_or(f64::INFINITY)
    }

    fn digits_len(&self, i: usize) -> usize {
        if self.is_digits(i) {
            self.raw(i).len()
        } else {
            0
        }
    }

    fn mention(&self, first: usize, end: usize, kind: MentionKind, q: Option<Quantity>) -> Mention {
        Mention {
            start: self.toks[first].start,
            end: self.toks[end - 1].end,
            kind,
            quantity: q,
        }
    }

    /// The token after a run that ends before `end` continues it without a break: glued
    /// letters or digits.
    fn glued_alnum(&self, end: usize) -> bool {
        self.glued(end)
            && self
                .tok(end)
                .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Digits))
    }

    // ----- the entry point ----------------------------------------------------------------

    fn mention_at(&self, i: usize) -> Option<(Mention, usize)> {
        let t = self.tok(i)?;
        let opens = match t.kind {
            TokenKind::Digits => true,
            TokenKind::Word => true,
            TokenKind::Other => !matches!(
                self.raw(i),
                "," | ";"
                    | ":"
                    | "!"
                    | "?"
                    | "\""
                    | ")"
                    | "]"
                    | "}"
                    | "/"
                    | "&"
                    | "*"
                    | "#"
                    | "@"
                    | "_"
                    | "|"
            ),
        };
        if !opens {
            return None;
        }
        if t.kind == TokenKind::Word && self.glued(i) && self.is_digits(i - 1) {
            // The tail of something already rejected ("5G" read as identifier elsewhere).
            return None;
        }
        if t.kind == TokenKind::Word && !self.word_may_open(i) {
            return None;
        }
        if t.kind == TokenKind::Digits && self.glued(i) {
            let prev = &self.toks[i - 1];
            if prev.kind == TokenKind::Word || prev.kind == TokenKind::Digits {
                return None;
            }
        }
        self.date_at(i)
            .or_else(|| self.time_at(i))
            .or_else(|| self.phone_at(i))
            .or_else(|| self.identifier_at(i))
            .or_else(|| self.amount_at(i))
    }

    /// Whether a number phrase can start at word `i`: most words of a text cannot, and this
    /// test is cheap (table look-ups, no allocation).
    fn word_may_open(&self, i: usize) -> bool {
        let w = self.word(i);
        let raw = self.raw(i);
        let glued_digits = self.glued(i + 1)
            && (self.is_digits(i + 1)
                || self.is_dash(i + 1) && self.is_digits(i + 2) && self.glued(i + 2));
        words::cardinal(w).is_some()
            || words::ordinal(w).is_some()
            || words::fraction_noun(w).is_some()
            || words::month(w).is_some()
            || vague_first_word(w)
            || matches!(w, "a" | "an" | "minus" | "negative" | "between" | "from")
            || glued_digits
            || (IDENTIFIER_NOUNS.contains(&raw) && self.is_digits(i + 1))
            || self.lex.may_start_amount(w, raw)
            || self.million_currency_at(i).is_some()
    }

    // ----- dates, times, phones, identifiers ----------------------------------------------

    /// A month word at `i` (capitalised, so that "may" and "march" as verbs stay words), with
    /// an optional abbreviation dot; returns the token after it.
    fn month_at(&self, i: usize) -> Option<usize> {
        if !self.capitalised(i) {
            return None;
        }
        words::month(self.word(i))?;
        let mut j = i + 1;
        if self.is_other(j, ".") && self.glued(j) {
            j += 1;
        }
        Some(j)
    }

    /// A day of the month at `i` ("3", "3rd"); returns the token after it.
    fn day_at(&self, i: usize) -> Option<usize> {
        if !self.is_digits(i) || self.digits_len(i) > 2 {
            return None;
        }
        let d = self.digits_value(i);
        if !(1.0..=31.0).contains(&d) {
            return None;
        }
        let mut j = i + 1;
        if self.glued(j) && matches!(self.word(j), "st" | "nd" | "rd" | "th") {
            j += 1;
        }
        if self.glued_alnum(j) {
            return None;
        }
        Some(j)
    }

    fn year_digits_at(&self, i: usize) -> bool {
        self.digits_len(i) == 4 && (1000.0..=2199.0).contains(&self.digits_value(i))
    }

    fn date_at(&self, i: usize) -> Option<(Mention, usize)> {
        let date = |end: usize| Some((self.mention(i, end, MentionKind::Date, None), end));
        if self.is_digits(i) {
            // 2020-02-10
            if self.digits_len(i) == 4
                && self.is_dash(i + 1)
                && self.glued(i + 1)
                && self.digits_len(i + 2) == 2
                && self.glued(i + 2)
                && self.is_dash(i + 3)
                && self.glued(i + 3)
                && self.digits_len(i + 4) == 2
                && self.glued(i + 4)
                && !self.glued_alnum(i + 5)
            {
                return date(i + 5);
            }
            // 5/17/2018, 10.02.2020, 17-05-2018
            for sep in ["/", ".", "-"] {
                if self.digits_len(i) <= 2
                    && self.is_other(i + 1, sep)
                    && self.glued(i + 1)
                    && (1..=2).contains(&self.digits_len(i + 2))
                    && self.glued(i + 2)
                    && self.is_other(i + 3, sep)
                    && self.glued(i + 3)
                    && matches!(self.digits_len(i + 4), 2 | 4)
                    && self.glued(i + 4)
                    && !self.glued_alnum(i + 5)
                    && !(self.is_other(i + 5, sep) && self.glued(i + 5))
                {
                    return date(i + 5);
                }
            }
            // 3 February (2020), 3rd of February
            if let Some(j) = self.day_at(i) {
                let k = if self.is_word(j, "of") { j + 1 } else { j };
                if let Some(after) = self.month_at(k) {
                    let end = if self.year_digits_at(after) {
                        after + 1
                    } else {
                        after
                    };
                    return date(end);
                }
            }
            return None;
        }
        // February 2, February 2-3, Feb. 3, 2020, February 2020, February 2 to February 3
        let j = self.month_at(i)?;
        if let Some(mut end) = self.day_at(j) {
            // a range of days: "Feb. 2-3"
            if self.is_dash(end) && self.glued(end) {
                if let Some(e) = self.day_at(end + 1) {
                    end = e;
                }
            }
            if self.is_other(end, ",") && self.year_digits_at(end + 1) {
                end += 2;
            } else if self.year_digits_at(end) {
                end += 1;
            }
            return date(end);
        }
        if self.year_digits_at(j) && !self.glued_alnum(j + 1) {
            return date(j + 1);
        }
        None
    }

    /// "a.m.", "am", "p.m.", "PM" at `i`; returns the token after it.
    fn meridiem_at(&self, i: usize) -> Option<usize> {
        match self.word(i) {
            "am" | "pm" => Some(if self.is_other(i + 1, ".") && self.glued(i + 1) {
                i + 2
            } else {
                i + 1
            }),
            "a" | "p" => {
                if self.is_other(i + 1, ".")
                    && self.glued(i + 1)
                    && self.is_word(i + 2, "m")
                    && self.glued(i + 2)
                {
                    Some(if self.is_other(i + 3, ".") && self.glued(i + 3) {
                        i + 4
                    } else {
                        i + 3
                    })
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    fn time_at(&self, i: usize) -> Option<(Mention, usize)> {
        if !self.is_digits(i) {
            return None;
        }
        let n = self.digits_len(i);
        let mut end = i + 1;
        let mut clock = false;
        // 2.13 am: the British dot, only with a meridiem
        if n <= 2
            && self.is_other(i + 1, ".")
            && self.glued(i + 1)
            && self.digits_len(i + 2) == 2
            && self.glued(i + 2)
        {
            if let Some(e) = self.meridiem_at(i + 3) {
                return Some((self.mention(i, e, MentionKind::Time, None), e));
            }
        }
        // 10:27, 1:13:05
        if n <= 2
            && self.is_other(i + 1, ":")
            && self.glued(i + 1)
            && self.digits_len(i + 2) == 2
            && self.glued(i + 2)
        {
            clock = true;
            end = i + 3;
            if self.is_other(end, ":") && self.glued(end) && self.digits_len(end + 1) == 2 {
                end += 2;
            }
        }
        if n <= 2 || clock {
            if let Some(e) = self.meridiem_at(end) {
                return Some((self.mention(i, e, MentionKind::Time, None), e));
            }
        }
        let zone = |j: usize| {
            matches!(
                self.raw(j),
                "GMT" | "UTC" | "EST" | "EDT" | "PST" | "CET" | "BST" | "IST" | "hrs" | "HRS"
            )
        };
        if (clock || n == 4) && zone(end) {
            return Some((self.mention(i, end + 1, MentionKind::Time, None), end + 1));
        }
        if clock && !self.glued_alnum(end) {
            return Some((self.mention(i, end, MentionKind::Time, None), end));
        }
        None
    }

    fn phone_at(&self, i: usize) -> Option<(Mention, usize)> {
        let mut j = i;
        let plus = self.is_other(j, "+") && self.is_digits(j + 1) && self.glued(j + 1);
        if plus {
            j += 1;
        }
        if !(self.is_digits(j) || self.is_other(j, "(") && self.is_digits(j + 1)) {
            return None;
        }
        // digit groups joined by -, ., space-less parentheses
        let mut groups = 0;
        let mut digits = 0;
        let mut k = j;
        loop {
            if self.is_other(k, "(") && self.is_digits(k + 1) && self.is_other(k + 2, ")") {
                digits += self.digits_len(k + 1);
                groups += 1;
                k += 3;
            } else if self.is_digits(k) {
                digits += self.digits_len(k);
                groups += 1;
                k += 1;
            } else {
                break;
            }
            let sep = self.is_dash(k) || self.is_other(k, ".");
            if sep && self.glued(k) && self.is_digits(k + 1) && self.glued(k + 1) {
                k += 1;
            } else {
                // "+44 20 7946 0958": spaced groups only once it looks like a phone number
                let spaced_group = self.is_digits(k)
                    && self.toks[k].space_before
                    && (plus || groups >= 2)
                    && self.digits_len(k) >= if plus { 2 } else { 3 }
                    && groups < 6;
                if !spaced_group {
                    break;
                }
            }
        }
        let phone = (plus && digits >= 7) || (groups >= 3 && digits >= 9 && !self.glued_alnum(k));
        phone.then(|| (self.mention(i, k, MentionKind::Phone, None), k))
    }

    fn identifier_at(&self, i: usize) -> Option<(Mention, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            TokenKind::Word => {
                // F-16, COVID-19, Su-24, S-400; M5, A320, G20, H1N1
                let uppercase_start = self.capitalised(i);
                if !uppercase_start {
                    return None;
                }
                let mut j = i + 1;
                if self.is_dash(j) && self.glued(j) && self.is_digits(j + 1) && self.glued(j + 1) {
                    j += 1;
                } else if !(self.is_digits(j) && self.glued(j)) {
                    // Resolution 2254, Highway 5
                    if IDENTIFIER_NOUNS.contains(&self.raw(i))
                        && self.is_digits(j)
                        && !self.is_other(j + 1, ",")
                    {
                        let mut end = j + 1;
                        while self.glued_alnum(end) {
                            end += 1;
                        }
                        return Some((self.mention(j, end, MentionKind::Identifier, None), end));
                    }
                    return None;
                }
                if self.lex.unit_before(self.text, &self.toks, i).is_some() {
                    return None; // "USD5", "Rs500"
                }
                // the rest of the name: "A320neo", "MH-17", "J1149.5+6663"
                let mut end = j + 1;
                while self.glued_alnum(end)
                    || (["-", "/", ".", "+", "‐", "–"]
                        .iter()
                        .any(|c| self.is_other(end, c))
                        && self.glued(end)
                        && self.glued_alnum(end + 1))
                {
                    end += 1;
                }
                Some((self.mention(i, end, MentionKind::Identifier, None), end))
            }
            TokenKind::Digits => {
                // page 5, No. 7
                let prev = i.checked_sub(1)?;
                let p = if self.is_other(prev, ".") && prev > 0 {
                    prev - 1
                } else {
                    prev
                };
                if IDENTIFIER_NOUNS_LOWER.contains(&self.raw(p))
                    || (p != prev && IDENTIFIER_NOUNS.contains(&self.raw(p)))
                {
                    let mut end = i + 1;
                    while self.glued_alnum(end) {
                        end += 1;
                    }
                    return Some((self.mention(i, end, MentionKind::Identifier, None), end));
                }
                None
            }
            TokenKind::Other => None,
        }
    }

    // ----- numbers ------------------------------------------------------------------------

    /// A run of digits with separators, decimals, exponents and glued or spaced scales.
    fn digits_number_at(&self, i: usize, after_currency: bool) -> Option<Number> {
        let mut j;
        let mut int_text = String::new();
        let mut decimals: Option<String> = None;
        let mut separators = false;
        if self.is_digits(i) {
            int_text.push_str(self.raw(i));
            j = i + 1;
            // 1,234,567 ; 1 234 567 (thin, no-break or plain spaces)
            if self.digits_len(i) <= 2 && self.indian_grouping(j) {
                // lakh grouping: 12,34,567 — pairs, then a final group of three
                while self.is_other(j, ",")
                    && self.glued(j)
                    && self.glued(j + 1)
                    && matches!(self.digits_len(j + 1), 2 | 3)
                {
                    let last = self.digits_len(j + 1) == 3;
                    int_text.push_str(self.raw(j + 1));
                    j += 2;
                    separators = true;
                    if last {
                        break;
                    }
                }
            } else if self.digits_len(i) <= 3 {
                if self.is_other(j, ",")
                    && self.glued(j)
                    && self.digits_len(j + 1) == 3
                    && self.glued(j + 1)
                {
                    while self.is_other(j, ",")
                        && self.glued(j)
                        && self.digits_len(j + 1) == 3
                        && self.glued(j + 1)
                    {
                        int_text.push_str(self.raw(j + 1));
                        j += 2;
                        separators = true;
                    }
                } else if self.is_other(j, "\u{2009}") || self.is_other(j, "'") {
                    // 1'234 (Swiss), handled like the thin space
                    while (self.is_other(j, "'") || self.is_other(j, "\u{2009}"))
                        && self.glued(j)
                        && self.digits_len(j + 1) == 3
                        && self.glued(j + 1)
                    {
                        int_text.push_str(self.raw(j + 1));
                        j += 2;
                        separators = true;
                    }
                } else {
                    // space-separated thousands: every later group exactly three digits
                    let mut k = j;
                    let mut groups = String::new();
                    while self.digits_len(k) == 3
                        && self.toks[k].space_before
                        && !self.toks[k].newline_before
                    {
                        groups.push_str(self.raw(k));
                        k += 1;
                    }
                    if k > j
                        && !self.is_digits(k)
                        && !(self.is_other(k, ",") && self.is_digits(k + 1) && self.glued(k + 1))
                    {
                        int_text.push_str(&groups);
                        j = k;
                        separators = true;
                    }
                }
            }
            // decimal point, or a decimal comma that does not continue a list ("1,3." but
            // not "22,24,26")
            let point = self.is_other(j, ".")
                && self.glued(j)
                && self.is_digits(j + 1)
                && self.glued(j + 1);
            let comma = !separators
                && self.is_other(j, ",")
                && self.glued(j)
                && self.is_digits(j + 1)
                && self.glued(j + 1)
                && self.digits_len(j + 1) != 3
                && !(self.is_other(j + 2, ",") && self.is_digits(j + 3))
                && self.tok(j + 2).is_none_or(|t| t.space_before);
            if point || comma {
                decimals = Some(self.raw(j + 1).to_string());
                j += 2;
            }
        } else if self.is_other(i, ".")
            && self.is_digits(i + 1)
            && self.glued(i + 1)
            && (i == 0 || self.toks[i].space_before)
        {
            // .25
            int_text.push('0');
            decimals = Some(self.raw(i + 1).to_string());
            j = i + 2;
        } else {
            return None;
        }
        if int_text.len() > MAX_DIGITS {
            // a serial number, a hash, a wall of digits: consumed whole, typed, never a count
            let mut n = Number::simple(i, j, f64::INFINITY);
            n.overflow = true;
            return Some(n);
        }
        let literal = match &decimals {
            Some(d) => format!("{int_text}.{d}"),
            None => int_text.clone(),
        };
        let mut value: f64 = literal.parse().ok()?;
        let n_decimals = decimals
            .as_ref()
            .map_or(0, |d| d.trim_end_matches('0').len().max(d.len().min(1)));
        let mut half_width = if decimals.is_some() {
            0.5 * 10f64.powi(-(n_decimals as i32))
        } else {
            0.0
        };
        let plain = (decimals.is_none() && !separators).then_some(int_text.len());
        // 1e10, 1.3e6, 12.32e+14
        if self.glued(j) && matches!(self.raw(j), "e" | "E") {
            let mut k = j + 1;
            let mut sign = 1;
            if (self.is_other(k, "+") || self.is_dash(k)) && self.glued(k) {
                if self.is_dash(k) {
                    sign = -1;
                }
                k += 1;
            }
            if self.is_digits(k) && self.glued(k) && self.digits_len(k) <= 4 {
                let exp: i32 = self.raw(k).parse().ok()?;
                value *= 10f64.powi(sign * exp);
                let mut n = Number::simple(i, k + 1, value);
                n.overflow = !value.is_finite();
                return Some(n);
            }
        }
        // 1.3x10^6, 6.23×10^-4, 2.48×10−5
        if matches!(self.raw(j), "x" | "×" | "*")
            && self.glued(j)
            && self.raw(j + 1) == "10"
            && self.glued(j + 1)
        {
            let mut k = j + 2;
            let caret = self.is_other(k, "^") && self.glued(k);
            if caret {
                k += 1;
            }
            let mut sign = 1;
            while (self.is_other(k, "+") || self.is_dash(k)) && self.glued(k) {
                if self.is_dash(k) {
                    sign = -sign;
                }
                k += 1;
            }
            if (caret || sign < 0) && self.is_digits(k) && self.glued(k) && self.digits_len(k) <= 3
            {
                let exp: i32 = self.raw(k).parse().ok()?;
                let v = value * 10f64.powi(sign * exp);
                let mut n = Number::simple(i, k + 1, v);
                n.overflow = !v.is_finite();
                return Some(n);
            }
        }
        let mut n = Number::simple(i, j, value);
        n.plain_digits = plain;
        // scale: glued suffix (10k, 1.5bn, $5b) or spaced word (3.6 million, 5 mln)
        let suffix = self
            .tok(j)
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|_| {
                let s = self.raw(j);
                if self.glued(j) {
                    words::scale_suffix(s, after_currency)
                } else {
                    let plain_int = decimals.is_none() && !separators;
                    match self.word(j) {
                        "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore"
                            if !plain_int =>
                        {
                            words::scale_suffix(self.word(j), after_currency)
                        }
                        "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore" => None,
                        // "2.33 k", "10 M": a spaced letter scale only where no word follows
                        "k" | "m" if s.len() == 1 => {
                            (!self.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
                                && (s == "k" || s == "K" || s == "M"))
                                .then(|| words::scale_suffix(s, after_currency))
                                .flatten()
                        }
                        _ if s.len() >= 2 && s != "MM" => words::scale_suffix(s, after_currency),
                        _ => None,
                    }
                }
            });
        if let Some(scale) = suffix {
            // "6 crore and two hundred", "three lakh crore"
            j += 1;
            let mut total = value * scale;
            let mut last_scale = scale;
            while let Some(CardinalWord::Scale(s2)) = words::cardinal(self.word(j)) {
                if s2 > last_scale {
                    total *= s2;
                    last_scale = s2;
                    j += 1;
                } else {
                    break;
                }
            }
            half_width = (half_width * total / value.max(f64::MIN_POSITIVE)).max(
                0.5 * total / value.max(f64::MIN_POSITIVE)
                    * if decimals.is_some() { 0.0 } else { 1.0 },
            );
            if !half_width.is_finite() {
                half_width = 0.0;
            }
            n.mantissa = value;
            n.value = total;
            n.scale = Some(last_scale);
            n.end = j;
            n.plain_digits = None;
            n.half_width = half_width.min(self.conv.precision_cap * total.abs());
            self.and_a_fraction(&mut n);
            return Some(n);
        }
        n.half_width = half_width;
        // a plain integer may continue in words: "3 hundred and 21", "4 thousand 3 hundred"
        if decimals.is_none() && !separators && int_text.len() <= 15 {
            if let Some(w) = self.words_number_from(j, value, i) {
                if w.end > j {
                    return Some(w);
                }
            }
        }
        // digit fractions: 3/4, 2 1/4
        if decimals.is_none()
            && !separators
            && self.is_other(j, "/")
            && self.glued(j)
            && self.is_digits(j + 1)
            && self.glued(j + 1)
            && !self.glued_alnum(j + 2)
            && !(self.is_other(j + 2, "/") && self.glued(j + 2))
        {
            let den = self.digits_value(j + 1);
            if den == 0.0 {
                // "1/0" divides by zero: no quantity
                let mut n = Number::simple(i, j + 2, f64::INFINITY);
                n.overflow = true;
                return Some(n);
            }
            if den > 0.0 && value < den * 10.0 {
                let mut f = Number::simple(i, j + 2, value / den);
                f.fraction = true;
                return Some(f);
            }
        }
        if decimals.is_none()
            && !separators
            && self.is_digits(j)
            && self.toks[j].space_before
            && self.is_other(j + 1, "/")
            && self.glued(j + 1)
            && self.is_digits(j + 2)
            && self.glued(j + 2)
        {
            let num = self.digits_value(j);
            let den = self.digits_value(j + 2);
            if den > 0.0 && num < den {
                let mut f = Number::simple(i, j + 3, value + num / den);
                f.fraction = true;
                return Some(f);
            }
        }
        // powers: 1.1^23
        if self.is_other(j, "^") && self.glued(j) {
            let mut k = j + 1;
            let mut sign = 1;
            while (self.is_other(k, "+") || self.is_dash(k)) && self.glued(k) {
                if self.is_dash(k) {
                    sign = -sign;
                }
                k += 1;
            }
            if self.is_digits(k) && self.glued(k) && self.digits_len(k) <= 4 {
                let exp: i32 = self.raw(k).parse().ok()?;
                let v = value.powi(sign * exp);
                if v.is_finite() {
                    return Some(Number::simple(i, k + 1, v));
                }
            }
        }
        // unicode fraction glued: 2½
        if let Some(f) = self.unicode_fraction(j).filter(|_| self.glued(j)) {
            let mut n2 = Number::simple(i, j + 1, value + f);
            n2.fraction = true;
            return Some(n2);
        }
        Some(n)
    }

    /// "MUSD", "MEUR" at `i`: an `M` glued to a currency code, millions of that currency.
    fn million_currency_at(&self, i: usize) -> Option<&'a crate::lexicon::Unit> {
        let w = self.raw(i);
        let code = w.strip_prefix('M')?;
        if code.len() != 3
            || !code.chars().all(|c| c.is_ascii_uppercase())
            || self.glued_alnum(i + 1)
        {
            return None;
        }
        self.lex
            .unit(code)
            .filter(|u| u.dimension == Dimension::Currency)
    }

    /// Whether the groups from token `j` are lakh-style pairs ending in a group of three
    /// (",34,567"), as Indian English writes 12,34,567.
    fn indian_grouping(&self, mut j: usize) -> bool {
        let mut pairs = 0;
        while self.is_other(j, ",") && self.glued(j) && self.glued(j + 1) {
            match self.digits_len(j + 1) {
                2 => pairs += 1,
                3 => return pairs > 0 && !(self.is_other(j + 2, ",") && self.is_digits(j + 3)),
                _ => return false,
            }
            j += 2;
        }
        false
    }

    fn unicode_fraction(&self, i: usize) -> Option<f64> {
        Some(match self.raw(i) {
            "½" => 0.5,
            "⅓" => 1.0 / 3.0,
            "⅔" => 2.0 / 3.0,
            "¼" => 0.25,
            "¾" => 0.75,
            "⅕" => 0.2,
            "⅖" => 0.4,
            "⅗" => 0.6,
            "⅘" => 0.8,
            "⅙" => 1.0 / 6.0,
            "⅚" => 5.0 / 6.0,
            "⅛" => 0.125,
            "⅜" => 0.375,
            "⅝" => 0.625,
            "⅞" => 0.875,
            _ => return None,
        })
    }

    /// "… and a half", "… and three quarters" after a scaled number: "3 million and a half".
    fn and_a_fraction(&self, n: &mut Number) {
        let j = n.end;
        if !self.is_word(j, "and") || n.scale.is_none() {
            return;
        }
        if let Some(f) = self.word_fraction_scaled(j + 1, false) {
            if f.value < 1.0 {
                let mut scale = n.scale.unwrap_or(1.0);
                let mut end = f.end;
                // "one billion and a half million": the fraction of a smaller scale
                if let Some(CardinalWord::Scale(s)) = words::cardinal(self.word(end)) {
                    if s < scale {
                        scale = s;
                        end += 1;
                    }
                }
                n.value += f.value * scale;
                n.end = end;
            }
        }
    }

    /// A cardinal in words (or continuing a small digit number `start_value` that began at
    /// token `origin`) starting at token `i`: "a hundred and one", "twenty-one",
    /// "one thousand two hundred", "3 hundred and 21", "half a million", "a dozen".
    fn words_number_from(&self, i: usize, start_value: f64, origin: usize) -> Option<Number> {
        #[derive(Clone, Copy, PartialEq)]
        enum Last {
            Start,
            A,
            Unit,
            Teen,
            Tens,
            Hundred,
            Scale,
        }
        let continuing = origin < i;
        let mut total = 0.0f64;
        let mut current = if continuing { start_value } else { 0.0 };
        let mut last = if continuing {
            if start_value < 10.0 {
                Last::Unit
            } else {
                Last::Teen
            }
        } else {
            Last::Start
        };
        let mut last_scale = f64::INFINITY;
        let mut end = i;
        let mut j = i;
        let mut any_word = false;
        let mut final_scale: Option<f64> = None;
        let mut mantissa = 0.0;
        let mut since_and = 0.0;
        loop {
            let w = self.word(j);
            // connectors: "and" after a hundred or a scale, "-" or a space inside "twenty-one"
            // "three million, two hundred": a comma inside a number only before more hundreds
            if last == Last::Scale
                && self.is_other(j, ",")
                && matches!(
                    words::cardinal(self.word(j + 1)),
                    Some(CardinalWord::Unit(_) | CardinalWord::Teen(_) | CardinalWord::Tens(_))
                )
                && matches!(
                    words::cardinal(self.word(j + 2)),
                    Some(CardinalWord::Hundred | CardinalWord::Scale(_))
                )
            {
                j += 1;
                continue;
            }
            if self.is_other(j, "&")
                && matches!(last, Last::Hundred | Last::Scale)
                && words::cardinal(self.word(j + 1)).is_some()
            {
                since_and = current;
                j += 1;
                continue;
            }
            if w == "and" && matches!(last, Last::Hundred | Last::Scale) {
                since_and = current;
                let next = self.word(j + 1);
                let next_is_small = matches!(
                    words::cardinal(next),
                    Some(CardinalWord::Unit(_) | CardinalWord::Teen(_) | CardinalWord::Tens(_))
                ) || (self.is_digits(j + 1)
                    && self.digits_len(j + 1) <= 2
                    && !self.glued_alnum(j + 2));
                let next_is_tens = matches!(words::cardinal(next), Some(CardinalWord::Tens(_)));
                let new_hundreds = last == Last::Hundred && self.word(j + 2) == "hundred";
                if next_is_small
                    && !new_hundreds
                    && (next_is_tens || !self.followed_by_fraction_denominator(j + 1))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if self.is_dash(j)
                && last == Last::Tens
                && !self.toks[j]
                    .space_before
                    .then_some(())
                    .is_some_and(|()| false)
            {
                if let Some(CardinalWord::Unit(_)) = words::cardinal(self.word(j + 1)) {
                    j += 1;
                    continue;
                }
                break;
            }
            if w == "a" || w == "an" {
                if last != Last::Start {
                    break;
                }
                match words::cardinal(self.word(j + 1)) {
                    Some(CardinalWord::Hundred | CardinalWord::Scale(_) | CardinalWord::Dozen) => {
                        current = 1.0;
                        last = Last::A;
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            // small digits after a scale: "4 thousand 3 hundred and 21"
            let cw = if self.is_digits(j)
                && j > i
                && matches!(last, Last::Hundred | Last::Scale)
                && self.digits_len(j) <= 3
                && !self.glued_alnum(j + 1)
                && !(self.is_other(j + 1, ",") || self.is_other(j + 1, "."))
                || (self.is_digits(j)
                    && j > i
                    && matches!(last, Last::Hundred | Last::Scale)
                    && self.digits_len(j) <= 3
                    && !self.glued(j + 1))
            {
                let v = self.digits_value(j);
                // digits stand for a unit, or for a whole part below a thousand
                if v < 10.0 {
                    Some(CardinalWord::Unit(v))
                } else {
                    Some(CardinalWord::Teen(v))
                }
            } else if self.tok(j).is_some_and(|t| t.kind == TokenKind::Word) {
                words::cardinal(w)
            } else {
                None
            };
            let Some(cw) = cw else { break };
            match cw {
                CardinalWord::Unit(u) => {
                    if !matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale) {
                        break;
                    }
                    if last == Last::Tens
                        && self.toks[j].space_before
                        && !self.is_dash(j - 1)
                        && self.word(j - 1).is_empty()
                    {
                        break;
                    }
                    current += u;
                    last = Last::Unit;
                }
                CardinalWord::Teen(t) => {
                    if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                        break;
                    }
                    current += t;
                    last = if t >= 100.0 {
                        Last::Hundred
                    } else {
                        Last::Teen
                    };
                }
                CardinalWord::Tens(t) => {
                    if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                        break;
                    }
                    current += t;
                    last = Last::Tens;
                }
                CardinalWord::Hundred => {
                    if !matches!(
                        last,
                        Last::Start | Last::A | Last::Unit | Last::Teen | Last::Tens
                    ) {
                        break;
                    }
                    if current >= 100.0 && !(continuing && j == i) {
                        break;
                    }
                    current = if current == 0.0 {
                        100.0
                    } else {
                        current * 100.0
                    };
                    last = Last::Hundred;
                }
                CardinalWord::Scale(s) => {
                    if last == Last::Scale && current == 0.0 && s > last_scale {
                        // "a thousand million", "three lakh crore"
                        total *= s;
                        last_scale = s;
                    } else {
                        if s >= last_scale || last == Last::Start && !continuing && j > i {
                            break;
                        }
                        let m = if current == 0.0 { 1.0 } else { current };
                        mantissa = m;
                        total += m * s;
                        current = 0.0;
                        last_scale = s;
                    }
                    last = Last::Scale;
                    final_scale = Some(s);
                    // "one million and a half"
                }
                CardinalWord::Dozen => {
                    if !matches!(
                        last,
                        Last::A | Last::Unit | Last::Teen | Last::Tens | Last::Hundred
                    ) {
                        break;
                    }
                    // "three hundred and two dozens" multiplies the part after "and"
                    current = since_and + (current - since_and) * 12.0;
                    last = Last::Hundred;
                    end = j + 1;
                    any_word = true;
                    j += 1;
                    if is_dozens(self.word(j)) || is_dozens(self.word(j - 1)) {
                        break;
                    }
                    continue;
                }
            }
            if !matches!(cw, CardinalWord::Scale(_)) {
                final_scale = None;
            }
            any_word |= self.tok(j).is_some_and(|t| t.kind == TokenKind::Word);
            j += 1;
            end = j;
        }
        // "3 dozens": plural dozen after a number multiplies it
        if end > i && is_dozens(self.word(end)) && !self.glued_alnum(end + 1) {
            current = since_and + (current - since_and) * 12.0;
            end += 1;
            any_word = true;
            final_scale = None;
        } else if end == i && continuing && is_dozens(self.word(i)) {
            current *= 12.0;
            end = i + 1;
            any_word = true;
        }
        if !any_word && !continuing {
            return None;
        }
        if end == i && !continuing {
            return None;
        }
        let mut value = total + current;
        // "five point five", "two hundred point zero three", "nought point eleven"
        if any_word && final_scale.is_none() && self.is_word(end, "point") {
            let mut k = end + 1;
            let mut digits = String::new();
            while let Some(CardinalWord::Unit(u)) = words::cardinal(self.word(k)) {
                digits.push(char::from(b'0' + u as u8));
                k += 1;
            }
            if digits.is_empty() {
                if let Some(frac) = self.words_number_from(end + 1, 0.0, end + 1) {
                    if frac.value < 100.0 && frac.scale.is_none() && frac.words {
                        digits = format!("{}", frac.value as u64);
                        k = frac.end;
                    }
                }
            }
            if let Ok(d) = format!("0.{digits}").parse::<f64>() {
                if !digits.is_empty() {
                    value += d;
                    end = k;
                }
            }
        }
        let mut n = Number::simple(origin, end.max(i), value);
        n.words = self.tok(origin).is_some_and(|t| t.kind == TokenKind::Word);
        if let Some(s) = final_scale {
            n.scale = Some(s);
            n.mantissa = mantissa;
            n.half_width = (0.5 * s).min(self.conv.precision_cap * value);
        }
        self.and_a_fraction(&mut n);
        Some(n)
    }

    /// Whether token `i` starts "<cardinal> <fraction denominator>" ("two thirds"), so that
    /// "one hundred and two thirds" keeps "two thirds" for the fraction reading.
    fn followed_by_fraction_denominator(&self, i: usize) -> bool {
        let mut j = i + 1;
        if self.is_dash(j) {
            j += 1;
        }
        let w = self.word(j);
        let one = matches!(self.word(i), "one" | "a" | "an");
        words::ordinal(w).is_some_and(|(d, plural)| (plural || one) && d >= 3.0)
            || matches!(w, "quarters" | "halves")
            || one && matches!(w, "half" | "quarter")
    }

    /// A fraction in words at `i`: "a half", "a third", "two thirds", "three-quarters",
    /// "one and a half", "half a million", "a quarter of a million", "five eighths".
    fn word_fraction_at(&self, i: usize) -> Option<Number> {
        self.word_fraction_scaled(i, true)
    }

    /// An ordinal phrase at `i` that can be a denominator or a rank: "fifth", "twenty-first",
    /// "one hundred and fifth", "hundredths"; returns (value, plural, end).
    fn ordinal_phrase_at(&self, i: usize) -> Option<(f64, bool, usize)> {
        if let Some((o, plural)) = words::ordinal(self.word(i)) {
            return Some((o, plural, i + 1));
        }
        let c = self.words_number_from(i, 0.0, i)?;
        if c.scale.is_some() || c.vague.is_some() || c.fraction {
            return None;
        }
        let mut k = c.end;
        if self.is_dash(k) || self.is_word(k, "and") {
            k += 1;
        }
        let (o, plural) = words::ordinal(self.word(k))?;
        let v = c.value;
        let compound = ((20.0..100.0).contains(&v) && v % 10.0 == 0.0 && o < 10.0)
            || (v >= 100.0 && v % 100.0 == 0.0 && o < 100.0);
        compound.then_some((v + o, plural, k + 1))
    }

    fn word_fraction_scaled(&self, i: usize, allow_scale: bool) -> Option<Number> {
        let w = self.word(i);
        // half a million, half a dozen, half
        if w == "half" {
            if matches!(self.word(i + 1), "a" | "an") {
                if let Some(CardinalWord::Scale(s)) = words::cardinal(self.word(i + 2)) {
                    let mut n = Number::simple(i, i + 3, 0.5 * s);
                    n.scale = Some(s);
                    n.mantissa = 0.5;
                    n.words = true;
                    return Some(n);
                }
                if self.word(i + 2) == "dozen" {
                    let mut n = Number::simple(i, i + 3, 6.0);
                    n.words = true;
                    return Some(n);
                }
            }
            if let Some(CardinalWord::Scale(s)) = words::cardinal(self.word(i + 1)) {
                let mut n = Number::simple(i, i + 2, 0.5 * s);
                n.scale = Some(s);
                n.mantissa = 0.5;
                n.words = true;
                return Some(n);
            }
            let before = i.checked_sub(1).map_or("", |p| self.word(p));
            let hyphenated = (i > 0 && self.is_dash(i - 1) && self.glued(i))
                || (self.is_dash(i + 1) && self.glued(i + 1));
            if hyphenated
                || words::ordinal(before).is_some()
                || matches!(before, "the" | "this" | "that" | "each" | "other" | "every")
            {
                return None;
            }
            let mut n = Number::simple(i, i + 1, 0.5);
            n.fraction = true;
            n.words = true;
            return Some(n);
        }
        if w == "quarter"
            && words::cardinal(self.word(i + 1))
                .is_some_and(|c| matches!(c, CardinalWord::Scale(_)))
        {
            if let Some(CardinalWord::Scale(s)) = words::cardinal(self.word(i + 1)) {
                let mut n = Number::simple(i, i + 2, 0.25 * s);
                n.scale = Some(s);
                n.mantissa = 0.25;
                n.words = true;
                return Some(n);
            }
        }
        // numerator: a / an / a cardinal in words
        let article_alone = (w == "a" || w == "an")
            && !matches!(
                words::cardinal(self.word(i + 1)),
                Some(CardinalWord::Hundred | CardinalWord::Scale(_))
            );
        let (num, mut j, article) = if article_alone {
            (1.0, i + 1, true)
        } else if let Some(n) = self.words_number_from(i, 0.0, i) {
            if !n.words {
                return None;
            }
            // "one hundred thirty-fifths": a hyphen binds the tens to the denominator
            let mut end = n.end;
            let mut value = n.value;
            let tens_then_ordinal =
                |k: usize| words::ordinal(self.word(k)).is_some_and(|(o, _)| o < 10.0);
            if end >= 2 {
                if let Some(CardinalWord::Tens(t)) = words::cardinal(self.word(end - 1)) {
                    let hyphen = self.is_dash(end) && self.glued(end) && tens_then_ordinal(end + 1);
                    let after_scale = matches!(
                        words::cardinal(self.word(end - 2)),
                        Some(CardinalWord::Hundred | CardinalWord::Scale(_))
                    );
                    if value > t && (hyphen || after_scale && tens_then_ordinal(end)) {
                        end -= 1;
                        value -= t;
                    }
                }
            }
            (value, end, false)
        } else {
            return None;
        };
        if self.is_dash(j) {
            j += 1;
        }
        let dw = self.word(j);
        let (den, plural, den_end) = match words::fraction_noun(dw) {
            Some((d, p)) => (d, p, j + 1),
            None => {
                let (d, p, e) = self.ordinal_phrase_at(j)?;
                // "a second" is a duration, "one first" no fraction
                if d < 3.0 {
                    return None;
                }
                (d, p, e)
            }
        };
        // "a third" and "two thirds" are English, "one thirds" and "two third" are not
        if (num == 1.0) == plural {
            return None;
        }
        // "a third time": a singular ordinal read as an ordinal before a noun
        if article && words::ordinal(dw).is_some() && !plural {
            let next = self.word(j + 1);
            let ok = next.is_empty()
                || next == "of"
                || matches!(words::cardinal(next), Some(CardinalWord::Scale(_)));
            if !ok {
                return None;
            }
        }
        let mut value = num / den;
        let mut end = den_end;
        let mut n_scale = None;
        // "two thirds of a million", "a quarter of a million"
        if !allow_scale {
        } else if self.is_word(end, "of") && matches!(self.word(end + 1), "a" | "an") {
            if let Some(CardinalWord::Scale(s)) = words::cardinal(self.word(end + 2)) {
                value *= s;
                end += 3;
                n_scale = Some(s);
            }
        } else if let Some(CardinalWord::Scale(s)) = words::cardinal(self.word(end)) {
            value *= s;
            end += 1;
            n_scale = Some(s);
        }
        let mut n = Number::simple(i, end, value);
        n.fraction = n_scale.is_none();
        n.scale = n_scale;
        n.words = true;
        Some(n)
    }

    /// Any number at `i`: digits, words, a fraction, or a vague amount.
    fn number_at(&self, i: usize, after_currency: bool) -> Option<Number> {
        let t = self.tok(i)?;
        match t.kind {
            TokenKind::Digits => self.digits_number_at(i, after_currency),
            TokenKind::Other => {
                if let Some(f) = self.unicode_fraction(i) {
                    let mut n = Number::simple(i, i + 1, f);
                    n.fraction = true;
                    return Some(n);
                }
                self.digits_number_at(i, after_currency)
            }
            TokenKind::Word => {
                if let Some(v) = self.vague_at(i) {
                    return Some(v);
                }
                let frac = self.word_fraction_at(i);
                let card = self.words_number_from(i, 0.0, i);
                let mut best = match (frac, card) {
                    (Some(f), Some(c)) => Some(if f.end > c.end { f } else { c }),
                    (f, c) => f.or(c),
                }?;
                // "one and a half", "twenty and three fifths", "five and a half million"
                if !best.fraction && self.is_word(best.end, "and") {
                    if let Some(f) = self.word_fraction_scaled(best.end + 1, false) {
                        if f.fraction && f.value < 1.0 {
                            let mut v = best.value + f.value;
                            let mut end = f.end;
                            let mut scale = None;
                            if let Some(CardinalWord::Scale(s)) = words::cardinal(self.word(end)) {
                                v *= s;
                                end += 1;
                                scale = Some(s);
                            }
                            best = Number::simple(i, end, v);
                            best.words = true;
                            best.fraction = scale.is_none();
                            if let Some(s) = scale {
                                best.scale = Some(s);
                                best.half_width = (0.5 * s * 0.1).min(self.conv.precision_cap * v);
                            }
                        }
                    }
                }
                Some(best)
            }
        }
    }

    /// A vague amount at `i`: "dozens", "several hundred", "hundreds of thousands",
    /// "tens of thousands", "a few", "a couple of dozen".
    fn vague_at(&self, i: usize) -> Option<Number> {
        let mut found = None;
        for n in (1..=3).rev() {
            if i + n > self.toks.len() || (i..i + n).any(|k| self.word(k).is_empty()) {
                continue;
            }
            let key = (i..i + n)
                .map(|k| self.word(k))
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(range) = vague_amount(&key) {
                found = Some((range, n, key));
                break;
            }
        }
        let ((mut lo, mut hi), n, key) = found?;
        let mut end = i + n;
        // "scores" and "tens" are amounts only before "of"; "a couple" only before a number
        let needs_of = matches!(key.as_str(), "scores" | "tens" | "handfuls");
        if needs_of && !self.is_word(end, "of") {
            return None;
        }
        if key == "a couple"
            && !matches!(
                words::cardinal(self.word(end)),
                Some(CardinalWord::Hundred | CardinalWord::Scale(_) | CardinalWord::Dozen)
            )
        {
            return None;
        }
        // "hundreds of thousands", "tens of millions"
        if self.is_word(end, "of") {
            let next = self.word(end + 1);
            let scale = match next {
                "thousands" => Some(1e3),
                "millions" => Some(1e6),
                "billions" => Some(1e9),
                "dozens" => Some(12.0),
                _ => None,
            };
            if let Some(s) = scale {
                lo *= s;
                hi *= s;
                end += 2;
            }
        } else {
            // "several hundred", "a few thousand", "a couple dozen"
            match words::cardinal(self.word(end)) {
                Some(CardinalWord::Hundred) => {
                    lo *= 100.0;
                    hi *= 100.0;
                    end += 1;
                }
                Some(CardinalWord::Scale(s)) => {
                    lo *= s;
                    hi *= s;
                    end += 1;
                }
                Some(CardinalWord::Dozen) => {
                    lo *= 12.0;
                    hi *= 12.0;
                    end += 1;
                }
                _ => {}
            }
        }
        let mut n = Number::simple(i, end, (lo * hi).sqrt().round());
        n.vague = Some((lo, hi));
        n.words = true;
        Some(n)
    }

    // ----- amounts ------------------------------------------------------------------------

    /// A capitalised number word inside a name, mid-sentence after a lowercase word: "the Six
    /// Nations", "the Group of Seven" is left alone, "the Five Star Movement" is a name.
    fn number_in_name(&self, i: usize) -> Option<(Mention, usize)> {
        if !self.capitalised(i) || words::cardinal(self.word(i)).is_none() || i == 0 {
            return None;
        }
        let prev = &self.toks[i - 1];
        let prev_lower = prev.kind == TokenKind::Word && !self.capitalised(i - 1);
        let next_capital =
            self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Word) && self.capitalised(i + 1);
        let next_is_number = words::cardinal(self.word(i + 1)).is_some();
        (prev_lower && next_capital && !next_is_number && !prev.newline_before)
            .then(|| (self.mention(i, i + 2, MentionKind::Identifier, None), i + 2))
    }

    /// Whether "one" at `i` is a pronoun ("the one you mentioned", "one another").
    fn pronoun_one(&self, i: usize) -> bool {
        if self.word(i) != "one" {
            return false;
        }
        let before = i.checked_sub(1).map_or("", |p| self.word(p));
        let after = self.word(i + 1);
        if matches!(
            words::cardinal(after),
            Some(CardinalWord::Hundred | CardinalWord::Scale(_))
        ) || self
            .lex
            .unit_after(self.text, &self.toks, i + 1)
            .is_some_and(|(u, _)| u.dimension != Dimension::Duration)
            || after == "and" && matches!(self.word(i + 2), "a" | "one")
        {
            return false;
        }
        if PRONOUN_ONE_CUES.contains(&before) || PRONOUN_ONE_AFTER.contains(&after) {
            return true;
        }
        if self.is_other(i + 1, "'") || self.is_other(i + 1, "’") {
            return true;
        }
        // "which one do you prefer", "that one is good": one followed by a verb-like word
        matches!(
            after,
            "you" | "i" | "we" | "he" | "she" | "they" | "is" | "was" | "do" | "does" | "did"
        ) && !before.is_empty()
    }

    fn amount_at(&self, i: usize) -> Option<(Mention, usize)> {
        let mut first = i;
        let mut j = i;
        let mut modifier = None;
        let mut range_opener = None;
        // "between X and Y", "from X to Y"
        if matches!(self.word(j), "between" | "from") {
            range_opener = Some(self.word(j).to_string());
            j += 1;
            if let Some((Modifier::About, n)) = self.lex.modifier_at(self.text, &self.toks, j) {
                modifier = Some(Modifier::About);
                j += n;
            }
        } else if let Some((m, n)) = self
            .lex
            .modifier_at(self.text, &self.toks, j)
            .filter(|_| !(j > 0 && self.word(j - 1) == "how"))
        {
            modifier = Some(m);
            j += n;
            if matches!(self.word(j), "between") {
                range_opener = Some("between".into());
                j += 1;
            }
        }
        // sign: "-5", "minus five", "negative one"
        let mut negative = false;
        if matches!(self.word(j), "minus" | "negative")
            && (self.is_digits(j + 1) || words::cardinal(self.word(j + 1)).is_some())
        {
            negative = true;
            j += 1;
        } else if (self.is_dash(j) || self.is_other(j, "−"))
            && (self.is_digits(j + 1) || self.is_other(j + 1, "."))
            && (j == 0 || self.toks[j].space_before || self.is_other(j - 1, "("))
        {
            let glued_number = self.glued(j + 1) || self.is_digits(j + 1);
            if glued_number && !(j > 0 && (self.is_digits(j - 1))) {
                negative = true;
                j += 1;
            }
        } else if j > first
            && self.is_dash(j)
            && self.is_digits(j + 1)
            && self.glued(j + 1)
            && modifier.is_some()
        {
            {
                negative = true;
                j += 1;
            }
        }
        // currency before the number: $5b, US$ 75 million, € 3
        let mut unit = None;
        if let Some((u, n)) = self.lex.unit_before(self.text, &self.toks, j) {
            if self.number_starts_at(j + n) {
                unit = Some(u);
                j += n;
            }
        }
        // "MAUD 60": millions of a currency, before the number
        let mut millions = false;
        if unit.is_none() && self.number_starts_at(j + 1) {
            if let Some(u) = self.million_currency_at(j) {
                unit = Some(u);
                millions = true;
                j += 1;
            }
        }
        if !negative && unit.is_some() && self.is_dash(j) && self.is_digits(j + 1) {
            negative = true;
            j += 1;
        }
        if self.pronoun_one(j) {
            return None;
        }
        if let Some(name) = self.number_in_name(j).filter(|_| j == first) {
            return Some(name);
        }
        let Some(mut num) = self.number_at(j, unit.is_some()) else {
            return self.bare_ordinal(j).filter(|_| j == first);
        };
        if modifier.is_none()
            && range_opener.is_none()
            && unit.is_none()
            && !negative
            && num.first > first
        {
            return None;
        }
        // a ratio: "one in five", "1 out of 3", "one over three"
        if let Some((ratio, end)) = self.ratio_after(&num) {
            num = ratio;
            num.end = end;
        }
        let mut end = num.end;
        if num.overflow {
            return Some((
                self.mention(num.first, end, MentionKind::Identifier, None),
                end,
            ));
        }
        // ordinals written in digits: 21st, 2nd (not "1st Armored"? still an ordinal)
        if num.plain_digits.is_some()
            && self.glued(end)
            && matches!(self.word(end), "st" | "nd" | "rd" | "th")
            && !self.glued_alnum(end + 1)
        {
            let q = Quantity {
                low: num.value,
                high: num.value,
                value: num.value,
                approx: false,
                unit: "ordinal".into(),
                modifier: None,
            };
            return Some((
                self.mention(num.first, end + 1, MentionKind::Ordinal, Some(q)),
                end + 1,
            ));
        }
        // ordinals in words: "twenty-first", "one hundred and first", "second"
        if let Some((m, e)) = self.word_ordinal(&num, j) {
            return Some((m, e));
        }
        if negative {
            num.value = -num.value;
            num.mantissa = -num.mantissa;
        }
        if millions {
            num.value *= 1e6;
            num.half_width = 0.0;
        }
        // decades and years
        if unit.is_none() && modifier.is_none() && !negative {
            if let Some(y) = self.year_reading(&num) {
                return Some(y);
            }
        }
        // a range: 3-4 million, between 3 and 4 million, from 20 to 30, two or three
        let mut high_num = None;
        let connector = self.range_connector(end, range_opener.as_deref());
        if let Some(c) = connector {
            let mut k = end + c;
            let mut second_unit = None;
            if let Some((u, n)) = self.lex.unit_before(self.text, &self.toks, k) {
                second_unit = Some(u);
                k += n;
            }
            if let Some(h) = self.number_at(k, unit.is_some() || second_unit.is_some()) {
                let dash = self.is_dash(end);
                let mut lo = num.clone();
                // the scale of the second number reaches back: "3-4 million"
                if lo.scale.is_none() && lo.vague.is_none() {
                    if let Some(s) = h.scale {
                        if lo.value <= h.mantissa.abs()
                            || lo.value < h.value / s * 10.0 && lo.value < 1000.0
                        {
                            lo.value *= s;
                            lo.half_width = 0.0;
                        }
                    }
                }
                let plausible = lo.value < h.value
                    && h.vague.is_none()
                    && lo.vague.is_none()
                    && !(dash && (num.words != h.words))
                    && !Self::year_like_pair(&num, &h);
                if plausible {
                    num = lo;
                    end = h.end;
                    if unit.is_none() {
                        unit = second_unit;
                    }
                    high_num = Some(h);
                } else if range_opener.is_some() {
                    return None;
                }
            }
        }
        // unit after the number: %, km, square miles, dollars, years old
        let mut kind = MentionKind::Cardinal;
        let mut unit_code: Option<String> = unit.map(|u| u.code.clone());
        let mut dim = unit.map(|u| u.dimension);
        if let Some((e, code)) = self.age_after(end, num.first) {
            if first == num.first
                && num.first > 0
                && matches!(self.word(num.first - 1), "aged" | "age")
            {
                first = num.first - 1;
            }
            kind = MentionKind::Age;
            unit_code = Some(code);
            dim = Some(Dimension::Age);
            end = e;
        } else if let Some((u, e)) = self.unit_after(end) {
            if unit.is_none()
                || u.dimension == Dimension::Currency && unit.is_some_and(|p| p.code == u.code)
            {
                unit_code = Some(u.code.clone());
                dim = Some(u.dimension);
                end = e;
                // a range whose ends both carry the unit: "44 mg to 50 mg", "-18 °C to -34 °C"
                if high_num.is_none() {
                    if let Some((lo, h, e2)) =
                        self.unit_range_after(&num, end, &u.code, range_opener.as_deref(), None)
                    {
                        num.value = lo;
                        num.half_width = 0.0;
                        high_num = Some(h);
                        end = e2;
                    }
                }
            }
        }
        // "between" and "from" open a range or nothing
        if range_opener.is_some() && high_num.is_none() && modifier.is_none() {
            return None;
        }
        // "30 MUSD", "120 MEUR": the finance shorthand for millions of a currency
        if unit_code.is_none() {
            if let Some(u) = self.million_currency_at(end) {
                num.value *= 1e6;
                num.half_width = 0.0;
                unit_code = Some(u.code.clone());
                dim = Some(Dimension::Currency);
                end += 1;
            }
        }
        // "5 feet 2 inches", "12 ft 2 in", "3 hours and 20 minutes": one measure in two units
        if let Some(code) = unit_code.as_deref() {
            if high_num.is_none() {
                if let Some((minor, e)) = self.minor_measure_after(end, code) {
                    num.value += minor;
                    num.half_width = 0.0;
                    end = e;
                }
            }
        }
        if let Some(code) = unit_code.as_mut() {
            // "361 million pounds" is money, "361 pounds" a weight
            if code == "lb" && num.scale.is_some_and(|s| s >= 1e6) && !self.is_word(end, "of") {
                *code = "GBP".into();
                dim = Some(Dimension::Currency);
            }
        }
        if let Some(code) = unit_code.as_mut() {
            // a unit per unit: "$15.4/hour", "50 km per hour", "3 tonnes a day"
            if let Some((per, e)) = self.per_unit_after(end) {
                if high_num.is_none() {
                    let base = code.clone();
                    if let Some((lo, h, e2)) =
                        self.unit_range_after(&num, e, &base, range_opener.as_deref(), Some(&per))
                    {
                        num.value = lo;
                        num.half_width = 0.0;
                        high_num = Some(h);
                        end = e2;
                    } else {
                        end = e;
                    }
                } else {
                    end = e;
                }
                code.push('/');
                code.push_str(&per);
            }
        }
        // "45 and 50 mg": the unit of the last of a pair belongs to both
        if unit_code.is_none() && high_num.is_none() && modifier.is_none() && !num.words {
            if let Some(code) = self.shared_unit_after(end) {
                dim = self.lex.unit(&code).map(|u| u.dimension);
                unit_code = Some(code);
            }
        }
        // "four times a week", "twice per day": a frequency
        if unit_code.is_none() && self.is_word(end, "times") {
            if let Some((per, e)) = self.per_unit_after(end + 1) {
                unit_code = Some(format!("count/{per}"));
                dim = Some(Dimension::Frequency);
                end = e;
            }
        }
        if dim == Some(Dimension::Currency) {
            // a scale after the currency: "75 USD million"
            if let Some(CardinalWord::Scale(sc)) = words::cardinal(self.word(end)) {
                if num.scale.is_none() && high_num.is_none() {
                    num.value *= sc;
                    num.mantissa = num.value / sc;
                    num.scale = Some(sc);
                    num.half_width = 0.0;
                    end += 1;
                }
            }
            // the change in the minor unit: "3 dollars 50 cents", "15 dollars and 50"
            if let Some((cents, e)) = self.minor_amount_after(end, unit.is_none()) {
                if high_num.is_none() && is_integral(num.value) {
                    num.value += cents / 100.0;
                    end = e;
                }
            }
        }
        if let Some(d) = dim {
            kind = match d {
                Dimension::Currency => MentionKind::Currency,
                Dimension::Percent => MentionKind::Percent,
                Dimension::Age => MentionKind::Age,
                _ => MentionKind::Measure,
            };
        } else if num.fraction {
            kind = MentionKind::Fraction;
        }
        // a number glued to letters that are no unit: 5G, 3D, 4x4 -> identifier
        if self.glued_alnum(end) && !num.words {
            let mut e = end;
            while self.glued_alnum(e)
                || (self.is_dash(e) && self.glued(e) && self.glued_alnum(e + 1))
            {
                e += 1;
            }
            return Some((
                self.mention(first.max(num.first), e, MentionKind::Identifier, None),
                e,
            ));
        }
        // a modifier after the number: "20 or more", "100-plus", "50 or so"
        if matches!(modifier, None | Some(Modifier::About)) && high_num.is_none() {
            if let Some((m, n)) = self.lex.modifier_after(self.text, &self.toks, end) {
                let is_symbol = self.tok(end).is_some_and(|t| t.kind == TokenKind::Other);
                let opens_next =
                    matches!(self.word(end + n), "than" | "to") || self.number_starts_at(end + n);
                if (!is_symbol || self.glued(end)) && !opens_next {
                    modifier = Some(m);
                    end += n;
                }
            }
        }
        // "less than 5000 or equal", "more than 5000 or equal to": the bound becomes inclusive
        if matches!(modifier, Some(Modifier::LessThan | Modifier::MoreThan))
            && self.is_word(end, "or")
            && self.is_word(end + 1, "equal")
        {
            modifier = Some(if modifier == Some(Modifier::LessThan) {
                Modifier::AtMost
            } else {
                Modifier::AtLeast
            });
            end += 2;
            if self.is_word(end, "to") {
                end += 1;
            }
        }
        let unit_str = unit_code.unwrap_or_else(|| match kind {
            MentionKind::Fraction => "fraction".into(),
            _ => "count".into(),
        });
        let q = self.quantity(&num, high_num.as_ref(), modifier, unit_str);
        Some((self.mention(first, end, kind, Some(q)), end))
    }

    /// The second end of a range written with the unit on both ends, after the first end's unit
    /// (ending at `end`): "to 50 mg", "- 34 °C".
    fn unit_range_after(
        &self,
        lo: &Number,
        end: usize,
        code: &str,
        opener: Option<&str>,
        per: Option<&str>,
    ) -> Option<(f64, Number, usize)> {
        let c = self.range_connector(end, opener)?;
        let mut k = end + c;
        let mut negative = false;
        if self.is_dash(k) && self.is_digits(k + 1) && self.glued(k + 1) {
            negative = true;
            k += 1;
        }
        let prefix = self.lex.unit_before(self.text, &self.toks, k);
        if let Some((u, n)) = prefix {
            if u.code != code {
                return None;
            }
            k += n;
        }
        let mut h = self.number_at(k, prefix.is_some())?;
        if negative {
            h.value = -h.value;
        }
        let e = if prefix.is_some() {
            h.end
        } else {
            let (u, e) = self.unit_after(h.end)?;
            if u.code != code {
                return None;
            }
            e
        };
        // both ends "per kg": "$350 per kg to $680 per kg"
        let e = match per {
            Some(p) => {
                let (q, e2) = self.per_unit_after(e)?;
                if q != p {
                    return None;
                }
                e2
            }
            None => e,
        };
        // "-18 °C to -34 °C" runs downwards: the range is still [-34, -18]
        let (a, b) = (lo.value.min(h.value), lo.value.max(h.value));
        let ordered = lo.value <= h.value || lo.value < 0.0;
        (a < b && h.vague.is_none() && ordered).then(|| {
            let mut hi = h.clone();
            hi.value = b;
            hi.half_width = 0.0;
            hi.end = e;
            (a, hi, e)
        })
    }

    /// The unit of the second number of a pair ("and 50 mg", "or 6 km") after a bare number
    /// ending at `end`.
    fn shared_unit_after(&self, end: usize) -> Option<String> {
        if !matches!(self.word(end), "and" | "or") || !self.is_digits(end + 1) {
            return None;
        }
        let n = self.digits_number_at(end + 1, false)?;
        let (u, _) = self.unit_after(n.end)?;
        (u.dimension != Dimension::Currency).then(|| u.code.clone())
    }

    /// "/hour", "per hour", "a day" after a unit; returns the unit code and the end.
    fn per_unit_after(&self, end: usize) -> Option<(String, usize)> {
        let slash = self.is_other(end, "/") && self.glued(end) && self.glued(end + 1);
        if !slash && !matches!(self.word(end), "per" | "a" | "an" | "each") {
            return None;
        }
        let k = end + 1;
        let (u, n) = self.lex.unit_after(self.text, &self.toks, k)?;
        // "a day", "an hour" only for time, and not "a year earlier" or "a week ago"
        if matches!(self.word(end), "a" | "an" | "each")
            && (u.dimension != Dimension::Duration
                || matches!(
                    self.word(k + n),
                    "earlier"
                        | "ago"
                        | "before"
                        | "later"
                        | "after"
                        | "on"
                        | "since"
                        | "from"
                        | "prior"
                ))
        {
            return None;
        }
        if self.glued_alnum(k + n) {
            return None;
        }
        Some((u.code.clone(), k + n))
    }

    /// The smaller-unit part of a measure written in two units, in the larger unit:
    /// "2 inches" after "5 feet" is 2/12 ft.
    fn minor_measure_after(&self, end: usize, major: &str) -> Option<(f64, usize)> {
        const PAIRS: &[(&str, &str, f64)] = &[
            ("ft", "in", 12.0),
            ("lb", "oz", 16.0),
            ("hour", "minute", 60.0),
            ("minute", "second", 60.0),
            ("m", "cm", 100.0),
            ("km", "m", 1000.0),
            ("st", "lb", 14.0),
        ];
        let &(_, minor, per) = PAIRS.iter().find(|(m, _, _)| *m == major)?;
        let k = if self.is_word(end, "and") {
            end + 1
        } else {
            end
        };
        if !self.is_digits(k) && words::cardinal(self.word(k)).is_none() {
            return None;
        }
        let n = self.number_at(k, false)?;
        if n.vague.is_some() || n.value >= per || n.value < 0.0 {
            return None;
        }
        // "in" alone is a preposition everywhere but here: "5 ft 2 in"
        let e = if minor == "in" && self.is_word(n.end, "in") && self.inch_reading(n.end) {
            n.end + 1
        } else {
            let (u, e) = self.unit_after(n.end)?;
            if u.code != minor {
                return None;
            }
            e
        };
        Some((n.value / per, e))
    }

    /// Whether "in" at `i`, right after a number, is the inch: at the end of a sentence ("is 2
    /// in.") or before a dimension adjective ("2 1/2 in thick"), never before what a
    /// preposition governs ("5 in Idlib", "2 in the morning").
    fn inch_reading(&self, i: usize) -> bool {
        if self.glued_alnum(i + 1) {
            return false;
        }
        match self.tok(i + 1) {
            None => true,
            Some(t) if t.kind == TokenKind::Other => {
                matches!(self.raw(i + 1), "." | "," | ";" | ")" | "!" | "?")
            }
            Some(t) if t.kind == TokenKind::Word => matches!(
                self.word(i + 1),
                "thick"
                    | "long"
                    | "wide"
                    | "high"
                    | "tall"
                    | "deep"
                    | "across"
                    | "diameter"
                    | "thickness"
                    | "width"
                    | "length"
                    | "height"
                    | "more"
                    | "less"
                    | "of"
                    | "by"
                    | "x"
            ),
            _ => false,
        }
    }

    /// The minor-unit part of an amount after its currency: "50 cents", "and 50".
    fn minor_amount_after(&self, end: usize, named: bool) -> Option<(f64, usize)> {
        let mut k = end;
        let with_and = self.is_word(k, "and");
        if with_and {
            k += 1;
        }
        if !self.is_digits(k) && words::cardinal(self.word(k)).is_none() {
            return None;
        }
        let n = self.number_at(k, false)?;
        if n.value >= 100.0 || !is_integral(n.value) || n.vague.is_some() {
            return None;
        }
        if let Some((u, e)) = self.unit_after(n.end) {
            return matches!(u.code.as_str(), "cent" | "GBX").then_some((n.value, e));
        }
        // "15 dollars and 50", "17 USD 25": only after a written currency, with no noun after
        let after = self.word(n.end);
        let ends_phrase =
            (after.is_empty() || matches!(after, "and" | "or" | "but")) && !self.is_digits(n.end);
        let bare = named && ends_phrase;
        (bare && (with_and || self.digits_len(k) == 2 || n.words)).then_some((n.value, n.end))
    }

    /// Whether a number begins at `i` (for currency signs and modifiers).
    fn number_starts_at(&self, i: usize) -> bool {
        self.is_digits(i)
            || self.is_other(i, ".") && self.is_digits(i + 1)
            || self.is_dash(i) && self.is_digits(i + 1)
            || words::cardinal(self.word(i)).is_some()
            || matches!(
                self.word(i),
                "a" | "an"
                    | "half"
                    | "several"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "billions"
            )
    }

    /// "one in five", "1 out of 3", "one over three" after a number.
    fn ratio_after(&self, num: &Number) -> Option<(Number, usize)> {
        if num.fraction || num.vague.is_some() || num.scale.is_some() {
            return None;
        }
        let j = num.end;
        let (k, strict) = match self.word(j) {
            "in" => (j + 1, true),
            "out" if self.is_word(j + 1, "of") => (j + 2, false),
            "over" => (j + 1, true),
            _ => return None,
        };
        let den = self.number_at(k, false)?;
        if den.vague.is_some() || den.fraction || den.value == 0.0 {
            return None;
        }
        if strict && (num.value >= den.value || den.plain_digits == Some(4)) {
            return None;
        }
        if self.word(j) == "over" && !self.word(den.end).is_empty() {
            return None; // "$2000 over 3 years"
        }
        if !strict && num.value > den.value {
            return None;
        }
        let mut r = Number::simple(num.first, den.end, num.value / den.value);
        r.fraction = true;
        Some((r, den.end))
    }

    /// The connector of a range after a number ending at `end`, as its token count.
    fn range_connector(&self, end: usize, opener: Option<&str>) -> Option<usize> {
        match opener {
            Some("between") => self.is_word(end, "and").then_some(1),
            Some("from") => (self.is_word(end, "to") || self.is_dash(end)).then_some(1),
            _ => {
                if self.is_dash(end)
                    && self.glued(end)
                    && matches!(self.word(end + 1), "to" | "or" | "and")
                {
                    return Some(2);
                }
                if (self.is_dash(end) || self.is_other(end, "~")) && self.tok(end + 1).is_some() {
                    // "3-4", "3 - 4", "3–4": but not "1-800" or a date
                    let spaced = self.toks[end].space_before;
                    if spaced != self.toks[end + 1].space_before {
                        return None;
                    }
                    Some(1)
                } else if matches!(self.word(end), "to" | "or") || self.word(end) == "through" {
                    // "10 to 12", "two or three" need a number right after
                    let next_is_number = self.is_digits(end + 1)
                        || words::cardinal(self.word(end + 1)).is_some()
                        || self
                            .lex
                            .unit_before(self.text, &self.toks, end + 1)
                            .is_some();
                    next_is_number.then_some(1)
                } else {
                    None
                }
            }
        }
    }

    fn year_like_pair(a: &Number, b: &Number) -> bool {
        let year = |v: f64| (1500.0..=2100.0).contains(&v);
        a.plain_digits == Some(4)
            && year(a.value)
            && (b.plain_digits == Some(2) || b.plain_digits == Some(4) && year(b.value))
    }

    /// An age after a number ending at `end`: "25-year-old", "five years old", "3-month-old".
    fn age_after(&self, end: usize, first: usize) -> Option<(usize, String)> {
        let aged = first > 0 && matches!(self.word(first - 1), "aged" | "age" | "ages");
        // "87 yo", "87 y.o.", "87yo"
        if self.word(end) == "yo" && !self.glued_alnum(end + 1) {
            return Some((end + 1, "year".into()));
        }
        if self.is_word(end, "y") && self.is_other(end + 1, ".") && self.is_word(end + 2, "o") {
            let e = if self.is_other(end + 3, ".") {
                end + 4
            } else {
                end + 3
            };
            return Some((e, "year".into()));
        }
        let mut k = end;
        let hyphenated = self.is_dash(k) && self.glued(k);
        if hyphenated {
            k += 1;
        }
        let unit = match self.word(k) {
            "year" | "years" | "yr" => "year",
            "month" | "months" => "month",
            "week" | "weeks" => "week",
            "day" | "days" => "day",
            _ => {
                // "aged 25", "age 87"
                if aged && !hyphenated {
                    return Some((end, "year".into()));
                }
                return None;
            }
        };
        k += 1;
        // "five years of age"
        if !hyphenated && self.is_word(k, "of") && self.is_word(k + 1, "age") {
            return Some((k + 2, unit.into()));
        }
        if (self.is_dash(k) && self.glued(k) && self.is_word(k + 1, "old"))
            || (!hyphenated && self.is_word(k, "old"))
        {
            let e = if self.is_word(k, "old") { k + 1 } else { k + 2 };
            let e = if self.glued(e) && matches!(self.word(e), "s") {
                e + 1
            } else {
                e
            };
            return Some((e, unit.into()));
        }
        if aged && !hyphenated {
            return Some((k, unit.into()));
        }
        None
    }

    /// A unit after a number ending at `end` (glued, spaced, after a hyphen: "5-km", or in
    /// brackets as tables write it: "20 (kg)").
    fn unit_after(&self, end: usize) -> Option<(&'a crate::lexicon::Unit, usize)> {
        let close = match self.raw(end) {
            "(" => Some(")"),
            "[" => Some("]"),
            "{" => Some("}"),
            "<" => Some(">"),
            _ => None,
        };
        if let Some(close) = close {
            let (u, n) = self.lex.unit_after(self.text, &self.toks, end + 1)?;
            return (self.glued(end + 1)
                && self.is_other(end + 1 + n, close)
                && self.glued(end + 1 + n))
            .then_some((u, end + n + 2));
        }
        let mut k = end;
        let hyphen = self.is_dash(k) && self.glued(k) && self.glued(k + 1);
        if hyphen {
            k += 1;
        }
        if !hyphen && self.is_word(k, "in") && self.toks[k].space_before && self.inch_reading(k) {
            return self.lex.unit("in").map(|u| (u, k + 1));
        }
        let (mut u, mut n) = self.lex.unit_after(self.text, &self.toks, k)?;
        // one-letter symbols stand apart only before a non-word, "of", "x", "by" or a "/"
        // ("1 m x 1 m", "3 L of wine", "5 W/min"), never before a noun ("5 m people")
        let written = self.raw(k);
        if n == 1
            && written.chars().count() == 1
            && written.chars().all(char::is_alphabetic)
            && (self.toks[k].space_before || hyphen)
        {
            let next_ok = match self.tok(k + 1) {
                None => true,
                Some(t) if t.kind == TokenKind::Word => {
                    matches!(self.word(k + 1), "of" | "x" | "by")
                }
                Some(t) if t.kind == TokenKind::Digits => false,
                Some(_) => {
                    !self.glued(k + 1) || self.is_other(k + 1, "/") || self.is_other(k + 1, ".")
                }
            };
            // trade reports write "278,000 t" with grouped digits; "m" stays out, British
            // news writes millions that way ("1,500 m" is rare, "1.5 m people" common)
            let grouped = end >= 2 && self.is_other(end - 2, ",") && written != "m";
            if hyphen || !(next_ok || grouped) {
                return None;
            }
        }
        // "4km^2", "4 km^3": a power of a length
        if self.is_other(k + n, "^")
            && self.glued(k + n)
            && matches!(self.raw(k + n + 1), "2" | "3")
        {
            if let Some(p) = self.lex.unit(&format!("{}{}", u.code, self.raw(k + n + 1))) {
                u = p;
                n += 2;
            }
        }
        // the unit must end a word: "5 kilometresque" is no unit, "800,000 F-Series" a name
        if self.glued_alnum(k + n) && self.tok(k + n).is_some_and(|t| t.kind == TokenKind::Word) {
            return None;
        }
        if self.is_dash(k + n)
            && self.glued(k + n)
            && self.glued_alnum(k + n + 1)
            && n == 1
            && written.len() == 1
        {
            return None;
        }
        Some((u, k + n))
    }

    /// An ordinal in words starting with the number read at `j`, or a bare ordinal word.
    fn word_ordinal(&self, num: &Number, j: usize) -> Option<(Mention, usize)> {
        let end = num.end;
        let ordinal_mention = |first: usize, end: usize, v: f64| {
            let q = Quantity {
                low: v,
                high: v,
                value: v,
                approx: false,
                unit: "ordinal".into(),
                modifier: None,
            };
            (self.mention(first, end, MentionKind::Ordinal, Some(q)), end)
        };
        if num.words && !num.fraction && num.vague.is_none() && num.scale.is_none() {
            // "twenty-first", "one hundred and first"
            let mut k = end;
            if self.is_dash(k) && self.glued(k) || self.is_word(k, "and") {
                k += 1;
            }
            if let Some((o, false)) = words::ordinal(self.word(k)) {
                if o < 10.0 && num.value >= 20.0 && (num.value % 10.0 == 0.0)
                    || o < 100.0 && num.value >= 100.0 && num.value % 100.0 == 0.0
                {
                    return Some(ordinal_mention(num.first, k + 1, num.value + o));
                }
            }
            // "two hundredth", "three trillionth": a scale ordinal multiplies
            if k == end && num.value < 1000.0 {
                if let Some((o, false)) = words::ordinal(self.word(end)) {
                    if o >= 100.0 && (o.log10().fract() == 0.0) {
                        return Some(ordinal_mention(num.first, end + 1, num.value * o));
                    }
                }
            }
        }
        let _ = j;
        None
    }

    /// An ordinal word on its own: "the second time", "its third attack".
    fn bare_ordinal(&self, i: usize) -> Option<(Mention, usize)> {
        let (v, plural) = words::ordinal(self.word(i))?;
        if plural || self.glued_alnum(i + 1) || (self.is_dash(i + 1) && self.glued(i + 1)) {
            return None;
        }
        // "a second" is a duration, not a rank
        if v == 2.0 && i > 0 && matches!(self.word(i - 1), "a" | "per" | "every" | "one") {
            return None;
        }
        let q = Quantity {
            low: v,
            high: v,
            value: v,
            approx: false,
            unit: "ordinal".into(),
            modifier: None,
        };
        Some((self.mention(i, i + 1, MentionKind::Ordinal, Some(q)), i + 1))
    }

    /// A year or decade reading of a plain four-digit number, by its context.
    fn year_reading(&self, num: &Number) -> Option<(Mention, usize)> {
        let i = num.first;
        let end = num.end;
        // decades: 1990s, '90s
        if num.plain_digits.is_some_and(|d| d == 4 || d == 2)
            && self.glued(end)
            && self.word(end) == "s"
            && !self.glued_alnum(end + 1)
        {
            let apostrophe = i > 0 && (self.is_other(i - 1, "'") || self.is_other(i - 1, "’"));
            if num.plain_digits == Some(4) || apostrophe {
                let start = if apostrophe && num.plain_digits == Some(2) {
                    i - 1
                } else {
                    i
                };
                return Some((
                    self.mention(start, end + 1, MentionKind::Year, None),
                    end + 1,
                ));
            }
        }
        if num.plain_digits != Some(4) || !(1500.0..=2100.0).contains(&num.value) {
            return None;
        }
        let before = i.checked_sub(1).map_or("", |p| self.word(p));
        let mut cue = YEAR_CUES.contains(&before) || words::month(before).is_some();
        if i > 0
            && self.is_dash(i - 1)
            && self.glued(i)
            && i >= 2
            && matches!(self.word(i - 2), "mid" | "early" | "late")
        {
            cue = true;
        }
        let next = self.word(end);
        let next_is_count_noun = !next.is_empty()
            && !self.capitalised(end)
            && ((next.ends_with('s')
                && next.len() > 3
                && !matches!(
                    next,
                    "was"
                        | "has"
                        | "is"
                        | "this"
                        | "his"
                        | "its"
                        | "as"
                        | "us"
                        | "does"
                        | "says"
                        | "remains"
                        | "marks"
                        | "sees"
                        | "saw"
                ))
                || COUNT_NOUNS.contains(&next));
        let next_is_unitish = self.lex.unit_after(self.text, &self.toks, end).is_some();
        if next_is_unitish {
            return None;
        }
        // "in 2018 troops…" is a year, "of 1500 people" a count
        let count_cue = matches!(
            before,
            "of" | "and" | "or" | "than" | "the" | "for" | "to" | "as" | "around" | "circa"
        );
        if !next_is_count_noun || cue && !count_cue {
            // a season range "2019-20" is one year mention
            let mut e = end;
            if self.is_dash(e)
                && self.glued(e)
                && matches!(self.digits_len(e + 1), 2 | 4)
                && self.glued(e + 1)
            {
                e += 2;
            }
            return Some((self.mention(i, e, MentionKind::Year, None), e));
        }
        None
    }

    /// Build the interval of a number (or range) under a modifier, by the conventions.
    fn quantity(
        &self,
        n: &Number,
        high: Option<&Number>,
        modifier: Option<Modifier>,
        unit: String,
    ) -> Quantity {
        let conv = self.conv;
        let counts = unit == "count";
        let step = |v: f64| {
            if counts && is_integral(v) && v.abs() >= 1.0 {
                1.0
            } else {
                0.0
            }
        };
        let (low, high_v, value, approx, modifier) = if let Some(h) = high {
            // the ends of a range are as written: "3-4 million" is 3 M to 4 M
            // "about 3-4 million" is still 3 M to 4 M, only marked approximate
            let (lo, hi) = (n.value, h.value);
            let approx = modifier.is_some();
            (
                lo,
                hi,
                f64::midpoint(n.value, h.value),
                approx,
                Some(Modifier::Range),
            )
        } else if let Some((vlo, vhi)) = n.vague {
            let (lo, hi) = match modifier {
                Some(Modifier::AtLeast | Modifier::MoreThan) => {
                    (vlo, f64::INFINITY.min(vhi * (1.0 + conv.over_margin)))
                }
                Some(Modifier::AtMost | Modifier::LessThan) => (0.0, vhi),
                _ => (vlo, vhi),
            };
            let hi = if modifier == Some(Modifier::AtLeast) {
                f64::INFINITY
            } else {
                hi
            };
            (lo, hi, n.value.clamp(lo, hi), true, modifier)
        } else {
            let v = n.value;
            let hw = n.half_width;
            match modifier {
                None => (v - hw, v + hw, v, false, None),
                Some(Modifier::About | Modifier::Range) => {
                    let half = hw.max(conv.approx_tolerance * v.abs());
                    (v - half, v + half, v, true, modifier)
                }
                Some(Modifier::Nearly) => {
                    let hi = v - step(v);
                    let lo = (v - conv.nearly_margin * v.abs()).min(hi);
                    (lo, hi, f64::midpoint(lo, hi), true, modifier)
                }
                Some(Modifier::MoreThan) => {
                    let lo = v + step(v);
                    let hi = (v + conv.over_margin * v.abs()).max(lo);
                    (lo, hi, lo, true, modifier)
                }
                Some(Modifier::LessThan) => {
                    let hi = v - step(v);
                    let lo = (v - conv.under_margin * v.abs()).min(hi);
                    (lo, hi, hi, true, modifier)
                }
                Some(Modifier::AtLeast) => (v, f64::INFINITY, v, false, modifier),
                Some(Modifier::AtMost) => (
                    if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY },
                    v,
                    v,
                    false,
                    modifier,
                ),
            }
        };
        Quantity {
            low,
            high: high_v,
            value,
            approx,
            unit,
            modifier,
        }
    }
}
