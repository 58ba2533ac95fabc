//! Text offsets: Rust works in UTF-8 bytes, Python users slice `str` by code points.
//!
//! Every offset that leaves the core is a code-point offset into the original text, so that
//! `text[start:end]` in Python is exactly the mention. [`CharOffsets`] converts byte offsets
//! to code-point offsets in O(log n) after one O(n) pass, and only for texts that need it:
//! a pure-ASCII text converts for free.
//!
//! The room of the text itself, at the bottom of the flow with the lexicon: normalisation,
//! tokens and offsets. It knows nothing of numbers, words' meanings, sentences or claims.
//!
//! ```
//! use crosscheck::text::CharOffsets;
//! let text = "‘‘115 regime targets’’";
//! let map = CharOffsets::new(text);
//! let byte = text.find("115").unwrap();
//! assert_eq!(byte, 6);
//! assert_eq!(map.char_offset(byte), 2);
//! ```

pub mod normalize;
pub mod token;

/// A map from UTF-8 byte offsets to code-point offsets of one text.
#[derive(Clone, Debug)]
pub struct CharOffsets {
    /// Byte offsets of every non-ASCII character, in order; empty for ASCII text.
    multibyte: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl CharOffsets {
    /// Build the map for `text` in one pass.
    pub fn new(text: &str) -> CharOffsets {
        let mut multibyte = Vec::new();
        if !text.is_ascii() {
            // (byte offset just after a multi-byte char, bytes saved so far by all of them)
            let mut extra = 0usize;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    multibyte.push((i + n, extra));
                }
            }
        }
        CharOffsets {
            multibyte,
            len_bytes: text.len(),
        }
    }

    /// The code-point offset of `byte`, which must be a char boundary of the text.
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.len_bytes);
        // Number of multi-byte chars that end at or before `byte`.
        let k = self.multibyte.partition_point(|&(end, _)| end <= byte);
        if k == 0 {
            byte
        } else {
            byte - self.multibyte[k - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn ascii_is_identity() {
        let map = CharOffsets::new("five soldiers");
        assert_eq!(map.char_offset(0), 0);
        assert_eq!(map.char_offset(13), 13);
    }

    #[test]
    fn every_boundary_matches_char_count() {
        let text = "Turkey’s — 3,6 million, 😀 ½ and 日本 e\u{301}";
        let map = CharOffsets::new(text);
        for (i, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(map.char_offset(i), text[..i].chars().count(), "at byte {i}");
        }
    }
}
