//! Print the claims of a text file, one line each: `cargo run --example claims -- FILE [YYYY-MM-DD]`.

use crosscheck::claim::extract;
use crosscheck::lexicon::Lexicon;
use crosscheck::time::Day;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: claims FILE [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let published = args.next().and_then(|d| Day::parse_iso(&d));
    for c in extract(&text, published, Lexicon::builtin()) {
        let span = |s: Option<crosscheck::segment::Span>| s.map_or("-", |s| &text[s.start..s.end]);
        let date = c
            .date
            .map_or("-".to_owned(), |d| format!("{}..{}", d.from, d.to));
        println!(
            "{:>18} | {:<34} | {:<10} | {:<8} | {:<8} | {:<32} | {:<5} | {} | {} | {} | {}",
            &text[c.start..c.end],
            span(c.counted),
            c.what,
            c.event.as_str(),
            c.side.as_deref().unwrap_or("-"),
            c.source.as_deref().unwrap_or("-"),
            if c.hedged { "HEDGE" } else { "" },
            date,
            c.place.as_deref().unwrap_or("-"),
            span(c.concept),
            c.direction
                .map_or("-", crosscheck::lexicon::Direction::as_str),
        );
    }
}
