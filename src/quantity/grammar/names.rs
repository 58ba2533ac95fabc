//! Numbers that name rather than count: phone numbers, identifiers, number words in names.
//!
//! "+44 20 7946 0958", "F-16", "Resolution 2254", "page 5" and "the Five Star Movement" are
//! typed as phones and identifiers, so that no count is read out of them; and "one" in "the one
//! you mentioned" is a pronoun, not the number 1.

use super::Scanner;
use crate::lexicon::CardinalWord;
use crate::lexicon::Dimension;
use crate::quantity::{Mention, MentionKind};
use crate::text::token::TokenKind;

impl Scanner<'_> {
    pub(super) fn phone_at(&self, i: usize) -> Option<(Mention, usize)> {
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

    /// The score of a game at `i`: "won 3-1", "a 2-0 victory", "6-4 3-6 7-5" (each set after
    /// the first follows a score). Two small whole numbers joined by a glued dash, next to a
    /// word of the lexicon's `[score]` lists: no range and no count.
    pub(super) fn score_at(&self, i: usize) -> Option<(Mention, usize)> {
        let pair_at = |k: usize| {
            self.is_digits(k)
                && self.digits_len(k) <= 2
                && self.is_dash(k + 1)
                && self.glued(k + 1)
                && self.glued(k + 2)
                && self.is_digits(k + 2)
                && self.digits_len(k + 2) <= 2
        };
        if !pair_at(i) || self.glued_alnum(i + 3) || self.is_other(i + 3, "/") {
            return None;
        }
        if self.glued(i) || self.is_other(i + 3, ".") && self.is_digits(i + 4) && self.glued(i + 4)
        {
            return None;
        }
        let after_score = i >= 3 && pair_at(i - 3) && !self.glued(i);
        let before = i > 0 && self.lex.score_before(self.word(i - 1));
        let after = self.lex.score_after(self.word(i + 3));
        (before || after || after_score)
            .then(|| (self.mention(i, i + 3, MentionKind::Identifier, None), i + 3))
    }

    pub(super) fn identifier_at(&self, i: usize) -> Option<(Mention, usize)> {
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
                    if self.lex.grammar().identifier_noun(self.raw(i))
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
                if self.list_number(i) {
                    return Some((self.mention(i, i + 1, MentionKind::Identifier, None), i + 1));
                }
                // page 5, No. 7
                let prev = i.checked_sub(1)?;
                let p = if self.is_other(prev, ".") && prev > 0 {
                    prev - 1
                } else {
                    prev
                };
                if self.lex.grammar().identifier_noun_lower(self.raw(p))
                    || (p != prev && self.lex.grammar().identifier_noun(self.raw(p)))
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

    /// "… was killed.7." and "what we know:1.": the number of an item of a numbered list whose
    /// line breaks were lost in scraping, glued between the stop of one item and its own
    /// stop. A count is never written glued to the stop before it.
    fn list_number(&self, i: usize) -> bool {
        let after_stop = i >= 2
            && (self.is_other(i - 1, ".") || self.is_other(i - 1, ":"))
            && self.glued(i)
            && self.glued(i - 1)
            && self.tok(i - 2).is_some_and(|t| t.kind == TokenKind::Word);
        let item_stop = self.is_other(i + 1, ".")
            && self.glued(i + 1)
            && self.tok(i + 2).is_none_or(|t| {
                t.space_before || t.kind == TokenKind::Word && self.capitalised(i + 2)
            });
        after_stop && item_stop && self.digits_len(i) <= 3
    }

    /// A capitalised number word inside a name, mid-sentence after a lowercase word: "the Six
    /// Nations", "the Group of Seven" is left alone, "the Five Star Movement" is a name.
    pub(super) fn number_in_name(&self, i: usize) -> Option<(Mention, usize)> {
        if !self.capitalised(i) || self.num.cardinal(self.word(i)).is_none() || i == 0 {
            return None;
        }
        let prev = &self.toks[i - 1];
        let prev_lower = prev.kind == TokenKind::Word && !self.capitalised(i - 1);
        let next_capital =
            self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Word) && self.capitalised(i + 1);
        let next_is_number = self.num.cardinal(self.word(i + 1)).is_some();
        (prev_lower && next_capital && !next_is_number && !prev.newline_before)
            .then(|| (self.mention(i, i + 2, MentionKind::Identifier, None), i + 2))
    }

    /// Whether a superlative follows "one of" at `k`, over a determiner or a possessive
    /// ("the", "its", "the world's", "Saturday's") and "most": "one of the worst days", "one of
    /// the world's strongest militaries", "one of its most serious": one picked out of a kind,
    /// not a count.
    fn superlative_after_of(&self, k: usize) -> bool {
        let mut k = k;
        if matches!(
            self.word(k),
            "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "this" | "these"
        ) {
            k += 1;
        }
        // a possessive: "the world's", "Saturday's", "Israel's"
        let apostrophe = |j: usize| self.is_other(j, "'") || self.is_other(j, "’");
        if self.tok(k).is_some_and(|t| t.kind == TokenKind::Word)
            && apostrophe(k + 1)
            && self.is_word(k + 2, "s")
        {
            k += 3;
        }
        if matches!(self.word(k), "most" | "least")
            && self.tok(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
        {
            return true;
        }
        self.lex.grammar().superlative(self.word(k))
    }

    /// Whether "one" at `i` is a pronoun ("the one you mentioned", "one another").
    pub(super) fn pronoun_one(&self, i: usize) -> bool {
        if self.word(i) != "one" {
            return false;
        }
        let before = i.checked_sub(1).map_or("", |p| self.word(p));
        let after = self.word(i + 1);
        if matches!(
            self.num.cardinal(after),
            Some(CardinalWord::Hundred | CardinalWord::Scale(_))
        ) || self
            .lex
            .unit_after(self.text, &self.toks, i + 1)
            .is_some_and(|(u, _)| u.dimension != Dimension::Duration)
            || after == "and" && matches!(self.word(i + 2), "a" | "one")
        {
            return false;
        }
        if self.lex.grammar().pronoun_one_cue(before) || self.lex.grammar().pronoun_one_after(after)
        {
            return true;
        }
        if self.is_other(i + 1, "'") || self.is_other(i + 1, "’") {
            return true;
        }
        if after == "of" && self.superlative_after_of(i + 2) {
            return true;
        }
        // "which one do you prefer", "that one is good": one followed by a verb-like word
        matches!(
            after,
            "you" | "i" | "we" | "he" | "she" | "they" | "is" | "was" | "do" | "does" | "did"
        ) && !before.is_empty()
    }
}
