//! Reconciliation on small hand-built tables, rule by rule, and on the seed corpus.

use super::*;
use crate::claim::extract;
use crate::time::Day;

fn day(s: &str) -> i32 {
    Day::parse_iso(s).unwrap().0
}

/// A claim of a hand-built table.
fn claim(doc: &str, value: f64, what: &str, date: Option<&str>) -> ClaimRecord {
    ClaimRecord {
        doc: doc.into(),
        value,
        low: value,
        high: value,
        event: "kill".into(),
        what: what.into(),
        side: Some("Ruritania".into()),
        date: date.map(|d| (day(d), day(d))),
        published: Some(day("2021-03-20")),
        sentence: String::new(),
        ..ClaimRecord::default()
    }
}

fn run(records: &[ClaimRecord]) -> Reconciliation {
    reconcile(
        records,
        Policy::Ucdp,
        Lexicon::builtin(),
        Threads::Exactly(1),
    )
    .unwrap()
}

#[test]
fn intervals_touching_at_a_rounding_boundary_are_disjoint() {
    assert!(!interval::overlap(
        (3_550_000.0, 3_650_000.0),
        (3_650_000.0, 3_750_000.0)
    ));
    assert!(interval::overlap((8.0, 8.0), (8.0, f64::INFINITY)));
    assert!(interval::overlap(
        (665_000.0, 699_999.0),
        (689_000.0, 689_000.0)
    ));
}

#[test]
fn different_events_sides_and_classes_never_meet() {
    let mut injured = claim("a", 5.0, "soldier", Some("2021-03-15"));
    injured.event = "injure".into();
    let mut other_side = claim("b", 5.0, "soldier", Some("2021-03-15"));
    other_side.side = Some("Freedonia".into());
    let civilians = claim("c", 9.0, "civilian", Some("2021-03-15"));
    let r = run(&[
        claim("d", 5.0, "soldier", Some("2021-03-15")),
        injured,
        other_side,
        civilians,
    ]);
    assert_eq!(r.clusters.len(), 4);
    assert!(r.clusters.iter().all(|c| c.verdict == Verdict::Single));
}

