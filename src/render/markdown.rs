//! Markdown to HTML (pulldown-cmark), whole or block by block: tables, footnotes,
//! strikethrough, task lists, unique Unicode heading ids, and internal links written
//! `@/section/page.md#anchor`.

use crate::link::glossary::{Found, Matcher};
use crate::load::content::INTERNAL_PREFIX;
use crate::render::blocks;
use crate::render::terms::{self, TermLinks};
use crate::slug;
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

/// The Markdown extensions wegweiser turns on.
pub(crate) const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

/// How the Markdown of a site is turned into HTML: its `escape_html` and `heading_ids`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Whether raw HTML is escaped instead of passed through.
    pub escape_html: bool,
    /// How heading ids are made.
    pub heading_ids: slug::HeadingIds,
}

impl Style {
    /// The style `config` asks for.
    pub fn of(config: &crate::load::config::Config) -> Self {
        Style {
            escape_html: config.escape_html,
            heading_ids: config.heading_ids,
        }
    }
}

/// The URL an internal link resolves to, or the message and hint saying why it does not.
pub type Resolution = Result<String, (String, String)>;

/// A heading of the rendered page, for tables of contents and anchor checks.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The `id` attribute, unique in the page.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// The HTML of a Markdown body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The body as HTML.
    pub html: String,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Internal link targets (after `@/`) with their byte offset in the body.
    pub internal_links: Vec<(usize, String)>,
    /// Site-absolute link targets (`/de/…`) with their byte offset in the body.
    pub absolute_links: Vec<(usize, String)>,
}

/// An internal link that could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    /// Byte offset of the link in the Markdown body.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// Renders `body`. `resolve` maps an internal link target (the part after `@/`, anchor
/// included) to a URL, or says why it cannot. `style` says whether raw HTML is escaped and how heading ids are made.
pub fn render(
    body: &str,
    style: Style,
    resolve: &mut dyn FnMut(&str) -> Resolution,
    terms: Option<&mut TermLinks>,
) -> (Rendered, Vec<LinkError>) {
    write(parse(body, style, resolve), terms)
}

/// The top-level blocks of `body` (paragraphs, headings, lists, tables …) as HTML, one string
/// each, to set a text beside its translation block by block. Rendered as [`render`] renders
/// the whole body, in one pass, but without heading ids: two texts on one page would repeat
/// them.
pub fn render_blocks(
    body: &str,
    style: Style,
    resolve: &mut dyn FnMut(&str) -> Resolution,
) -> Vec<String> {
    let Parsed { events, blocks, .. } = parse(body, style, resolve);
    blocks::write(events.into_iter(), &blocks)
}

/// [`render`] and [`render_blocks`] of `body` from one parse: a translation's page and the
/// blocks of its print version.
pub fn render_with_blocks(
    body: &str,
    style: Style,
    resolve: &mut dyn FnMut(&str) -> Resolution,
    terms: Option<&mut TermLinks>,
) -> (Rendered, Vec<String>, Vec<LinkError>) {
    let parsed = parse(body, style, resolve);
    let blocks = blocks::write(parsed.events.iter().cloned(), &parsed.blocks);
    let (rendered, errors) = write(parsed, terms);
    (rendered, blocks, errors)
}

/// The HTML of `parsed`, its glossary terms linked by `terms`.
fn write(parsed: Parsed, terms: Option<&mut TermLinks>) -> (Rendered, Vec<LinkError>) {
    let Parsed {
        mut events,
        mut rendered,
        errors,
        capacity,
        ..
    } = parsed;
    if let Some(terms) = terms {
        events = terms.link(events);
    }
    rendered.html.reserve(capacity);
    pulldown_cmark::html::push_html(&mut rendered.html, events.into_iter());
    (rendered, errors)
}

/// A body parsed into the events wegweiser writes as HTML, with what rendering saw of it.
struct Parsed<'a> {
    events: Vec<Event<'a>>,
    /// The index in `events` of the first event of each top-level block.
    blocks: Vec<usize>,
    /// All but the HTML.
    rendered: Rendered,
    errors: Vec<LinkError>,
    /// A guess at the length of the HTML.
    capacity: usize,
}

