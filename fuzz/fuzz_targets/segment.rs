//! The segmenter on any text: no panic, sentences in order, inside the text, on char
//! boundaries, never overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut last = 0;
    for s in crosscheck::segment::sentences(text) {
        assert!(last <= s.start && s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
    for p in crosscheck::segment::paragraphs(text) {
        assert!(p.start <= p.end && p.end <= text.len());
    }
    let n = crosscheck::text::normalize::normalize(text);
    for at in (0..=n.text.len()).filter(|&at| n.text.is_char_boundary(at)) {
        assert!(text.is_char_boundary(n.map.original(at)));
    }
});
