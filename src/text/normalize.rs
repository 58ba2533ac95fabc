//! Normalisation of typography, with a map back to the original offsets.
//!
//! News arrives with curly quotes, doubled single quotes standing for double ones (`‘‘115
//! targets,’’`), em and en dashes, non-breaking and zero-width spaces. The analysis wants one
//! spelling of each, so [`normalize`] rewrites them to ASCII; but every offset the user sees
//! must point into the text they gave, so the rewrite keeps an [`OffsetMap`] from the
//! normalised bytes back to the original ones.
//!
//! ```
//! use crosscheck::text::normalize::normalize;
//! let original = "‘‘115 regime targets,’’ — 3–4 million";
//! let n = normalize(original);
//! assert_eq!(n.text, "\"115 regime targets,\" -- 3-4 million");
//! let start = n.text.find("115").unwrap();
//! assert_eq!(&original[n.map.original(start)..n.map.original(start + 3)], "115");
//! ```

/// The normalised text and its map back to the original.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The text with typography rewritten.
    pub text: String,
    /// Normalised byte offsets → original byte offsets.
    pub map: OffsetMap,
}

/// A map from byte offsets of the normalised text to byte offsets of the original.
///
/// Between rewrites the two texts advance together, so the map stores only the rewrites:
/// one entry at the start and one at the end of each, and a look-up is a binary search.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// (normalised offset, original offset, whether the span that starts here is a rewrite)
    points: Vec<(usize, usize, bool)>,
    original_len: usize,
}

impl OffsetMap {
    /// The original byte offset of the normalised byte offset `at`. An offset inside a
    /// rewritten span maps to the start of the original character, so the result is always a
    /// char boundary of the original text.
    pub fn original(&self, at: usize) -> usize {
        let k = self.points.partition_point(|&(n, _, _)| n <= at);
        if k == 0 {
            return at.min(self.original_len);
        }
        let (n, o, rewrite) = self.points[k - 1];
        if rewrite {
            o
        } else {
            (o + (at - n)).min(self.original_len)
        }
    }

    /// Whether the normalised text is the original (no rewrite at all).
    pub fn is_identity(&self) -> bool {
        self.points.is_empty()
    }
}

/// What a character becomes, or None to keep it.
fn rewrite(c: char, next: Option<char>) -> Option<(&'static str, usize)> {
    // (replacement, how many original characters it consumes)
    Some(match c {
        '‘' if next == Some('‘') => ("\"", 2),
        '’' if next == Some('’') => ("\"", 2),
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => ("'", 1),
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => ("\"", 1),
        '–' | '‐' | '‑' | '‒' | '−' => ("-", 1),
        '—' | '―' => ("--", 1),
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{3000}' => (" ", 1),
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => ("", 1),
        '\t' => (" ", 1),
        _ => return None,
    })
}

/// Normalise the typography of `text`: quotes to `'` and `"`, doubled single quotes to `"`,
/// en dashes and minus signs to `-`, em dashes to `--`, exotic spaces to a space, invisible
/// characters and soft hyphens removed.
pub fn normalize(text: &str) -> Normalized {
    if text.is_ascii() && !text.contains(['`', '\t']) {
        return Normalized {
            text: text.to_owned(),
            map: OffsetMap {
                points: Vec::new(),
                original_len: text.len(),
            },
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut points = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, d)| d);
        let Some((replacement, consumed)) = rewrite(c, next) else {
            out.push(c);
            continue;
        };
        let mut end = i + c.len_utf8();
        for _ in 1..consumed {
            if let Some((j, d)) = chars.next() {
                end = j + d.len_utf8();
            }
        }
        points.push((out.len(), i, true));
        out.push_str(replacement);
        points.push((out.len(), end, false));
    }
    // a rewrite to nothing leaves two points at one normalised offset: keep the later
    points.dedup_by(|later, earlier| {
        if later.0 == earlier.0 {
            *earlier = *later;
            true
        } else {
            false
        }
    });
    Normalized {
        text: out,
        map: OffsetMap {
            points,
            original_len: text.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(original: &str, needle: &str, expect: &str) {
        let n = normalize(original);
        let s = n.text.find(needle).unwrap();
        let e = s + needle.len();
        assert_eq!(&original[n.map.original(s)..n.map.original(e)], expect);
    }

    #[test]
    fn quotes_and_dashes_become_ascii() {
        let n = normalize("He said “no” — it’s ‘‘over’’ – really");
        assert_eq!(n.text, "He said \"no\" -- it's \"over\" - really");
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        round_trip(
            "‘‘115 regime targets,’’ killed",
            "115 regime targets",
            "115 regime targets",
        );
        round_trip(
            "a — b\u{00A0}c “five” soldiers",
            "\"five\" soldiers",
            "“five” soldiers",
        );
        round_trip("x\u{200B}y 3–4 million", "3-4 million", "3–4 million");
        round_trip("plain ascii", "ascii", "ascii");
    }

    #[test]
    fn every_offset_maps_to_a_char_boundary() {
        let original = "‘‘a’’ — “b” – c\u{00AD}d\u{FEFF}e ééé";
        let n = normalize(original);
        for at in (0..=n.text.len()).filter(|&at| n.text.is_char_boundary(at)) {
            assert!(original.is_char_boundary(n.map.original(at)), "{at}");
        }
        assert_eq!(n.map.original(n.text.len()), original.len());
    }
}
