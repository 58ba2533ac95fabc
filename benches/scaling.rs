//! Linear time on hostile input: how extraction time grows when a pathological text grows.
//!
//! Scraped feeds hold pages no reporter wrote: runs of commas, a word repeated a hundred
//! thousand times, unclosed parentheses, a report pasted into itself. A reader that is
//! quadratic anywhere turns one such page into an hour. For each shape this bench times
//! `extract` on the text at size n and at size 8n (best of three, in the same run) and prints
//! the ratio: about 8 is linear, about 64 quadratic. It needs no data and asserts nothing (a
//! test never asserts a wall-clock time); it exits with status 1 when a ratio passes
//! `QUADRATIC_SUSPECT`, so a run of it in a loop can stop on one.
//!
//! The same ratio is printed for `reconcile` on the shapes a syndicated wire story takes: one
//! cluster of n identical claims (n outlets relaying one figure) and n copies of each bundled
//! report (n at `CROSSCHECK_SCALING_RECONCILE_N`, default 2,500, and 8n).
//! Run with `cargo bench --no-default-features --bench scaling`.

use std::time::{Duration, Instant};

mod bundled;

use crosscheck::claim::extract;
use crosscheck::corpus::Threads;
use crosscheck::lexicon::Lexicon;
use crosscheck::reconcile::{reconcile, ClaimRecord, Policy};
use crosscheck::time::Day;

/// A reconcile shape: its name and the claims at a given size.
type ReconcileShape = (&'static str, fn(usize) -> Vec<ClaimRecord>);

/// One cluster of n identical claims, each from its own outlet and source.
fn identical(n: usize) -> Vec<ClaimRecord> {
    (0..n)
        .map(|k| ClaimRecord {
            doc: format!("d{k}"),
            value: 5.0,
            low: 5.0,
            high: 5.0,
            event: "kill".into(),
            what: "soldier".into(),
            source: Some(format!("s{k}")),
            date: Day::parse_iso("2021-03-15").map(|d| (d.0, d.0)),
            ..ClaimRecord::default()
        })
        .collect()
}

/// n copies of each bundled report, as n outlets syndicating the wire.
fn syndicated(n: usize) -> Vec<ClaimRecord> {
    let reports = bundled::claims(Lexicon::builtin());
    let mut out = Vec::with_capacity(reports.iter().map(Vec::len).sum::<usize>() * n);
    for copy in 0..n {
        for (r, claims) in reports.iter().enumerate() {
            for c in claims {
                let mut c = c.clone();
                c.doc = format!("{r}-{copy}");
                out.push(c);
            }
        }
    }
    out
}

/// The best of three reconciliations.
fn best_reconcile(claims: &[ClaimRecord], lexicon: &Lexicon) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut clusters = 0;
    for _ in 0..3 {
        let start = Instant::now();
        clusters = reconcile(claims, Policy::Ucdp, lexicon, Threads::Auto)
            .expect("reconcile")
            .clusters
            .len();
        best = best.min(start.elapsed());
    }
    (best, clusters)
}

/// How much bigger the second text is.
const GROWTH: usize = 8;

/// A ratio above this (twice linear) is reported as a suspected super-linear shape.
const QUADRATIC_SUSPECT: f64 = 2.0 * GROWTH as f64;

/// A hostile shape: its name and the text at a given repetition count.
type Shape = (&'static str, fn(usize) -> String);

/// The hostile shapes.
fn shapes() -> Vec<Shape> {
    vec![
        ("commas", |n| {
            format!("{} 5 soldiers were killed {}", ",".repeat(n), ",".repeat(n))
        }),
        ("one one one", |n| {
            format!("{}soldiers were killed", "one ".repeat(n))
        }),
        ("open parentheses", |n| {
            format!("{}5 soldiers{}", "(".repeat(n), ")".repeat(n))
        }),
        ("digits", |n| {
            format!("{} people were killed", "9".repeat(n))
        }),
        ("killed 5 of them", |n| "killed 5 of them ".repeat(n / 16)),
        ("one long sentence", |n| {
            "at least 12 people were killed and ".repeat(n / 32)
        }),
        ("quotes", |n| {
            "\u{201c}5 soldiers,\u{201d} he said ".repeat(n / 24)
        }),
        ("no sentence end", |n| {
            "nearly 700,000 people have fled, the UN said, ".repeat(n / 48)
        }),
        ("a report pasted into itself", |n| {
            "Five Turkish soldiers were killed in Idlib on Monday, the ministry said.\n\n"
                .repeat(n / 72)
        }),
    ]
}

/// The best of three runs, to keep noise from other work on the machine out.
fn best_of_three(text: &str, lexicon: &Lexicon) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut claims = 0;
    for _ in 0..3 {
        let start = Instant::now();
        claims = extract(text, None, lexicon).len();
        best = best.min(start.elapsed());
    }
    (best, claims)
}

fn main() {
    let lexicon = Lexicon::builtin();
    let base: usize = std::env::var("CROSSCHECK_SCALING_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    println!(
        "extract on hostile text: time at {base} and {} repetitions",
        base * GROWTH
    );
    println!(
        "{:<28} {:>10} {:>10} {:>7} {:>8}",
        "shape", "n", "8n", "ratio", "claims"
    );
    let mut suspects = Vec::new();
    for (name, make) in shapes() {
        let (small, _) = best_of_three(&make(base), lexicon);
        let (large, claims) = best_of_three(&make(base * GROWTH), lexicon);
        // A floor of 50 µs keeps timer noise on trivial inputs from reading as growth.
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(50e-6);
        println!("{name:<28} {small:>9.1?} {large:>9.1?} {ratio:>7.1} {claims:>8}");
        if ratio > QUADRATIC_SUSPECT {
            suspects.push(name);
        }
    }
    let n: usize = std::env::var("CROSSCHECK_SCALING_RECONCILE_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_500);
    println!(
        "\nreconcile: time at {n} and {} (claims, or copies of each report)",
        n * GROWTH
    );
    println!(
        "{:<28} {:>10} {:>10} {:>7} {:>8}",
        "shape", "n", "8n", "ratio", "clusters"
    );
    let reconcile_shapes: [ReconcileShape; 2] = [
        ("n identical claims", identical),
        ("n syndicated copies", syndicated),
    ];
    for (name, make) in reconcile_shapes {
        let (small, _) = best_reconcile(&make(n), lexicon);
        let (large, clusters) = best_reconcile(&make(n * GROWTH), lexicon);
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(50e-6);
        println!("{name:<28} {small:>9.1?} {large:>9.1?} {ratio:>7.1} {clusters:>8}");
        if ratio > QUADRATIC_SUSPECT {
            suspects.push(name);
        }
    }
    if !suspects.is_empty() {
        eprintln!("super-linear growth suspected: {}", suspects.join(", "));
        std::process::exit(1);
    }
}
