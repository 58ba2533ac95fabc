//! One voice per speaker (DESIGN step 5).
//!
//! Four outlets quoting one ministry are one voice, and so are the names a report gives one
//! speaker: "agency spokesman John Smith", "Smith" and "the agency" are one voice, not three.
//! A claim's voice is the party its source speaks for; else its source, read as an
//! organisation (the words before a spokesperson's role, or a name holding an organisation
//! word) and a person (a run of capitalised words, known by the surname); else its report.
//! The keys a source holds are joined (union-find) inside each story, and every claim gets the
//! smallest key of its set, so the voice is the same whatever the order of the claims.

use rustc_hash::FxHashMap;

use super::ClaimRecord;
use crate::lexicon::frame::fold_name;
use crate::lexicon::Lexicon;

/// Words that join an organisation to a role or a name ("a spokesman for the agency").
const JOINING: &[&str] = &["a", "an", "the", "for", "of", "at", "from", "said", "by"];

/// The keys a source names: its organisation, its person (by surname), or itself.
pub(super) fn keys(source: &str, lexicon: &Lexicon) -> Vec<String> {
    let words = &lexicon.reconciliation();
    let tokens: Vec<&str> = source
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let lower: Vec<String> = tokens
        .iter()
        .map(|t| {
            t.to_lowercase()
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_owned()
        })
        .collect();
    let is_role = |w: &str| words.roles.iter().any(|r| r == w);
    let is_org = |w: &str| words.organisation_words.iter().any(|o| o == w);
    let has_role = lower.iter().any(|w| is_role(w));
    // the person: the last run of capitalised words that are no organisation or role word
    let mut person: Option<&str> = None;
    let mut run = 0;
    let mut best_run = 0;
    for (t, w) in tokens.iter().zip(&lower) {
        let capital = t.chars().next().is_some_and(char::is_uppercase);
        if capital && !is_org(w) && !is_role(w) && !JOINING.contains(&w.as_str()) {
            run += 1;
            if run >= best_run {
                best_run = run;
                person = Some(w.as_str());
            }
        } else {
            run = 0;
        }
    }
    let any_org = lower.iter().any(|w| is_org(w));
    let mut out = Vec::new();
    if has_role || (any_org && best_run >= 2) {
        // the organisation: every word that is no role, no person and no joining word
        let org: Vec<&str> = tokens
            .iter()
            .zip(&lower)
            .filter(|(t, w)| {
                !is_role(w)
                    && !JOINING.contains(&w.as_str())
                    && (!t.chars().next().is_some_and(char::is_uppercase) || is_org(w))
            })
            .map(|(_, w)| w.as_str())
            .collect();
        let org_capital: Vec<&str> = tokens
            .iter()
            .zip(&lower)
            .filter(|(_, w)| !is_role(w) && !JOINING.contains(&w.as_str()))
            .map(|(t, _)| *t)
            .filter(|t| t.chars().next().is_some_and(char::is_uppercase))
            .collect();
        if !org.is_empty() {
            out.push(format!("source:{}", fold_name(&org.join(" "))));
        } else if best_run < 2 && !org_capital.is_empty() {
            out.push(format!("source:{}", fold_name(&org_capital.join(" "))));
        }
        if best_run >= 2 || (best_run == 1 && !org.is_empty()) {
            out.extend(person.map(|p| format!("person:{p}")));
        }
    } else if !any_org && best_run >= 1 && best_run == tokens.len() {
        // a person's name, or a surname alone
        out.extend(person.map(|p| format!("person:{p}")));
    }
    if out.is_empty() {
        out.push(format!("source:{}", fold_name(source)));
    }
    out
}

/// Find with path halving.
fn find(parent: &mut [usize], mut k: usize) -> usize {
    while parent[k] != k {
        parent[k] = parent[parent[k]];
        k = parent[k];
    }
    k
}

/// Resolve the voice of every claim, inside its story.
pub(super) fn resolve(records: &mut [ClaimRecord], story_of: &[usize], lexicon: &Lexicon) {
    let mut ids: FxHashMap<(usize, String), usize> = FxHashMap::default();
    let mut names: Vec<String> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut first_key: Vec<Option<usize>> = vec![None; records.len()];
    let mut cache: FxHashMap<&str, Vec<String>> = FxHashMap::default();
    for (i, r) in records.iter().enumerate() {
        let claim_keys = match (&r.source_party, &r.source) {
            (Some(p), _) => vec![format!("party:{p}")],
            (None, Some(s)) => cache
                .entry(s.as_str())
                .or_insert_with(|| keys(s, lexicon))
                .clone(),
            (None, None) => continue,
        };
        let mut previous: Option<usize> = None;
        for key in claim_keys {
            let id = *ids.entry((story_of[i], key.clone())).or_insert_with(|| {
                names.push(key);
                parent.push(parent.len());
                parent.len() - 1
            });
            if let Some(p) = previous {
                let (a, b) = (find(&mut parent, p), find(&mut parent, id));
                if a != b {
                    // the smaller name leads, so the result is independent of order
                    if names[a] <= names[b] {
                        parent[b] = a;
                    } else {
                        parent[a] = b;
                    }
                }
            }
            previous = Some(id);
            first_key[i].get_or_insert(id);
        }
    }
    for (i, r) in records.iter_mut().enumerate() {
        if let Some(k) = first_key[i] {
            let root = find(&mut parent, k);
            r.voice_key = Some(names[root].clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(source: &str) -> Vec<String> {
        keys(source, Lexicon::builtin())
    }

    #[test]
    fn a_spokesman_his_surname_and_his_agency_are_one_voice() {
        assert_eq!(
            k("agency spokesman Sutopo Purwo Nugroho"),
            vec!["source:agency", "person:nugroho"]
        );
        assert_eq!(k("Nugroho"), vec!["person:nugroho"]);
        assert_eq!(k("Sutopo Purwo Nugroho"), vec!["person:nugroho"]);
        assert_eq!(k("the agency"), vec!["source:agency"]);
        assert_eq!(k("Reuters"), vec!["source:reuters"]);
        assert_eq!(
            k("Turkish Ministry of Defense"),
            vec!["source:turkish ministry of defense"]
        );
    }

    #[test]
    fn voices_join_inside_a_story_only() {
        let claim = |source: &str| ClaimRecord {
            source: Some(source.into()),
            ..ClaimRecord::default()
        };
        let mut records = vec![
            claim("agency spokesman Sutopo Purwo Nugroho"),
            claim("Nugroho"),
            claim("the agency"),
            claim("Nugroho"),
            claim("police"),
        ];
        resolve(&mut records, &[0, 0, 0, 1, 0], Lexicon::builtin());
        let v: Vec<String> = records.iter().map(ClaimRecord::voice).collect();
        assert_eq!(v[0], v[1]);
        assert_eq!(v[0], v[2]);
        assert_eq!(v[3], "person:nugroho");
        assert_ne!(v[4], v[0]);
    }
}
