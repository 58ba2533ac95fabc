//! Sentences, paragraphs and datelines of news text.
//!
//! A claim is read inside its sentence, so the segmenter must not cut where news writing puts
//! a full stop that ends nothing: abbreviations ("Feb. 3", "Gen. Smith", "Turkey's Defense
//! Ministry Inc."), initials and dotted acronyms ("U.S.", "a.m."), decimals ("3.6"), and
//! quotations that close after the stop (`… respond.” The ministry`). A blank line always ends
//! a sentence. So does a single line break after a line with no final stop, when the next
//! line opens like a sentence: headlines, photo captions, bylines, datelines and embedded posts
//! are pasted into article text that way ("Quake kills 12 in Aceh\nJakarta — At least 12…").
//! A line broken inside a sentence is not cut: one that ends on a comma, an article or a
//! preposition, one followed by a line in lowercase, and, in hard-wrapped text (wire copy), a
//! line that fills its width. A dateline at the head of a report or of such a line
//! ("ISTANBUL —", "BEIRUT (AP) —", a first line "AFP, QAMINAS, Syria") is returned apart, so
//! that the sentence starts after it.
//!
//! The room of sentence and paragraph boundaries, quotation spans and datelines, read after
//! the number and date words below it. It knows nothing of claims or of other documents.
//!
//! ```
//! use crosscheck::segment::sentences;
//! let text = "ISTANBUL — On Feb. 3 the U.S. envoy arrived at 10 p.m. He said “enough.” Talks began.";
//! let s: Vec<&str> = sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(s, ["On Feb. 3 the U.S. envoy arrived at 10 p.m.", "He said “enough.”", "Talks began."]);
//! ```

use crate::lexicon::{CalendarWords, Lexicon, SentenceWords};

