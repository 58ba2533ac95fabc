//! Web addresses: the numbers inside them are parts of a name, not amounts.
//!
//! Scraped articles often open with their own address, and captions and embedded posts carry
//! links: `.../dozens-injured-as-6-1-magnitude-earthquake-hits-aceh-386911` holds a "6", a "1"
//! and a "386911" that a reader never reads as figures. A run of non-space characters that
//! starts with a scheme (`http://`, `https://`) or `www.` is an address; every mention inside
//! one is an identifier.

use super::{Mention, MentionKind};

/// The byte spans of the web addresses of `text`, in order (linear in the text).
fn addresses(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for prefix in ["http://", "https://", "www."] {
        for (start, _) in text.match_indices(prefix) {
            // ("http://www.": the "www." after "//", or one glued to a word, opens nothing)
            let opens = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || "([<\"'".contains(c));
            if !opens {
                continue;
            }
            let end = text[start..]
                .find(char::is_whitespace)
                .map_or(text.len(), |k| start + k);
            out.push((start, end));
        }
    }
    out.sort_unstable();
    out
}

/// Mark every mention that lies inside a web address as an identifier with no amount.
pub(super) fn mark_addresses(text: &str, mentions: &mut [Mention]) {
    if !(text.contains("http") || text.contains("www.")) {
        return;
    }
    let spans = addresses(text);
    let mut k = 0;
    for m in mentions.iter_mut() {
        while k < spans.len() && spans[k].1 <= m.start {
            k += 1;
        }
        if k < spans.len() && spans[k].0 <= m.start && m.end <= spans[k].1 {
            m.kind = MentionKind::Identifier;
            m.quantity = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quantity::{find_quantities, MentionKind};

    #[test]
    fn numbers_inside_a_web_address_are_identifiers() {
        let text = "http://www.example.com/world/dozens-hurt-as-6-1-magnitude-quake-hits-386911\n\
                    A 6.1-magnitude quake hurt 40 people (see www.example.org/2013/7/2).";
        let found = find_quantities(text);
        let amounts: Vec<&str> = found
            .iter()
            .filter(|m| m.kind != MentionKind::Identifier)
            .map(|m| &text[m.start..m.end])
            .collect();
        assert!(amounts.contains(&"40"), "{amounts:?}");
        assert!(amounts
            .iter()
            .all(|a| !a.contains("386911") && *a != "6" && *a != "7"));
        // an address's figures are kept whole as identifiers, never dropped
        assert!(found
            .iter()
            .any(|m| m.kind == MentionKind::Identifier && &text[m.start..m.end] == "386911"));
    }
}
