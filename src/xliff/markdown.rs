//! A Markdown body as segments to translate: each paragraph, heading, list item's text and
//! table cell, with the byte range of its text in the body and its inline Markdown as
//! [`Piece`]s. Everything outside the ranges (list markers, `#`, table pipes, code blocks,
//! HTML blocks, heading ids) is structure and stays as the file has it. Pure.

use crate::render::markdown::OPTIONS;
use crate::xliff::Piece;
use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use std::ops::Range;

/// One segment of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// What block it is: `p`, `h2`, `li`, `td`; two bodies with the same sequence of
    /// kinds have the same structure.
    pub kind: &'static str,
    /// Where its text is in the body.
    pub range: Range<usize>,
    /// Its text, words and inline codes.
    pub pieces: Vec<Piece>,
}

/// The segments of `body` in order.
pub fn segments(body: &str) -> Vec<Segment> {
    let mut found = Vec::new();
    let mut leaf: Option<Leaf> = None;
    let mut skip_depth = 0usize;
    for (event, range) in Parser::new_ext(body, OPTIONS).into_offset_iter() {
        if skip_depth > 0 {
            match event {
                Event::Start(_) => skip_depth += 1,
                Event::End(_) => skip_depth -= 1,
                _ => {}
            }
            if skip_depth > 0 || leaf.is_none() {
                continue;
            }
            // The end of an image or autolink inside a leaf: its whole text is one code.
            if let Some(leaf) = leaf.as_mut() {
                leaf.placeholder(body, range);
            }
            continue;
        }
        match event {
            Event::Start(Tag::Paragraph) => {
                finish(&mut leaf, &mut found);
                leaf = Some(Leaf::new("p"));
            }
            Event::Start(Tag::Heading { level, .. }) => {
                finish(&mut leaf, &mut found);
                leaf = Some(Leaf::new(HEADINGS[level as usize - 1]));
            }
            Event::Start(Tag::TableCell) => {
                finish(&mut leaf, &mut found);
                leaf = Some(Leaf::new("td"));
            }
            Event::Start(Tag::Item) => {
                finish(&mut leaf, &mut found);
                leaf = Some(Leaf::new("li"));
            }
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => {
                finish(&mut leaf, &mut found);
                skip_depth = 1;
            }
            Event::Start(Tag::Image { .. })
            | Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) if leaf.is_some() => skip_depth = 1,
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. }) => {
                if let Some(leaf) = leaf.as_mut() {
                    leaf.open(body, range);
                }
            }
            Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => {
                if let Some(leaf) = leaf.as_mut() {
                    leaf.close(body, range);
                }
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item,
            ) => finish(&mut leaf, &mut found),
            Event::Start(_) | Event::End(_) => finish(&mut leaf, &mut found),
            Event::Text(_) => {
                if let Some(leaf) = leaf.as_mut() {
                    leaf.text(body, range);
                }
            }
            Event::SoftBreak => {
                if let Some(leaf) = leaf.as_mut() {
                    leaf.soft_break(range);
                }
            }
            Event::Code(_)
            | Event::InlineHtml(_)
            | Event::Html(_)
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {
                if let Some(leaf) = leaf.as_mut() {
                    leaf.placeholder(body, range);
                }
            }
            Event::TaskListMarker(_) | Event::Rule => {}
        }
    }
    finish(&mut leaf, &mut found);
    found
}

/// The kinds of the six heading levels.
const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

/// A segment being collected.
struct Leaf {
    kind: &'static str,
    start: Option<usize>,
    cursor: usize,
    pieces: Vec<Piece>,
    open: Vec<(u32, usize)>,
    pending_open: Option<(u32, usize)>,
    next_id: u32,
}

impl Leaf {
    fn new(kind: &'static str) -> Self {
        Leaf {
            kind,
            start: None,
            cursor: 0,
            pieces: Vec::new(),
            open: Vec::new(),
            pending_open: None,
            next_id: 1,
        }
    }

    /// Marks that something of the segment begins at `at`: closes a pending opening code
    /// there and takes what lies between the last event and `at` as words.
    fn reach(&mut self, body: &str, at: usize) {
        if self.start.is_none() {
            self.start = Some(at);
            self.cursor = at;
        }
        if let Some((id, from)) = self.pending_open.take() {
            self.pieces.push(Piece::Open {
                id,
                code: body[from..at].to_string(),
            });
            self.cursor = at;
        }
        if at > self.cursor {
            let gap = &body[self.cursor..at];
            // After a line break, the next line's indentation and quote marks are structure.
            if !gap.chars().all(|c| c.is_whitespace() || c == '>') {
                push_text(&mut self.pieces, gap);
            }
        }
        self.cursor = self.cursor.max(at);
    }

    fn text(&mut self, body: &str, range: Range<usize>) {
        self.reach(body, range.start);
        push_text(&mut self.pieces, &body[range.clone()]);
        self.cursor = range.end;
    }

    fn soft_break(&mut self, range: Range<usize>) {
        if self.start.is_some() && self.pending_open.is_none() {
            push_text(&mut self.pieces, " ");
            self.cursor = range.end;
        }
    }

    fn placeholder(&mut self, body: &str, range: Range<usize>) {
        self.reach(body, range.start);
        let id = self.take_id();
        self.pieces.push(Piece::Placeholder {
            id,
            code: body[range.clone()].to_string(),
        });
        self.cursor = range.end;
    }