/// Parses `body` as [`render`] describes.
fn parse<'a>(
    body: &'a str,
    style: Style,
    resolve: &mut dyn FnMut(&str) -> Resolution,
) -> Parsed<'a> {
    let mut events: Vec<Event> = Vec::new();
    let mut blocks = Vec::new();
    let mut top = blocks::TopLevel::default();
    let mut errors = Vec::new();
    let mut headings = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut open_heading: Option<(usize, String)> = None;
    let mut internal_links = Vec::new();
    let mut absolute_links = Vec::new();
    // Inside a `tel:` link: its number must not break at a space.
    let mut in_phone_link = false;

    for (event, range) in Parser::new_ext(body, OPTIONS).into_offset_iter() {
        if top.starts_block(&event) {
            blocks.push(events.len());
        }
        let event = match event {
            Event::Start(Tag::Heading { .. }) => {
                open_heading = Some((events.len(), String::new()));
                event
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((start, text)) = open_heading.take()
                    && let Event::Start(Tag::Heading { id, .. }) = &mut events[start]
                {
                    let wanted = id
                        .as_deref()
                        .map_or_else(|| style.heading_ids.id(&text), str::to_string);
                    let unique = unique_id(&wanted, &mut ids);
                    *id = Some(CowStr::from(unique.clone()));
                    headings.push(Heading {
                        level: level as u8,
                        id: unique,
                        text: text.trim().to_string(),
                    });
                }
                event
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                if let Some((_, text)) = &mut open_heading {
                    text.push_str(t);
                }
                match event {
                    Event::Text(t) if in_phone_link => {
                        Event::Text(crate::render::export::unbreakable_phone(&t).into())
                    }
                    other => other,
                }
            }
            Event::Start(Tag::Link { ref dest_url, .. }) if dest_url.starts_with("tel:") => {
                in_phone_link = true;
                event
            }
            Event::End(TagEnd::Link) => {
                in_phone_link = false;
                event
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if dest_url.starts_with(INTERNAL_PREFIX) => {
                let target = &dest_url[INTERNAL_PREFIX.len()..];
                internal_links.push((range.start, target.to_string()));
                let url = resolve(target).unwrap_or_else(|(message, hint)| {
                    errors.push(LinkError {
                        offset: range.start,
                        message,
                        hint,
                    });
                    String::new()
                });
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: url.into(),
                    title,
                    id,
                })
            }
            Event::Start(Tag::Link { ref dest_url, .. })
                if dest_url.starts_with('/') && !dest_url.starts_with("//") =>
            {
                absolute_links.push((range.start, dest_url.to_string()));
                event
            }
            Event::Html(html) | Event::InlineHtml(html) if style.escape_html => Event::Text(html),
            other => other,
        };
        events.push(event);
    }
    Parsed {
        events,
        blocks,
        rendered: Rendered {
            html: String::new(),
            headings,
            internal_links,
            absolute_links,
        },
        errors,
        capacity: body.len() * 3 / 2,
    }
}

/// The byte ranges of the top-level blocks of `body` (paragraphs, headings, lists, tables …),
/// to find a place in a text's translation by its place in the text.
pub fn blocks(body: &str) -> Vec<std::ops::Range<usize>> {
    let mut top = blocks::TopLevel::default();
    Parser::new_ext(body, OPTIONS)
        .into_offset_iter()
        .filter(|(event, _)| top.starts_block(event))
        .map(|(_, range)| range)
        .collect()
}

/// The glossary terms `matcher` finds in the text of `body` — headings, links and tables
/// included; code and `<span data-glossary="off">` left out — with byte offsets into `body`.
pub fn terms(body: &str, matcher: &Matcher) -> Vec<Found> {
    let mut found = Vec::new();
    let mut scan = |range: std::ops::Range<usize>, text: &str, exact: bool| {
        found.extend(matcher.find(text).map(|f| Found {
            start: range.start + if exact { f.start } else { 0 },
            end: range.start + if exact { f.end } else { 0 },
            ..f
        }));
    };
    // Text as written, in runs: Markdown splits text at characters it might have used.
    let mut run: Option<std::ops::Range<usize>> = None;
    let (mut code, mut off) = (false, false);
    for (event, range) in Parser::new_ext(body, OPTIONS).into_offset_iter() {
        match &event {
            Event::Text(text) if !code && !off && body.get(range.clone()) == Some(text) => {
                match &mut run {
                    Some(r) if r.end == range.start => r.end = range.end,
                    _ => {
                        if let Some(r) = run.replace(range) {
                            scan(r.clone(), &body[r], true);
                        }
                    }
                }
                continue;
            }
            Event::Text(text) if !code && !off => scan(range, text, false),
            Event::Start(Tag::CodeBlock(_)) => code = true,
            Event::End(TagEnd::CodeBlock) => code = false,
            Event::InlineHtml(html) => off = terms::off_after(html, off),
            _ => {}
        }
        if let Some(r) = run.take() {
            scan(r.clone(), &body[r], true);
        }
    }
    if let Some(r) = run {
        scan(r.clone(), &body[r], true);
    }
    found
}

