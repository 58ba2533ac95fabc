//! Month names, as the quantity grammar reads them around a number ("Feb. 3", "May 2020").
//!
//! The number words themselves (cardinals, ordinals, fraction nouns, scales) are data, in
//! `src/lexicon/numbers.toml`, read through [`crate::lexicon::NumberWords`]. The month names
//! are the calendar's words, which the `time` room reads too; they move to the calendar's data
//! file with it.

/// Month names and their abbreviations (lowercase), as month numbers.
pub fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}
