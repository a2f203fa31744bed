//! The text of a page's `<main>` element as pagefind reads it (its `fossick` parser): without
//! `nav`, `form`, `footer`, `script`, … and what is marked `data-pagefind-ignore`; a block
//! element ends a sentence; headings weigh more (`h1` 7 … `h6` 2, `data-pagefind-weight`
//! overrides) and elements with an `id` are anchors, both written into the text as markers
//! that the reader of its words takes out again; the first `h1` is the title, the first image
//! after it the image.

use super::words;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use std::collections::{BTreeMap, HashMap};

/// Elements whose text is not indexed (pagefind's default exclusions).
const REMOVED: [&str; 11] = [
    "head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe",
    "template",
];
/// Elements whose text reads as a sentence of its own.
const SENTENCES: [&str; 13] = [
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section",
];
/// Inline elements, which belong to the anchor of the element they are in.
const INLINE: [&str; 33] = [
    "a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code", "dfn", "em", "i",
    "img", "input", "kbd", "label", "map", "object", "output", "q", "samp", "script", "select",
    "small", "span", "strong", "sub", "sup", "textarea", "time", "tt", "var",
];
/// Elements without an end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// The markers in the text: an anchor, a weight (given, automatic) and its end.
pub(super) const ANCHOR: &str = "___PAGEFIND_ANCHOR___";
pub(super) const WEIGHT: &str = "___PAGEFIND_WEIGHT___";
pub(super) const AUTO_WEIGHT: &str = "___PAGEFIND_AUTO_WEIGHT___";
pub(super) const END_WEIGHT: &str = "___END_PAGEFIND_WEIGHT___";

/// How an element's text counts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Indexing,
    Ignored,
    Excluded,
}

/// An element being read: its text so far (with markers for weights and anchors).
struct Node {
    tag: String,
    status: Status,
    weight: Option<String>,
    anchors: Vec<String>,
    text: String,
}

/// What reading the HTML gives: the text with markers, meta fields and anchor texts.
#[derive(Default)]
pub(super) struct Digest {
    /// The text, with markers.
    pub text: String,
    /// The meta fields: `title`, `image`, `image_alt`.
    pub meta: BTreeMap<String, String>,
    /// The text of each anchor (`<n>:<id>`).
    pub anchor_texts: HashMap<String, String>,
}

/// Reads `html` into its digest.
pub(super) fn digest(html: &str) -> Digest {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut digest = Digest::default();
    let mut root = Node::new(String::new(), Status::Indexing, None, Vec::new());
    let mut open: Vec<Node> = Vec::new();
    let mut anchors = 0;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                let attribute = |key: &str| {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|v| String::from_utf8_lossy(v).into_owned())
                };
                let parent = open.last_mut().unwrap_or(&mut root);
                let explicit = attribute("data-pagefind-ignore").map(|v| {
                    match v.to_ascii_lowercase().as_str() {
                        "" | "index" | "true" => Status::Ignored,
                        _ => Status::Excluded,
                    }
                });
                let mut status = explicit.unwrap_or(Status::Indexing);
                let mut own_anchors = if INLINE.contains(&name.as_str()) {
                    parent.anchors.clone()
                } else {
                    Vec::new()
                };
                if status == Status::Indexing
                    && let Some(id) = attribute("id")
                {
                    let id: String = id.chars().filter(|c| !c.is_whitespace()).collect();
                    parent
                        .text
                        .push_str(&format!(" {ANCHOR}{name}:{anchors}:{id} "));
                    own_anchors.push(format!("{anchors}:{id}"));
                    anchors += 1;
                }
                if name == "br" {
                    parent.text.push(' ');
                }
                if parent.status == Status::Excluded {
                    status = Status::Excluded;
                }
                if REMOVED.contains(&name.as_str()) {
                    status = Status::Ignored;
                }
                let node = Node::new(name, status, attribute("data-pagefind-weight"), own_anchors);
                if tag.self_closing || VOID.contains(&node.tag.as_str()) {
                    if node.status != Status::Excluded && node.tag == "img" {
                        image(&mut digest.meta, attribute("src"), attribute("alt"));
                    }
                } else {
                    open.push(node);
                }
            }
            Token::EndTag(tag) => {
                let Some(at) = open.iter().rposition(|n| n.tag.as_bytes() == &tag.name[..]) else {
                    continue;
                };
                while open.len() > at
                    && let Some(node) = open.pop()
                {
                    let parent = open.last_mut().unwrap_or(&mut root);
                    end(node, parent, &mut digest);
                }
            }
            Token::String(text) => {
                let text = String::from_utf8_lossy(&text);
                let node = open.last_mut().unwrap_or(&mut root);
                node.text.push_str(&text);
                if node.status == Status::Indexing {
                    for anchor in &node.anchors {
                        digest
                            .anchor_texts
                            .entry(anchor.clone())
                            .or_default()
                            .push_str(&text);
                    }
                }
            }
            _ => {}
        }
    }
    while let Some(node) = open.pop() {
        let parent = open.last_mut().unwrap_or(&mut root);
        if node.status == Status::Indexing {
            parent.text.push_str(&node.text);
        }
    }
    if let Some(title) = digest.meta.remove("auto_title") {
        digest.meta.entry("title".to_string()).or_insert(title);
    }
    for value in digest.meta.values_mut() {
        *value = without_markers(value);
    }
    digest.text = root.text;
    digest
}

