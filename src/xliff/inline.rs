//! Inline codes between a source and its translation: giving a translation's codes the ids
//! of the source's (so a CAT tool pairs them), and checking a translator's target — every
//! code of the source exactly once, pairs opened before closed and not crossed, each code's
//! text as the source or the existing translation has it. Pure.

use crate::xliff::Piece;
use std::collections::{BTreeMap, BTreeSet};

/// The kind and text of a code, for matching.
fn signature(piece: &Piece) -> Option<(u8, u32, &str)> {
    match piece {
        Piece::Text(_) => None,
        Piece::Open { id, code } => Some((0, *id, code)),
        Piece::Close { id, code } => Some((1, *id, code)),
        Piece::Placeholder { id, code } => Some((2, *id, code)),
    }
}

/// `translation` with its codes renumbered to the ids of the same codes in `source`: a code
/// of the same kind and text takes that id; the rest take the remaining ids of their kind
/// in order; codes the source does not have keep fresh ids after the source's.
pub fn align(source: &[Piece], translation: &[Piece]) -> Vec<Piece> {
    let pairs = |pieces: &[Piece]| -> Vec<(u32, String, String, bool)> {
        // (id, open code or placeholder code, close code, is pair)
        let mut found: Vec<(u32, String, String, bool)> = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Open { id, code } => found.push((*id, code.clone(), String::new(), true)),
                Piece::Close { id, code } => {
                    if let Some(entry) = found.iter_mut().find(|e| e.0 == *id) {
                        entry.2 = code.clone();
                    }
                }
                Piece::Placeholder { id, code } => {
                    found.push((*id, code.clone(), String::new(), false));
                }
                Piece::Text(_) => {}
            }
        }
        found
    };
    let wanted = pairs(source);
    let had = pairs(translation);
    let mut taken: BTreeSet<u32> = BTreeSet::new();
    let mut new_id: BTreeMap<u32, u32> = BTreeMap::new();
    for exact in [true, false] {
        for (id, open, close, pair) in &had {
            if new_id.contains_key(id) {
                continue;
            }
            let found = wanted.iter().find(|(wid, wopen, wclose, wpair)| {
                !taken.contains(wid)
                    && wpair == pair
                    && (!exact || (wopen == open && wclose == close))
            });
            if let Some((wid, ..)) = found {
                taken.insert(*wid);
                new_id.insert(*id, *wid);
            }
        }
    }
    let mut fresh = wanted.iter().map(|w| w.0).max().unwrap_or(0);
    for (id, ..) in &had {
        new_id.entry(*id).or_insert_with(|| {
            fresh += 1;
            fresh
        });
    }
    translation
        .iter()
        .map(|piece| match piece {
            Piece::Text(t) => Piece::Text(t.clone()),
            Piece::Open { id, code } => Piece::Open {
                id: new_id[id],
                code: code.clone(),
            },
            Piece::Close { id, code } => Piece::Close {
                id: new_id.get(id).copied().unwrap_or(*id),
                code: code.clone(),
            },
            Piece::Placeholder { id, code } => Piece::Placeholder {
                id: new_id[id],
                code: code.clone(),
            },
        })
        .collect()
}

