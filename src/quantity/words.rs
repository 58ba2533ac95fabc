//! Number words of English: cardinals, ordinals, scales and the suffixes written after digits.
//!
//! These are closed classes of the language (there is no twenty-first way to say "twenty"), so
//! they live here as tables rather than in a user lexicon; what varies by newsroom (units,
//! currencies, modifiers) lives in `src/lexicon/`.

/// What a cardinal word contributes to a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CardinalWord {
    /// zero … nine.
    Unit(f64),
    /// ten … nineteen.
    Teen(f64),
    /// twenty, thirty … ninety.
    Tens(f64),
    /// hundred.
    Hundred,
    /// thousand, million, billion, trillion, lakh, crore.
    Scale(f64),
    /// dozen (twelve, multiplies what comes before).
    Dozen,
}

/// The cardinal word `w` (lowercase), if it is one.
pub fn cardinal(w: &str) -> Option<CardinalWord> {
    use CardinalWord::{Dozen, Hundred, Scale, Teen, Tens, Unit};
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => Unit(0.0),
        "one" => Unit(1.0),
        "two" => Unit(2.0),
        "three" => Unit(3.0),
        "four" => Unit(4.0),
        "five" => Unit(5.0),
        "six" => Unit(6.0),
        "seven" => Unit(7.0),
        "eight" => Unit(8.0),
        "nine" => Unit(9.0),
        "ten" => Teen(10.0),
        "eleven" => Teen(11.0),
        "twelve" => Teen(12.0),
        "thirteen" => Teen(13.0),
        "fourteen" => Teen(14.0),
        "fifteen" => Teen(15.0),
        "sixteen" => Teen(16.0),
        "seventeen" => Teen(17.0),
        "eighteen" => Teen(18.0),
        "nineteen" => Teen(19.0),
        "twenty" => Tens(20.0),
        "thirty" => Tens(30.0),
        "forty" | "fourty" => Tens(40.0),
        "fifty" => Tens(50.0),
        "sixty" => Tens(60.0),
        "seventy" => Tens(70.0),
        "eighty" => Tens(80.0),
        "ninety" => Tens(90.0),
        "hundred" => Hundred,
        "thousand" => Scale(1e3),
        "million" => Scale(1e6),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        "lakh" | "lac" => Scale(1e5),
        "crore" => Scale(1e7),
        "dozen" | "doz" | "dz" => Dozen,
        _ => return None,
    })
}

/// The ordinal word `w` (lowercase) as (value, plural): `third` → (3, false), `fifths` →
/// (5, true). Compound ordinals (`twenty-first`) are built by the grammar from a cardinal and
/// one of these.
pub fn ordinal(w: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s)
            if s.ends_with("th") || s.ends_with("st") || s.ends_with("nd") || s.ends_with("rd") =>
        {
            (s, true)
        }
        _ => (w, false),
    };
    let v = match stem {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    };
    Some((v, plural))
}

/// Denominators that are not ordinals: `half`, `halves`, `quarter`, `quarters`.
pub fn fraction_noun(w: &str) -> Option<(f64, bool)> {
    match w {
        "half" => Some((2.0, false)),
        "halves" => Some((2.0, true)),
        "quarter" => Some((4.0, false)),
        "quarters" => Some((4.0, true)),
        _ => None,
    }
}

/// Scale abbreviations written after digits, matched exactly as written:
/// `10k`, `1.5bn`, `5 mln`, `$5b`, `10M`, `US$ 1MM`, `2mil`, `10 tln`, `13 lakh`.
/// `m` (lowercase) is a million only after a currency (`£1m`); elsewhere it is a metre.
pub fn scale_suffix(s: &str, after_currency: bool) -> Option<f64> {
    Some(match s {
        "k" | "K" | "thousand" | "Thousand" => 1e3,
        "m" if after_currency => 1e6,
        "M" | "MM" | "mn" | "Mn" | "mln" | "Mln" | "mil" | "mio" | "million" | "Million" => 1e6,
        "b" | "B" | "bn" | "Bn" | "bln" | "Bln" | "billion" | "Billion" => 1e9,
        "T" if after_currency => 1e12,
        "tn" | "Tn" | "tln" | "trn" | "trillion" | "Trillion" => 1e12,
        "lakh" | "lakhs" | "lac" => 1e5,
        "crore" | "crores" | "cr" => 1e7,
        _ => return None,
    })
}

/// A multiplier written in one word (lowercase): `threefold` → 3, `tenfold` → 10,
/// `hundredfold` → 100, `twentyfold` → 20.
pub fn multiplier(w: &str) -> Option<f64> {
    match cardinal(w.strip_suffix("fold")?)? {
        CardinalWord::Unit(v) | CardinalWord::Teen(v) | CardinalWord::Tens(v) if v >= 2.0 => {
            Some(v)
        }
        CardinalWord::Hundred => Some(100.0),
        CardinalWord::Scale(v) => Some(v),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_and_plurals() {
        assert_eq!(ordinal("third"), Some((3.0, false)));
        assert_eq!(ordinal("fifths"), Some((5.0, true)));
        assert_eq!(ordinal("firsts"), Some((1.0, true)));
        assert_eq!(ordinal("thirds"), Some((3.0, true)));
        assert_eq!(ordinal("hundredths"), Some((100.0, true)));
        assert_eq!(ordinal("fist"), None);
    }

    #[test]
    fn multipliers_in_one_word() {
        assert_eq!(multiplier("threefold"), Some(3.0));
        assert_eq!(multiplier("tenfold"), Some(10.0));
        assert_eq!(multiplier("hundredfold"), Some(100.0));
        assert_eq!(multiplier("onefold"), None);
        assert_eq!(multiplier("manifold"), None);
        assert_eq!(multiplier("fold"), None);
    }

    #[test]
    fn m_is_a_million_only_after_money() {
        assert_eq!(scale_suffix("m", true), Some(1e6));
        assert_eq!(scale_suffix("m", false), None);
        assert_eq!(scale_suffix("M", false), Some(1e6));
    }
}