/// A span of text, as byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
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
fn stop_ends_sentence(
    words: &SentenceWords,
    calendar: &CalendarWords,
    text: &str,
    dot: usize,
    next: usize,
) -> bool {
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
    let starter = words.is_starter(&after_lower);
    // "at 10 p.m. Officials said": a clock time ends a sentence unless the day, the month or
    // the time zone follows ("10 p.m. Monday", "1 a.m. GMT")
    if matches!(lower_before.as_str(), "a.m" | "p.m") {
        let continues = calendar.weekday(&after_lower).is_some()
            || calendar.month(&after_lower).is_some()
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
    if words.is_abbreviation(&lower_before) || calendar.month_abbreviation(&lower_before).is_some()
    {
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

/// Longest line that hard-wrapped text is taken to be wrapped at: nobody wraps prose wider.
const MAX_WRAP_WIDTH: usize = 160;

/// The width a hard-wrapped text is wrapped at, or `None` when its line breaks are not
/// wrapping. A line that runs on into a line starting in lowercase was certainly broken by
/// wrapping; a text with one is wrapped at the width of its longest line, unless that is wider
/// than any wrapper wraps prose.
fn wrap_width(text: &str) -> Option<usize> {
    let mut lines = text.lines().map(str::trim_end).peekable();
    let (mut wrapped, mut width) = (false, 0usize);
    while let Some(line) = lines.next() {
        width = width.max(line.chars().count());
        if width > MAX_WRAP_WIDTH {
            return None;
        }
        let Some(next) = lines.peek() else { break };
        let continues_lowercase = next
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
            && !is_address(next);
        wrapped |= continues_lowercase && !line.trim().is_empty() && !line_is_finished(line);
    }
    wrapped.then_some(width)
}

/// Whether `line` is a web address on a line of its own.
fn is_address(line: &str) -> bool {
    let line = line.trim();
    !line.contains(char::is_whitespace) && (line.starts_with("http") || line.starts_with("www."))
}

/// Whether `line` ends the way a sentence does: a stop, maybe inside closing quotes.
fn line_is_finished(line: &str) -> bool {
    line.trim_end_matches(is_closing)
        .ends_with(['.', '!', '?', '…'])
}

/// Whether the break after `line` (followed by the line `next`, trimmed) is one that wrapping
/// at `width` made: the line and the word after it fill most of the width. (Wrappers are
/// greedy, but wire copy was often wrapped before its dateline or markup was taken out, so
/// its lines fall short of the width by a few characters, never by a fifth of it; a headline
/// or a byline pasted above a story does.)
fn broken_by_wrapping(line: &str, next: &str, width: usize) -> bool {
    let next_word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    (line.chars().count() + 1 + next_word) * 5 > width * 4
}

/// Whether the single line break at byte `nl` ends a sentence: the line before has no stop
/// and ends no clause in the middle (a comma, a colon, an article or a preposition), the next
/// line opens like a sentence (a capital, a digit, an opening quote), and the break is not
/// where hard wrapping at `wrap` put it. Headlines, captions, bylines, datelines and embedded
/// posts pasted into a story with single line breaks end this way.
fn line_break_ends_sentence(
    words: &SentenceWords,
    text: &str,
    line_start: usize,
    nl: usize,
    wrap: Option<usize>,
) -> bool {
    let line = text[line_start..nl].trim_end();
    if line.trim().is_empty() || line_is_finished(line) {
        return false;
    }
    // a web address on a line of its own ends there, whatever its last character
    if line.ends_with([',', ';', ':', '-', '–', '—', '(', '/', '&']) && !is_address(line) {
        return false;
    }
    let last_word = line
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if words.line_continues_after(last_word) {
        return false;
    }
    let rest = text[nl..].trim_start();
    let next_line = rest.lines().next().unwrap_or("");
    let opens = next_line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opening(c))
        || is_address(next_line);
    if !opens {
        return false;
    }
    match wrap {
        None => true,
        // in wrapped text a line opening with a digit goes on with the figure that the line
        // before introduced ("privately placed\n50 mln dlrs")
        Some(w) => {
            !next_line.starts_with(|c: char| c.is_ascii_digit())
                && !broken_by_wrapping(line, next_line, w)
        }
    }
}

/// The sentences of a text, in order, trimmed of white space, without the dateline.
pub fn sentences(text: &str) -> Vec<Span> {
    sentences_with(text, Lexicon::builtin())
}

/// [`sentences`], with the abbreviations and sentence words of `lexicon`.
pub fn sentences_with(text: &str, lexicon: &Lexicon) -> Vec<Span> {
    let words = lexicon.sentences();
    let calendar = lexicon.calendar();
    let skip = dateline(text).map_or(0, |d| d.end);
    let wrap = wrap_width(text);
    let mut out = Vec::new();
    for para in paragraphs(text) {
        // a paragraph may open with a dateline too, when a report's paragraphs come out of
        // order ("ISTANBUL — …" in the middle of a scraped page)
        let own = dash_dateline(&text[para.start..para.end]).map_or(0, |d| d.end);
        let start = para.start.max(skip).max(para.start + own);
        if start >= para.end {
            continue;
        }
        split_paragraph(words, calendar, text, start, para.end, wrap, &mut out);
    }
    out
}

fn split_paragraph(
    words: &SentenceWords,
    calendar: &CalendarWords,
    text: &str,
    from: usize,
    to: usize,
    wrap: Option<usize>,
    out: &mut Vec<Span>,
) {
    let mut start = from;
    let mut line_start = text[..from].rfind('\n').map_or(0, |i| i + 1);
    let mut chars = text[from..to]
        .char_indices()
        .map(|(i, c)| (i + from, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            // (a break that a stop before it ended already lies before `start`)
            if i > start && line_break_ends_sentence(words, text, line_start.max(start), i, wrap) {
                push_trimmed(text, start, i, out);
                let rest = &text[i..to];
                start = i + (rest.len() - rest.trim_start().len());
                // a dateline opening the next line ("JAKARTA (AP) —") stands apart
                if let Some(d) = dash_dateline(&text[start..to]) {
                    start += d.end;
                }
                while chars.peek().is_some_and(|&(j, _)| j < start) {
                    chars.next();
                }
                line_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
            } else {
                line_start = i + 1;
            }
            continue;
        }
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
            stop_ends_sentence(words, calendar, text, i, next)
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
    fn a_user_lexicon_adds_an_abbreviation() {
        let text = "Brig. Smith arrived. Talks began.";
        let split = |lexicon: &Lexicon| -> Vec<String> {
            sentences_with(text, lexicon)
                .iter()
                .map(|s| text[s.start..s.end].to_owned())
                .collect()
        };
        assert_eq!(
            split(Lexicon::builtin()),
            ["Brig.", "Smith arrived.", "Talks began."]
        );
        let mut lexicon = Lexicon::builtin().clone();
        lexicon
            .extend_toml("[sentences]\nabbreviations = [\"Brig.\"]")
            .unwrap();
        assert_eq!(split(&lexicon), ["Brig. Smith arrived.", "Talks began."]);
    }

    #[test]
    fn a_user_month_abbreviation_ends_no_sentence() {
        let text = "Talks began on Sepbr. 3 in Doha.";
        assert_eq!(split(text).len(), 2, "the built-in lexicon knows no Sepbr");
        let mut lexicon = Lexicon::builtin().clone();
        lexicon
            .extend_toml("[[calendar.month]]\nnumber = 9\nabbreviations = [\"Sepbr\"]")
            .unwrap();
        assert_eq!(sentences_with(text, &lexicon).len(), 1);
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
    fn a_line_with_no_stop_ends_a_sentence() {
        // a headline and a dateline pasted above the story with single line breaks
        assert_eq!(
            split("Quake kills 12 in Aceh\nJAKARTA (AP) — At least 12 people died on Tuesday."),
            [
                "Quake kills 12 in Aceh",
                "At least 12 people died on Tuesday."
            ]
        );
        // a caption, a byline and a web address
        assert_eq!(
            split(
                "Rescuers search the rubble in Banda Aceh\nBy Jane Doe\nhttp://example.com/quake/\n\
                 Twelve people died, officials said."
            ),
            [
                "Rescuers search the rubble in Banda Aceh",
                "By Jane Doe",
                "http://example.com/quake/",
                "Twelve people died, officials said."
            ]
        );
        // an embedded post, then the story goes on
        assert_eq!(
            split("“We are digging with our hands” — @rescuer\n2 more bodies were found."),
            [
                "“We are digging with our hands” — @rescuer",
                "2 more bodies were found."
            ]
        );
    }

    #[test]
    fn a_line_broken_inside_a_sentence_does_not_end_it() {
        // the next line goes on in lowercase, or the line ends on a comma or an article
        for text in [
            "The quake struck the\nprovince at dawn, killing 12.",
            "The quake struck Aceh,\nSumatra and Nias at dawn.",
            "At least 12 died according to the\nAgency for Disaster Management.",
            "Officials in\nJakarta said 12 died.",
        ] {
            assert_eq!(split(text), [text], "{text:?}");
        }
        // hard-wrapped wire copy: a full line before a capital or a figure is wrapping
        let text = "Showers continued throughout the week in\n\
                    the Bahia cocoa zone, alleviating the drought since early\n\
                    January and improving prospects for the coming temporao.\n    \
                    Arrivals for the week ended February 22 were 155,221 bags\n\
                    of 60 kilos, Comissaria Smith said in its weekly review of\n\
                    cocoa sold by Bahia farmers to the shippers and the processors\n\
                    Reuters reported.";
        assert_eq!(split(text).len(), 2, "{:?}", split(text));
        // but a short line in wrapped text is a heading of its own
        let text = "Year\nShr 3.07 dlrs vs 3.08 dlrs\nNet 66 mln vs 66.2 mln and the\n\
                    company said revenue was up to 1.59 billion dlrs from 997.1 mln dlrs.";
        assert_eq!(split(text)[0], "Year");
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
            "a\nB\n\n",
            "X\n.\nY",
            "HEAD\nBEIRUT — x\nY —\n",
            "\n\nA\n",
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
    fn hostile_input_is_read_whole() {
        // linear time on these shapes is measured by `benches/scaling.rs` (a test never
        // asserts a wall-clock time): here, every one is segmented without a panic
        for text in [
            ". ".repeat(200_000),
            "a.".repeat(200_000),
            "Mr. ".repeat(100_000),
            "x".repeat(1_000_000) + ". Y",
            "\n\n".repeat(200_000),
            "“.” ".repeat(100_000),
            "Headline\n".repeat(100_000),
            "ISTANBUL — a\n".repeat(100_000),
        ] {
            let found = sentences(&text);
            assert!(found.iter().all(|s| s.end <= text.len()));
        }
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
