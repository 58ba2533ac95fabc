//! The counted noun phrase after a number: "five **Turkish soldiers**", "101 **of them**",
//! "hundreds **of civilians**", "a hundred and one **troops loyal to Syrian President Bashar
//! Assad**", "115 **(Syrian) regime targets**".
//!
//! The reader walks right from the number over the words a noun phrase is made of, stops at
//! the first word that cannot be part of one (a verb, a preposition, a clause word), and asks
//! the counted-noun lexicon for the head; the demonyms, possessives and "regime"/"government"
//! words it passes say whose the counted things are.

use super::Doc;
use crate::lexicon::ClaimList;
use crate::lexicon::{ActorTerm, CountedClass, EventWord};

/// Post-modifiers that name the party of the counted ("troops loyal to X").
const PARTY_POSTMODIFIERS: &[&[&str]] = &[
    &["loyal", "to"],
    &["allied", "to"],
    &["allied", "with"],
    &["affiliated", "with"],
    &["belonging", "to"],
    &["linked", "to"],
    &["backed", "by"],
    &["aligned", "with"],
];

/// How long a noun phrase may be, in tokens, before the reader gives up.
const MAX_PHRASE_TOKENS: usize = 9;

/// What the reader found after a number.
#[derive(Clone, Debug, Default)]
pub(super) struct CountedPhrase {
    /// Tokens of the phrase as written, `[start, end)`; empty when nothing was found.
    pub start: usize,
    pub end: usize,
    /// The class of the head noun, from the lexicon.
    pub class: Option<CountedClass>,
    /// The head, lowercased, when it is not in the lexicon.
    pub unknown_head: Option<String>,
    /// The party named inside the phrase (demonym, name, "loyal to" + leader).
    pub side: Option<String>,
    /// A possessive pronoun inside ("five of its soldiers"): token index.
    pub possessive: Option<usize>,
    /// "regime targets", "government forces": the party is the document's government.
    pub government: bool,
    /// The phrase stands for counted things named before ("of them", "others").
    pub anaphor: bool,
    /// The head is a count of occurrences ("two times"): no claim.
    pub frequency: bool,
    /// The head is a demonym noun ("Turks"): a count of people of that party.
    pub people: bool,
    /// An event word modifying the head ("12 dead gunmen", "30 wounded soldiers"): its
    /// event and tokens.
    pub modifier_event: Option<(crate::lexicon::EventKind, (usize, usize))>,
}

impl CountedPhrase {
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn has_head(&self) -> bool {
        self.class.is_some() || self.unknown_head.is_some() || self.people
    }
}

