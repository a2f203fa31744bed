//! For an outdated translation: which source segments changed since it was made. The source
//! text it was made from is found in the site's git history by its `source_hash`; its
//! segments are matched to today's (longest common subsequence), and each of today's
//! segments gets the translation of its old counterpart — as translated where the text is the
//! same, for review where it changed, none where it is new.

use crate::load::body::source_hash;
use crate::xliff::markdown::Segment;
use crate::xliff::{Piece, State, inline, text_of};
use std::path::Path;
use std::process::Command;

/// How far back the history is searched, in commits of the file.
const DEPTH: usize = 200;

/// The body of `path` (relative to `root`) in the newest commit where it hashes to `hash`,
/// if git is there and has it.
pub fn body_with_hash(root: &Path, path: &Path, hash: &str) -> Option<String> {
    let rel = path.to_string_lossy().replace('\\', "/");
    let log = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "--format=%H", &format!("-n{DEPTH}"), "--", &rel])
        .output()
        .ok()?;
    let commits = String::from_utf8(log.stdout).ok()?;
    commits.lines().find_map(|commit| {
        let show = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["show", &format!("{commit}:./{rel}")])
            .output()
            .ok()?;
        let text = String::from_utf8(show.stdout).ok()?;
        let text = text.trim_start_matches('\u{feff}');
        let (_, body_start) = crate::load::front_matter::split(path, text).ok()?;
        let body = &text[body_start..];
        (source_hash(body) == hash).then(|| body.to_string())
    })
}

/// A target for a segment: its pieces, state, and a note for the translator.
pub type Carried = Option<(Vec<Piece>, State, Option<&'static str>)>;

/// The note on a segment whose source changed.
const CHANGED: &str = "The source of this segment changed since it was translated: the target is the previous translation.";
/// The note when the old source cannot be found.
const UNKNOWN: &str = "The source changed since this page was translated, and the version it was translated from is not in the site's git history: check every segment.";

/// Targets for today's segments `new` from the translation's segments `had`, made from the
/// old source segments `old` (if known).
pub fn carry_over(new: &[Segment], old: Option<&[Segment]>, had: &[Segment]) -> Vec<Carried> {
    let same = crate::xliff::markdown::same_structure;
    match old {
        Some(old) if same(old, had) => {
            let pairs = common(new, old);
            let mut taken = vec![false; old.len()];
            for &(_, j) in &pairs {
                taken[j] = true;
            }
            let mut result: Vec<Carried> = vec![None; new.len()];
            for &(i, j) in &pairs {
                result[i] = Some((
                    inline::align(&new[i].pieces, &had[j].pieces),
                    State::Translated,
                    None,
                ));
            }
            for i in 0..new.len() {
                if result[i].is_some() {
                    continue;
                }
                let after = pairs
                    .iter()
                    .filter(|(a, _)| *a < i)
                    .map(|(_, b)| b + 1)
                    .max()
                    .unwrap_or(0);
                let before = pairs
                    .iter()
                    .filter(|(a, _)| *a > i)
                    .map(|(_, b)| *b)
                    .min()
                    .unwrap_or(old.len());
                let candidate = (after..before).find(|&j| !taken[j] && old[j].kind == new[i].kind);
                if let Some(j) = candidate {
                    taken[j] = true;
                    result[i] = Some((
                        inline::align(&new[i].pieces, &had[j].pieces),
                        State::NeedsReview,
                        Some(CHANGED),
                    ));
                }
            }
            result
        }
        _ if same(new, had) => new
            .iter()
            .zip(had)
            .map(|(n, h)| {
                Some((
                    inline::align(&n.pieces, &h.pieces),
                    State::NeedsReview,
                    Some(UNKNOWN),
                ))
            })
            .collect(),
        _ => vec![None; new.len()],
    }
}

/// Index pairs of the longest common subsequence of equal segment texts.
fn common(a: &[Segment], b: &[Segment]) -> Vec<(usize, usize)> {
    let ta: Vec<String> = a.iter().map(|s| text_of(&s.pieces)).collect();
    let tb: Vec<String> = b.iter().map(|s| text_of(&s.pieces)).collect();
    let mut len = vec![vec![0usize; tb.len() + 1]; ta.len() + 1];
    for i in (0..ta.len()).rev() {
        for j in (0..tb.len()).rev() {
            len[i][j] = if ta[i] == tb[j] {
                len[i + 1][j + 1] + 1
            } else {
                len[i + 1][j].max(len[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < ta.len() && j < tb.len() {
        if ta[i] == tb[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if len[i + 1][j] >= len[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xliff::markdown::segments;

    #[test]
    fn only_the_changed_paragraph_is_marked_and_a_new_one_has_no_target() {
        let old = segments("One.\n\nTwo.\n\nThree.\n");
        let had = segments("Eins.\n\nZwei.\n\nDrei.\n");
        let new = segments("One.\n\nTwo, changed.\n\nThree.\n\nFour.\n");
        let carried = carry_over(&new, Some(&old), &had);
        let states: Vec<Option<(String, State)>> = carried
            .into_iter()
            .map(|c| c.map(|(p, s, _)| (text_of(&p), s)))
            .collect();
        assert_eq!(
            states,
            vec![
                Some(("Eins.".into(), State::Translated)),
                Some(("Zwei.".into(), State::NeedsReview)),
                Some(("Drei.".into(), State::Translated)),
                None,
            ]
        );
    }
}
