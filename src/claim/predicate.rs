//! The event of a count: the predicate that governs it.
//!
//! A count is the object of the verb before it ("shelling **killed** five soldiers", "has
//! **taken in** 3.6 million refugees"), the subject of the verb after it ("101 elements have
//! been **neutralized**", "700,000 people have **fled**"), or the complement of an event noun
//! ("**attacks** on 115 targets"). The reader looks left first, within the clause; then right,
//! over auxiliaries and coordinated counts; then anywhere in the sentence, verbs before nouns.
//! A participle right after the object names the event ("sent thousands **fleeing**", "left
//! ten **dead**").

use super::words::is;
use super::{Doc, Draft, Sentence};
use crate::lexicon::ClaimList;
use crate::lexicon::{EventKind, EventWord};
use crate::quantity::MentionKind;
use crate::text::token::TokenKind;

/// How far left of a count its verb may be, in tokens.
const LEFT_REACH: usize = 10;
/// How far right of the counted phrase its verb may be, in tokens.
const RIGHT_REACH: usize = 8;
/// How far from an amount of money a noun that names it may stand ("a $10,000 fine", "a fine
/// of $5,000", "$2 million in compensation"), in tokens.
const MONEY_NOUN_REACH: usize = 2;
/// How far left of an amount the opening parenthesis of a conversion may be ("2m euros
/// (£1.7m; $2.6m)"), in tokens.
const CONVERSION_REACH: usize = 8;
/// How far right of "who" the verb of the main clause may be, in tokens.
const RELATIVE_REACH: usize = 25;

/// Whether an event can befall things of a family of `counted.toml`: deaths befall people and
/// armed men, not "nominations"; destruction befalls things, not voters. A class outside the
/// lexicon fits nothing here; it keeps an event only when a verb governs it directly.
pub(super) fn event_fits(event: EventKind, family: &str) -> bool {
    const PEOPLE: &[&str] = &["people", "military", "combatant", "security"];
    let any = |families: &[&str]| families.contains(&family);
    match event {
        EventKind::Kill | EventKind::Injure => any(PEOPLE) || family == "animal",
        EventKind::Arrest | EventKind::Abduct | EventKind::Release => any(PEOPLE),
        EventKind::Gather => family == "people",
        EventKind::Displace | EventKind::Host | EventKind::Population => family == "people",
        EventKind::Deploy => any(&[
            "military",
            "combatant",
            "security",
            "equipment",
            "infrastructure",
        ]),
        EventKind::Destroy => any(&["equipment", "infrastructure", "place", "animal"]),
        EventKind::Attack | EventKind::Capture | EventKind::Surround => {
            any(PEOPLE) || any(&["equipment", "infrastructure", "place"])
        }
        // a user's class says nothing of what it befalls: any count may undergo it
        EventKind::Measure | EventKind::Other | EventKind::Custom(_) => true,
    }
}

