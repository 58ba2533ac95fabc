//! A small tokenizer shared by the grammar and the lexicons.
//!
//! Tokens are maximal runs of ASCII digits, maximal runs of letters, or single other
//! characters; white space separates tokens and is remembered as `space_before`, because in
//! news English `5km`, `5 km` and `5-km` are the same quantity while `1, 234` is not `1,234`.
//! Lexicon phrases are tokenized the same way, so that a user's alias `sq km` matches the text
//! `sq. km`'s words exactly when it should.
//!
//! ```
//! use crosscheck::text::token::{tokenize, TokenKind};
//! let toks = tokenize("1,240 km2");
//! let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
//! assert_eq!(kinds, [TokenKind::Digits, TokenKind::Other, TokenKind::Digits,
//!                    TokenKind::Word, TokenKind::Digits]);
//! assert!(toks[3].space_before && !toks[4].space_before);
//! ```

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A run of ASCII digits.
    Digits,
    /// A run of letters (any script).
    Word,
    /// One character that is neither a letter, a digit nor white space.
    Other,
}

/// One token: its kind and its byte span in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What the token is made of.
    pub kind: TokenKind,
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset just past its last byte.
    pub end: usize,
    /// Whether white space comes right before it.
    pub space_before: bool,
    /// Whether the white space before it holds a line break.
    pub newline_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// Combining diacritics stay inside the word they decorate (`e\u{301}`).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Characters that separate tokens like a space but are invisible: zero-width spaces and
/// joiners, bidirectional marks, the byte-order mark, soft hyphens.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Split `text` into tokens, in one pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    let mut space_before = false;
    let mut newline_before = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() || is_invisible(c) {
            space_before = true;
            newline_before |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            (TokenKind::Digits, end)
        } else if is_word_char(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !is_word_char(d) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            (TokenKind::Word, end)
        } else {
            (TokenKind::Other, start + c.len_utf8())
        };
        tokens.push(Token {
            kind,
            start,
            end,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// The key of a run of tokens for lexicon look-ups: the tokens' text, lowercased when
/// `fold_case`, with one space where the text had any white space. Two phrases have the same
/// key exactly when they tokenize the same.
pub fn phrase_key(text: &str, tokens: &[Token], fold_case: bool) -> String {
    let mut key = String::new();
    push_phrase_key(&mut key, text, tokens, fold_case, |_| {});
    key
}

/// Append the key of `tokens` to `key`, calling `token_end` with the key's length after each
/// token: the keys of every prefix of the phrase, built in one pass.
pub fn push_phrase_key(
    key: &mut String,
    text: &str,
    tokens: &[Token],
    fold_case: bool,
    mut token_end: impl FnMut(usize),
) {
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && t.space_before {
            key.push(' ');
        }
        let s = t.text(text);
        if !fold_case || (s.is_ascii() && !s.bytes().any(|b| b.is_ascii_uppercase())) {
            key.push_str(s);
        } else if s.is_ascii() {
            key.extend(s.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            key.extend(s.chars().flat_map(char::to_lowercase));
        }
        token_end(key.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_the_amount_of_space() {
        let a = "square   Kilometres";
        let b = "square kilometres";
        assert_eq!(
            phrase_key(a, &tokenize(a), true),
            phrase_key(b, &tokenize(b), true)
        );
    }

    #[test]
    fn invisible_characters_separate_like_spaces() {
        let t = "5\u{200D}000";
        let toks = tokenize(t);
        assert_eq!(toks.len(), 2);
        assert!(toks[1].space_before);
    }

    #[test]
    fn combining_marks_stay_in_words() {
        let t = "cafe\u{301} 3";
        let toks = tokenize(t);
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[0].text(t), "cafe\u{301}");
    }

    #[test]
    fn newlines_are_remembered() {
        let toks = tokenize("a\r\nb c");
        assert!(toks[1].newline_before);
        assert!(!toks[2].newline_before);
    }
}
