//! Claim extraction on sentences of our own making and on the seed corpus, one file per
//! subject; here the helpers they share.

use super::*;

fn day(s: &str) -> Option<Day> {
    Day::parse_iso(s)
}

fn claims(text: &str, published: &str) -> Vec<ClaimFrame> {
    extract(text, day(published), Lexicon::builtin())
}

fn mention<'a>(text: &str, c: &'a [ClaimFrame], written: &str) -> &'a ClaimFrame {
    c.iter()
        .find(|c| &text[c.start..c.end] == written)
        .unwrap_or_else(|| {
            panic!(
                "no claim {written:?} in {:?}",
                c.iter().map(|c| &text[c.start..c.end]).collect::<Vec<_>>()
            )
        })
}

fn date(c: &ClaimFrame) -> Option<String> {
    c.date.map(|d| {
        if d.from == d.to {
            d.from.to_string()
        } else {
            format!("{}..{}", d.from, d.to)
        }
    })
}

mod basics;
mod events;
mod places;
mod seeds;
mod sides;
mod sources;
