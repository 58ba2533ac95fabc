//! Concept and direction for every number phrase, not only the claims: what
//! `crosscheck.quantities()` shows beside each mention.
//!
//! A mention that became a claim gets the claim's reading; any other figure (a bare number, a
//! measure in a sentence the claim reader leaves) is read by the rules of a measure, which
//! look only at its own sentence. Years, dates, clock times, ordinals, identifiers and phone
//! numbers measure nothing and get neither.

use super::{Doc, Draft};
use crate::lexicon::{Direction, EventKind, Lexicon};
use crate::quantity::{find_quantities_with, Conventions, MentionKind};
use crate::segment::Span;
use crate::text::normalize::normalize;
use crate::time::Day;

/// What the text says around one number phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionReading {
    /// The number phrase (bytes of the original text).
    pub span: Span,
    /// What it measures or belongs to, if the text names it.
    pub concept: Option<Span>,
    /// Whether the text tells it as a rise or a fall.
    pub direction: Option<Direction>,
}

/// The concept and direction of every mention of `text` that measures something, keyed by
/// its span in the original text (the spans `find_quantities` gives).
pub fn read_mentions(text: &str, published: Option<Day>, lexicon: &Lexicon) -> Vec<MentionReading> {
    let n = normalize(text);
    let doc = Doc::new(&n.text, published, lexicon);
    // the claims by their span: one look-up per mention
    let claims: rustc_hash::FxHashMap<(usize, usize), (Option<Span>, Option<Direction>)> = doc
        .claims()
        .into_iter()
        .map(|c| ((c.start, c.end), (c.concept, c.direction)))
        .collect();
    let sentences = doc.sentences();
    let mut out = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    for m in find_quantities_with(doc.text, lexicon, &Conventions::default()) {
        let Some(quantity) = m.quantity.clone() else {
            continue;
        };
        if matches!(
            m.kind,
            MentionKind::Year
                | MentionKind::Date
                | MentionKind::Time
                | MentionKind::Ordinal
                | MentionKind::Identifier
                | MentionKind::Phone
                | MentionKind::Compound
        ) {
            continue;
        }
        let (concept, direction) = if let Some(&read) = claims.get(&(m.start, m.end)) {
            read
        } else {
            let si = sentences.partition_point(|s| s.span.end < m.end);
            let Some(s) = sentences.get(si).copied() else {
                continue;
            };
            let measure = (Some("measure".into()), EventKind::Measure);
            let d = doc.draft_of(&m, quantity, (si, &s), measure);
            let concept = doc.concept_of(&d, &s, &drafts).map(|(a, b)| Span {
                start: doc.tokens[a].start,
                end: doc.tokens[b - 1].end,
            });
            let direction = doc.direction_of(&d, &s, &drafts);
            drafts.push(d);
            (concept, direction)
        };
        let reading = MentionReading {
            span: Span {
                start: m.start,
                end: m.end,
            },
            concept,
            direction,
        };
        out.push(reading);
    }
    if !n.map.is_identity() {
        for r in &mut out {
            let spans = std::iter::once(&mut r.span).chain(r.concept.as_mut());
            for span in spans {
                span.start = n.map.original(span.start);
                span.end = n.map.original(span.end).max(span.start);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_gets_its_reading_and_years_none() {
        let text = "In 2019, shares of the carmaker fell 5%. The 450-megawatt plant opened.";
        let r = read_mentions(text, None, Lexicon::builtin());
        let of = |m: &str| {
            r.iter()
                .find(|r| &text[r.span.start..r.span.end] == m)
                .map(|r| (r.concept.map(|s| &text[s.start..s.end]), r.direction))
        };
        assert_eq!(of("2019"), None);
        assert_eq!(
            of("5%"),
            Some((Some("shares of the carmaker"), Some(Direction::Down)))
        );
        assert_eq!(of("450-megawatt"), Some((Some("plant"), None)));
    }

    #[test]
    fn spans_point_into_the_original_typography() {
        let text = "“Profits” rose to \u{a3}3.4bn.";
        let r = read_mentions(text, None, Lexicon::builtin());
        assert!(r.iter().all(|r| text.is_char_boundary(r.span.start)));
        assert!(
            r.iter().any(|r| r.direction == Some(Direction::Up)),
            "{r:?}"
        );
    }
}