#[test]
fn troops_soldiers_and_personnel_meet_and_disjoint_days_stay_apart() {
    let r = run(&[
        claim("a", 5.0, "soldier", Some("2021-03-15")),
        claim("b", 5.0, "personnel", Some("2021-03-15")),
        claim("c", 8.0, "soldier", Some("2021-03-08")),
    ]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_ne!(r.cluster_of[0], r.cluster_of[2]);
    assert_eq!(r.clusters[r.cluster_of[0]].verdict, Verdict::Agree);
    assert_eq!(r.status[2], Status::Single);
}

#[test]
fn undated_claims_join_only_on_evidence() {
    let mut undated = claim("c", 5.0, "soldier", None);
    undated.published = Some(day("2021-03-16"));
    let mut far = claim("d", 6.0, "soldier", None);
    far.published = Some(day("2021-06-01"));
    let r = run(&[
        claim("a", 5.0, "soldier", Some("2021-03-15")),
        claim("b", 8.0, "soldier", Some("2021-03-08")),
        undated,
        far,
    ]);
    assert_eq!(
        r.cluster_of[2], r.cluster_of[0],
        "published the day after the event"
    );
    assert_eq!(r.status[3], Status::Single, "no event to join: stays apart");
}

#[test]
fn standing_facts_meet_by_story_and_country_never_blindly() {
    let fact = |doc: &str, value: f64, place: Option<&str>, published: Option<&str>| {
        let mut c = claim(doc, value, "refugee", None);
        c.event = "host".into();
        c.place = place.map(str::to_owned);
        c.published = published.map(day);
        c
    };
    let r = run(&[
        fact("a", 3.6e6, None, Some("2021-03-01")),
        fact("b", 3.7e6, Some("Ankara"), Some("2021-03-08")),
        fact("c", 1.3e6, Some("Amman"), Some("2021-03-08")),
        fact("d", 9.0e5, None, None),
        fact("e", 9.0e5, None, None),
        fact("f", 3.6e6, None, Some("2021-09-01")),
    ]);
    let k = &r.cluster_of;
    assert_ne!(k[1], k[2], "Turkey and Jordan");
    assert_eq!(k[0], r.cluster_of[0]);
    assert_eq!(k[3], k[4], "undated reports of one story: one fact");
    assert_ne!(k[0], k[5], "months apart: another story");
    assert_ne!(r.story_of[0], r.story_of[5]);
}

#[test]
fn a_later_report_saying_the_toll_rose_supersedes() {
    let mut early = claim("a", 20.0, "person", Some("2021-03-15"));
    early.published = Some(day("2021-03-15"));
    let mut late = claim("b", 35.0, "person", Some("2021-03-15"));
    late.published = Some(day("2021-03-17"));
    late.sentence = "The death toll from Monday's quake has risen to 35.".into();
    let r = run(&[early, late]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.status, [Status::Superseded, Status::Single]);
}

#[test]
fn a_later_figure_of_the_same_report_supersedes() {
    let mut first = claim("a", 4.0, "soldier", Some("2021-03-15"));
    first.position = 10;
    first.sentence = "The ministry said four soldiers had been killed.".into();
    let mut later = claim("a", 8.0, "soldier", Some("2021-03-15"));
    later.position = 90;
    later.sentence = "By evening the toll had risen to eight.".into();
    let r = run(&[first, later, claim("b", 8.0, "soldier", Some("2021-03-15"))]);
    assert_eq!(r.status[0], Status::Superseded);
    assert_eq!(r.status[1], Status::Consistent);
    assert_eq!(r.clusters[0].verdict, Verdict::Agree);
}

#[test]
fn disjoint_figures_conflict_and_relays_are_one_voice() {
    let mut a = claim("a", 13.0, "soldier", Some("2021-03-15"));
    a.source = Some("Monitor".into());
    let mut b = claim("b", 50.0, "soldier", Some("2021-03-15"));
    (b.low, b.high) = (24.0, 99.0);
    b.source_party = Some("Freedonia".into());
    let r = run(&[a, b]);
    assert_eq!(r.clusters[0].verdict, Verdict::Conflict);
    assert_eq!(r.status, [Status::Conflicting, Status::Conflicting]);
    let mut relays: Vec<ClaimRecord> = ["a", "b", "c"]
        .iter()
        .map(|d| {
            let mut c = claim(d, 5.0, "soldier", Some("2021-03-15"));
            c.source = Some("Ruritanian Ministry of Defense".into());
            c.source_party = Some("Ruritania".into());
            c
        })
        .collect();
    relays.push(claim("d", 5.0, "soldier", Some("2021-03-15")));
    let r = run(&relays);
    assert_eq!(r.clusters[0].n_sources, 2);
    assert_eq!(r.clusters[0].n_docs, 4);
}

#[test]
fn parts_of_a_total_are_counted_apart() {
    let sentence = "13 soldiers were killed: eight in A, three in B and two in C.".to_owned();
    let mk = |value: f64, place: Option<&str>, position: i64| {
        let mut c = claim("a", value, "soldier", Some("2021-03-15"));
        c.place = place.map(str::to_owned);
        c.sentence.clone_from(&sentence);
        c.position = position;
        c
    };
    let r = run(&[
        mk(13.0, None, 0),
        mk(8.0, Some("A"), 30),
        mk(3.0, Some("B"), 40),
        mk(2.0, Some("C"), 50),
    ]);
    assert_eq!(r.clusters.len(), 4);
    assert!(r.status.iter().all(|s| *s == Status::Single));
}

#[test]
fn policies_keep_low_best_high_in_order() {
    let mut a = claim("a", 13.0, "soldier", Some("2021-03-15"));
    a.source = Some("x".into());
    let mut b = claim("b", 50.0, "soldier", Some("2021-03-15"));
    (b.low, b.high) = (24.0, 99.0);
    b.source = Some("y".into());
    let mut c = claim("c", 8.0, "soldier", Some("2021-03-15"));
    (c.low, c.high) = (8.0, f64::INFINITY);
    for policy in [Policy::Ucdp, Policy::Conservative, Policy::Median] {
        let r = reconcile(
            &[a.clone(), b.clone(), c.clone()],
            policy,
            Lexicon::builtin(),
            Threads::Auto,
        )
        .unwrap();
        let k = &r.clusters[0];
        assert!(k.low <= k.best && k.best <= k.high, "{policy:?}: {k:?}");
        assert!(k.high.is_finite());
    }
    let r = reconcile(
        &[a.clone(), b.clone()],
        Policy::Conservative,
        Lexicon::builtin(),
        Threads::Auto,
    )
    .unwrap();
    assert_eq!(r.clusters[0].best, 13.0);
    let r = reconcile(&[a, b], Policy::Ucdp, Lexicon::builtin(), Threads::Auto).unwrap();
    assert_eq!(
        r.clusters[0].best, 13.0,
        "the exact count is the most precise"
    );
}

#[test]
fn empty_input_and_nan_values() {
    assert!(run(&[]).clusters.is_empty());
    let mut bad = claim("a", 1.0, "soldier", None);
    (bad.value, bad.low, bad.high) = (f64::NAN, f64::NAN, f64::NAN);
    let mut bounds_only = claim("b", 1.0, "soldier", Some("2021-03-15"));
    (bounds_only.value, bounds_only.low, bounds_only.high) = (f64::NAN, 2.0, 4.0);
    let r = run(&[
        bad,
        bounds_only,
        claim("c", 3.0, "soldier", Some("2021-03-15")),
    ]);
    assert_eq!(r.clusters.len(), 2);
    assert!(r.clusters[r.cluster_of[0]].best.is_nan());
    assert_eq!(r.clusters[r.cluster_of[1]].verdict, Verdict::Agree);
}

#[test]
fn same_result_for_any_thread_count() {
    let records: Vec<ClaimRecord> = (0..300)
        .map(|i| {
            claim(
                &format!("d{}", i % 17),
                f64::from(i % 7 + 1),
                ["soldier", "civilian"][i as usize % 2],
                Some(["2021-03-01", "2021-03-08", "2021-03-15"][i as usize % 3]),
            )
        })
        .collect();
    let one = reconcile(
        &records,
        Policy::Ucdp,
        Lexicon::builtin(),
        Threads::Exactly(1),
    )
    .unwrap();
    let two = reconcile(
        &records,
        Policy::Ucdp,
        Lexicon::builtin(),
        Threads::Exactly(2),
    )
    .unwrap();
    assert_eq!(one, two);
}

mod seeds {
    use super::*;

    const DOCS: [(&str, &str, &str); 5] = [
        (
            "000",
            include_str!("../../../python/crosscheck/data/idlib-2020/000.txt"),
            "2020-02-10",
        ),
        (
            "001",
            include_str!("../../../python/crosscheck/data/idlib-2020/001.txt"),
            "2020-02-10",
        ),
        (
            "002",
            include_str!("../../../python/crosscheck/data/idlib-2020/002.txt"),
            "2020-02-10",
        ),
        (
            "003",
            include_str!("../../../python/crosscheck/data/idlib-2020/003.txt"),
            "2020-02-03",
        ),
        (
            "004",
            include_str!("../../../python/crosscheck/data/idlib-2020/004.txt"),
            "2020-02-03",
        ),
    ];

    fn records() -> Vec<ClaimRecord> {
        let mut out = Vec::new();
        for (id, text, published) in DOCS {
            let p = Day::parse_iso(published);
            for c in extract(text, p, Lexicon::builtin()) {
                out.push(ClaimRecord::from_frame(id, text, p, &c));
            }
        }
        out
    }

    fn cluster_with<'a>(
        r: &'a Reconciliation,
        records: &[ClaimRecord],
        doc: &str,
        sentence: &str,
        value: f64,
    ) -> (usize, &'a Cluster) {
        let i = records
            .iter()
            .position(|c| c.doc == doc && c.sentence.contains(sentence) && c.value == value)
            .unwrap_or_else(|| panic!("no claim {value} in {doc} near {sentence:?}"));
        (i, &r.clusters[r.cluster_of[i]])
    }

    #[test]
    fn the_feb_10_deaths_agree_and_relay_one_voice() {
        let records = records();
        let r = run(&records);
        let (_, k) = cluster_with(&r, &records, "001", "five soldiers were killed", 5.0);
        assert_eq!(k.verdict, Verdict::Agree, "{k:?}");
        assert!(k.n_docs >= 3, "{k:?}");
        assert_eq!(k.n_sources, 1, "{k:?}");
        let (_, other) = cluster_with(&r, &records, "002", "five of its soldiers", 5.0);
        assert!(std::ptr::eq(k, other));
    }

    #[test]
    fn the_feb_3_deaths_are_another_event_with_a_revision_and_a_conflict() {
        let records = records();
        let r = run(&records);
        let (_, feb10) = cluster_with(&r, &records, "001", "five soldiers were killed", 5.0);
        let (four, feb3) = cluster_with(&r, &records, "004", "four of its soldiers", 4.0);
        assert!(!std::ptr::eq(feb10, feb3));
        assert_eq!(r.status[four], Status::Superseded);
        assert_eq!(feb3.verdict, Verdict::Conflict, "{feb3:?}");
        let (_, eight) = cluster_with(&r, &records, "002", "a week earlier", 8.0);
        assert!(std::ptr::eq(eight, feb3));
    }

    #[test]
    fn syrian_losses_refugees_and_displacement() {
        let records = records();
        let r = run(&records);
        let (_, syrian) = cluster_with(&r, &records, "003", "13 Syrian soldiers", 13.0);
        assert_eq!(syrian.verdict, Verdict::Conflict, "{syrian:?}");
        let (_, hosted) = cluster_with(&r, &records, "002", "3.7 million", 3_700_000.0);
        assert_eq!(hosted.verdict, Verdict::Conflict, "{hosted:?}");
        assert!(hosted.n_docs >= 3);
        let (_, fled) = cluster_with(&r, &records, "002", "689,000", 689_000.0);
        assert_eq!(fled.verdict, Verdict::Agree, "{fled:?}");
        assert!(fled.claims.len() >= 3, "{fled:?}");
    }
}