/// Checks a translator's `target` against the unit's `source` and the existing translation
/// (`existing`, aligned to the source's ids); a code of the source that the existing
/// translation does without may stay out. Returns the target with every code's text
/// filled in (an empty code, as `<g>`/`<x/>` give, takes the source's), or what is wrong.
pub fn check(
    source: &[Piece],
    existing: Option<&[Piece]>,
    target: &[Piece],
) -> Result<Vec<Piece>, String> {
    let allowed = |piece: &Piece| -> Vec<(u8, u32, String)> {
        [Some(source), existing]
            .into_iter()
            .flatten()
            .flat_map(|pieces| pieces.iter())
            .filter_map(signature)
            .filter(|(kind, id, _)| {
                signature(piece).is_some_and(|(k, i, _)| k == *kind && i == *id)
            })
            .map(|(kind, id, code)| (kind, id, code.to_string()))
            .collect()
    };
    let mut seen: BTreeSet<(u8, u32)> = BTreeSet::new();
    let mut open: Vec<u32> = Vec::new();
    let mut filled = Vec::with_capacity(target.len());
    for piece in target {
        let Some((kind, id, code)) = signature(piece) else {
            filled.push(piece.clone());
            continue;
        };
        let element = ["bpt", "ept", "ph"][kind as usize];
        let choices = allowed(piece);
        let Some((_, _, source_code)) = choices.first() else {
            return Err(format!(
                "inline element <{element} id=\"{id}\"> is not in the source"
            ));
        };
        if !seen.insert((kind, id)) {
            return Err(format!(
                "inline element <{element} id=\"{id}\"> appears twice"
            ));
        }
        let code = if code.is_empty() {
            source_code.clone()
        } else if choices.iter().any(|(_, _, c)| c == code) {
            code.to_string()
        } else {
            return Err(format!(
                "inline element <{element} id=\"{id}\"> was changed to `{code}`; it must stay `{source_code}`"
            ));
        };
        match kind {
            0 => open.push(id),
            1 => match open.pop() {
                Some(last) if last == id => {}
                Some(last) => {
                    return Err(format!(
                        "inline elements {last} and {id} cross: <ept id=\"{id}\"> comes before <ept id=\"{last}\">"
                    ));
                }
                None => {
                    return Err(format!(
                        "<ept id=\"{id}\"> comes before its <bpt id=\"{id}\">"
                    ));
                }
            },
            _ => {}
        }
        filled.push(match piece {
            Piece::Open { .. } => Piece::Open { id, code },
            Piece::Close { .. } => Piece::Close { id, code },
            _ => Piece::Placeholder { id, code },
        });
    }
    if let Some(id) = open.pop() {
        return Err(format!(
            "<bpt id=\"{id}\"> is never closed by <ept id=\"{id}\">"
        ));
    }
    let missing: Vec<String> = source
        .iter()
        .filter_map(signature)
        .filter(|(kind, id, _)| !seen.contains(&(*kind, *id)))
        .filter(|(kind, id, _)| {
            // A code the existing translation already does without is not asked for.
            existing.is_none_or(|had| {
                had.iter()
                    .filter_map(signature)
                    .any(|(k, i, _)| k == *kind && i == *id)
            })
        })
        .map(|(kind, id, code)| {
            format!(
                "<{} id=\"{id}\"> (`{code}`)",
                ["bpt", "ept", "ph"][kind as usize]
            )
        })
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "inline elements are missing: {}",
            missing.join(", ")
        ));
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(id: u32, url: &str) -> [Piece; 2] {
        [
            Piece::Open {
                id,
                code: "[".into(),
            },
            Piece::Close {
                id,
                code: format!("]({url})"),
            },
        ]
    }

    #[test]
    fn a_translation_that_swaps_two_links_keeps_each_links_id() {
        let [o1, c1] = link(1, "a");
        let [o2, c2] = link(2, "b");
        let source = vec![
            o1,
            Piece::Text("A".into()),
            c1,
            o2,
            Piece::Text("B".into()),
            c2,
        ];
        let [t1, e1] = link(1, "b");
        let [t2, e2] = link(2, "a");
        let translation = vec![
            t1,
            Piece::Text("B".into()),
            e1,
            t2,
            Piece::Text("A".into()),
            e2,
        ];
        let aligned = align(&source, &translation);
        assert_eq!(
            aligned[0],
            Piece::Open {
                id: 2,
                code: "[".into()
            }
        );
        assert_eq!(
            aligned[2],
            Piece::Close {
                id: 2,
                code: "](b)".into()
            }
        );
        assert_eq!(check(&source, None, &aligned).unwrap(), aligned);
    }

    #[test]
    fn changed_missing_crossed_and_unclosed_codes_are_refused() {
        let [o1, c1] = link(1, "@/a.md");
        let source = vec![o1.clone(), Piece::Text("A".into()), c1.clone()];
        let changed = vec![
            o1.clone(),
            Piece::Text("A".into()),
            Piece::Close {
                id: 1,
                code: "](x)".into(),
            },
        ];
        assert_eq!(
            check(&source, None, &changed).unwrap_err(),
            "inline element <ept id=\"1\"> was changed to `](x)`; it must stay `](@/a.md)`"
        );
        assert_eq!(
            check(&source, None, &[Piece::Text("A".into())]).unwrap_err(),
            "inline elements are missing: <bpt id=\"1\"> (`[`), <ept id=\"1\"> (`](@/a.md)`)"
        );
        assert_eq!(
            check(
                &source,
                None,
                &[c1.clone(), Piece::Text("A".into()), o1.clone()]
            )
            .unwrap_err(),
            "<ept id=\"1\"> comes before its <bpt id=\"1\">"
        );
        assert_eq!(
            check(&source, None, &[o1, Piece::Text("A".into())]).unwrap_err(),
            "<bpt id=\"1\"> is never closed by <ept id=\"1\">"
        );
    }

    #[test]
    fn an_empty_code_takes_the_sources() {
        let [o1, c1] = link(1, "@/a.md");
        let source = vec![o1, Piece::Text("A".into()), c1];
        let target = vec![
            Piece::Open {
                id: 1,
                code: String::new(),
            },
            Piece::Text("Б".into()),
            Piece::Close {
                id: 1,
                code: String::new(),
            },
        ];
        assert_eq!(
            crate::xliff::text_of(&check(&source, None, &target).unwrap()),
            "[Б](@/a.md)"
        );
    }
}
