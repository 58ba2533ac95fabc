//! The scanner: a recursive-descent reader of number phrases over the tokens of a text.
//!
//! The scan is one left-to-right pass. At each token that can open a number phrase (digits,
//! a number word, a vague amount, a modifier, a currency sign, a month name) it tries, in
//! order, the readings that are not amounts (dates, clock times, phone numbers, identifiers)
//! and then the amount reading `[modifier] [currency] number [range] [scale] [unit]
//! [modifier]`; the longest reading wins and the scan continues after it. Every reading looks
//! ahead a bounded number of tokens or consumes what it reads, so the scan is linear in the
//! length of the text.
//!
//! The readings live in one file each, as `impl Scanner` blocks over the struct defined here:
//! [`calendar`] (dates, times, years), [`names`] (phones, identifiers), [`number`] (any number,
//! vague amounts), [`digits`], [`spelled`] (numbers and ordinals in words), [`fraction`],
//! [`amount`] (the amount reading and its interval), [`unit`](mod@unit) and [`range`] (what attaches
//! after a number).

mod amount;
mod calendar;
mod digits;
mod fraction;
mod names;
mod number;
mod prefilter;
mod range;
mod spelled;
mod unit;

use super::convention::{vague_first_word, Conventions};
use super::{Mention, MentionKind, Quantity};
use std::borrow::Cow;

use crate::lexicon::{Lexicon, NumberWords};
use crate::text::token::{Token, TokenKind};

/// The scanner's view of one text.
struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Token>,
    /// Lowercase text of every word token (empty for other tokens), borrowed from the text
    /// where it is lowercase already: most words need no allocation.
    lower: Vec<Cow<'a, str>>,
    lex: &'a Lexicon,
    /// The lexicon's number words, asked of most words near a number.
    num: &'a NumberWords,
    conv: &'a Conventions,
}

/// Scan `text` for number phrases: the whole of a short text, the prefilter's windows of a
/// long one.
pub(crate) fn scan(text: &str, lex: &Lexicon, conv: &Conventions) -> Vec<Mention> {
    // a user's number word the trigger pattern does not know could open a phrase anywhere
    if text.len() < prefilter::WHOLE_TEXT_BELOW || !prefilter::sees_all(lex.numbers().added()) {
        return scan_whole(text, lex, conv);
    }
    let mut out = Vec::new();
    for (a, b) in prefilter::windows(text) {
        out.extend(scan_whole(&text[a..b], lex, conv).into_iter().map(|mut m| {
            m.start += a;
            m.end += a;
            m
        }));
    }
    out
}

/// Scan every token of `text`.
fn scan_whole(text: &str, lex: &Lexicon, conv: &Conventions) -> Vec<Mention> {
    let toks = super::glued::tokens_with(text, lex);
    let lower = toks
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Word {
                let s = t.text(text);
                if s.chars().any(char::is_uppercase) {
                    Cow::Owned(s.to_lowercase())
                } else {
                    Cow::Borrowed(s)
                }
            } else {
                Cow::Borrowed("")
            }
        })
        .collect();
    let sc = Scanner {
        text,
        toks,
        lower,
        lex,
        num: lex.numbers(),
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
    /// Too large to be an amount (`1e999`, a 400-digit run) or no amount at all (`24/7`):
    /// typed as an identifier.
    overflow: bool,
    /// Two years joined by a slash ("the 2000/2001 season"): typed as a year.
    year_pair: bool,
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
            year_pair: false,
        }
    }
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
        self.lower.get(i).map_or("", |w| w)
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

    /// Whether token `i` follows the token before it after exactly one space character: the
    /// gap of a digit group ("1 234 567"), never the run of spaces between table columns.
    fn one_space_before(&self, i: usize) -> bool {
        i > 0
            && self.tok(i).is_some_and(|t| {
                let gap = &self.text[self.toks[i - 1].end..t.start];
                gap.chars().count() == 1 && gap.chars().all(char::is_whitespace)
            })
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
        // punctuation opens a phrase only just before a number: "-5", ".25", "$5", ">30", "(kg)"
        let opens = match t.kind {
            TokenKind::Digits | TokenKind::Word => true,
            TokenKind::Other => self.unicode_fraction(i).is_some() || self.number_soon(i, 4),
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
            .or_else(|| self.score_at(i))
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
        if self.num.is_number_word(w)
            || (vague_first_word(w) && w != "a")
            || glued_digits
            || (self.is_digits(i + 1) && self.lex.grammar().identifier_noun(raw))
            || self.million_currency_at(i).is_some()
        {
            return true;
        }
        // words that only lead up to a number ("a", "about", "more than or equal to",
        // "between", "US$", "February") open a phrase only when a number comes soon after
        (matches!(w, "a" | "an" | "minus" | "negative" | "between" | "from")
            || self.lex.calendar().month(w).is_some()
            || self.lex.may_start_amount(w, raw))
            && self.number_soon(i + 1, 6)
    }

    /// Whether a digit or a number word comes within `within` tokens from `i`.
    fn number_soon(&self, i: usize, within: usize) -> bool {
        (i..(i + within).min(self.toks.len())).any(|k| {
            self.is_digits(k)
                || self.unicode_fraction(k).is_some()
                || self.num.is_number_word(self.word(k))
                || vague_first_word(self.word(k)) && self.word(k) != "a"
                || matches!(self.word(k), "few" | "couple" | "handful")
        })
    }
}