#[test]
fn one_sentence_revising_an_undated_figure() {
    let t = "Authorities initially reported 19 deaths but later lowered the figure to 17.";
    let published = Day::parse_iso("2024-05-06");
    let records: Vec<ClaimRecord> = extract(t, published, Lexicon::builtin())
        .iter()
        .map(|c| ClaimRecord::from_frame("a", t, published, c))
        .collect();
    assert_eq!(records.len(), 2);
    let r = run(&records);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.status, [Status::Superseded, Status::Single]);
    // the words of an earlier figure may come after the newer one
    let t = "A total of 3,200 homes were destroyed, the government said, revising an earlier \
             estimate of 2,000.";
    let records: Vec<ClaimRecord> = extract(t, published, Lexicon::builtin())
        .iter()
        .map(|c| ClaimRecord::from_frame("a", t, published, c))
        .collect();
    let r = run(&records);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.status, [Status::Single, Status::Superseded]);
}

#[test]
fn a_raised_cancel_flag_stops_reconciliation_with_no_partial_result() {
    let records: Vec<ClaimRecord> = (0..40)
        .map(|i| claim(&format!("d{i}"), f64::from(i + 1), "soldier", None))
        .collect();
    let cancel = Cancel::new();
    cancel.cancel();
    let stopped = reconcile_cancellable(
        &records,
        Policy::Ucdp,
        Lexicon::builtin(),
        Threads::Exactly(2),
        &cancel,
    );
    assert_eq!(stopped.unwrap_err(), crate::error::Error::cancelled());
    let whole = reconcile_cancellable(
        &records,
        Policy::Ucdp,
        Lexicon::builtin(),
        Threads::Exactly(2),
        &Cancel::new(),
    )
    .unwrap();
    assert_eq!(whole, run(&records));
}