    fn open(&mut self, body: &str, range: Range<usize>) {
        self.reach(body, range.start);
        let id = self.take_id();
        self.pending_open = Some((id, range.start));
        self.open.push((id, range.end));
    }

    fn close(&mut self, body: &str, range: Range<usize>) {
        let Some((id, end)) = self.open.pop() else {
            return;
        };
        if let Some((open_id, from)) = self.pending_open.take() {
            // Nothing inside (`[](url)`): the whole construct is one code.
            debug_assert_eq!(open_id, id);
            self.pieces.push(Piece::Placeholder {
                id,
                code: body[from..end.max(range.end)].to_string(),
            });
        } else {
            self.pieces.push(Piece::Close {
                id,
                code: body[self.cursor..end.max(range.end)].to_string(),
            });
        }
        self.cursor = end.max(range.end);
    }

    fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }
}

/// Ends the segment being collected, keeping it if it has words.
fn finish(leaf: &mut Option<Leaf>, found: &mut Vec<Segment>) {
    let Some(mut done) = leaf.take() else {
        return;
    };
    let Some(start) = done.start else {
        return;
    };
    while let Some(last) = done.pieces.last() {
        match last {
            Piece::Text(text) if text.trim().is_empty() => {
                done.pieces.pop();
            }
            _ => break,
        }
    }
    if let Some(Piece::Text(text)) = done.pieces.last_mut() {
        let kept = text.trim_end().len();
        done.cursor -= text.len() - kept;
        text.truncate(kept);
    }
    if done
        .pieces
        .iter()
        .all(|p| !matches!(p, Piece::Text(t) if !t.trim().is_empty()))
    {
        return;
    }
    found.push(Segment {
        kind: done.kind,
        range: start..done.cursor,
        pieces: done.pieces,
    });
}

/// Appends words, joining them to the words before.
fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else {
        pieces.push(Piece::Text(text.to_string()));
    }
}

/// Whether two bodies have the same blocks in the same order.
pub fn same_structure(a: &[Segment], b: &[Segment]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.kind == y.kind)
}

/// `body` with each segment's range replaced by the text of the pieces given for it.
/// `replacements` holds, per segment of `segments`, the pieces to write or `None` to keep.
pub fn replace(body: &str, segments: &[Segment], replacements: &[Option<String>]) -> String {
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    for (segment, replacement) in segments.iter().zip(replacements) {
        let Some(text) = replacement else {
            continue;
        };
        out.push_str(&body[at..segment.range.start]);
        out.push_str(text);
        at = segment.range.end;
    }
    out.push_str(&body[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xliff::text_of;

    fn kinds_and_texts(body: &str) -> Vec<(&'static str, String)> {
        segments(body)
            .into_iter()
            .map(|s| (s.kind, text_of(&s.pieces)))
            .collect()
    }

    #[test]
    fn blocks_become_segments_and_structure_stays_out() {
        let body = "# Title {#top}\n\nOne *two*\nthree.\n\n- item [link](@/a.md)\n- `code` item\n\n| A | B |\n|---|---|\n| c | d |\n\n```\nnot text\n```\n";
        assert_eq!(
            kinds_and_texts(body),
            vec![
                ("h1", "Title".to_string()),
                ("p", "One *two* three.".to_string()),
                ("li", "item [link](@/a.md)".to_string()),
                ("li", "`code` item".to_string()),
                ("td", "A".to_string()),
                ("td", "B".to_string()),
                ("td", "c".to_string()),
                ("td", "d".to_string()),
            ]
        );
    }

    #[test]
    fn inline_markdown_becomes_codes_around_words() {
        let segment = &segments("See [the **office**](tel:+49361) or <https://x.de>.\n")[0];
        assert_eq!(
            segment.pieces,
            vec![
                Piece::Text("See ".into()),
                Piece::Open {
                    id: 1,
                    code: "[".into()
                },
                Piece::Text("the ".into()),
                Piece::Open {
                    id: 2,
                    code: "**".into()
                },
                Piece::Text("office".into()),
                Piece::Close {
                    id: 2,
                    code: "**".into()
                },
                Piece::Close {
                    id: 1,
                    code: "](tel:+49361)".into()
                },
                Piece::Text(" or ".into()),
                Piece::Placeholder {
                    id: 3,
                    code: "<https://x.de>".into()
                },
                Piece::Text(".".into()),
            ]
        );
    }

    #[test]
    fn replacing_every_segment_with_its_own_text_keeps_the_body() {
        let body = "Intro\nwith a break.\n\n## Head\n\n1. first\n2. second\n   continued\n";
        let found = segments(body);
        let same: Vec<Option<String>> = found
            .iter()
            .map(|s| Some(body[s.range.clone()].to_string()))
            .collect();
        assert_eq!(replace(body, &found, &same), body);
        let new: Vec<Option<String>> = found.iter().map(|s| Some(s.kind.to_uppercase())).collect();
        assert_eq!(replace(body, &found, &new), "P\n\n## H2\n\n1. LI\n2. LI\n");
    }

    #[test]
    fn escapes_stay_with_the_words() {
        let segment = &segments("Price \\*not\\* bold\n")[0];
        assert_eq!(text_of(&segment.pieces), "Price \\*not\\* bold");
    }
}
