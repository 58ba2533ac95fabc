//! Sentences, paragraphs and datelines of news text.
//!
//! A claim is read inside its sentence, so the segmenter must not cut where news writing puts
//! a full stop that ends nothing: abbreviations ("Feb. 3", "Gen. Smith", "Turkey's Defense
//! Ministry Inc."), initials and dotted acronyms ("U.S.", "a.m."), decimals ("3.6"), and
//! quotations that close after the stop (`… respond.” The ministry`). A blank line always ends
//! a sentence; so does a line break after a line with no final stop that opens the text (a
//! dateline or a headline). A dateline at the head of a report ("ISTANBUL —", "BEIRUT (AP) —",
//! a first line "AFP, QAMINAS, Syria") is returned apart, so that the first sentence starts
//! after it.
//!
//! ```
//! use crosscheck::segment::sentences;
//! let text = "ISTANBUL — On Feb. 3 the U.S. envoy arrived at 10 p.m. He said “enough.” Talks began.";
//! let s: Vec<&str> = sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(s, ["On Feb. 3 the U.S. envoy arrived at 10 p.m.", "He said “enough.”", "Talks began."]);
//! ```

/// A span of text, as byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

/// Abbreviations that a full stop follows without ending the sentence, lowercase, without the
/// stop: titles, months, and the short forms of news writing.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "st", "jr", "sr", "hon", "pres", "supt", "insp", "cpl", "pvt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vs", "v", "approx", "est", "fig", "vol", "pp", "ca", "cf", "al", "mt", "ft", "ave",
    "blvd", "rd", "corp", "inc", "ltd", "co", "bros", "dept", "univ", "assn", "gov't",
];

/// Words that begin a new sentence after an acronym or abbreviation that could also end one
/// ("… at 10 p.m. The attack", "… in the U.S. It said").
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "in",
    "on",
    "at",
    "but",
    "and",
    "this",
    "that",
    "there",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "according",
    "meanwhile",
    "earlier",
    "later",
    "however",
    "also",
    "some",
    "many",
    "most",
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
];

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»' | '›')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '“' | '(' | '[' | '«' | '‹')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–')
}

/// The word (letters, dots and apostrophes) that ends just before byte `end`.
fn word_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '\'' || c == '’')
        .last()
        .map_or(end, |(i, _)| i);
    &text[start..end]
}

/// The word that starts at byte `start` (letters only).
fn word_after(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Whether the full stop at byte `dot` ends a sentence, given what follows from `next`
/// (the first character after the stop, closing quotes and spaces).
fn stop_ends_sentence(text: &str, dot: usize, next: usize) -> bool {
    let before = word_before(text, dot);
    let after = word_after(text, next);
    let next_char = text[next..].chars().next();
    let lower_before = before.trim_end_matches('.').to_lowercase();
    // the next sentence begins with a capital, a digit or an opening quote
    let opens = next_char.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opening(c));
    if !opens {
        return false;
    }
    let after_lower = after.to_lowercase();
    let starter = SENTENCE_STARTERS.contains(&after_lower.as_str());
    // "at 10 p.m. Officials said": a clock time ends a sentence unless the day, the month or
    // the time zone follows ("10 p.m. Monday", "1 a.m. GMT")
    if matches!(lower_before.as_str(), "a.m" | "p.m") {
        let continues = is_weekday(&after_lower)
            || crate::quantity::words::month(&after_lower).is_some()
            || after.chars().all(|c| c.is_ascii_uppercase()) && after.len() <= 4;
        return !continues;
    }
    // "U.S.", "a.m.", "J.": a dotted acronym or an initial ends a sentence only before a word
    // that begins one
    // (a decimal number, "2,650.30.", is no acronym)
    let dotted = before.contains('.') && before.chars().any(char::is_alphabetic)
        || before.chars().count() == 1 && before.chars().all(char::is_alphabetic);
    if dotted {
        return starter;
    }
    if ABBREVIATIONS.contains(&lower_before.as_str()) {
        // "Feb. 3", "Gen. Smith" go on; "… from the company's co." before "The" ends
        return starter && !next_char.is_some_and(|c| c.is_ascii_digit());
    }
    true
}

