//! The bundled reports (the Idlib seeds, `python/crosscheck/data/idlib-2020/`) with their
//! publication days, and their claims: the set-up the reconcile benches share.

use crosscheck::claim::extract;
use crosscheck::lexicon::Lexicon;
use crosscheck::reconcile::ClaimRecord;
use crosscheck::time::Day;

/// The bundled reports and their publication days.
const REPORTS: [(&str, &str); 5] = [
    (
        include_str!("../../python/crosscheck/data/idlib-2020/000.txt"),
        "2020-02-10",
    ),
    (
        include_str!("../../python/crosscheck/data/idlib-2020/001.txt"),
        "2020-02-10",
    ),
    (
        include_str!("../../python/crosscheck/data/idlib-2020/002.txt"),
        "2020-02-10",
    ),
    (
        include_str!("../../python/crosscheck/data/idlib-2020/003.txt"),
        "2020-02-03",
    ),
    (
        include_str!("../../python/crosscheck/data/idlib-2020/004.txt"),
        "2020-02-03",
    ),
];

/// The claims of each bundled report, in order; a claim's `doc` is its report's position.
pub fn claims(lexicon: &Lexicon) -> Vec<Vec<ClaimRecord>> {
    REPORTS
        .iter()
        .enumerate()
        .map(|(k, (text, day))| {
            let published = Day::parse_iso(day);
            extract(text, published, lexicon)
                .iter()
                .map(|c| ClaimRecord::from_frame(&k.to_string(), text, published, c))
                .collect()
        })
        .collect()
}
