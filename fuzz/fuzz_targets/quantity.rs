//! The quantity grammar on any text: no panic, offsets on char boundaries inside the text,
//! `low <= value <= high` for every quantity, and `parse_quantity` agreeing on its own.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for m in crosscheck::quantity::find_quantities(text) {
        assert!(m.start < m.end && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        if let Some(q) = m.quantity {
            assert!(q.low <= q.value && q.value <= q.high, "{q:?} for {:?}", &text[m.start..m.end]);
        }
    }
    if let Some(q) = crosscheck::quantity::parse_quantity(text) {
        assert!(q.low <= q.value && q.value <= q.high, "{q:?}");
    }
});