impl Doc<'_> {
    /// Read the counted noun phrase that starts at token `i` (just after the number), within
    /// the sentence ending at token `end`. A `measure` counts only an "of" phrase; a
    /// `singular_count` (one) may have a singular head outside the lexicon.
    pub(super) fn counted_phrase(
        &self,
        i: usize,
        end: usize,
        measure: bool,
        singular_count: bool,
    ) -> CountedPhrase {
        let mut p = CountedPhrase {
            start: i,
            end: i,
            ..CountedPhrase::default()
        };
        let mut j = i;
        // "115 (Syrian) regime targets": a parenthesis inside the phrase
        if j < end && self.word(j) == "(" {
            if let Some(close) = (j + 1..end.min(j + 6)).find(|&k| self.word(k) == ")") {
                self.side_terms(j + 1, close, &mut p);
                j = close + 1;
            }
        }
        if j < end && self.lower(j) == "of" && j + 1 < end {
            let next = self.lower(j + 1);
            // ("1,600 of those attackers": a demonstrative before a noun is its determiner)
            let demonstrative = matches!(next, "those" | "these")
                && self.is_phrase_word(j + 2)
                && !self.in_list(ClaimList::Anaphors, self.lower(j + 2));
            if self.in_list(ClaimList::Anaphors, next) && !demonstrative {
                p.anaphor = true;
                p.end = j + 2;
                return p;
            }
            // "31 of 40 drones", "31 of the 40 drones": the part of a counted whole
            let det = usize::from(
                self.in_list(ClaimList::Determiners, next)
                    && !self.in_list(ClaimList::Possessives, next),
            );
            if self.is_number_token(j + 1 + det) {
                let mut k = j + 1 + det;
                while k < end && k - j < 6 && (self.is_number_token(k) || self.word(k) == ",") {
                    k += 1;
                }
                j = k;
            } else if self.in_list(ClaimList::Possessives, next) {
                p.possessive = Some(j + 1);
                j += 2;
            } else if self.in_list(ClaimList::Determiners, next) {
                j += 2;
            } else if self.is_phrase_word(j + 1) {
                j += 1;
            } else {
                return p;
            }
        }
        if j < end
            && self.in_list(ClaimList::Anaphors, self.lower(j))
            && matches!(self.lower(j), "others" | "more")
        {
            p.anaphor = true;
            p.end = j + 1;
            return p;
        }
        // a measure counts nothing after it but an "of" phrase ("600 km2 of land")
        if measure && j == i {
            return p;
        }
        // "About 900 other Israelis", "12 more soldiers": a word of addition before the noun
        if j < end && matches!(self.lower(j), "other" | "more" | "further" | "additional") {
            j += 1;
        }
        let phrase_start = j;
        if j < end && self.in_list(ClaimList::FrequencyNouns, self.lower(j)) {
            p.frequency = true;
            return p;
        }
        let mut head_end = None;
        while j < end && j - phrase_start < MAX_PHRASE_TOKENS {
            if let Some((class, n)) =
                self.lexicon
                    .frame()
                    .counted_at(&self.lowered, &self.tokens, j)
            {
                // a later head wins: "military observation posts" → posts
                p.class = Some(class.clone());
                p.unknown_head = None;
                p.people = false;
                j += n;
                head_end = Some(j);
                continue;
            }
            if let Some((actor, term, n)) =
                self.lexicon.frame().actor_at(self.text, &self.tokens, j)
            {
                // "one Palestinian was killed": a demonym that is also its people's noun, with
                // no noun after it, is the head
                // ("201.66 Malaysian/Singapore cents": a slash or hyphen joins it to more)
                let noun_after = j + n < end
                    && (self.is_phrase_word(j + n) || matches!(self.word(j + n), "/" | "-"));
                let people_noun = term == ActorTerm::Adjective
                    && !noun_after
                    && head_end.is_none()
                    && actor.people.iter().any(|w| w == self.word(j));
                if term == ActorTerm::People || people_noun {
                    p.people = true;
                    p.class = None;
                    p.side = Some(actor.name.clone());
                    j += n;
                    head_end = Some(j);
                    continue;
                }
                // "2,500 U.S. troops", "Hamas fighters": a party's name before the head,
                // read whole even when it has stops in it
                if head_end.is_none() && n > 1 {
                    p.side.get_or_insert_with(|| actor.name.clone());
                    // a force named with its head noun ("U.S. troops", "Israeli soldiers")
                    let head = (j..j + n).find_map(|k| {
                        self.lexicon
                            .frame()
                            .counted_at(&self.lowered, &self.tokens, k)
                            .filter(|(_, m)| k + m == j + n)
                    });
                    j += n;
                    if let Some((class, _)) = head {
                        p.class = Some(class.clone());
                        head_end = Some(j);
                    }
                    continue;
                }
            }
            // "Several medical and emergency workers", "U.N. and European officials":
            // modifiers joined before their one head
            // (one modifier before "and", no noun: "seamen and union leaders", "four star
            // petrol and" join no modifiers)
            let before = self.lower(j - 1);
            let joined = head_end.is_none()
                && j == phrase_start + 1
                && self.is_lowercase_word(j - 1)
                && !before.ends_with('s')
                && !before.ends_with("men")
                && matches!(self.lower(j), "and" | "or")
                && self.is_phrase_word(j - 1)
                && self.is_phrase_word(j + 1)
                && !self.is_number_token(j + 1)
                && [j - 1, j + 1].iter().all(|&k| {
                    self.lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, k)
                        .is_none()
                });
            if joined {
                j += 1;
                continue;
            }
            if !self.is_phrase_word(j) {
                break;
            }
            // a capitalised word after a head ends the phrase ("five soldiers Monday")
            if head_end.is_some() && self.is_capitalised(j) {
                break;
            }
            // an event verb ends the phrase, unless it modifies a noun ("displaced people",
            // "12 dead gunmen"), when it names the event of the count
            if let Some((word, n)) = self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, j)
            {
                // (a state the head is in: "dead", "wounded", "displaced", not "striking")
                let modifies = head_end.is_none() && j + n < end && self.is_phrase_word(j + n);
                let state = !self.lower(j + n - 1).ends_with("ing");
                if modifies {
                    if state {
                        p.modifier_event.get_or_insert((word.kind(), (j, j + n)));
                    }
                    j += n;
                    continue;
                }
                if matches!(word, EventWord::Verb(_)) {
                    break;
                }
            }
            if head_end.is_some() {
                // a word after the head that is no head itself ends the phrase
                break;
            }
            j += 1;
        }
        let end_of_phrase = match head_end {
            Some(h) => h,
            None => {
                // no known head: the last word read is the head, if it looks like a noun — a
                // count above one takes a plural ("12 seats"), so "38 believed", "two
                // impressionable" or "the 12000 block" have none
                let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
                if j > phrase_start
                    && self.is_lowercase_word(j - 1)
                    && (singular_count || plural(self.lower(j - 1)))
                {
                    p.unknown_head = Some(self.lower(j - 1).to_owned());
                    j
                } else if let Some((_, (a, b))) = p.modifier_event.filter(|(_, (_, b))| {
                    plural(self.lower(b - 1)) && !self.lower(b - 1).ends_with("ss")
                }) {
                    // "Five Israeli airstrikes ripped through": the event noun was the head
                    p.unknown_head = Some(self.lower(b - 1).to_owned());
                    p.modifier_event = None;
                    let _ = a;
                    b
                } else {
                    return p;
                }
            }
        };
        if let Some(class) = &p.class {
            if self.in_list(ClaimList::FrequencyNouns, self.lower(end_of_phrase - 1))
                || class.name == "time"
            {
                p.frequency = true;
            }
        }
        if p.unknown_head
            .as_deref()
            .is_some_and(|h| self.in_list(ClaimList::FrequencyNouns, h))
        {
            p.frequency = true;
        }
        p.end = end_of_phrase;
        self.side_terms(phrase_start, end_of_phrase, &mut p);
        // "troops loyal to Syrian President Bashar Assad"
        for pattern in PARTY_POSTMODIFIERS {
            let k = p.end;
            let fits = k + pattern.len() <= end
                && pattern
                    .iter()
                    .enumerate()
                    .all(|(n, w)| self.lower(k + n) == *w);
            if fits {
                let mut m = k + pattern.len();
                let mut side = None;
                while m < end && m - k < 8 && (self.is_capitalised(m) || self.joins(m)) {
                    if side.is_none() {
                        side = self.party_at(m).map(|(name, _)| name);
                    }
                    m += 1;
                }
                if side.is_some() {
                    p.side = side;
                    p.end = m;
                }
                break;
            }
        }
        p
    }

    /// Note the party words of tokens `[a, b)` in the phrase.
    fn side_terms(&self, a: usize, b: usize, p: &mut CountedPhrase) {
        let mut k = a;
        while k < b {
            if let Some((name, n)) = self.party_at(k) {
                if p.side.is_none() {
                    p.side = Some(name);
                }
                k += n;
                continue;
            }
            if self.in_list(ClaimList::GovernmentWords, self.lower(k)) {
                p.government = true;
            }
            k += 1;
        }
    }

    /// Whether token `j` can be a word of a noun phrase before its head.
    pub(super) fn is_phrase_word(&self, j: usize) -> bool {
        let Some(t) = self.tokens.get(j) else {
            return false;
        };
        if self.joins(j) {
            return true;
        }
        if t.kind != crate::text::token::TokenKind::Word {
            return false;
        }
        let lower = self.lower(j);
        !(self.in_list(ClaimList::Determiners, lower)
            || self.in_list(ClaimList::Prepositions, lower)
            || self.in_list(ClaimList::Conjunctions, lower)
            || self.in_list(ClaimList::Pronouns, lower)
            || self.in_list(ClaimList::Auxiliaries, lower)
            || self
                .lexicon
                .frame()
                .attribution_at(&self.lowered, &self.tokens, j)
                .is_some())
    }

    /// Whether token `j` is a hyphen or apostrophe inside a word ("Russian-backed",
    /// "Turkey's"), or the word part right after one.
    pub(super) fn joins(&self, j: usize) -> bool {
        let Some(t) = self.tokens.get(j) else {
            return false;
        };
        let w = t.text(self.text);
        let tight_next = self.tokens.get(j + 1).is_some_and(|n| !n.space_before);
        if (w == "-" || w == "'") && !t.space_before && tight_next {
            return true;
        }
        j > 0
            && !t.space_before
            && matches!(self.word(j - 1), "-" | "'")
            && t.kind == crate::text::token::TokenKind::Word
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::Doc;
    use crate::lexicon::Lexicon;

    fn phrase(text: &str) -> (String, Option<String>, Option<String>) {
        let doc = Doc::new(text, None, Lexicon::builtin());
        let i = doc
            .tokens
            .iter()
            .position(|t| t.kind == crate::text::token::TokenKind::Digits)
            .unwrap()
            + 1;
        let p = doc.counted_phrase(i, doc.tokens.len(), false, false);
        let written = if p.is_empty() {
            String::new()
        } else {
            text[doc.tokens[p.start].start..doc.tokens[p.end - 1].end].to_owned()
        };
        (written, p.class.map(|c| c.name), p.side)
    }

    #[test]
    fn reads_heads_demonyms_and_postmodifiers() {
        assert_eq!(
            phrase("shelling killed 5 Dutch marines and injured others"),
            (
                "Dutch marines".into(),
                Some("soldier".into()),
                Some("Netherlands".into())
            )
        );
        let (w, class, side) = phrase("and 40 troops loyal to President Vladimir Putin withdrew");
        assert_eq!(w, "troops loyal to President Vladimir Putin");
        assert_eq!(
            (class.as_deref(), side.as_deref()),
            (Some("soldier"), Some("Russia"))
        );
        assert_eq!(phrase("destroyed 12 of them").0, "of them");
        assert_eq!(
            phrase("hit 40 military observation posts it held")
                .1
                .as_deref(),
            Some("post")
        );
    }
}
