//! Reconciliation at scale: 1,000,000 claims, and a single cluster of 10,000 claims.
//!
//! The corpus is news-bench's Reuters stories (read from `../shared/data/news-bench`, never
//! shipped): their claims are extracted once, then every story is told again by many reports
//! over three weeks — each copy a report of its own, published up to 20 days later, its
//! figures perturbed by up to 4% — until the table holds `CROSSCHECK_RECONCILE_CLAIMS` claims
//! (default 1,000,000). When the data is missing, it says so and uses the bundled reports
//! instead. The second shape is one toll told by 10,000 reports over three weeks, rising as
//! it goes (one cluster: the sort-and-sweep of revisions at full size).
//!
//! It prints wall-clock times with the thread count; it asserts nothing (goals: 1,000,000
//! claims in under 10 s on 2 cores, the 10,000-claim cluster in under 1 s).
//! Run with `cargo bench --no-default-features --bench reconcile`.

use std::time::Instant;

mod bundled;

use crosscheck::claim::extract;
use crosscheck::corpus::Threads;
use crosscheck::lexicon::Lexicon;
use crosscheck::reconcile::{reconcile, ClaimRecord, Policy};
use crosscheck::time::Day;

/// Where news-bench lives, relative to the repository.
const NEWS_BENCH: &str = "../shared/data/news-bench/reuters21578_articles.jsonl";

/// Reuters' "26-FEB-1987 15:01:01.79" as a day.
fn reuters_day(date: &str) -> Option<Day> {
    let mut parts = date.split_whitespace().next()?.split('-');
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        "DEC" => 12,
        _ => return None,
    };
    let year: u32 = parts.next()?.parse().ok()?;
    Day::parse_iso(&format!("{year:04}-{month:02}-{day:02}"))
}

/// The claims of each story of the corpus: (story, claims).
fn base_claims(lexicon: &Lexicon) -> Vec<Vec<ClaimRecord>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(NEWS_BENCH);
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!(
            "news-bench not found at {}: using the bundled reports",
            path.display()
        );
        return bundled::claims(lexicon);
    };
    data.lines()
        .enumerate()
        .filter_map(|(k, line)| {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            let text = v.get("text")?.as_str()?;
            let published = v.get("date").and_then(|d| d.as_str()).and_then(reuters_day);
            let claims: Vec<ClaimRecord> = extract(text, published, lexicon)
                .iter()
                .map(|c| ClaimRecord::from_frame(&k.to_string(), text, published, c))
                .collect();
            (!claims.is_empty()).then_some(claims)
        })
        .collect()
}

/// Every story told again by many reports over three weeks, with perturbed figures and days.
fn replicate(stories: &[Vec<ClaimRecord>], target: usize) -> Vec<ClaimRecord> {
    let base: usize = stories.iter().map(Vec::len).sum();
    let copies = target.div_ceil(base.max(1));
    let mut out = Vec::with_capacity(base * copies);
    for copy in 0..copies {
        let shift = ((copy * 7) % 21) as i32;
        let factor = 1.0 + 0.01 * ((copy % 9) as f64 - 4.0);
        for claims in stories {
            for c in claims {
                let mut c = c.clone();
                c.doc = format!("{}-{copy}", c.doc);
                c.published = c.published.map(|p| p + shift);
                c.date = c.date.map(|(f, t)| (f + shift, t + shift));
                if copy > 0 {
                    c.value *= factor;
                    c.low *= factor;
                    c.high *= factor;
                }
                out.push(c);
                if out.len() == target {
                    return out;
                }
            }
        }
    }
    out
}

/// One toll told by n reports over three weeks, rising as bodies are found.
fn one_toll(n: usize) -> Vec<ClaimRecord> {
    let sentence = "The quake in Aceh killed people in Bener Meriah, officials said.";
    (0..n)
        .map(|k| {
            let value = (10 + k * 40 / n) as f64;
            ClaimRecord {
                doc: format!("r{k}"),
                value,
                low: value,
                high: if k % 10 == 0 { f64::INFINITY } else { value },
                event: "kill".into(),
                what: "person".into(),
                source: Some(format!("outlet {}", k % 50)),
                published: Day::parse_iso("2013-07-02").map(|d| d.0 + (k * 21 / n) as i32),
                sentence: sentence.into(),
                ..ClaimRecord::default()
            }
        })
        .collect()
}

fn main() {
    let lexicon = Lexicon::builtin();
    let target: usize = std::env::var("CROSSCHECK_RECONCILE_CLAIMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let threads = rayon::current_num_threads();
    let start = Instant::now();
    let stories = base_claims(lexicon);
    let base: usize = stories.iter().map(Vec::len).sum();
    println!(
        "{base} claims in {} reports extracted in {:.1?}",
        stories.len(),
        start.elapsed()
    );
    let claims = replicate(&stories, target);
    // the baseline of this run: copying the table once
    let start = Instant::now();
    let copy = std::hint::black_box(claims.clone());
    let baseline = start.elapsed();
    drop(copy);
    let start = Instant::now();
    let (_, found) = crosscheck::reconcile::stories::stories(&claims, lexicon);
    println!(
        "stories of {} claims: {:.2?} ({} stories)",
        claims.len(),
        start.elapsed(),
        found.len()
    );
    let start = Instant::now();
    let rec = reconcile(&claims, Policy::Ucdp, lexicon, Threads::Auto).expect("reconcile");
    let took = start.elapsed();
    let largest = rec
        .clusters
        .iter()
        .map(|c| c.claims.len())
        .max()
        .unwrap_or(0);
    println!(
        "reconcile {} claims: {took:.2?} on {threads} threads, {:.1}× the time of copying the \
         table ({baseline:.2?}) ({} stories, {} clusters, the largest {largest} claims)",
        claims.len(),
        took.as_secs_f64() / baseline.as_secs_f64(),
        rec.stories.len(),
        rec.clusters.len()
    );
    let toll = one_toll(10_000);
    let start = Instant::now();
    let rec = reconcile(&toll, Policy::Ucdp, lexicon, Threads::Auto).expect("reconcile");
    println!(
        "reconcile one toll told by 10,000 reports: {:.2?} ({} cluster(s), {} superseded)",
        start.elapsed(),
        rec.clusters.len(),
        rec.superseded_by.iter().filter(|s| s.is_some()).count()
    );
}
