//! The quantity grammar: every number phrase of news English becomes an interval.
//!
//! A number in a report is never just a float. "3.6 million" implies a precision, "nearly
//! 700,000" a bound, "dozens" a vague range, "between 3 and 4 million" a range; "2018",
//! "Feb. 3", "10:27 p.m.", "F-16", "the second time" and "25-year-old" are numbers that are not
//! counts of anything. [`find_quantities`] finds every such phrase in a text and types it
//! ([`MentionKind`]); the ones that are amounts carry a [`Quantity`] `{low, high, value, approx,
//! unit, modifier}` built by the conventions of [`convention`].
//!
//! The room of numbers: it holds the grammar (rules, in its `grammar` module) and the
//! conventions; the words it reads (number words, units, modifiers) are lexicon data. It knows
//! nothing of sentences, events, claims or time.
//!
//! ```
//! use crosscheck::quantity::{find_quantities, parse_quantity, MentionKind, Modifier};
//! let q = parse_quantity("nearly 700,000").unwrap();
//! assert!(q.high < 700_000.0 && q.low >= 665_000.0 && q.approx);
//! assert_eq!(q.modifier, Some(Modifier::Nearly));
//!
//! let text = "In 2018, a hundred and one troops were killed at 10:27 p.m.";
//! let kinds: Vec<_> = find_quantities(text).iter().map(|m| m.kind).collect();
//! assert_eq!(kinds, [MentionKind::Year, MentionKind::Cardinal, MentionKind::Time]);
//! ```

pub mod convention;
mod glued;
mod grammar;
mod links;

/// How a phrase bounds or blurs its number: the classes of the modifier words, which the
/// lexicon owns (its data files sort phrases into them).
pub use crate::lexicon::Modifier;
pub use convention::Conventions;
pub use glued::tokens_with;

use crate::lexicon::Lexicon;

/// What a number phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A count of people or things ("101", "A hundred and one", "dozens", "3.6 million").
    Cardinal,
    /// A proportion ("two thirds", "half", "one in five").
    Fraction,
    /// A percentage ("40%", "12 percent", "3 percentage points").
    Percent,
    /// An amount of money ("$5b", "420 million Finnish markka").
    Currency,
    /// A measurement with a unit ("29 km", "5,000 square kilometres", "three years").
    Measure,
    /// An age ("25-year-old", "aged 25", "five years old").
    Age,
    /// An ordinal ("second", "21st", "twenty-first"): a rank, not a count.
    Ordinal,
    /// A year or decade ("in 2018", "late 2012", "the 1990s").
    Year,
    /// A calendar date ("Feb. 3", "February 2, 2020", "2020-02-10").
    Date,
    /// A clock time ("1:13 a.m.", "10 p.m.", "0900 GMT").
    Time,
    /// A name made with digits ("M5", "F-16", "COVID-19", "Resolution 2254"), or the score
    /// of a game ("won 3-1", "a 2-0 victory").
    Identifier,
    /// A telephone number.
    Phone,
    /// A number hyphenated to a noun it modifies ("a six-storey building", "a five-star hotel",
    /// "a three-judge panel"): it describes the thing and counts nothing. Its quantity is the
    /// number, in unit `count`.
    Compound,
}

impl MentionKind {
    /// The name used in Python and in the `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Cardinal => "cardinal",
            MentionKind::Fraction => "fraction",
            MentionKind::Percent => "percent",
            MentionKind::Currency => "currency",
            MentionKind::Measure => "measure",
            MentionKind::Age => "age",
            MentionKind::Ordinal => "ordinal",
            MentionKind::Year => "year",
            MentionKind::Date => "date",
            MentionKind::Time => "time",
            MentionKind::Identifier => "identifier",
            MentionKind::Phone => "phone",
            MentionKind::Compound => "compound",
        }
    }

    /// Whether mentions of this kind carry a [`Quantity`] (amounts and ranks do; years,
    /// dates, times, identifiers and phone numbers do not).
    pub fn has_quantity(self) -> bool {
        !matches!(
            self,
            MentionKind::Year
                | MentionKind::Date
                | MentionKind::Time
                | MentionKind::Identifier
                | MentionKind::Phone
        )
    }
}

/// An amount as an interval: what a number phrase says, with the precision it says it with.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The lowest value the phrase admits (may be `-inf` only for open ranges of signed values).
    pub low: f64,
    /// The highest value the phrase admits (`inf` for "at least").
    pub high: f64,
    /// The representative value, `low <= value <= high`.
    pub value: f64,
    /// The text marks the figure as approximate or vague.
    pub approx: bool,
    /// `count` for people and things, `%`, a currency code, or a unit code of the lexicon.
    pub unit: String,
    /// The modifier that bounds or blurs it, if any.
    pub modifier: Option<Modifier>,
}

impl Quantity {
    /// An exact amount: `low == value == high`, not approximate, with no modifier.
    pub fn exact(value: f64, unit: &str) -> Quantity {
        Quantity {
            low: value,
            high: value,
            value,
            approx: false,
            unit: unit.to_string(),
            modifier: None,
        }
    }
}

/// One number phrase found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Byte offset of the phrase in the text.
    pub start: usize,
    /// Byte offset just past the phrase.
    pub end: usize,
    /// What the phrase is.
    pub kind: MentionKind,
    /// The amount, for kinds that have one ([`MentionKind::has_quantity`]).
    pub quantity: Option<Quantity>,
}

/// Every number phrase of `text`, in order, with the built-in lexicon and conventions.
pub fn find_quantities(text: &str) -> Vec<Mention> {
    find_quantities_with(text, Lexicon::builtin(), &Conventions::default())
}

/// Every number phrase of `text`, in order, with the given lexicon and conventions.
pub fn find_quantities_with(text: &str, lexicon: &Lexicon, conv: &Conventions) -> Vec<Mention> {
    let mut mentions = grammar::scan(text, lexicon, conv);
    links::mark_addresses(text, &mut mentions);
    mentions
}

/// The quantity of a phrase that is one amount ("nearly 700,000", "between 3 and 4 million",
/// "$5b"), or `None` when the phrase holds no amount, several, or only a year, date, time or
/// identifier.
pub fn parse_quantity(phrase: &str) -> Option<Quantity> {
    parse_quantity_with(phrase, Lexicon::builtin(), &Conventions::default())
}

/// [`parse_quantity`] with the given lexicon and conventions.
pub fn parse_quantity_with(
    phrase: &str,
    lexicon: &Lexicon,
    conv: &Conventions,
) -> Option<Quantity> {
    let mentions = find_quantities_with(phrase, lexicon, conv);
    let mut amounts = mentions
        .into_iter()
        .filter(|m| m.kind != MentionKind::Ordinal);
    let first = amounts.next()?;
    if amounts.next().is_some() {
        return None;
    }
    first.quantity
}

#[cfg(test)]
mod tests;
