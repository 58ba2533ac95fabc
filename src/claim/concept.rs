//! What a figure measures or belongs to (the `concept` column), and whether the text tells it
//! as a rise or a fall (the `direction` column).
//!
//! The concept is a noun phrase of the figure's own sentence, as written less its determiner:
//! - the noun the figure modifies: "the 450-megawatt plant", "a $1.8 trillion deficit", "a
//!   28-year-old man";
//! - the holder of an of-complement: "9 percent of the national budget", "a third of the land";
//! - the head noun before "of": "a second-quarter profit of 42 cents";
//! - the subject of the verb the figure follows: "the benchmark index advanced 1.7 percent",
//!   "the deficit reached $1.7 trillion", "the clinic has treated 300 patients";
//! - for a toll, the toll's phrase: "the death toll from the quake rose to 1,240".
//!
//! A pronoun, a unit or a dimension word ("percent") is no concept: then the text names
//! nothing and the concept is None. The words of a rise or a fall and the verbs that join a
//! figure to its holder are lexicon data (`measures.toml`).

use super::words::is;
use super::{Doc, Draft, Sentence};
use crate::lexicon::ClaimList;
use crate::lexicon::{Direction, EventKind};
use crate::quantity::MentionKind;
use crate::text::token::TokenKind;

/// The longest concept read, in tokens: longer phrases are clauses, not names of a thing.
const MAX_CONCEPT_TOKENS: usize = 8;

/// How many words may stand between a figure and the verb or change word before it ("rose
/// by nearly 5%", "cut another 2,000").
const LEFT_REACH: usize = 4;

/// The drafts of one sentence, out of drafts in the order of the text: a figure's readings
/// look at the figures of its own sentence only, and must not scan a whole document's (a
/// 50 MB text holds hundreds of thousands).
fn of_sentence(drafts: &[Draft], sentence: usize) -> &[Draft] {
    let from = drafts.partition_point(|e| e.sentence < sentence);
    let to = drafts.partition_point(|e| e.sentence <= sentence);
    &drafts[from..to.max(from)]
}