impl Doc<'_> {
    pub(super) fn governing_event(
        &self,
        d: &Draft,
        s: &Sentence,
    ) -> (EventKind, Option<(usize, usize)>, bool) {
        let phrase_end = d.phrase_end();
        // the verbs around "31 of 40 drones" are the part's: the whole keeps only a
        // participle of its own ("40 drones launched by Russia")
        if let Some(part) = self.partitive_part(d.first, s.first) {
            // a verb right after the whole is the part's when the part is the subject ("one
            // of 5 soldiers died"), a participle of the whole when the part is an object
            // ("Katsman was one of 22 Americans killed": the part as a complement, too)
            let complement = part > s.first
                && is(
                    &["is", "are", "was", "were", "be", "been", "being"],
                    self.lower(part - 1),
                );
            let part_is_object = complement || self.event_left(part, s.first).is_some();
            return match self.event_right(phrase_end, s.end) {
                Some((k, n, kind, true)) if k == phrase_end && part_is_object => {
                    (kind, Some((k, k + n)), true)
                }
                _ => (EventKind::Other, None, false),
            };
        }
        // "took nearly 200 hostages", "four bombs were dropped": a verb that names the event
        // only with what it governs
        if let Some((kind, verb)) = self.collocated_event(d, s) {
            return (kind, Some(verb), true);
        }
        let mut left = self.event_left(d.first, s.first);
        let right = self.event_right(phrase_end, s.end);
        if self.agent_of_its_verb(phrase_end, right) {
            return (EventKind::Other, None, false);
        }
        // a measure is the object of its verb only right next to it ("recaptured 600 km2")
        let measure = !matches!(
            d.kind,
            crate::quantity::MentionKind::Cardinal | crate::quantity::MentionKind::Fraction
        );
        if measure && left.is_some_and(|(k, n, _)| d.first - (k + n) > 1) {
            left = None;
        }
        if measure {
            return match left {
                Some((k, n, kind)) => (kind, Some((k, k + n)), true),
                None => (EventKind::Measure, None, true),
            };
        }
        // the subject of a verb after auxiliaries ("101 elements have been neutralized") even
        // when another clause's verb comes before it
        if let Some((k, n, kind, true)) = right {
            if k > phrase_end && self.in_list(ClaimList::Auxiliaries, self.lower(k - 1)) {
                return (kind, Some((k, k + n)), true);
            }
        }
        // "50 wounded", "12 dead": an event word right after a bare number
        if let Some((k, n, kind, _)) = right {
            if d.phrase.is_empty() && k == d.after {
                return (kind, Some((k, k + n)), true);
            }
        }
        // "sent hundreds of thousands fleeing", "left ten dead" (but "killed about 40
        // Palestinians sheltering in a school": a killing keeps its own verb, and so does a
        // camp "sheltering 20,000 civilians fleeing the war")
        if let Some((k, n, kind, _)) = right {
            let w = self.lower(k + n - 1);
            let killing = left.is_some_and(|(_, _, l)| {
                matches!(l, EventKind::Kill | EventKind::Injure | EventKind::Host)
            });
            if k == phrase_end
                && (w.ends_with("ing") || w == "dead" || w == "homeless")
                && left.is_some()
                && !killing
            {
                return (kind, Some((k, k + n)), true);
            }
        }
        // "50 people with injuries", "12 with gunshot wounds": the state they are in
        if self.lower(phrase_end) == "with" {
            for j in phrase_end + 1..(phrase_end + 4).min(s.end) {
                if let Some((EventWord::Noun(EventKind::Injure), n)) = self
                    .lexicon
                    .frame()
                    .event_at(&self.lowered, &self.tokens, j)
                {
                    return (EventKind::Injure, Some((j, j + n)), true);
                }
            }
        }
        // "300 died and at least 4,000 are missing": a count followed by a finite verb is the
        // subject of a predicate of its own; when that names no event, no verb before it does
        // ("a rampage that killed 1,400 Israelis has swept away": a verb right before the
        // count governs it as its object)
        let object = left.is_some_and(|(k, n, _)| {
            (k + n..d.first).all(|j| self.in_list(ClaimList::Determiners, self.lower(j)))
        });
        if right.is_none()
            && !object
            && phrase_end < s.end
            && self.in_list(ClaimList::SubjectLinks, self.lower(phrase_end))
        {
            return (EventKind::Other, None, false);
        }
        // "24 people dead and 249 people injured", "two villagers slightly injured": each count
        // of a list takes the word right after it, not the word of the count before
        if let (Some((lk, ln, _)), Some((k, n, kind, _))) = (left, right) {
            let listed = (lk + ln..d.first).any(|j| matches!(self.lower(j), "and" | ","));
            let adverbs = (phrase_end..k).all(|j| {
                let w = self.lower(j);
                (w.ends_with("ly") && w.len() > 4)
                    || self.in_list(ClaimList::Auxiliaries, w)
                    || is(
                        &["reported", "confirmed", "believed", "feared", "thought"],
                        w,
                    )
            });
            if adverbs && listed {
                return (kind, Some((k, k + n)), true);
            }
        }
        if let Some((k, n, kind)) = left {
            return (kind, Some((k, k + n)), true);
        }
        if let Some((k, n, kind, _)) = right {
            return (kind, Some((k, k + n)), true);
        }
        // "three men who were cousins died", "400 people who had sought shelter there": the
        // verb of the main clause after a relative clause, else the relative clause's own
        let people = d
            .family
            .as_deref()
            .is_some_and(|f| matches!(f, "people" | "military" | "combatant" | "security"));
        if let Some((k, n, kind)) = self.relative_clause_event(phrase_end, s).filter(|_| people) {
            return (kind, Some((k, k + n)), true);
        }
        // anywhere in the clause: the nearest verb, else the nearest event noun
        let (from, to) = self.clause_around(d.first, phrase_end, s);
        let mut best: Option<(usize, usize, usize, EventKind, bool)> = None;
        let mut k = from;
        while k < to {
            if k >= d.first && k < phrase_end {
                k += 1;
                continue;
            }
            if let Some((word, n)) = self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k)
            {
                let distance = if k < d.first {
                    d.first - k
                } else {
                    k - phrase_end
                };
                if k < d.first
                    && self
                        .lexicon
                        .frame()
                        .is_subject_verb(&self.lowered, &self.tokens, k, n)
                {
                    k += n;
                    continue;
                }
                let verb = matches!(word, EventWord::Verb(_));
                // "hundreds of gunmen swept in, killing hundreds of civilians": an event word
                // after the count with a count of its own right after it governs that one
                let own_object = k > phrase_end && self.object_count_after(k + n, to);
                if own_object {
                    k += n;
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((_, _, bd, _, bverb)) => {
                        (verb && !bverb) || (verb == bverb && distance < bd)
                    }
                };
                if better {
                    best = Some((k, n, distance, word.kind(), verb));
                }
                k += n;
                continue;
            }
            k += 1;
        }
        match best {
            Some((k, n, _, kind, _)) => (kind, Some((k, k + n)), false),
            None => (EventKind::Other, None, false),
        }
    }

    /// The event of a verb that names one only with the counted noun of the draft (`with` of
    /// `events.toml`): right before the count, over determiners ("took nearly 200 hostages",
    /// "has claimed more than 660 lives"), or after the counted phrase, over auxiliaries and
    /// adverbs ("four bombs were reportedly dropped").
    fn collocated_event(&self, d: &Draft, s: &Sentence) -> Option<(EventKind, (usize, usize))> {
        if d.phrase.is_empty() {
            return None;
        }
        let frame = self.lexicon.frame();
        let noun_end = d.phrase.end;
        let mut k = d.first;
        while k > s.first && self.in_list(ClaimList::Determiners, self.lower(k - 1)) {
            k -= 1;
        }
        for start in k.saturating_sub(3).max(s.first)..k {
            if let Some((kind, end)) =
                frame.collocation_at(&self.lowered, &self.tokens, start, noun_end)
            {
                if end == k {
                    return Some((kind, (start, end)));
                }
            }
        }
        // ("killed four hostages held by his group": the verb before the count is theirs)
        if self.event_left(d.first, s.first).is_some() {
            return None;
        }
        let mut k = d.phrase_end();
        while k < s.end && k - d.phrase_end() < RIGHT_REACH {
            if let Some((kind, end)) =
                frame.collocation_at(&self.lowered, &self.tokens, k, noun_end)
            {
                return Some((kind, (k, end)));
            }
            if !self.between_subject_and_verb(self.lower(k)) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The event verb that a subject followed by a relative clause takes: the last event
    /// verb before the clause ends, past the relative clause ("three Palestinians, who had
    /// sought refuge in a school, died when …"), or the relative clause's own ("400 people who
    /// had sought shelter there after fleeing"); a verb with a count of its own after it
    /// governs that count ("three men who killed five people").
    fn relative_clause_event(
        &self,
        phrase_end: usize,
        s: &Sentence,
    ) -> Option<(usize, usize, EventKind)> {
        let mut k = phrase_end;
        if self.word(k) == "," {
            k += 1;
        }
        if k >= s.end || !is(&["who", "that"], self.lower(k)) {
            return None;
        }
        let frame = self.lexicon.frame();
        let mut last = None;
        let mut j = k + 1;
        while j < s.end && j <= k + RELATIVE_REACH {
            if is(
                &[
                    ";", "when", "after", "as", "because", "while", "before", "since", "until",
                    "but", "said", "says",
                ],
                self.lower(j),
            ) {
                break;
            }
            // ("protesters who stormed the House of Commons": a name is no verb; "who fled to
            // escape the war": an infinitive of purpose is no event of theirs)
            let name = self.word(j).starts_with(char::is_uppercase) || self.lower(j - 1) == "to";
            if let Some((word, n)) = frame
                .event_at(&self.lowered, &self.tokens, j)
                .filter(|_| !name)
            {
                let last_word = self.lower(j + n - 1);
                let verbal = matches!(word, EventWord::Verb(_))
                    || last_word.ends_with("ing")
                    || last_word.ends_with("ed");
                let own_object = self.object_count_after(j + n, s.end);
                if verbal && !own_object {
                    last = Some((j, n, word.kind()));
                }
                j += n;
                continue;
            }
            j += 1;
        }
        last
    }

    /// Whether a count opens within a few words from token `from`, before any punctuation:
    /// the object of the event word that ends there ("killing hundreds of civilians", "attacks
    /// on 115 targets"; not "were killed, four were injured").
    fn object_count_after(&self, from: usize, to: usize) -> bool {
        (from..(from + 3).min(to))
            .take_while(|&j| self.tokens[j].kind != TokenKind::Other)
            .any(|j| self.opens_a_count(j))
    }

    /// Whether token `j` is a number or a plural of one that opens a count ("12", "twelve",
    /// "dozens", "hundreds", "thousands").
    fn opens_a_count(&self, j: usize) -> bool {
        let numbers = self.lexicon.numbers();
        let w = self.lower(j);
        // ("jailed in 1983": a year is no count)
        let year = self.tokens[j].kind == TokenKind::Digits
            && w.len() == 4
            && w.starts_with(['1', '2'])
            && self.word(j + 1) != ",";
        (self.is_number_token(j) && !year)
            || numbers.dozen_plural(w)
            || w.strip_suffix('s')
                .is_some_and(|one| numbers.cardinal(one).is_some())
    }

    /// The event an amount of money is the figure of, with the words that say so, when it is
    /// no measurement but the figure of a happening (`money` and `money_nouns` of
    /// `events.toml`): "stole gems worth 85 million euros", "a $35,000 reward", "a $10,000
    /// fine". A conversion in parentheses ("85 million euros (74 million pounds)") is the
    /// figure of what the amount before it is.
    pub(super) fn money_event(
        &self,
        d: &Draft,
        s: &Sentence,
        earlier: &[Draft],
    ) -> Option<(EventKind, Option<(usize, usize)>)> {
        let frame = self.lexicon.frame();
        let from = d.first.saturating_sub(CONVERSION_REACH).max(s.first);
        if let Some(open) = (from..d.first)
            .rev()
            .take_while(|&k| self.word(k) != ")")
            .find(|&k| self.word(k) == "(")
        {
            let converted = earlier.iter().rev().find(|e| {
                e.sentence == d.sentence && e.after == open && e.kind == MentionKind::Currency
            });
            if let Some(e) = converted {
                return (e.event != EventKind::Measure).then_some((e.event, e.predicate));
            }
        }
        let phrase_end = d.phrase_end();
        let near_from = d.first.saturating_sub(MONEY_NOUN_REACH).max(s.first);
        let near_to = (phrase_end + MONEY_NOUN_REACH).min(s.end);
        for k in near_from..near_to {
            if let Some((kind, n)) = frame.money_event_at(&self.lowered, &self.tokens, k, true) {
                return Some((kind, Some((k, k + n))));
            }
        }
        // the amount's clause: a semicolon or a contrast ends it, but not "and" ("drove a car
        // into the store and grabbed jewellery worth two million euros")
        let boundary = |k: usize| {
            matches!(
                self.lower(k),
                ";" | "while" | "whereas" | "but" | "although" | "though"
            )
        };
        let from = (s.first..d.first)
            .rev()
            .find(|&k| boundary(k))
            .map_or(s.first, |k| k + 1);
        let to = (phrase_end..s.end).find(|&k| boundary(k)).unwrap_or(s.end);
        let mut k = from;
        while k < to {
            if let Some((kind, n)) = frame.money_event_at(&self.lowered, &self.tokens, k, false) {
                return Some((kind, Some((k, k + n))));
            }
            k += 1;
        }
        None
    }

    /// "Five gunmen killed 12 people", "70 fighters from Hamas killed dozens": a count right
    /// before an active verb of harm that has a figure of its own as object did the harm; it
    /// did not suffer it.
    fn agent_of_its_verb(
        &self,
        phrase_end: usize,
        right: Option<(usize, usize, EventKind, bool)>,
    ) -> bool {
        let Some((k, n, kind, _)) = right else {
            return false;
        };
        // (a postmodifier of origin may stand between: "fighters from Hamas")
        let between = (phrase_end..k).all(|j| {
            (j == phrase_end && matches!(self.lower(j), "from" | "of"))
                || (j > phrase_end && self.is_capitalised(j))
        });
        let verb = matches!(
            self.lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k),
            Some((EventWord::Verb(_), _))
        );
        let object = self.is_number_token(k + n)
            || crate::quantity::convention::vague_first_word(self.lower(k + n))
            || self
                .lexicon
                .modifier_at(self.text, &self.tokens, k + n)
                .is_some();
        matches!(
            kind,
            EventKind::Kill | EventKind::Injure | EventKind::Abduct
        ) && verb
            && between
            && object
            && !self.lower(k + n - 1).ends_with("ing")
    }

    /// The clause around a count, `[from, to)`: bounded by the sentence, semicolons, colons,
    /// coordinating or subordinating words ("they rescued 14 hostages | and killed five
    /// gunmen") and, after the count, reporting words ("affected 33 million, the agency | said,
    /// though aid groups put the toll higher").
    pub(super) fn clause_around(
        &self,
        first: usize,
        phrase_end: usize,
        s: &Sentence,
    ) -> (usize, usize) {
        let boundary = |k: usize| {
            matches!(
                self.lower(k),
                ";" | ":"
                    | "and"
                    | "but"
                    | "while"
                    | "when"
                    | "whereas"
                    | "although"
                    | "after"
                    | "before"
                    | "though"
                    | "because"
                    | "unless"
                    | "who"
                    | "which"
                    | "whose"
                    | "that"
            )
        };
        // a reporting word after the count closes its clause; before it, it may be embedded
        // ("attacks on what it said were 115 targets")
        // ("900 Israelis reported killed": a reporting participle before the event verb is
        // hearsay inside the clause)
        let reported = |k: usize| {
            let frame = self.lexicon.frame();
            frame
                .attribution_at(&self.lowered, &self.tokens, k)
                .is_some()
                && !(matches!(self.lower(k), "reported" | "confirmed")
                    && matches!(
                        frame.event_at(&self.lowered, &self.tokens, k + 1),
                        Some((EventWord::Verb(_), _))
                    ))
        };
        let from = (s.first..first)
            .rev()
            .find(|&k| boundary(k))
            .map_or(s.first, |k| k + 1);
        let to = (phrase_end..s.end)
            .find(|&k| boundary(k) || reported(k))
            .unwrap_or(s.end);
        (from, to)
    }

    /// When the count at token `first` is the whole of a partitive (the 40 of "shot down 31
    /// of 40 drones", the 12 of "three of the 12 soldiers were killed"), the token of its part.
    fn partitive_part(&self, first: usize, sentence_first: usize) -> Option<usize> {
        let of = if first > sentence_first + 1 && self.lower(first - 1) == "the" {
            first - 2
        } else {
            first.checked_sub(1)?
        };
        // (`then`, not `then_some`: `of - 1` must not be computed when `of` is 0)
        (of > sentence_first && self.lower(of) == "of" && self.is_number_token(of - 1))
            .then(|| of - 1)
    }

    /// The event word left of a count, in its clause: (token, length, event).
    fn event_left(&self, first: usize, sentence_first: usize) -> Option<(usize, usize, EventKind)> {
        let from = first.saturating_sub(LEFT_REACH).max(sentence_first);
        let mut k = first;
        while k > from {
            k -= 1;
            let w = self.lower(k);
            // ("murdered 1,200 Israelis and 22 Americans": the separator of a number is no
            // clause boundary)
            let separator = w == ","
                && k > sentence_first
                && self.tokens[k - 1].kind == TokenKind::Digits
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Digits && !t.space_before);
            // ("killed 1,000 people and affected 33 million": a verb of its own between)
            if (self.in_list(ClaimList::LeftBarriers, w) && !separator)
                || self.in_list(ClaimList::FiniteAuxiliaries, w)
                || self.in_list(ClaimList::AffectingVerbs, w)
                || self
                    .lexicon
                    .frame()
                    .attribution_at(&self.lowered, &self.tokens, k)
                    .is_some()
            {
                return None;
            }
            // a multi-word event may start a few tokens back ("taken in", "home to")
            for start in (k.saturating_sub(3).max(from)..=k).rev() {
                if let Some((word, n)) =
                    self.lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, start)
                {
                    if start + n > k && start + n <= first {
                        // "exports fell to 2.5 billion": the level, not what fell
                        if self.lexicon.frame().is_subject_verb(
                            &self.lowered,
                            &self.tokens,
                            start,
                            n,
                        ) {
                            return None;
                        }
                        return Some((start, n, word.kind()));
                    }
                }
            }
        }
        None
    }

    /// The event verb right of a counted phrase ending at token `end_of_phrase`, over
    /// auxiliaries, adverbs and coordinated counts ("five soldiers and three civilians died").
    fn event_right(
        &self,
        end_of_phrase: usize,
        sentence_end: usize,
    ) -> Option<(usize, usize, EventKind, bool)> {
        let mut k = end_of_phrase;
        let mut steps = 0;
        // the token after a place the count is told of, where an appositive may open
        let mut placed = usize::MAX;
        while k < sentence_end && steps < RIGHT_REACH {
            steps += 1;
            if let Some((word, n)) = self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k)
            {
                return match word {
                    EventWord::Verb(kind) => Some((k, n, kind, true)),
                    // "five dead", "12 wounded": a noun right after the count
                    EventWord::Noun(kind) if k == end_of_phrase => Some((k, n, kind, false)),
                    EventWord::Noun(_) => None,
                };
            }
            let w = self.lower(k);
            // "were reported killed", "were believed to have been killed": hearsay between
            let hearsay = |w: &str| self.in_list(ClaimList::Hearsay, w);
            let hearsay_to = w == "to" && k > end_of_phrase && hearsay(self.lower(k - 1));
            if self.in_list(ClaimList::Auxiliaries, w)
                || (w.ends_with("ly") && w.len() > 4)
                || (k > end_of_phrase && hearsay(w))
                || hearsay_to
            {
                k += 1;
                continue;
            }
            // "nine employees of the U.N. Relief and Works Agency have been killed": the name
            // of what the counted belong to
            if w == "of" && k == end_of_phrase {
                let name = (k + 1..(k + 12).min(sentence_end))
                    .take_while(|&j| {
                        let t = self.word(j);
                        t.starts_with(char::is_uppercase)
                            || t == "."
                            || is(&["the", "and", "for", "of"], self.lower(j))
                    })
                    .count();
                let then = k + 1 + name;
                if name > 0 && self.in_list(ClaimList::Auxiliaries, self.lower(then)) {
                    k = then;
                    continue;
                }
            }
            // "Five of her relatives — her cousins — were killed": an appositive between dashes
            if is(&["—", "–", "-"], w) && (k == end_of_phrase || k == placed) {
                let open = if self.word(k + 1) == w { k + 2 } else { k + 1 };
                if let Some(close) =
                    (open..(open + 12).min(sentence_end)).find(|&j| self.word(j) == w)
                {
                    k = if self.word(close + 1) == w {
                        close + 2
                    } else {
                        close + 1
                    };
                    continue;
                }
            }
            // "more than 1,000 people in Israel and Gaza have died": the place of the count
            if k == end_of_phrase && self.in_list(ClaimList::Locatives, w) {
                let frame = self.lexicon.frame();
                if let Some((_, n)) = frame.place_at(self.text, &self.tokens, k + 1) {
                    k += 1 + n;
                    if self.lower(k) == "and" {
                        if let Some((_, m)) = frame.place_at(self.text, &self.tokens, k + 1) {
                            k += 1 + m;
                        }
                    }
                    placed = k;
                    continue;
                }
            }
            // "at least three people, a man and two women, were killed": an appositive
            // between commas
            if w == "," && (k == end_of_phrase || k == placed) {
                if let Some(close) =
                    (k + 1..(k + 9).min(sentence_end)).find(|&j| self.word(j) == ",")
                {
                    k = close + 1;
                    continue;
                }
            }
            // "and three civilians": skip a coordinated count and its phrase
            if (w == "and" || w == "or") && k + 1 < sentence_end {
                let next = k + 1;
                let starts_count = self.tokens[next].kind == crate::text::token::TokenKind::Digits
                    || self.lexicon.numbers().cardinal(self.lower(next)).is_some()
                    || matches!(
                        self.lower(next),
                        "dozens"
                            | "hundreds"
                            | "thousands"
                            | "several"
                            | "scores"
                            | "nearly"
                            | "about"
                            | "at"
                            | "more"
                            | "some"
                    );
                if starts_count {
                    let mut j = next;
                    while j < sentence_end && j - next < 12 {
                        if self
                            .lexicon
                            .frame()
                            .event_at(&self.lowered, &self.tokens, j)
                            .is_some()
                            || self.in_list(ClaimList::Auxiliaries, self.lower(j))
                        {
                            break;
                        }
                        j += 1;
                    }
                    k = j;
                    continue;
                }
                // "2,300 Israelis and Palestinians have been killed", "soldiers and civilians
                // were killed": a coordinated noun with no count of its own
                let nouns = (next..(next + 4).min(sentence_end))
                    .take_while(|&j| {
                        self.is_phrase_word(j)
                            && self
                                .lexicon
                                .frame()
                                .event_at(&self.lowered, &self.tokens, j)
                                .is_none()
                    })
                    .count();
                let then = next + nouns;
                let verb_follows = then < sentence_end
                    && (self.in_list(ClaimList::Auxiliaries, self.lower(then))
                        || matches!(
                            self.lexicon
                                .frame()
                                .event_at(&self.lowered, &self.tokens, then),
                            Some((EventWord::Verb(_), _))
                        ));
                if nouns > 0 && verb_follows {
                    k = then;
                    continue;
                }
            }
            return None;
        }
        None
    }
}