/// `wanted`, or `wanted-1`, `wanted-2` … whichever is not taken yet; `section` when empty.
fn unique_id(wanted: &str, taken: &mut HashSet<String>) -> String {
    let base = if wanted.is_empty() { "section" } else { wanted };
    let mut id = base.to_string();
    let mut n = 0;
    while taken.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(body: &str) -> String {
        render(
            body,
            Style::default(),
            &mut |t| Ok(format!("/de/{t}")),
            None,
        )
        .0
        .html
    }

    #[test]
    fn extensions_are_on() {
        let out = html("| a |\n|---|\n| b |\n\n~~x~~ [^1]\n\n- [x] done\n\n[^1]: note\n");
        assert!(out.contains("<table>"), "{out}");
        assert!(out.contains("<del>x</del>"));
        assert!(out.contains("type=\"checkbox\""));
        assert!(out.contains("footnote-definition"));
    }

    #[test]
    fn heading_ids_are_unique_and_unicode() {
        let (r, _) = render(
            "# Kosten\n## Kosten\n## Визнання\n## Eigene {#mine}\n",
            Style::default(),
            &mut |_| Ok(String::new()),
            None,
        );
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["kosten", "kosten-1", "визнання", "mine"]);
        assert!(
            r.html.contains("<h2 id=\"kosten-1\">Kosten</h2>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn internal_links_resolve_or_report_their_offset() {
        let body = "See [a](@/a.md#x).\n\nAnd [b](@/missing.md).\n";
        let (r, errors) = render(
            body,
            Style::default(),
            &mut |t| {
                if t.starts_with("a.md") {
                    Ok("/en/a/#x".to_string())
                } else {
                    Err((format!("no page `{t}`"), "check the path".to_string()))
                }
            },
            None,
        );
        assert!(r.html.contains("<a href=\"/en/a/#x\">a</a>"));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].offset, body.find("[b]").unwrap());
    }

    #[test]
    fn blocks_are_the_top_level_elements() {
        let body = "# Titel\n\nAbsatz eins\nmit Zeile.\n\n- a\n- b\n\n| x |\n|---|\n| 1 |\n";
        let parts: Vec<&str> = blocks(body)
            .into_iter()
            .map(|r| body[r].trim_end())
            .collect();
        assert_eq!(
            parts,
            [
                "# Titel",
                "Absatz eins\nmit Zeile.",
                "- a\n- b",
                "| x |\n|---|\n| 1 |"
            ]
        );
    }

    #[test]
    fn blocks_render_as_the_whole_body_does_without_heading_ids() {
        let body = "# Titel {.x}\n\nSee [a](@/a.md) and [the law][gesetz][^1].\n\n- a\n- b\n\n\
                    <div>raw</div>\n\n---\n\n[gesetz]: https://example.org/\n[^1]: Note.\n";
        let mut resolve = |t: &str| Ok(format!("/de/{t}"));
        let blocks = render_blocks(body, Style::default(), &mut resolve);
        assert_eq!(
            blocks,
            [
                "<h1 class=\"x\">Titel</h1>\n",
                "<p>See <a href=\"/de/a.md\">a</a> and <a href=\"https://example.org/\">the law</a>\
                 <sup class=\"footnote-reference\"><a href=\"#1\">1</a></sup>.</p>\n",
                "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n",
                "<div>raw</div>\n",
                "<hr />\n",
                "<div class=\"footnote-definition\" id=\"1\"><sup class=\"footnote-definition-label\">1</sup>\n<p>Note.</p>\n</div>\n",
            ]
        );
        let whole = html(body).replace(" id=\"titel\"", "");
        assert_eq!(blocks.concat(), whole);
    }

    #[test]
    fn phone_numbers_do_not_break() {
        let out = html("Call [116 016](tel:116016) now, or [0361 5603-0](tel:+4936156030).\n");
        assert!(
            out.contains("<a href=\"tel:116016\">116\u{a0}016</a> now")
                && out.contains("<a href=\"tel:+4936156030\">0361\u{a0}5603\u{2011}0</a>"),
            "{out}"
        );
    }

    #[test]
    fn raw_html_escaped_on_request() {
        let (r, _) = render(
            "<script>x</script>\n",
            Style {
                escape_html: true,
                ..Style::default()
            },
            &mut |_| Ok(String::new()),
            None,
        );
        assert!(r.html.contains("&lt;script&gt;"));
        assert!(html("<b>x</b>\n").contains("<b>x</b>"));
    }
}