impl Doc<'_> {
    /// The concept of a figure, as a token range, or None when the text names nothing.
    pub(super) fn concept_of(
        &self,
        d: &Draft,
        s: &Sentence,
        drafts: &[Draft],
    ) -> Option<(usize, usize)> {
        let drafts = of_sentence(drafts, d.sentence);
        let counts = d.kind == MentionKind::Cardinal && d.family.as_deref() != Some("measure");
        let found = if counts {
            self.concept_of_count(d, s, drafts)
        } else {
            self.modified_noun(d, s)
                .or_else(|| self.of_complement(d.after, s))
                .or_else(|| self.head_before_of(d, s))
                .or_else(|| self.holder_subject(d, s, drafts))
        };
        found.filter(|&(a, b)| self.names_a_thing(a, b))
    }

    /// The concept of a number with nothing counted after it: its of-phrase, the noun before
    /// "of", or the subject of its verb ("a deficit of 1.6 billion", "the index stood at
    /// 1,420"); never the noun it modifies, which would be what it counts.
    pub(super) fn concept_of_bare_number(
        &self,
        d: &Draft,
        s: &Sentence,
        drafts: &[Draft],
    ) -> Option<(usize, usize)> {
        let drafts = of_sentence(drafts, d.sentence);
        self.of_complement(d.after, s)
            .or_else(|| self.head_before_of(d, s))
            .or_else(|| self.holder_subject(d, s, drafts))
            .filter(|&(a, b)| self.names_a_thing(a, b))
    }

    /// A count's concept: the toll it is the figure of, else (for counts of no event of the
    /// taxonomy: jobs, patients, phones) the subject that holds it.
    fn concept_of_count(
        &self,
        d: &Draft,
        s: &Sentence,
        drafts: &[Draft],
    ) -> Option<(usize, usize)> {
        if !d.phrase.is_empty() && d.phrase.end <= d.first {
            // "the death toll from Tuesday's quake rose to 1,240": the toll and its complement
            let mut end = d.phrase.end;
            if matches!(self.lower(end), "from" | "of" | "in") {
                if let Some((_, b)) = self.noun_phrase_after(end + 1, s.end, true) {
                    end = b;
                }
            }
            let mut start = d.phrase.start;
            while start < end
                && (self.in_list(ClaimList::Determiners, self.lower(start))
                    || self.in_list(ClaimList::Possessives, self.lower(start)))
            {
                start += 1;
            }
            return Some((start, end.min(d.first)));
        }
        if matches!(
            d.event,
            EventKind::Other | EventKind::Measure | EventKind::Population
        ) {
            return self.holder_subject(d, s, drafts);
        }
        None
    }

    /// "the 450-megawatt plant", "a $1.8 trillion deficit", "a 28-year-old man", "a 5% stake":
    /// the noun phrase right after the figure.
    fn modified_noun(&self, d: &Draft, s: &Sentence) -> Option<(usize, usize)> {
        let mut k = d.after;
        // the rest of a hyphenated compound the mention did not take ("28-year-old")
        while k < s.end && self.word(k) == "-" && !self.tokens[k].space_before {
            k += 2;
        }
        // an age modifies a person, who may be named: "61-year-old Anargyros Bizianis"
        let named = d.kind == MentionKind::Age && self.is_capitalised(k);
        if k >= s.end
            || !(self.is_lowercase_word(k) || named)
            || self.in_list(ClaimList::NotAModifiedNoun, self.lower(k))
            || self.in_list(ClaimList::Directions, self.lower(k))
        {
            return None;
        }
        self.noun_phrase_after(k, s.end, false)
    }

    /// "9 percent of the national budget", "a third of the land", "$2 billion of bonds".
    fn of_complement(&self, after: usize, s: &Sentence) -> Option<(usize, usize)> {
        (after < s.end && self.lower(after) == "of")
            .then(|| self.noun_phrase_after(after + 1, s.end, true))
            .flatten()
    }

    /// "a second-quarter profit of 42 cents", "a population of 120,000": the noun before "of".
    fn head_before_of(&self, d: &Draft, s: &Sentence) -> Option<(usize, usize)> {
        let of = d.first.checked_sub(1).filter(|&k| k > s.first)?;
        if self.lower(of) != "of"
            || self
                .lexicon
                .change_at(self.text, &self.tokens, of - 1)
                .is_some()
        {
            return None;
        }
        self.noun_phrase_before(of, s.first)
    }

    /// "the benchmark index advanced 1.7 percent", "the deficit reached $1.7 trillion", "the
    /// length of the bridge is 12 metres": the subject of the verb the figure follows.
    fn holder_subject(&self, d: &Draft, s: &Sentence, drafts: &[Draft]) -> Option<(usize, usize)> {
        let k = self.start_of_figures(d, s, drafts);
        let verb = k.checked_sub(1).filter(|&v| v >= s.first)?;
        if !self.is_holder_verb(verb) {
            return None;
        }
        // auxiliaries and adverbs between the subject and its verb: "has treated", "was
        // also", "had already reached"
        let mut end = verb;
        while end > s.first {
            let w = self.lower(end - 1);
            if self.in_list(ClaimList::Auxiliaries, w)
                || (w.ends_with("ly") && w.len() > 4)
                || w == "not"
            {
                end -= 1;
            } else {
                break;
            }
        }
        self.noun_phrase_before(end, s.first)
    }

    /// The first token of the words a figure is told over, back from it: prepositions and
    /// determiners ("rose by", "stood at"), and earlier figures it is listed or paired with
    /// ("from $1,250 to $1,100", "300 lb-ft of torque and 450 bhp").
    fn start_of_figures(&self, d: &Draft, s: &Sentence, drafts: &[Draft]) -> usize {
        let mut k = d.first;
        let mut steps = 0;
        while k > s.first && steps < LEFT_REACH {
            let w = self.lower(k - 1);
            if self.in_list(ClaimList::FigurePrepositions, w) || matches!(w, "and" | "or" | ",") {
                k -= 1;
                steps += 1;
                continue;
            }
            // an earlier figure ending here, with what it counts ("by 300 units to")
            let Some(e) = self.earlier_figure_ending(k, d, drafts) else {
                break;
            };
            k = e;
            steps += 1;
        }
        // never stop on a conjunction or comma: they join figures, not a verb
        while k < d.first && matches!(self.lower(k), "and" | "or" | ",") {
            k += 1;
        }
        k
    }

    /// The first token of an earlier figure of the sentence that ends, with its unit, noun
    /// or of-phrase, right before token `k` ("by 300 units to", "300 lb-ft of torque and").
    fn earlier_figure_ending(&self, k: usize, d: &Draft, drafts: &[Draft]) -> Option<usize> {
        drafts
            .iter()
            .find(|e| {
                e.sentence == d.sentence
                    && e.first < d.first
                    && e.after <= k
                    && k <= e.phrase_end().max(e.after) + 5
                    && (e.after..k).all(|j| self.concept_word(j) || self.lower(j) == "of")
            })
            .map(|e| e.first)
    }

    /// A verb whose subject holds the figure after it: a word of change, a verb of the
    /// lexicon's `[holder]` list, or a regular past form ("totalled", "posted").
    fn is_holder_verb(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.tokens[k].kind == TokenKind::Word
            && (self.lexicon.holder_verb(w)
                || self.lexicon.change_at(self.text, &self.tokens, k).is_some()
                || (w.ends_with("ed") && w.len() > 4 && self.is_lowercase_word(k)))
    }

    /// Whether token `k` can be a word of a concept's noun phrase.
    fn concept_word(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        if self.joins(k) {
            return true;
        }
        let w = self.lower(k);
        match t.kind {
            // digits inside a name: "the Stoxx 600 index", "Airbus A320 jets"
            TokenKind::Digits => k > 0 && self.is_capitalised(k - 1),
            TokenKind::Word => {
                let adverb = w.ends_with("ly") && w.len() > 4;
                let excluded = self.in_list(ClaimList::ClauseBarriers, w)
                    || self.in_list(ClaimList::NotAModifiedNoun, w)
                    || self.is_holder_verb(k)
                    || adverb;
                self.is_phrase_word(k) && !excluded
            }
            TokenKind::Other => false,
        }
    }

    /// The noun phrase that starts at token `k` (a determiner first when `determiner`), up to
    /// a word that is no part of one; the determiner is left out of the range.
    fn noun_phrase_after(&self, k: usize, end: usize, determiner: bool) -> Option<(usize, usize)> {
        let mut a = k;
        if determiner
            && a < end
            && (self.in_list(ClaimList::Determiners, self.lower(a))
                || self.in_list(ClaimList::Possessives, self.lower(a)))
        {
            a += 1;
        }
        let mut b = a;
        while b < end && b - a < MAX_CONCEPT_TOKENS && self.concept_word(b) {
            b += 1;
        }
        // a possessive goes on to what is owned: "the company's budget"
        while b + 1 < end && self.word(b) == "'s" && self.concept_word(b + 1) {
            b += 1;
            while b < end && b - a < MAX_CONCEPT_TOKENS && self.concept_word(b) {
                b += 1;
            }
        }
        (b > a).then_some((a, b))
    }

    /// The noun phrase that ends right before token `end`, with its of-complements ("shares
    /// of the carmaker"); its determiner is left out of the range.
    fn noun_phrase_before(&self, end: usize, first: usize) -> Option<(usize, usize)> {
        let mut a = end;
        while a > first && end - a < MAX_CONCEPT_TOKENS {
            let k = a - 1;
            let determiner = self.in_list(ClaimList::Determiners, self.lower(k))
                || self.in_list(ClaimList::Possessives, self.lower(k));
            let inside = self.concept_word(k)
                || matches!(self.word(k), "'s" | "'")
                // "shares of the carmaker": an of-complement inside the phrase
                || (self.lower(k) == "of"
                    && a < end
                    && k > first
                    && (self.concept_word(k - 1)
                        || self.in_list(ClaimList::Determiners, self.lower(k - 1))
                        || self.in_list(ClaimList::Possessives, self.lower(k - 1))))
                // "of the carmaker": the determiner of a complement
                || (determiner && a < end && k > first && self.lower(k - 1) == "of");
            if inside {
                a = k;
            } else {
                break;
            }
        }
        while a < end && !self.concept_word(a) {
            a += 1; // the phrase opens on a word of its own, not on "of" or "'s"
        }
        (a < end).then_some((a, end))
    }

    /// Whether tokens `[a, b)` name a thing: not a pronoun, and not a unit or dimension word
    /// alone ("percent", "points").
    fn names_a_thing(&self, a: usize, b: usize) -> bool {
        if b <= a {
            return false;
        }
        let last = self.lower(b - 1);
        if b - a == 1
            && (self.in_list(ClaimList::Pronouns, last)
                || self.in_list(ClaimList::DimensionWords, last))
        {
            return false;
        }
        let unit_only = self
            .lexicon
            .unit_after(self.text, &self.tokens, a)
            .is_some_and(|(_, n)| a + n >= b);
        !unit_only
    }

    /// Whether the text tells a figure as a rise or a fall: a word of change before it ("rose
    /// 5%", "cut another 2,000", "up 0.95", "an increase of 5%"), the noun right after a
    /// determined figure ("a 5% increase", "5% lower"), or the order of "from X to Y".
    pub(super) fn direction_of(
        &self,
        d: &Draft,
        s: &Sentence,
        drafts: &[Draft],
    ) -> Option<Direction> {
        let drafts = of_sentence(drafts, d.sentence);
        if let Some(direction) = self.change_of_a_pair(d, s, drafts) {
            return Some(direction);
        }
        // before: over the prepositions and determiners of the figure
        let mut k = d.first;
        let mut steps = 0;
        while k > s.first && steps <= LEFT_REACH {
            let before = k - 1;
            // the word ends right before: "rose 5%", "went up 5%"
            let change = (before.saturating_sub(2).max(s.first)..=before).find_map(|j| {
                self.lexicon
                    .change_at(self.text, &self.tokens, j)
                    .filter(|&(_, n)| j + n == k)
                    .map(|(direction, _)| direction)
            });
            if change.is_some() {
                return change;
            }
            // "rose by 300 units to 12,000 units": over an earlier figure of the same change
            if let Some(e) = drafts
                .iter()
                .find(|e| e.sentence == d.sentence && e.phrase_end() == k && e.first < d.first)
            {
                k = e.first;
                steps += 1;
                continue;
            }
            if !self.in_list(ClaimList::FigurePrepositions, self.lower(before)) {
                break;
            }
            k = before;
            steps += 1;
        }
        // after: "a 5% increase", "a $2 billion cut", "5% higher", "down 3%" handled above
        let after = d.after;
        if after < s.end {
            let determined = d.first > s.first && is(&["a", "an", "the"], self.lower(d.first - 1));
            let comparative = matches!(self.lower(after), "higher" | "lower" | "up" | "down");
            if determined || comparative {
                if let Some((direction, _)) = self.lexicon.change_at(self.text, &self.tokens, after)
                {
                    return Some(direction);
                }
            }
        }
        None
    }

    /// "from $1,250 to $1,100": two figures of one change, each told as the change their
    /// order says.
    fn change_of_a_pair(&self, d: &Draft, s: &Sentence, drafts: &[Draft]) -> Option<Direction> {
        let same = |e: &&Draft| e.sentence == d.sentence && e.kind == d.kind;
        let pair = if d.first > s.first && self.lower(d.first - 1) == "from" {
            let to = d.phrase_end();
            (self.lower(to) == "to")
                .then(|| drafts.iter().filter(same).find(|e| e.first == to + 1))
                .flatten()
                .map(|e| (d.quantity.value, e.quantity.value))
        } else if d.first > s.first && self.lower(d.first - 1) == "to" {
            drafts
                .iter()
                .filter(same)
                .find(|e| {
                    e.phrase_end() + 1 == d.first
                        && e.first > s.first
                        && self.lower(e.first - 1) == "from"
                })
                .map(|e| (e.quantity.value, d.quantity.value))
        } else {
            None
        }?;
        match pair.1.partial_cmp(&pair.0)? {
            std::cmp::Ordering::Greater => Some(Direction::Up),
            std::cmp::Ordering::Less => Some(Direction::Down),
            std::cmp::Ordering::Equal => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::{extract, ClaimFrame};
    use crate::lexicon::{Direction, Lexicon};
    use crate::time::Day;

    fn figures(text: &str) -> Vec<ClaimFrame> {
        extract(text, Day::parse_iso("2024-05-01"), Lexicon::builtin())
    }

    /// The concept and direction of the figure written `mention`.
    fn read(text: &str, mention: &str) -> (Option<String>, Option<Direction>) {
        let c = figures(text);
        let f = c
            .iter()
            .find(|c| &text[c.start..c.end] == mention)
            .unwrap_or_else(|| panic!("no figure {mention:?} in {c:?}"));
        (
            f.concept.map(|s| text[s.start..s.end].to_owned()),
            f.direction,
        )
    }

    #[test]
    fn the_holder_is_the_subject_of_the_verb_before_the_figure() {
        let up = Some(Direction::Up);
        let down = Some(Direction::Down);
        for (text, mention, concept, direction) in [
            (
                "Unemployment rose to 4.2% in March.",
                "4.2%",
                "Unemployment",
                up,
            ),
            (
                "The deficit reached $1.7 trillion last year.",
                "$1.7 trillion",
                "deficit",
                None,
            ),
            (
                "Shares of the carmaker fell 5% on Tuesday.",
                "5%",
                "Shares of the carmaker",
                down,
            ),
            (
                "The benchmark Stoxx 600 index advanced 1.7 percent.",
                "1.7 percent",
                "benchmark Stoxx 600 index",
                up,
            ),
            (
                "The clinic has treated more than 300 patients since June.",
                "more than 300",
                "clinic",
                None,
            ),
            ("The firm cut 2,000 jobs.", "2,000", "firm", down),
            (
                "The length of the bridge is 12 metres.",
                "12 metres",
                "length of the bridge",
                None,
            ),
        ] {
            let got = read(text, mention);
            assert_eq!(got, (Some(concept.to_owned()), direction), "{text}");
        }
    }

    #[test]
    fn the_noun_a_figure_modifies_or_the_holder_of_its_of_phrase() {
        for (text, mention, concept) in [
            (
                "The company is building the 450-megawatt plant near the coast.",
                "450-megawatt",
                "plant",
            ),
            (
                "Congress approved a $1.8 trillion deficit.",
                "$1.8 trillion",
                "deficit",
            ),
            ("A 28-year-old man was arrested.", "28-year-old", "man"),
            (
                "About 9 percent of the national budget goes to defence.",
                "About 9 percent",
                "national budget",
            ),
            (
                "Nearly a third of the land was flooded.",
                "Nearly a third",
                "land",
            ),
            (
                "The bank reported a second-quarter profit of 42 cents a share.",
                "42 cents a share",
                "second-quarter profit",
            ),
        ] {
            assert_eq!(read(text, mention).0.as_deref(), Some(concept), "{text}");
        }
    }

    #[test]
    fn a_pronoun_or_a_dimension_word_is_no_concept() {
        assert_eq!(read("She is 60 years old.", "60 years old").0, None);
        assert_eq!(read("It rose 5 percent.", "5 percent").0, None);
    }

    #[test]
    fn two_figures_of_one_change_and_the_noun_of_change_after_a_figure() {
        let t = "The price fell from $1,250 to $1,100.";
        assert_eq!(
            read(t, "$1,250"),
            (Some("price".into()), Some(Direction::Down))
        );
        assert_eq!(
            read(t, "$1,100"),
            (Some("price".into()), Some(Direction::Down))
        );
        let t = "Sales grew by 300 units to 12,000 units.";
        assert_eq!(read(t, "12,000").1, Some(Direction::Up));
        assert_eq!(read(t, "12,000").0.as_deref(), Some("Sales"));
        let t = "The board approved a 5% increase in the dividend.";
        assert_eq!(read(t, "5%").1, Some(Direction::Up));
        let t = "The ministry said 40 people were killed.";
        assert_eq!(read(t, "40"), (None, None));
    }

    #[test]
    fn a_toll_is_the_concept_of_its_figure() {
        let t = "The death toll from the quake rose to 1,240 on Tuesday.";
        let (concept, direction) = read(t, "1,240");
        assert_eq!(concept.as_deref(), Some("death toll from the quake"));
        assert_eq!(direction, Some(Direction::Up));
    }

    #[test]
    fn how_many_times_and_ages_are_figures() {
        let c = figures("I tried to call Bob 3 times already. A 10-gallon water cooler toppled.");
        let what: Vec<&str> = c.iter().map(|c| c.what.as_str()).collect();
        assert!(what.contains(&"times"), "{c:?}");
        assert!(c
            .iter()
            .any(|c| c.quantity.unit == "gal" || c.quantity.value == 10.0));
    }
}
