//! The prefilter: which parts of a text can hold a number phrase at all.
//!
//! Most of a news corpus holds no number. One pass of a regex (the regex crate's lazy DFA)
//! finds every digit, vulgar fraction and word that can begin or sit inside a number phrase
//! ([`TRIGGER_STEMS`]); the scanner then tokenizes and reads only a window of text around
//! each, wide enough on the left for what precedes a number ("more than or equal to", "in",
//! "aged") and on the right for what follows it (units, ranges, "or more"). Windows that
//! touch are merged, so a phrase is never cut by a window's edge unless it runs for more than
//! [`RIGHT`] bytes past its last number word.

use std::sync::LazyLock;

use regex::Regex;

/// Beginnings of every word that can open or continue a number phrase: cardinals, ordinals,
/// fraction nouns and vague amounts. A prefix may match other words too ("tense", "fortune");
/// that only costs a window.
pub(super) const TRIGGER_STEMS: &[&str] = &[
    "zero", "nought", "naught", "nil", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "nint", "ten", "eleven", "twel", "thirt", "fift", "fort", "twent", "hundred",
    "thousand", "million", "billion", "trillion", "lakh", "lac", "crore", "doz", "dz", "first",
    "second", "third", "half", "halves", "quarter", "several", "score", "handful", "few", "couple",
];

/// Bytes of context kept before a trigger.
pub(super) const LEFT: usize = 96;
/// Bytes of context kept after a trigger.
pub(super) const RIGHT: usize = 192;
/// Texts shorter than this are scanned whole: windows would save nothing.
pub(super) const WHOLE_TEXT_BELOW: usize = 2048;

static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    let stems = TRIGGER_STEMS.join("|");
    // ("FranceTwenty-eight": a capitalised stem glued to a small letter, see `glued`)
    let capitalised: Vec<String> = TRIGGER_STEMS
        .iter()
        .map(|s| {
            let mut c = s.chars();
            c.next().map_or(String::new(), |f| {
                f.to_ascii_uppercase().to_string() + c.as_str()
            })
        })
        .collect();
    let glued = capitalised.join("|");
    Regex::new(&format!(
        r"(?i)[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:{stems})|(?-i:\p{{Ll}}(?:{glued}))"
    ))
    .expect("the trigger pattern is valid")
});

/// Whether the trigger pattern sees every one of `words` (lowercase number words a user added
/// to the lexicon) where it starts: when it does not, the text must be scanned whole.
pub(super) fn sees_all(words: &[String]) -> bool {
    words
        .iter()
        .all(|w| TRIGGER.find(w).is_some_and(|m| m.start() == 0))
}

/// The byte ranges of `text` to scan, in order, disjoint, each starting and ending on white
/// space (or the text's ends).
pub(super) fn windows(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in TRIGGER.find_iter(text) {
        // each byte is walked over once at most: a window only ever grows to the right, and a
        // new one starts after the last
        let covered = out.last().map_or(0, |w| w.1);
        if out.last().is_some_and(|w| m.end() + RIGHT <= w.1) {
            continue;
        }
        let mut a = m.start().saturating_sub(LEFT);
        if a <= covered && !out.is_empty() {
            a = covered;
        } else {
            while a > covered && !bytes[a].is_ascii_whitespace() {
                a -= 1;
            }
        }
        let mut b = (m.end() + RIGHT).min(text.len());
        while b < text.len() && !bytes[b].is_ascii_whitespace() {
            b += 1;
        }
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::quantity::convention::VAGUE_AMOUNTS;

    #[test]
    fn every_number_word_has_a_stem() {
        let words_of_the_grammar = [
            "zero",
            "nought",
            "naught",
            "nil",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fourty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
            "lakh",
            "lac",
            "crore",
            "dozen",
            "doz",
            "dz",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "nineth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "twentieth",
            "thirtieth",
            "fortieth",
            "fiftieth",
            "sixtieth",
            "seventieth",
            "eightieth",
            "ninetieth",
            "hundredth",
            "thousandth",
            "millionth",
            "billionth",
            "trillionth",
            "half",
            "halves",
            "quarter",
            "quarters",
            "dozens",
            "dzs",
            "dozs",
        ];
        for w in words_of_the_grammar {
            let n = Lexicon::builtin().numbers();
            let known = n.cardinal(w).is_some()
                || n.ordinal(w).is_some()
                || n.fraction_noun(w).is_some()
                || n.dozen_plural(w);
            assert!(known, "{w} is not a number word of the grammar any more");
            assert!(TRIGGER.is_match(w), "{w} has no trigger stem");
        }
        for (phrase, _, _) in VAGUE_AMOUNTS {
            let word = phrase.split(' ').find(|w| *w != "a").unwrap();
            assert!(TRIGGER.is_match(word), "{phrase} has no trigger stem");
        }
    }

    #[test]
    fn every_number_word_of_the_lexicon_is_seen() {
        let words: Vec<String> = Lexicon::builtin()
            .numbers()
            .words()
            .map(str::to_owned)
            .collect();
        assert!(words.len() > 100);
        for w in &words {
            assert!(sees_all(std::slice::from_ref(w)), "{w} has no trigger stem");
        }
        assert!(!sees_all(&["umpteen".to_owned()]));
    }

    #[test]
    fn windows_are_disjoint_and_on_white_space() {
        let text = format!(
            "{} 5 soldiers {} nearly 700,000 {}",
            "x ".repeat(300),
            "y ".repeat(30),
            "z ".repeat(300)
        );
        let w = windows(&text);
        assert_eq!(w.len(), 1, "nearby triggers merge: {w:?}");
        let (a, b) = w[0];
        assert!(text.as_bytes()[a].is_ascii_whitespace());
        assert!(b == text.len() || text.as_bytes()[b].is_ascii_whitespace());
        assert!(windows(&"no numbers here ".repeat(500)).is_empty());
    }
}
