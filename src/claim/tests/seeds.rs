//! The five seed reports: the behaviours their README lists.
use super::*;

const DOCS: [(&str, &str); 5] = [
    (
        include_str!("../../../python/crosscheck/data/idlib-2020/000.txt"),
        "2020-02-10",
    ),
    (
        include_str!("../../../python/crosscheck/data/idlib-2020/001.txt"),
        "2020-02-10",
    ),
    (
        include_str!("../../../python/crosscheck/data/idlib-2020/002.txt"),
        "2020-02-10",
    ),
    (
        include_str!("../../../python/crosscheck/data/idlib-2020/003.txt"),
        "2020-02-03",
    ),
    (
        include_str!("../../../python/crosscheck/data/idlib-2020/004.txt"),
        "2020-02-03",
    ),
];

/// The claim whose mention is `written` in the sentence containing `context`.
fn find(doc: usize, written: &str, context: &str) -> ClaimFrame {
    let (text, published) = DOCS[doc];
    let c = extract(text, day(published), Lexicon::builtin());
    c.into_iter()
        .find(|c| {
            &text[c.start..c.end] == written
                && text[c.sentence.start..c.sentence.end].contains(context)
        })
        .unwrap_or_else(|| panic!("doc {doc}: no claim {written:?} near {context:?}"))
}

fn frame(c: &ClaimFrame) -> (&str, &str, Option<&str>, Option<String>) {
    (
        c.what.as_str(),
        c.event.as_str(),
        c.side.as_deref(),
        date(c),
    )
}

#[test]
fn the_two_attacks_on_turkish_soldiers() {
    let feb3 = Some("2020-02-03".to_owned());
    let feb10 = Some("2020-02-10".to_owned());
    assert_eq!(
        frame(&find(0, "five", "killed five Turkish soldiers")),
        ("soldier", "kill", Some("Turkey"), feb10.clone())
    );
    assert_eq!(
        frame(&find(0, "eight", "a previous round")),
        ("personnel", "kill", Some("Turkey"), feb3.clone())
    );
    assert_eq!(
        frame(&find(0, "seven", "Saraqeb")),
        ("soldier", "kill", Some("Turkey"), feb3.clone())
    );
    assert_eq!(
        frame(&find(2, "eight", "a week earlier")),
        ("soldier", "kill", Some("Turkey"), feb3.clone())
    );
    assert_eq!(
        frame(&find(2, "five", "five of its soldiers")),
        ("soldier", "kill", Some("Turkey"), feb10.clone())
    );
    assert_eq!(
        frame(&find(4, "eight", "accusing Damascus")),
        ("personnel", "kill", Some("Turkey"), feb3.clone())
    );
    assert_eq!(
        frame(&find(3, "Five", "Five Turkish soldiers")),
        ("soldier", "kill", Some("Turkey"), feb3)
    );
}

#[test]
fn the_retaliation() {
    let a = find(0, "A hundred and one", "troops loyal");
    assert_eq!(frame(&a).0, "soldier");
    assert_eq!(a.side.as_deref(), Some("Syria"));
    assert_eq!(a.source.as_deref(), Some("Turkish Ministry of Defense"));
    let b = find(1, "101", "destroyed 101 of them");
    assert_eq!(
        (b.what.as_str(), b.event.as_str(), b.side.as_deref()),
        ("target", "destroy", Some("Syria"))
    );
    let c = find(2, "101", "neutralized");
    assert_eq!(
        (c.what.as_str(), c.event.as_str(), c.side.as_deref()),
        ("soldier", "kill", Some("Syria"))
    );
    assert!(
        c.hedged,
        "the next sentence says the claim could not be verified"
    );
    let d = find(0, "115", "regime targets");
    assert_eq!(
        (d.what.as_str(), d.event.as_str(), d.side.as_deref()),
        ("target", "attack", Some("Syria"))
    );
}

#[test]
fn sources_under_many_spellings_are_one() {
    let spellings = [
        find(0, "five", "killed five Turkish soldiers"),
        find(1, "five", "five soldiers were killed"),
        find(3, "13", "13 Syrian soldiers"),
        find(2, "689,000", "displaced"),
    ];
    assert_eq!(
        spellings[0].source.as_deref(),
        Some("Turkish Ministry of Defense")
    );
    assert_eq!(
        spellings[1].source.as_deref(),
        Some("Turkish Ministry of Defense")
    );
    assert_eq!(
        spellings[2].source.as_deref(),
        Some("Syrian Observatory for Human Rights")
    );
    assert_eq!(spellings[3].source.as_deref(), Some("David Swanson"));
}

#[test]
fn refugees_displaced_and_the_revised_toll() {
    let r = find(1, "3.6 million", "taken in");
    assert_eq!(
        (r.what.as_str(), r.event.as_str(), r.side.as_deref(), r.date),
        ("refugee", "host", Some("Syria"), None)
    );
    let r = find(0, "roughly 4 million", "hosts");
    assert_eq!((r.what.as_str(), r.event.as_str()), ("refugee", "host"));
    let d = find(2, "nearly 700,000", "fled");
    assert_eq!((d.what.as_str(), d.event.as_str()), ("person", "displace"));
    let four = find(4, "four", "four of its soldiers");
    assert_eq!(
        frame(&four),
        ("soldier", "kill", Some("Turkey"), Some("2020-02-03".into()))
    );
    let eight = find(4, "eight", "death toll");
    assert_eq!(
        (eight.event.as_str(), eight.side.as_deref()),
        ("kill", Some("Turkey"))
    );
    let dozens = find(4, "dozens", "dozens of Syrian soldiers");
    assert_eq!(dozens.source.as_deref(), Some("Turkish government"));
    assert!(find(4, "five", "initially said").hedged);
}

#[test]
fn places_of_the_events() {
    assert_eq!(
        find(0, "five", "Taftanaz").place.as_deref(),
        Some("Taftanaz")
    );
    // a gazetteer place is reported by its canonical name, so that spellings meet
    assert_eq!(
        find(0, "seven", "Saraqeb").place.as_deref(),
        Some("Saraqib")
    );
    assert_eq!(
        find(3, "eight", "eight in Idlib").place.as_deref(),
        Some("Idlib")
    );
}

#[test]
fn no_claim_is_a_year_a_time_or_a_road() {
    for (text, published) in DOCS {
        for c in extract(text, day(published), Lexicon::builtin()) {
            let m = &text[c.start..c.end];
            assert!(
                !["2018", "2016", "2019", "2012", "10:27", "1:13", "M5"].contains(&m),
                "{m}"
            );
        }
    }
}
