//! The full scan: html5gum with a lean emitter that keeps tag names, the attributes that can
//! load something and the text of `<style>`, and follows the tree builder's switches into raw
//! text and into SVG and MathML.

use std::borrow::Cow;
use std::collections::HashMap;
use std::convert::Infallible;

use html5gum::{Emitter, Error, State, Tokenizer};
use url::Url;

use super::report::Sink;
use super::rules::*;

/// Scans one document with the tokenizer. With scripting on (as most readers browse)
/// `<noscript>` is raw text; without it, its content is markup. If there is a `<noscript>`, the
/// document is tokenized both ways and what only the second way finds is added.
pub(super) fn scan_document(html: &str, base: Option<Url>) -> Vec<Load> {
    let (mut loads, noscript) = tokenize(html, base.clone(), true);
    if !noscript {
        return loads;
    }
    let (without_scripting, _) = tokenize(html, base, false);
    let mut seen: HashMap<&Load, usize> = HashMap::new();
    for load in &loads {
        *seen.entry(load).or_default() += 1;
    }
    let extra: Vec<Load> = without_scripting
        .into_iter()
        .filter(|load| match seen.get_mut(load) {
            Some(count) if *count > 0 => {
                *count -= 1;
                false
            }
            _ => true,
        })
        .collect();
    loads.extend(extra);
    loads
}

/// Tokenizes `html` and returns its loads and whether it has a `<noscript>` element.
pub(super) fn tokenize(html: &str, base: Option<Url>, scripting: bool) -> (Vec<Load>, bool) {
    let mut scan = Scan {
        sink: Sink::new(base),
        scripting,
        noscript: false,
        tag: Tag::default(),
        last_start_tag: Vec::new(),
        namespaces: vec![Namespace::Html],
        css: None,
    };
    let Ok(()) = Tokenizer::new_with_emitter(html, &mut scan).finish();
    (scan.sink.loads, scan.noscript)
}

/// The namespace the tree builder would put new elements in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Namespace {
    Html,
    Svg,
    MathMl,
}

/// The tag being tokenized: its name and its attributes, names and values each in one buffer
/// (values only of the attributes that matter).
#[derive(Default)]
pub(super) struct Tag {
    name: Vec<u8>,
    end: bool,
    self_closing: bool,
    names: Vec<u8>,
    values: Vec<u8>,
    /// Where each attribute's name and value start in `names` and `values`.
    starts: Vec<(usize, usize)>,
    /// Whether the value being read is kept: decided at its first part, when the attribute's
    /// name is complete.
    keep_value: Option<bool>,
}

impl Tag {
    fn clear(&mut self, end: bool) {
        self.name.clear();
        self.end = end;
        self.self_closing = false;
        self.names.clear();
        self.values.clear();
        self.starts.clear();
    }

    fn attributes(&self) -> impl Iterator<Item = (&[u8], &[u8])> {
        self.starts.iter().enumerate().map(|(i, &(name, value))| {
            let (name_end, value_end) = self
                .starts
                .get(i + 1)
                .copied()
                .unwrap_or((self.names.len(), self.values.len()));
            (&self.names[name..name_end], &self.values[value..value_end])
        })
    }

    /// The values of the attributes called `name` (duplicates included: reading them all
    /// can only report more).
    fn values<'t>(&'t self, name: &'t [u8]) -> impl Iterator<Item = Cow<'t, str>> {
        self.attributes()
            .filter(move |(key, _)| *key == name)
            .map(|(_, value)| String::from_utf8_lossy(value))
    }
}

/// Start tags that end SVG or MathML content (the tree builder's "breakout" list).
pub(super) const BREAKOUT: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
];

/// The emitter for [`html5gum`]: it keeps tag names and the attributes that matter (text,
/// comments and doctypes are dropped, except the text of `<style>` elements), follows the
/// tree builder's switches into raw text (`<script>`, `<style>`, `<textarea>`, …) and into SVG
/// and MathML (where `<style>` is markup and `<![CDATA[` opens a section), and checks every
/// start tag.
pub(super) struct Scan {
    sink: Sink,
    scripting: bool,
    /// Whether a `<noscript>` start tag was seen.
    noscript: bool,
    tag: Tag,
    last_start_tag: Vec<u8>,
    namespaces: Vec<Namespace>,
    /// The text of the `<style>` element being read.
    css: Option<Vec<u8>>,
}

impl Scan {
    fn namespace(&self) -> Namespace {
        self.namespaces.last().copied().unwrap_or(Namespace::Html)
    }

    /// Checks the current start tag's attributes and returns the tokenizer state it switches
    /// to.
    fn start_tag(&mut self) -> Option<State> {
        self.last_start_tag.clone_from(&self.tag.name);
        self.check_attributes();
        let name = self.tag.name.as_slice();
        if self.namespace() != Namespace::Html
            && (BREAKOUT.contains(&name)
                || name == b"font"
                    && self
                        .tag
                        .attributes()
                        .any(|(key, _)| matches!(key, b"color" | b"face" | b"size")))
        {
            while self.namespaces.len() > 1 && self.namespace() != Namespace::Html {
                self.namespaces.pop();
            }
        }
        let open = !self.tag.self_closing;
        let namespace = match (self.namespace(), name) {
            (Namespace::Html, _) => return self.html_start_tag(),
            (_, b"svg") => Namespace::Svg,
            (_, b"math") => Namespace::MathMl,
            (Namespace::Svg, b"foreignobject" | b"desc" | b"title")
            | (Namespace::MathMl, b"mi" | b"mo" | b"mn" | b"ms" | b"mtext") => Namespace::Html,
            (Namespace::MathMl, b"annotation-xml")
                if self.tag.values(b"encoding").any(|e| {
                    e.eq_ignore_ascii_case("text/html")
                        || e.eq_ignore_ascii_case("application/xhtml+xml")
                }) =>
            {
                Namespace::Html
            }
            (_, b"style") => {
                if open {
                    self.css.get_or_insert_with(Vec::new);
                }
                return None;
            }
            _ => return None,
        };
        if open {
            self.namespaces.push(namespace);
        }
        None
    }

