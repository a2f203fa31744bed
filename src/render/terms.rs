//! Glossary links in a page's text: the first occurrence of each glossary term (the German
//! term or one of its forms, or in a translation the approved rendering) links to its entry on
//! the glossary page; a German term in a page of another language carries the default
//! language's `lang`, so screen readers read it right. Never inside headings, links, images or
//! code, and not where the page or the occurrence opts out.

use crate::link::glossary::{Kind, Matcher};
use crate::load::glossary::Entry;
use crate::render::escape::xml as escape;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd, TextMergeStream};
use std::collections::BTreeSet;

/// Inline HTML that leaves the term inside unlinked: `<span data-glossary="off">…</span>`.
const OFF: &str = "data-glossary=\"off\"";

/// Whether terms are switched off after the inline HTML `html`, given whether they were
/// before: `<span data-glossary="off">` switches them off, the next `</span>` on again.
pub fn off_after(html: &str, off: bool) -> bool {
    if html.contains(OFF) {
        true
    } else if off && html.starts_with("</span") {
        false
    } else {
        off
    }
}

/// What links the terms of one page.
pub struct TermLinks<'a> {
    entries: &'a [Entry],
    matcher: &'a Matcher,
    /// URL path of the glossary page in the page's language.
    url: String,
    /// On a page in another language than the default: the default language's code.
    german: Option<&'a str>,
    /// The entries linked so far, by position.
    linked: BTreeSet<usize>,
}

impl<'a> TermLinks<'a> {
    /// Links for a page whose glossary page is at `url`; `german` is the default language's
    /// code on pages in another language.
    pub fn new(
        entries: &'a [Entry],
        matcher: &'a Matcher,
        url: String,
        german: Option<&'a str>,
    ) -> Self {
        TermLinks {
            entries,
            matcher,
            url,
            german,
            linked: BTreeSet::new(),
        }
    }

    /// `events` with the first occurrence of each term linked.
    pub fn link<'e>(&mut self, events: Vec<Event<'e>>) -> Vec<Event<'e>> {
        let mut out = Vec::with_capacity(events.len());
        // Markdown splits text at characters it might have used; a term may span the pieces.
        let events = TextMergeStream::new(events.into_iter());
        // Inside a heading, link, image or code block, or an opted-out span: no links.
        let mut closed = 0usize;
        let mut off = false;
        for event in events {
            match &event {
                Event::Start(
                    Tag::Heading { .. } | Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_),
                ) => closed += 1,
                Event::End(
                    TagEnd::Heading(_) | TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock,
                ) => closed = closed.saturating_sub(1),
                Event::InlineHtml(html) => off = off_after(html, off),
                Event::Text(text) if closed == 0 && !off => {
                    self.split(text, &mut out);
                    continue;
                }
                _ => {}
            }
            out.push(event);
        }
        out
    }

    /// `text` as text events with links around the first occurrences of terms.
    fn split<'e>(&mut self, text: &str, out: &mut Vec<Event<'e>>) {
        let mut at = 0;
        for found in self.matcher.find(text) {
            if found.kind == Kind::Avoid || !self.linked.insert(found.entry) {
                continue;
            }
            let entry = &self.entries[found.entry];
            let lang = match (found.kind, self.german) {
                (Kind::German, Some(code)) => format!(" lang=\"{code}\""),
                _ => String::new(),
            };
            out.push(Event::Text(CowStr::from(text[at..found.start].to_string())));
            out.push(Event::InlineHtml(CowStr::from(format!(
                "<a class=\"term\" href=\"{}#{}\"{lang}>",
                escape(&self.url),
                escape(&entry.id)
            ))));
            out.push(Event::Text(CowStr::from(
                text[found.start..found.end].to_string(),
            )));
            out.push(Event::InlineHtml(CowStr::from("</a>")));
            at = found.end;
        }
        out.push(Event::Text(CowStr::from(text[at..].to_string())));
    }
}
