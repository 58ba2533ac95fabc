//! Number words glued to the word before them when scraping lost a line break: a heading
//! run into its first sentence ("France" + "Twenty-eight French nationals were killed" →
//! "FranceTwenty-eight"), a caption into the text.
//!
//! The tokenizer keeps `FranceTwenty` whole, as it keeps `YouTube` and `McDonald`. A word
//! whose tail, from a capital after a small letter, is a number word of the lexicon or a
//! vague amount is two tokens here, so that the grammar and the claim reader both see the
//! number: the head keeps the space before the word, the tail is glued to it.
//!
//! ```
//! use crosscheck::lexicon::Lexicon;
//! use crosscheck::quantity::tokens_with;
//! let text = "CanadaFive Canadians were killed.";
//! let words: Vec<&str> = tokens_with(text, Lexicon::builtin())
//!     .iter()
//!     .map(|t| t.text(text))
//!     .collect();
//! assert_eq!(&words[..3], ["Canada", "Five", "Canadians"]);
//! ```

use super::convention::vague_first_word;
use crate::lexicon::Lexicon;
use crate::text::token::{tokenize, Token, TokenKind};

/// The tokens of `text`, with number words glued to the word before them split off.
pub fn tokens_with(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let tokens = tokenize(text);
    if !tokens
        .iter()
        .any(|t| glued_number_at(text, t, lexicon).is_some())
    {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len() + 4);
    for t in tokens {
        match glued_number_at(text, &t, lexicon) {
            Some(at) => {
                out.push(Token { end: at, ..t });
                out.push(Token {
                    start: at,
                    space_before: false,
                    newline_before: false,
                    ..t
                });
            }
            None => out.push(t),
        }
    }
    out
}

/// Where the number word glued to the end of a word token starts: the last capital that
/// follows a small letter, when the rest is a number word (`FranceTwenty` → `Twenty`).
fn glued_number_at(text: &str, t: &Token, lexicon: &Lexicon) -> Option<usize> {
    if t.kind != TokenKind::Word || t.end - t.start < 5 {
        return None;
    }
    let word = t.text(text);
    let mut prev: Option<char> = None;
    let mut at = None;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            at = Some(i);
        }
        prev = Some(c);
    }
    let at = at?;
    // (the head is a word of two letters at least: "McDonald" has no number, "aOne" is noise)
    if word[..at].chars().count() < 2 {
        return None;
    }
    let tail = word[at..].to_lowercase();
    let number =
        lexicon.numbers().cardinal(&tail).is_some() || (vague_first_word(&tail) && tail != "a");
    number.then_some(t.start + at)
}
