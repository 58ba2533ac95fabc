//! Throughput of the quantity scan and of claim extraction on real news, as a ratio to a bare
//! regex scan.
//!
//! Reads the news-bench corpus (Reuters-21578 and BBC articles, research use only, never copied
//! into the project) from `../shared/data/news-bench`, or from `CROSSCHECK_NEWS_BENCH`. The
//! baseline, measured in the same run on the same texts, is the floor DESIGN.md names: one
//! regex pass that finds number tokens and understands nothing. Run with
//! `cargo bench --no-default-features --bench throughput`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crosscheck::claim::extract;
use crosscheck::corpus::{claim_columns, quantity_columns, Input, Threads};
use crosscheck::lexicon::Lexicon;
use crosscheck::quantity::{find_quantities, Conventions};

fn load(dir: &Path) -> Option<Vec<String>> {
    let mut docs = Vec::new();
    for name in ["reuters21578_articles.jsonl", "bbc_articles.jsonl"] {
        let text = std::fs::read_to_string(dir.join(name)).ok()?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value = serde_json::from_str(line).ok()?;
            docs.push(value.get("text")?.as_str()?.to_string());
        }
    }
    Some(docs)
}

/// The best of three runs, to keep noise from other work on the machine out.
fn best_of_three<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = None;
    let mut out = None;
    for _ in 0..3 {
        let start = Instant::now();
        let r = f();
        let took = start.elapsed();
        if best.is_none_or(|b| took < b) {
            best = Some(took);
        }
        out = Some(r);
    }
    (best.unwrap(), out.unwrap())
}

fn main() {
    let dir = PathBuf::from(
        std::env::var("CROSSCHECK_NEWS_BENCH")
            .unwrap_or_else(|_| "../shared/data/news-bench".into()),
    );
    let Some(docs) = load(&dir) else {
        eprintln!(
            "news-bench corpus not found or unreadable at {}: nothing measured \
             (set CROSSCHECK_NEWS_BENCH to the folder holding reuters21578_articles.jsonl)",
            dir.display()
        );
        return;
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!("news-bench: {} documents, {mb:.1} MB", docs.len());

    let number = regex::Regex::new(r"\b\d[\d,.]*\b").unwrap();
    let (base, tokens) = best_of_three(|| {
        docs.iter()
            .map(|d| number.find_iter(d).count())
            .sum::<usize>()
    });
    let (one, mentions) =
        best_of_three(|| docs.iter().map(|d| find_quantities(d).len()).sum::<usize>());
    let lexicon = Lexicon::builtin();
    let conv = Conventions::default();
    let (all, cols) = best_of_three(|| {
        quantity_columns(&docs, lexicon, &conv, Threads::Auto)
            .unwrap()
            .len()
    });
    let rate = |d: Duration| mb / d.as_secs_f64();
    println!(
        "baseline regex scan   {:8.1} MB/s  {tokens} number tokens",
        rate(base)
    );
    println!(
        "find_quantities, 1 thread  {:8.1} MB/s  {mentions} mentions  ({:.1}x the baseline's time)",
        rate(one),
        one.as_secs_f64() / base.as_secs_f64()
    );
    println!(
        "quantity_columns, all threads {:5.1} MB/s  {cols} rows  ({:.1}x the baseline's time)",
        rate(all),
        all.as_secs_f64() / base.as_secs_f64()
    );
    let (claims_one, claims) = best_of_three(|| {
        docs.iter()
            .map(|d| extract(d, None, lexicon).len())
            .sum::<usize>()
    });
    let inputs: Vec<Input<'_>> = docs
        .iter()
        .map(|d| Input {
            text: Some(d),
            published: None,
        })
        .collect();
    let (claims_all, rows) = best_of_three(|| {
        claim_columns(&inputs, lexicon, Threads::Auto)
            .unwrap()
            .len()
    });
    let per_second = |n: usize, d: Duration| n as f64 / d.as_secs_f64();
    println!(
        "extract, 1 thread     {:8.1} MB/s  {claims} claims, {:.0} claims/s  ({:.1}x the baseline's time)",
        rate(claims_one),
        per_second(claims, claims_one),
        claims_one.as_secs_f64() / base.as_secs_f64()
    );
    println!(
        "claim_columns, all threads {:5.1} MB/s  {rows} claims, {:.0} claims/s  ({:.1}x the baseline's time)",
        rate(claims_all),
        per_second(rows, claims_all),
        claims_all.as_secs_f64() / base.as_secs_f64()
    );
}