/// The dateline at the head of a text, if any: "ISTANBUL —", "BEIRUT (AP) —", "WASHINGTON,
/// Feb. 3 (Reuters) -", or a short first line with no final stop ("AFP, QAMINAS, Syria").
pub fn dateline(text: &str) -> Option<Span> {
    let lead = text.len() - text.trim_start().len();
    let head = &text[lead..];
    // a first line of its own
    if let Some(nl) = head.find('\n') {
        let line = head[..nl].trim_end();
        let short = line.chars().count() <= 60 && line.split_whitespace().count() <= 8;
        let unfinished = !line.ends_with(['.', '!', '?', '"', '”', ':']);
        let caps = line
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
        if short && unfinished && caps && !line.is_empty() {
            return Some(Span {
                start: lead,
                end: lead + line.len(),
            });
        }
    }
    dash_dateline(text)
}

/// A dateline that ends with a dash: an upper-case place, with an optional agency or date,
/// at the head of `text` ("ISTANBUL —", "BEIRUT (AP) —", "LONDON, Feb 3 (Reuters) -").
fn dash_dateline(text: &str) -> Option<Span> {
    let lead = text.len() - text.trim_start().len();
    let head = &text[lead..];
    let window_end = head.char_indices().nth(80).map_or(head.len(), |(i, _)| i);
    let window = &head[..window_end];
    let dash = window.char_indices().find(|&(i, c)| {
        is_dash(c) || window[i..].starts_with("--") || window[i..].starts_with(" - ")
    })?;
    let before = window[..dash.0].trim_end();
    let first_word = before.split([' ', ',', '(']).next().unwrap_or("");
    let upper_place = first_word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && first_word
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
    if !upper_place {
        return None;
    }
    // " - " and "--" are two bytes up to the end of the dash, "—" and "–" one character
    let ascii_dash = window[dash.0..].starts_with(" - ") || window[dash.0..].starts_with("--");
    let dash_len = if ascii_dash { 2 } else { dash.1.len_utf8() };
    Some(Span {
        start: lead,
        end: lead + dash.0 + dash_len,
    })
}

/// The paragraphs of a text: runs separated by blank lines, trimmed of white space.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            // a blank line: a line break, optional spaces, another line break
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push_trimmed(text, start, i, &mut out);
                start = j + 1;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span {
            start: start + lead,
            end: start + lead + trimmed.len(),
        });
    }
}

/// The sentences of a text, in order, trimmed of white space, without the dateline.
pub fn sentences(text: &str) -> Vec<Span> {
    let skip = dateline(text).map_or(0, |d| d.end);
    let mut out = Vec::new();
    for para in paragraphs(text) {
        // a paragraph may open with a dateline too, when a report's paragraphs come out of
        // order ("ISTANBUL — …" in the middle of a scraped page)
        let own = dash_dateline(&text[para.start..para.end]).map_or(0, |d| d.end);
        let start = para.start.max(skip).max(para.start + own);
        if start >= para.end {
            continue;
        }
        split_paragraph(text, start, para.end, &mut out);
    }
    out
}

