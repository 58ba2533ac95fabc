//! The day of a claim's event: a time of its own clause, else of its paragraph or the lead,
//! else (for killings and woundings) an estimate from the publication day. The time of a
//! reporting clause ("police said Wednesday") and the report's own printed stamp or dateline
//! date no event.

use super::words::is;
use super::{DateBasis, Doc, Draft, Sentence, CONTEXT_SENTENCES, LEAD_SENTENCES};
use crate::lexicon::ClaimList;
use crate::lexicon::EventKind;
use crate::text::token::TokenKind;
use crate::time::{DayInterval, TimeMention, TimeValue};

/// Widest interval, in days, that carries over from another sentence to date a claim (a
/// week: "last week" carries, "in April" or "in 2004" does not).
const CARRIED_SPAN_DAYS: i32 = 8;

/// Days before the publication beyond which another sentence's day is background, not the
/// day of the news a later sentence tells (a story runs for weeks; a reminder of another
/// event reaches back months or years).
const CARRIED_BEFORE_DAYS: i32 = 31;

impl Doc<'_> {
    /// The day of the document's main event: the first resolved day of its first sentences
    /// that dates no statement ("police said Wednesday").
    pub(super) fn lead_date(&self, times: &[Vec<TimeMention>]) -> Option<DayInterval> {
        times
            .iter()
            .take(LEAD_SENTENCES)
            .flatten()
            .find_map(|t| match t.value {
                TimeValue::Days(d) if !self.states_the_report(t) && !self.is_printed_date(t) => {
                    Some(d)
                }
                _ => None,
            })
    }

    /// Whether a time is the report's own stamp, not an event's day: a line that holds
    /// nothing but the date ("July 03, 2013 6:22AM", "3 July 2013 Last updated at 13:38
    /// GMT"), or a dateline ("JAKARTA, July 3 (Reuters) -").
    pub(super) fn is_printed_date(&self, t: &TimeMention) -> bool {
        let line_start = self.text[..t.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[t.end..]
            .find('\n')
            .map_or(self.text.len(), |i| t.end + i);
        let first = self.token_at(line_start);
        let last = self.token_at(line_end);
        let (a, b) = (self.token_at(t.start), self.token_at(t.end));
        let other_words = (first..a)
            .chain(b..last)
            .filter(|&k| {
                self.tokens[k].kind == TokenKind::Word
                    && !self.in_list(ClaimList::StampWords, self.lower(k))
            })
            .count();
        if other_words == 0 {
            return true;
        }
        // a dateline: capitalised place words and a comma before, an agency or dash after
        let place_before = a > first
            && self.word(a - 1) == ","
            && (first..a - 1)
                .all(|k| self.is_capitalised(k) || self.joins(k) || self.word(k) == ",");
        let agency_after = matches!(self.word(b), "(" | "-" | "\u{2014}" | "\u{2013}" | "/");
        place_before && agency_after
    }

    /// Whether a time of the sentence can date the event of a draft: it is in the same clause,
    /// not in the future of the publication (a deadline), and not a year that dates a noun
    /// ("under a 2018 deal").
    pub(super) fn dates_the_event(&self, t: &TimeMention, d: &Draft) -> bool {
        if self.states_the_report(t) || self.is_printed_date(t) {
            return false;
        }
        if let (TimeValue::Days(x), Some(p)) = (t.value, self.published) {
            if x.from > p {
                return false;
            }
        }
        let first = self.token_at(t.start);
        let last = self.token_at(t.end);
        // "under a 2018 deal" dates the deal; "the 2004 tsunami that killed" dates the event
        if first > 0
            && matches!(self.lower(first - 1), "a" | "an" | "the" | "its" | "their")
            && self.is_lowercase_word(last)
            && self.text[t.start..t.end]
                .bytes()
                .all(|b| b.is_ascii_digit())
            && self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, last)
                .is_none()
            && !self.in_list(ClaimList::EventNouns, self.lower(last))
        {
            return false;
        }
        let (a, b) = if t.end <= d.start {
            (last, d.first)
        } else {
            (d.after, first)
        };
        // "a region that was devastated by the tsunami of 2004": a relative clause after the
        // count dates its own event
        let relative_after = t.start >= d.end
            && (a..b).any(|k| is(&["that", "which", "who", "whose", "where"], self.lower(k)));
        !relative_after
            && !(a..b).any(|k| {
                let w = self.word(k);
                w == ";"
                    || (w == ","
                        && is(
                            &["where", "which", "who", "while", "whereas", "although"],
                            self.lower(k + 1),
                        ))
            })
    }

    /// When the event of a draft happened, and how that was found.
    pub(super) fn date_for(
        &self,
        d: &Draft,
        s: &Sentence,
        sentences: &[Sentence],
        times: &[Vec<TimeMention>],
        lead: Option<DayInterval>,
    ) -> (Option<DayInterval>, DateBasis) {
        let in_sentence: Vec<&TimeMention> = times[d.sentence]
            .iter()
            .filter(|t| self.dates_the_event(t, d))
            .collect();
        let nearest = in_sentence.iter().min_by_key(|t| {
            if t.end <= d.start {
                d.start - t.end
            } else {
                t.start.saturating_sub(d.end)
            }
        });
        // the day of the sentences before in the paragraph (a paragraph may go on telling a
        // background event), else the lead's when it is a day of news: a lead's day told as a
        // year or a month ("the tsunami of 2004"), or long before the publication ("three
        // decades ago"), is its own sentence's event and dates nothing further on
        let carries = |x: DayInterval| {
            x.to.0 - x.from.0 < CARRIED_SPAN_DAYS
                && self
                    .published
                    .is_none_or(|p| x.to.0 >= p.0 - CARRIED_BEFORE_DAYS)
        };
        let context = || {
            (d.sentence.saturating_sub(CONTEXT_SENTENCES)..d.sentence)
                .rev()
                .take_while(|&p| sentences[p].paragraph == s.paragraph)
                .find_map(|p| {
                    times[p].iter().find_map(|t| match t.value {
                        TimeValue::Days(x)
                            if !self.states_the_report(t) && !self.is_printed_date(t) =>
                        {
                            Some(x)
                        }
                        _ => None,
                    })
                })
                .or(lead.filter(|&x| carries(x)))
        };
        // a killing or wounding told with no day of its own is news of the day of
        // publication or the day before: an estimate, marked as such
        let magnitude = d.what.as_deref() == Some("magnitude");
        let estimate = || match self.published {
            Some(p) if magnitude || matches!(d.event, EventKind::Kill | EventKind::Injure) => (
                Some(DayInterval {
                    from: p.add_days(-1),
                    to: p,
                }),
                DateBasis::Published,
            ),
            _ => (None, DateBasis::None),
        };
        let dated = matches!(
            d.event,
            EventKind::Kill
                | EventKind::Injure
                | EventKind::Attack
                | EventKind::Destroy
                | EventKind::Capture
                | EventKind::Surround
                | EventKind::Arrest
                | EventKind::Abduct
                | EventKind::Release
                | EventKind::Gather
        ) || magnitude; // a quake's strength is told of the quake, an event of a day
        match nearest.map(|t| (t, t.value)) {
            Some((_, TimeValue::Days(x))) => (Some(x), DateBasis::Stated),
            Some((t, TimeValue::Relative(days))) => {
                // "came a week after a previous round … killed eight": the claim is in the
                // complement of "after", so it happened before the anchor
                let phrase = self.text[t.start..t.end].to_lowercase();
                let preposition = phrase.ends_with("after") || phrase.ends_with("before");
                let days = if preposition && t.end <= d.start {
                    -days
                } else {
                    days
                };
                let anchor = context().map(|a| (a, DateBasis::Context)).or_else(|| {
                    self.published
                        .map(|p| (DayInterval { from: p, to: p }, DateBasis::Stated))
                });
                match anchor {
                    Some((a, basis)) => (
                        Some(DayInterval {
                            from: a.from.add_days(days),
                            to: a.to.add_days(days),
                        }),
                        basis,
                    ),
                    None => (None, DateBasis::None),
                }
            }
            None if dated => match context() {
                Some(x) => (Some(x), DateBasis::Context),
                None => estimate(),
            },
            None => (None, DateBasis::None),
        }
    }

    /// Whether a time dates a statement rather than an event: right after a reporting word
    /// ("police said Wednesday", "the ministry said on Monday", "told reporters Tuesday").
    pub(super) fn states_the_report(&self, t: &TimeMention) -> bool {
        let first = self.token_at(t.start);
        let frame = self.lexicon.frame();
        (first.saturating_sub(3)..first).any(|k| {
            frame
                .attribution_at(&self.lowered, &self.tokens, k)
                .is_some_and(|(_, n)| {
                    let between = k + n..first;
                    between.len() <= 2
                        && between
                            .clone()
                            .all(|j| matches!(self.lower(j), "on" | "late" | "early" | "reporters"))
                })
        })
    }
}