    /// The state switch for a start tag in HTML content.
    fn html_start_tag(&mut self) -> Option<State> {
        let open = !self.tag.self_closing;
        match self.tag.name.as_slice() {
            b"svg" if open => self.namespaces.push(Namespace::Svg),
            b"math" if open => self.namespaces.push(Namespace::MathMl),
            b"style" => {
                self.css.get_or_insert_with(Vec::new);
                return Some(State::RawText);
            }
            b"noscript" => {
                self.noscript = true;
                return self.scripting.then_some(State::RawText);
            }
            b"script" => return Some(State::ScriptData),
            b"textarea" | b"title" => return Some(State::RcData),
            b"plaintext" => return Some(State::PlainText),
            b"iframe" | b"xmp" | b"noembed" | b"noframes" => return Some(State::RawText),
            _ => {}
        }
        None
    }

    fn end_tag(&mut self) {
        if self.tag.name == b"style" {
            self.flush_css();
        }
        let name = self.tag.name.as_slice();
        let depth = self.namespaces.len();
        let leaves = match self.namespace() {
            Namespace::Html => match depth.checked_sub(2).map(|i| self.namespaces[i]) {
                Some(Namespace::Svg) => matches!(name, b"foreignobject" | b"desc" | b"title"),
                Some(Namespace::MathMl) => matches!(
                    name,
                    b"mi" | b"mo" | b"mn" | b"ms" | b"mtext" | b"annotation-xml"
                ),
                _ => false,
            },
            Namespace::Svg => matches!(name, b"svg" | b"p" | b"br"),
            Namespace::MathMl => matches!(name, b"math" | b"p" | b"br"),
        };
        if leaves && depth > 1 {
            self.namespaces.pop();
        }
    }

    fn flush_css(&mut self) {
        if let Some(css) = self.css.take() {
            self.sink
                .check_css(b"style", &String::from_utf8_lossy(&css));
        }
    }

    /// Reports what the current start tag's attributes load.
    fn check_attributes(&mut self) {
        let tag = &self.tag;
        let element = tag.name.as_slice();
        let fetching_link = element == b"link" && tag.values(b"rel").any(|rel| fetches(&rel));
        let refresh = element == b"meta" && tag.values(b"http-equiv").any(|v| is_refresh(&v));
        for (key, value) in tag.attributes() {
            if let Some(how) = attribute_use(element, key, fetching_link, refresh) {
                self.sink
                    .apply(element, how, &String::from_utf8_lossy(value));
            }
        }
    }
}

impl Emitter for &mut Scan {
    type Token = Infallible;

    fn set_last_start_tag(&mut self, last_start_tag: Option<&[u8]>) {
        self.last_start_tag.clear();
        self.last_start_tag
            .extend_from_slice(last_start_tag.unwrap_or_default());
    }

    fn emit_eof(&mut self) {
        self.flush_css();
    }

    fn emit_error(&mut self, _: Error) {}

    fn should_emit_errors(&mut self) -> bool {
        false
    }

    fn pop_token(&mut self) -> Option<Infallible> {
        None
    }

    fn emit_string(&mut self, s: &[u8]) {
        if let Some(css) = &mut self.css {
            css.extend_from_slice(s);
        }
    }

    fn init_start_tag(&mut self) {
        self.tag.clear(false);
    }

    fn init_end_tag(&mut self) {
        self.tag.clear(true);
    }

    fn init_comment(&mut self) {}

    fn emit_current_tag(&mut self) -> Option<State> {
        if self.tag.end {
            self.end_tag();
            None
        } else {
            self.start_tag()
        }
    }

    fn emit_current_comment(&mut self) {}

    fn emit_current_doctype(&mut self) {}

    fn set_self_closing(&mut self) {
        self.tag.self_closing = !self.tag.end;
    }

    fn set_force_quirks(&mut self) {}

    fn push_tag_name(&mut self, s: &[u8]) {
        self.tag.name.extend_from_slice(s);
    }

    fn push_comment(&mut self, _: &[u8]) {}

    fn push_doctype_name(&mut self, _: &[u8]) {}

    fn init_doctype(&mut self) {}

    fn init_attribute(&mut self) {
        let starts = (self.tag.names.len(), self.tag.values.len());
        self.tag.starts.push(starts);
        self.tag.keep_value = None;
    }

    fn push_attribute_name(&mut self, s: &[u8]) {
        self.tag.names.extend_from_slice(s);
    }

    fn push_attribute_value(&mut self, s: &[u8]) {
        let tag = &mut self.tag;
        let keep = *tag.keep_value.get_or_insert_with(|| {
            let name_start = tag.starts.last().map_or(0, |&(name, _)| name);
            let key = &tag.names[name_start..];
            DECIDING.contains(&key) || attribute_use(&tag.name, key, true, true).is_some()
        });
        if keep {
            tag.values.extend_from_slice(s);
        }
    }

    fn set_doctype_public_identifier(&mut self, _: &[u8]) {}

    fn set_doctype_system_identifier(&mut self, _: &[u8]) {}

    fn push_doctype_public_identifier(&mut self, _: &[u8]) {}

    fn push_doctype_system_identifier(&mut self, _: &[u8]) {}

    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        self.tag.end && !self.last_start_tag.is_empty() && self.tag.name == self.last_start_tag
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&mut self) -> bool {
        self.namespace() != Namespace::Html
    }
}