/// A claim told in a sentence of a report published on a day.
fn told(doc: &str, value: f64, sentence: &str, published: &str) -> ClaimRecord {
    let mut c = claim(doc, value, "person", None);
    c.side = None;
    c.sentence = sentence.into();
    c.published = Some(day(published));
    c
}

#[test]
fn a_toll_rising_over_three_reports_is_one_toll_revised() {
    let s = "The quake in Aceh killed people near Bener Meriah, officials in Aceh said.";
    let mut open = told("a", 30.0, s, "2021-10-02");
    open.high = f64::INFINITY; // "at least 30"
    let r = run(&[
        open,
        told("b", 41.0, s, "2021-10-03"),
        told("c", 44.0, s, "2021-10-24"),
    ]);
    assert!(r.cluster_of.iter().all(|&k| k == r.cluster_of[0]));
    assert_eq!(r.superseded_by, [Some(1), Some(2), None]);
    assert_eq!(
        r.revision,
        [Some(Revision::Refinement), Some(Revision::Rise), None]
    );
    assert_eq!(r.status[..2], [Status::Superseded, Status::Superseded]);
    assert_eq!(r.clusters[0].best, 44.0);
}

#[test]
fn a_lower_later_toll_stands_against_the_higher_unless_told_as_a_correction() {
    let s = "The quake in Aceh killed people, officials in Aceh said.";
    let mut high = told("a", 41.0, s, "2021-10-02");
    high.source = Some("Agency".into());
    let r = run(&[high.clone(), told("b", 38.0, s, "2021-10-03")]);
    assert_eq!(r.status, [Status::Conflicting, Status::Conflicting]);
    let lowered = told(
        "b",
        38.0,
        "Officials in Aceh revised down the toll to 38.",
        "2021-10-03",
    );
    let r = run(&[high, lowered]);
    assert_eq!(r.revision[0], Some(Revision::Fall));
    assert_eq!(r.superseded_by[0], Some(1));
}

