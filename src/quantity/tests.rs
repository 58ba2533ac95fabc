//! The grammar cases of `tests/data/grammar/cases.toml`, shared with pytest.

use serde::Deserialize;

use super::{find_quantities, parse_quantity, MentionKind};

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    mentions: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    text: String,
    kind: String,
    low: Option<toml::Value>,
    high: Option<toml::Value>,
    value: Option<toml::Value>,
    unit: Option<String>,
    modifier: Option<String>,
    approx: Option<bool>,
}

fn number(v: &toml::Value) -> f64 {
    match v {
        toml::Value::Integer(i) => *i as f64,
        toml::Value::Float(f) => *f,
        toml::Value::String(s) if s == "inf" => f64::INFINITY,
        toml::Value::String(s) if s == "-inf" => f64::NEG_INFINITY,
        other => panic!("not a number: {other:?}"),
    }
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

#[test]
fn grammar_cases() {
    let cases: Cases = toml::from_str(include_str!("../../tests/data/grammar/cases.toml")).unwrap();
    let mut failures = Vec::new();
    for case in &cases.case {
        let found = find_quantities(&case.text);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|m| (&case.text[m.start..m.end], m.kind.as_str()))
            .collect();
        let want: Vec<(&str, &str)> = case
            .mentions
            .iter()
            .map(|e| (e.text.as_str(), e.kind.as_str()))
            .collect();
        if got != want {
            failures.push(format!(
                "{:?}\n   got  {got:?}\n   want {want:?}",
                case.text
            ));
            continue;
        }
        for (m, e) in found.iter().zip(&case.mentions) {
            let Some(q) = &m.quantity else { continue };
            let checks = [
                ("low", &e.low, q.low),
                ("high", &e.high, q.high),
                ("value", &e.value, q.value),
            ];
            for (name, want, got) in checks {
                if let Some(w) = want {
                    if !close(number(w), got) {
                        failures.push(format!("{:?}: {name} {got} != {}", e.text, number(w)));
                    }
                }
            }
            if e.unit.as_ref().is_some_and(|u| *u != q.unit) {
                failures.push(format!("{:?}: unit {} != {:?}", e.text, q.unit, e.unit));
            }
            if e.modifier
                .as_deref()
                .is_some_and(|md| Some(md) != q.modifier.map(super::Modifier::as_str))
            {
                failures.push(format!(
                    "{:?}: modifier {:?} != {:?}",
                    e.text, q.modifier, e.modifier
                ));
            }
            if e.approx.is_some_and(|a| a != q.approx) {
                failures.push(format!(
                    "{:?}: approx {} != {:?}",
                    e.text, q.approx, e.approx
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_quantity_is_an_ordered_interval() {
    let text = "nearly 700,000; more than half a million; at least 8; up to 300; fewer than 5; \
                dozens; 3-4 million; about 3.7 million; -5; 1e999; minus 12; two or three";
    for m in find_quantities(text) {
        if let Some(q) = m.quantity {
            assert!(
                q.low <= q.value && q.value <= q.high,
                "{:?}: {q:?}",
                &text[m.start..m.end]
            );
        }
    }
}

#[test]
fn non_counts_carry_no_quantity() {
    for m in find_quantities("In 2018 on Feb. 3 at 10:27 p.m. the F-16 called 555-123-4567") {
        assert!(!m.kind.has_quantity(), "{m:?}");
        assert!(m.quantity.is_none());
        assert_ne!(m.kind, MentionKind::Cardinal);
    }
}

#[test]
fn parse_quantity_wants_one_amount() {
    assert!(parse_quantity("").is_none());
    assert!(parse_quantity("no number here").is_none());
    assert!(parse_quantity("in 2018").is_none());
    assert!(parse_quantity("5 and 6 and 7").is_none());
    assert_eq!(parse_quantity("a dozen").unwrap().value, 12.0);
}

#[test]
fn hostile_input_never_panics() {
    let huge = "9".repeat(400);
    let m = find_quantities(&huge);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].kind, MentionKind::Identifier);
    assert_eq!(find_quantities("1e999")[0].kind, MentionKind::Identifier);
    for text in [
        "1,234".repeat(200_000),
        ",".repeat(1_000_000),
        "1 ".to_string() + &"234 ".repeat(200_000),
        "one ".repeat(100_000),
        "(".repeat(100_000),
        "one hundred and ".repeat(50_000),
        "1-".repeat(200_000),
        "dozens of ".repeat(100_000),
        "more than ".repeat(100_000),
        format!("{}5{}", "x".repeat(500_000), "y".repeat(500_000)),
        "7".repeat(1_000_000),
    ] {
        // linear time on these shapes is measured by `benches/scaling.rs` (a test never
        // asserts a wall-clock time): here, every one is read without a panic
        let mentions = find_quantities(&text);
        assert!(mentions.iter().all(|m| m.end <= text.len()));
    }
}

/// A number word added from a user lexicon is read like a built-in one: in a short phrase, and
/// deep inside a long text whose windows the prefilter would otherwise choose without it.
#[test]
fn a_user_lexicon_adds_number_words() {
    use super::{find_quantities_with, parse_quantity_with, Conventions};
    use crate::lexicon::Lexicon;

    let conv = Conventions::default();
    let builtin = Lexicon::builtin();
    assert!(parse_quantity_with("fourscore", builtin, &conv).is_none());
    let mut lexicon = builtin.clone();
    lexicon
        .extend_toml("[numbers.tens]\nfourscore = 80\n[numbers.units]\ndrei = 3")
        .unwrap();
    let q = parse_quantity_with("fourscore", &lexicon, &conv).unwrap();
    assert_eq!((q.low, q.value, q.high), (80.0, 80.0, 80.0));
    let q = parse_quantity_with("nearly fourscore", &lexicon, &conv).unwrap();
    assert!(q.approx && q.high < 80.0, "{q:?}");
    let q = parse_quantity_with("fourscore-one", &lexicon, &conv).unwrap();
    assert_eq!(q.value, 81.0);

    let text = format!(
        "{} Drei soldiers were killed.",
        "Nothing to count here. ".repeat(200)
    );
    assert!(text.len() > 4000);
    let found = find_quantities_with(&text, &lexicon, &conv);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(&text[found[0].start..found[0].end], "Drei");
    assert_eq!(found[0].quantity.as_ref().map(|q| q.value), Some(3.0));
    assert!(find_quantities_with(&text, builtin, &conv).is_empty());
}

/// The words around a number are lexicon data too: a user's identifier noun makes the number
/// after it a name, not a count.
#[test]
fn a_user_lexicon_adds_an_identifier_noun() {
    use super::{find_quantities_with, Conventions};
    use crate::lexicon::Lexicon;

    let conv = Conventions::default();
    let text = "The patient in bed 12 was moved.";
    let kinds = |lexicon: &Lexicon| -> Vec<MentionKind> {
        find_quantities_with(text, lexicon, &conv)
            .iter()
            .map(|m| m.kind)
            .collect()
    };
    assert_eq!(kinds(Lexicon::builtin()), [MentionKind::Cardinal]);
    let mut lexicon = Lexicon::builtin().clone();
    lexicon
        .extend_toml("[grammar]\nidentifier_nouns_lower = [\"bed\"]")
        .unwrap();
    assert_eq!(kinds(&lexicon), [MentionKind::Identifier]);
}
