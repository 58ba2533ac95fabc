//! Property tests (proptest) over the whole pipeline: for any text made of news fragments and
//! arbitrary characters, no panic; every offset inside the text on a char boundary; the
//! number inside its sentence; `low <= value <= high`; reconciliation keeps `low <= best <=
//! high` and gives every claim a cluster.

use crosscheck::claim::extract;
use crosscheck::corpus::Threads;
use crosscheck::lexicon::Lexicon;
use crosscheck::quantity::find_quantities;
use crosscheck::reconcile::{reconcile, ClaimRecord, Policy};
use crosscheck::time::Day;
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "5",
    "12",
    "101",
    "nearly",
    "700,000",
    "3.6",
    "million",
    "three",
    "dozens",
    "of",
    "them",
    "its",
    "soldiers",
    "troops",
    "people",
    "refugees",
    "were",
    "killed",
    "wounded",
    "fled",
    "hosts",
    "said",
    "the",
    "ministry",
    "according to",
    "Turkey's defense ministry",
    "on",
    "Monday",
    "Feb. 3",
    "a week earlier",
    "in",
    "Idlib",
    "near the town of",
    "Saraqeb",
    "Turkish",
    "Syrian",
    "regime",
    ".",
    ",",
    ";",
    ":",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}\u{2018}",
    "\u{2019}\u{2019}",
    "\u{2014}",
    "(",
    ")",
    "\n\n",
    "\r\n",
    "\u{200d}",
    "\u{202e}",
    "é",
    "\u{1f4a5}",
    "死亡",
    "at least",
    "more than",
    "between",
    "and",
    "-",
    "1e999",
    "M5",
    "2018",
    "10:27 p.m.",
    "could not be verified",
    "initially",
    "risen to",
];

fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
            1 => any::<char>().prop_map(|c| c.to_string()),
        ],
        0..80,
    )
    .prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn quantities_stay_inside_the_text(text in news()) {
        for m in find_quantities(&text) {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            if let Some(q) = m.quantity {
                prop_assert!(q.low <= q.value && q.value <= q.high);
            }
        }
    }

    #[test]
    fn claims_stay_inside_the_text_and_reconcile(text in news()) {
        let claims = extract(&text, Day::parse_iso("2020-02-10"), Lexicon::builtin());
        let mut records = Vec::new();
        for c in &claims {
            let spans = [Some(c.sentence), c.counted, c.source_span];
            for s in spans.into_iter().flatten() {
                prop_assert!(s.start <= s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
            prop_assert!(c.sentence.start <= c.start && c.end <= c.sentence.end);
            prop_assert!(c.quantity.low <= c.quantity.value && c.quantity.value <= c.quantity.high);
            records.push(ClaimRecord::from_frame("d", &text, Day::parse_iso("2020-02-10"), c));
        }
        let r = reconcile(&records, Policy::Ucdp, Lexicon::builtin(), Threads::Exactly(1)).unwrap();
        prop_assert_eq!(r.cluster_of.len(), records.len());
        for k in &r.clusters {
            prop_assert!(k.best.is_nan() || (k.low <= k.best && k.best <= k.high));
        }
    }
}