#[test]
fn figures_of_one_day_from_different_voices_conflict_not_revise() {
    let s = "The blast in Kabul killed people, officials in Kabul said.";
    let r = run(&[
        told("a", 58.0, s, "2021-10-02"),
        told("b", 59.0, s, "2021-10-02"),
    ]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.status, [Status::Conflicting, Status::Conflicting]);
    assert_eq!(r.superseded_by, [None, None]);
}

#[test]
fn two_similar_attacks_a_week_apart_are_two_events_of_one_story() {
    let s = "Shelling near Saraqeb in Idlib killed Turkish soldiers.";
    let dated = |doc: &str, value: f64, on: &str, published: &str| {
        let mut c = told(doc, value, s, published);
        c.what = "soldier".into();
        c.date = Some((day(on), day(on)));
        c
    };
    let mut undated = told("e", 5.0, s, "2020-02-11");
    undated.what = "soldier".into();
    let r = run(&[
        dated("a", 8.0, "2020-02-03", "2020-02-03"),
        dated("b", 8.0, "2020-02-03", "2020-02-04"),
        dated("c", 5.0, "2020-02-10", "2020-02-10"),
        dated("d", 5.0, "2020-02-11", "2020-02-11"),
        undated,
    ]);
    assert!(r.story_of.iter().all(|&s| s == r.story_of[0]), "one story");
    let k = &r.cluster_of;
    assert_eq!(k[0], k[1]);
    assert_ne!(k[0], k[2], "a week apart: two events");
    assert_eq!(k[2], k[3], "within a day of each other: one event");
    assert_eq!(
        k[4], k[2],
        "undated, published after the second: the second"
    );
    assert_eq!(r.clusters[k[0]].verdict, Verdict::Agree);
}

