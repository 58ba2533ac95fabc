//! Hedges: whether the report doubts a claim ("could not be independently verified",
//! "is thought to have"), and whether a hedge of the sentence reaches the claim's clause.

use super::{Doc, Draft, Sentence};
use crate::lexicon::ClaimList;
use crate::lexicon::HedgeWord;

impl Doc<'_> {
    /// The hedge of a sentence, the strongest kind first.
    pub(super) fn hedge_in(&self, s: &Sentence) -> Option<HedgeWord> {
        let mut found = None;
        for k in s.first..s.end {
            match self
                .lexicon
                .frame()
                .hedge_at(&self.lowered, &self.tokens, k)
            {
                Some((HedgeWord::Disclaimer, _)) => return Some(HedgeWord::Disclaimer),
                Some((HedgeWord::Hedge, _)) => found = Some(HedgeWord::Hedge),
                None => {}
            }
        }
        found
    }

    /// Whether a hedge of the sentence reaches the clause of a draft: "… is thought to have
    /// seized 40 more" does not doubt "killed 300" told before "while" or ";".
    pub(super) fn hedge_reaches(&self, d: &Draft, s: &Sentence) -> bool {
        let barrier = |k: usize| {
            let w = self.lower(k);
            w == ";"
                || self.in_list(ClaimList::ClauseBarriers, w)
                || (w == "and" && k > s.first && self.word(k - 1) == ",")
        };
        let frame = self.lexicon.frame();
        let mut k = s.first;
        while k < s.end {
            if let Some((HedgeWord::Hedge, n)) = frame.hedge_at(&self.lowered, &self.tokens, k) {
                let (a, b) = if k + n <= d.first {
                    (k + n, d.first)
                } else {
                    (d.after, k)
                };
                if !(a..b).any(barrier) {
                    return true;
                }
                k += n;
                continue;
            }
            k += 1;
        }
        false
    }
}
