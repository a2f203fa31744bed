//! A Markdown text block by block: its top-level blocks (paragraphs, headings, lists, tables …)
//! found in its events and written as HTML one by one, to set a text beside its translation.

use pulldown_cmark::{Event, Tag};

/// How deep a stream of events is in the block that holds it.
#[derive(Debug, Default)]
pub struct TopLevel {
    depth: usize,
}

impl TopLevel {
    /// Takes the next event; whether it starts a top-level block.
    pub fn starts_block(&mut self, event: &Event) -> bool {
        match event {
            Event::Start(_) => {
                self.depth += 1;
                self.depth == 1
            }
            Event::End(_) => {
                self.depth = self.depth.saturating_sub(1);
                false
            }
            Event::Rule | Event::Html(_) => self.depth == 0,
            _ => false,
        }
    }
}

/// The HTML of `events` block by block (`blocks`: the index of each block's first event),
/// without heading ids.
pub fn write<'a>(events: impl Iterator<Item = Event<'a>>, blocks: &[usize]) -> Vec<String> {
    // One HTML writer for all blocks (footnotes are numbered across them): the events are
    // counted as it takes them, and what it writes goes to the block of the last event taken.
    let taken = std::cell::Cell::new(0);
    let mut parts = Parts {
        html: Vec::with_capacity(blocks.len()),
        blocks,
        taken: &taken,
    };
    let events = events.map(|event| {
        taken.set(taken.get() + 1);
        match event {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => Event::Start(Tag::Heading {
                level,
                id: None,
                classes,
                attrs,
            }),
            other => other,
        }
    });
    // Writing into strings cannot fail.
    let _ = pulldown_cmark::html::write_html_fmt(&mut parts, events);
    let mut html = parts.html;
    html.resize(blocks.len(), String::new());
    html
}

/// The HTML of [`write`] as it is written, block by block.
struct Parts<'a> {
    html: Vec<String>,
    /// The index of each block's first event.
    blocks: &'a [usize],
    /// How many events the writer has taken.
    taken: &'a std::cell::Cell<usize>,
}

impl std::fmt::Write for Parts<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let event = self.taken.get().saturating_sub(1);
        while self.html.is_empty()
            || self
                .blocks
                .get(self.html.len())
                .is_some_and(|&b| b <= event)
        {
            self.html.push(String::new());
        }
        if let Some(part) = self.html.last_mut() {
            // The line break the writer puts before a block belongs to the one before.
            part.push_str(if part.is_empty() {
                s.trim_start_matches('\n')
            } else {
                s
            });
        }
        Ok(())
    }
}