fn split_paragraph(text: &str, from: usize, to: usize, out: &mut Vec<Span>) {
    let mut start = from;
    let mut chars = text[from..to]
        .char_indices()
        .map(|(i, c)| (i + from, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        let terminal = matches!(c, '.' | '!' | '?' | '…');
        if !terminal {
            continue;
        }
        // "3.6", "1.5bn", "www.x.com": a stop inside a word ends nothing
        let next_c = text[i + c.len_utf8()..to].chars().next();
        if c == '.' && next_c.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // swallow further stops and closing quotes: `?!`, `.”`, `.)`
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if matches!(d, '.' | '!' | '?' | '…') || is_closing(d) {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &text[end..to];
        let next = end + (rest.len() - rest.trim_start().len());
        if next >= to {
            break;
        }
        let ends = if c == '.' {
            stop_ends_sentence(text, i, next)
        } else {
            text[next..]
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_opening(n))
        };
        if ends {
            push_trimmed(text, start, end, out);
            start = next;
        }
    }
    push_trimmed(text, start, to, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_acronyms_do_not_end_sentences() {
        assert_eq!(
            split("Gen. Smith met Mr. Jones on Feb. 3 in the U.S. capital. They talked."),
            [
                "Gen. Smith met Mr. Jones on Feb. 3 in the U.S. capital.",
                "They talked."
            ]
        );
        assert_eq!(
            split("The blast came at 1:13 a.m. Officials said 3.6 million fled."),
            [
                "The blast came at 1:13 a.m.",
                "Officials said 3.6 million fled."
            ]
        );
        assert_eq!(
            split("It left the U.S. In May it came back."),
            ["It left the U.S.", "In May it came back."]
        );
        // a decimal number before the stop is no acronym
        assert_eq!(
            split("The index fell to 2,650.30. More than 100 firms were hit."),
            [
                "The index fell to 2,650.30.",
                "More than 100 firms were hit."
            ]
        );
    }

    #[test]
    fn quotations_close_after_the_stop() {
        assert_eq!(
            split("“We will respond,” he said. “Enough!” The ministry agreed."),
            [
                "“We will respond,” he said.",
                "“Enough!”",
                "The ministry agreed."
            ]
        );
        assert_eq!(
            split("It hit what it said were ‘‘115 regime targets.’’ A hundred and one died."),
            [
                "It hit what it said were ‘‘115 regime targets.’’",
                "A hundred and one died."
            ]
        );
    }

    #[test]
    fn blank_lines_end_sentences_and_datelines_stand_apart() {
        let text = "AFP, QAMINAS, Syria\n\nSyrian and Turkish forces clashed\n\nFive died.";
        assert_eq!(
            split(text),
            ["Syrian and Turkish forces clashed", "Five died."]
        );
        let d = dateline(text).unwrap();
        assert_eq!(&text[d.start..d.end], "AFP, QAMINAS, Syria");
        let text = "ISTANBUL — Syria and Turkey inched closer. Five died.";
        assert_eq!(&text[dateline(text).unwrap().end..][..6], " Syria");
        assert_eq!(
            split(text),
            ["Syria and Turkey inched closer.", "Five died."]
        );
        assert_eq!(
            dateline("BEIRUT (AP) — Dozens died."),
            Some(Span { start: 0, end: 15 })
        );
        assert_eq!(dateline("Syria and Turkey — a long war."), None);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            " ",
            ".",
            "...",
            "\n\n\n",
            "é.É",
            "a.\u{301}B",
            "“.”",
            "U.S.",
            "—",
            "— —\n",
        ] {
            for s in sentences(text) {
                assert!(
                    s.start <= s.end
                        && text.is_char_boundary(s.start)
                        && text.is_char_boundary(s.end)
                );
            }
            let _ = dateline(text);
            let _ = paragraphs(text);
        }
    }

    #[test]
    fn hostile_input_is_linear() {
        let start = std::time::Instant::now();
        for text in [
            ". ".repeat(200_000),
            "a.".repeat(200_000),
            "Mr. ".repeat(100_000),
            "x".repeat(1_000_000) + ". Y",
            "\n\n".repeat(200_000),
            "“.” ".repeat(100_000),
        ] {
            let _ = sentences(&text);
        }
        assert!(
            start.elapsed().as_secs() < 20,
            "the segmenter is not linear"
        );
    }
}

#[cfg(test)]
mod corpus_tests {
    use super::*;

    const REPORTS: [&str; 5] = [
        include_str!("../../python/crosscheck/data/idlib-2020/000.txt"),
        include_str!("../../python/crosscheck/data/idlib-2020/001.txt"),
        include_str!("../../python/crosscheck/data/idlib-2020/002.txt"),
        include_str!("../../python/crosscheck/data/idlib-2020/003.txt"),
        include_str!("../../python/crosscheck/data/idlib-2020/004.txt"),
    ];

    fn all() -> Vec<&'static str> {
        REPORTS
            .iter()
            .flat_map(|r| sentences(r).into_iter().map(move |s| &r[s.start..s.end]))
            .collect()
    }

    #[test]
    fn the_reports_split_where_a_reader_would() {
        let all = all();
        for whole in [
            "The first attack occurred Feb. 3, when shelling",
            "including at 10:27 p.m., Hulusi Akar",
            "the regime opened fire” at 1:13 a.m. Monday, he added.",
            "“It was found that three tanks and two mortar positions were destroyed while a \
             helicopter was also hit.”",
        ] {
            assert!(
                all.iter().any(|s| s.contains(whole)),
                "no sentence holds {whole:?}"
            );
        }
        for s in &all {
            assert!(
                !s.contains("ISTANBUL —") && !s.starts_with("AFP"),
                "dateline kept: {s:?}"
            );
            for abbreviation in ["Feb.", "Mr.", "U.S."] {
                assert!(
                    !s.ends_with(abbreviation),
                    "cut after {abbreviation}: {s:?}"
                );
            }
        }
        assert!(all.len() > 100, "only {} sentences", all.len());
    }
}