#[test]
fn a_round_up_of_two_stories_splits_by_its_sentences() {
    let quake = "The quake in Aceh destroyed houses in Bener Meriah and Takengon.";
    let march = "Police in Paris counted marchers from the Bastille to Nation.";
    let mut rows = vec![
        told("q1", 30.0, quake, "2021-10-02"),
        told("q2", 30.0, quake, "2021-10-02"),
        told("m1", 5000.0, march, "2021-10-02"),
        told("m2", 5000.0, march, "2021-10-02"),
        told("roundup", 30.0, quake, "2021-10-02"),
        told("roundup", 5000.0, march, "2021-10-02"),
    ];
    for r in &mut rows[2..4] {
        r.event = "gather".into();
    }
    rows[5].event = "gather".into();
    rows[5].position = 100;
    let r = run(&rows);
    assert_eq!(r.story_of[0], r.story_of[1]);
    assert_eq!(r.story_of[2], r.story_of[3]);
    assert_ne!(r.story_of[0], r.story_of[2]);
    assert_eq!(r.story_of[4], r.story_of[0], "the round-up's quake claim");
    assert_eq!(r.story_of[5], r.story_of[2], "the round-up's march claim");
    assert_eq!(r.stories.len(), 2);
    assert!(r
        .stories
        .iter()
        .any(|s| s.names.contains(&"aceh".to_owned())));
}

#[test]
fn a_users_story_column_is_used_as_given() {
    let s = "Shelling near Saraqeb in Idlib killed Turkish soldiers.";
    let mut rows = vec![
        told("a", 5.0, s, "2020-02-03"),
        told("b", 5.0, s, "2020-02-03"),
    ];
    rows[0].story = Some("gdelt-1".into());
    rows[1].story = Some("gdelt-2".into());
    let r = run(&rows);
    assert_ne!(r.story_of[0], r.story_of[1]);
    assert_ne!(
        r.cluster_of[0], r.cluster_of[1],
        "claims of two stories never meet"
    );
}

