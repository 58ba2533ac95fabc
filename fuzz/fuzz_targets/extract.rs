//! The whole extraction of a document: no panic, every span inside the original text on char
//! boundaries, the number inside its sentence, `low <= value <= high`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let published = crosscheck::time::Day::parse_iso("2020-02-10");
    let lexicon = crosscheck::lexicon::Lexicon::builtin();
    for c in crosscheck::claim::extract(text, published, lexicon) {
        for (a, b) in [(c.start, c.end), (c.sentence.start, c.sentence.end)]
            .into_iter()
            .chain(c.counted.map(|s| (s.start, s.end)))
            .chain(c.source_span.map(|s| (s.start, s.end)))
        {
            assert!(a <= b && b <= text.len());
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        }
        assert!(c.sentence.start <= c.start && c.end <= c.sentence.end);
        assert!(c.quantity.low <= c.quantity.value && c.quantity.value <= c.quantity.high);
    }
});