impl Node {
    fn new(tag: String, status: Status, weight: Option<String>, anchors: Vec<String>) -> Self {
        Node {
            tag,
            status,
            weight,
            anchors,
            text: String::new(),
        }
    }
}

/// The first image after the title becomes the page's `image` (and `image_alt`).
fn image(meta: &mut BTreeMap<String, String>, src: Option<String>, alt: Option<String>) {
    if meta.contains_key("image") || !meta.contains_key("auto_title") {
        return;
    }
    if let Some(src) = src {
        meta.insert("image".to_string(), normalize(&src));
        meta.insert("image_alt".to_string(), normalize(&alt.unwrap_or_default()));
    }
}

/// Ends `node`: its text goes into `parent`'s, as a sentence and weighted as it should be.
fn end(mut node: Node, parent: &mut Node, digest: &mut Digest) {
    if node.status == Status::Excluded {
        return;
    }
    if node.tag == "h1" && !digest.meta.contains_key("auto_title") && !node.text.trim().is_empty() {
        digest
            .meta
            .insert("auto_title".to_string(), normalize(&node.text));
    }
    if node.status == Status::Ignored {
        return;
    }
    if SENTENCES.contains(&node.tag.as_str()) {
        node.text.insert(0, ' ');
        if node.text.chars().last().is_some_and(ends_sentence) {
            node.text.push('.');
        }
        node.text.push(' ');
    }
    let auto = match node.tag.as_str() {
        "h1" => Some("7"),
        "h2" => Some("6"),
        "h3" => Some("5"),
        "h4" => Some("4"),
        "h5" => Some("3"),
        "h6" => Some("2"),
        _ => None,
    };
    if let Some(weight) = &node.weight {
        parent.text.push_str(&format!(" {WEIGHT}{weight} "));
        parent.text.push_str(&node.text);
        parent.text.push_str(&format!(" {END_WEIGHT} "));
    } else if let Some(weight) = auto {
        parent.text.push_str(&format!(" {AUTO_WEIGHT}{weight} "));
        parent.text.push_str(&node.text);
        parent.text.push_str(&format!(" {END_WEIGHT} "));
    } else {
        parent.text.push_str(&node.text);
    }
}

/// Whether a block ending in `c` needs a full stop after it (pagefind's `[\w'")$*]`).
fn ends_sentence(c: char) -> bool {
    c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
        || words::WORD_SYMBOLS.contains(&c)
        || matches!(c, '\'' | '"' | ')' | '$' | '*' | '\u{200C}' | '\u{200D}')
}

/// `text` trimmed, a run of line breaks or of two or more spaces made one space.
pub(super) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.trim().chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            let lone = run.chars().count() == 1 && run != "\n";
            out.push_str(if lone { &run } else { " " });
            run.clear();
        }
        out.push(c);
    }
    out
}

/// `value` without pagefind's markers (`___PAGEFIND_…` and one space after it).
fn without_markers(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find("___PAGEFIND_") {
        out.push_str(&rest[..at]);
        let marker = &rest[at + "___PAGEFIND_".len()..];
        let end = marker.find(char::is_whitespace).unwrap_or(marker.len());
        if end == 0 {
            out.push_str("___PAGEFIND_");
            rest = marker;
            continue;
        }
        let mut after = &marker[end..];
        if let Some(space) = after.chars().next() {
            after = &after[space.len_utf8()..];
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_taken_out_of_meta() {
        assert_eq!(without_markers("A ___PAGEFIND_ANCHOR___h2:0:x B"), "A B");
        assert_eq!(without_markers("plain"), "plain");
    }

    #[test]
    fn text_is_normalized_as_pagefind_does() {
        assert_eq!(normalize("  a\n\nb  c\td "), "a b c\td");
    }

    #[test]
    fn elements_left_open_end_with_the_element_that_closes_them() {
        let read = digest("<main><div><p>Eins <b>zwei</div><p>drei <h1>Titel</main>");
        let words: Vec<&str> = read
            .text
            .split_whitespace()
            .filter(|w| !w.starts_with("___"))
            .collect();
        assert_eq!(words, ["Eins", "zwei.", "drei", "Titel."]);
        assert_eq!(read.meta["title"], "Titel");
    }
}