#[test]
fn a_crowd_counted_by_police_and_by_organisers_is_one_crowd_in_conflict() {
    let s = "Marchers crossed Paris from the Bastille.";
    let mut police = told("a", 5000.0, s, "2021-10-02");
    police.event = "gather".into();
    police.source = Some("police".into());
    let mut organisers = told("b", 20000.0, s, "2021-10-02");
    organisers.event = "gather".into();
    organisers.source = Some("organisers".into());
    let r = run(&[police, organisers]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    let k = &r.clusters[0];
    assert_eq!(k.verdict, Verdict::Conflict);
    assert_eq!(k.n_sources, 2);
    assert_eq!((k.low, k.high), (5000.0, 20000.0));
}

#[test]
fn a_distance_in_km_and_in_miles_is_one_measure() {
    let s = "Taftanaz lies northeast of Idlib.";
    let mut miles = told("a", 8.0, s, "2020-02-10");
    (miles.low, miles.high) = (7.6, 8.4); // "about 8 miles"
    miles.unit = "mi".into();
    let mut km = told("b", 13.0, s, "2020-02-10");
    km.unit = "km".into();
    let mut seconds = told("c", 13.0, s, "2020-02-10");
    seconds.unit = "second".into();
    for r in [&mut miles, &mut km, &mut seconds] {
        r.event = "measure".into();
        r.what = "length".into();
        r.concept = Some("distance".into());
    }
    let r = run(&[miles, km, seconds]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_ne!(r.cluster_of[0], r.cluster_of[2], "another dimension");
    let k = &r.clusters[r.cluster_of[0]];
    assert_eq!(k.unit, "km");
    assert_eq!(k.verdict, Verdict::Agree);
    assert!((k.low - 7.6 * 1.609_344).abs() < 1e-9);
}

#[test]
fn compatible_classes_and_sides_meet() {
    let s = "The plane crashed near Smolensk.";
    let with = |doc: &str, what: &str, side: Option<&str>| {
        let mut c = told(doc, 96.0, s, "2010-04-10");
        c.what = what.into();
        c.side = side.map(str::to_owned);
        c
    };
    let r = run(&[
        with("a", "passenger", None),
        with("b", "person", Some("Poland")),
        with("c", "crew", None),
        with("d", "civilian", None),
    ]);
    assert!(r.cluster_of.iter().all(|&k| k == r.cluster_of[0]), "{r:?}");
    // two named sides never meet; a claim with none then stays apart from both
    let r = run(&[
        with("a", "person", Some("Poland")),
        with("b", "person", Some("Russia")),
        with("c", "person", None),
    ]);
    assert_eq!(r.clusters.len(), 3);
    // the generic class meets the one specific people class of its block
    let r = run(&[with("a", "child", None), with("b", "person", None)]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    let r = run(&[
        with("a", "child", None),
        with("b", "person", None),
        with("c", "woman", None),
    ]);
    assert_eq!(r.clusters.len(), 3);
}

#[test]
fn a_spokesman_and_his_agency_are_one_voice() {
    let s = "The quake in Aceh killed people.";
    let with = |doc: &str, source: &str| {
        let mut c = told(doc, 5.0, s, "2013-07-02");
        c.source = Some(source.into());
        c
    };
    let r = run(&[
        with("a", "agency spokesman Sutopo Purwo Nugroho"),
        with("b", "Nugroho"),
        with("c", "the agency"),
    ]);
    assert_eq!(r.clusters[0].n_sources, 1);
}

#[test]
fn a_syndicated_story_and_one_huge_cluster_stay_right() {
    let s = "Shelling near Saraqeb in Idlib killed Turkish soldiers.";
    let rows: Vec<ClaimRecord> = (0..20_000)
        .map(|k| {
            let mut c = told(&format!("d{k}"), 5.0, s, "2020-02-03");
            c.source = Some(format!("s{k}"));
            c
        })
        .collect();
    let r = run(&rows);
    assert_eq!(r.clusters.len(), 1);
    let k = &r.clusters[0];
    assert_eq!(
        (k.verdict, k.best, k.n_sources),
        (Verdict::Agree, 5.0, 20_000)
    );
}

#[test]
fn a_figure_of_an_earlier_year_is_background_not_the_toll() {
    let s = "The quake in Aceh killed people; the tsunami in Aceh killed more.";
    let mut toll = told("a", 5.0, s, "2013-07-02");
    toll.date = Some((day("2013-07-02"), day("2013-07-02")));
    let mut tsunami = told("b", 170_000.0, s, "2013-07-02");
    tsunami.date = Some((day("2004-01-01"), day("2004-12-31")));
    let mut again = tsunami.clone();
    again.doc = "c".into();
    let r = run(&[toll, tsunami, again]);
    assert_ne!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.cluster_of[1], r.cluster_of[2]);
    assert_eq!(r.clusters[r.cluster_of[1]].verdict, Verdict::Agree);
}

#[test]
fn a_storys_magnitudes_are_its_quakes_and_other_unnamed_measures_stay_apart() {
    let quake = |doc: &str, value: f64, unit: &str, what: &str| {
        let mut c = claim(doc, value, what, Some("2021-03-19"));
        c.event = "measure".into();
        c.unit = unit.into();
        c.side = None;
        c.sentence = "A strong quake struck the island of Qeshm, officials in Qeshm said.".into();
        c
    };
    let r = run(&[
        quake("a", 5.9, "magnitude", "magnitude"),
        quake("b", 6.1, "magnitude", "magnitude"),
        quake("c", 8.0, "mi", "length"),
        quake("d", 13.0, "km", "length"),
    ]);
    assert_eq!(
        r.cluster_of[0], r.cluster_of[1],
        "two agencies' readings of one quake"
    );
    assert_ne!(
        r.cluster_of[2], r.cluster_of[3],
        "two distances that name nothing"
    );
}

mod real_news;
