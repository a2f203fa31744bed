//! A Markdown body with links, resolved against a real site (tests/fixtures/basic): no panic;
//! heading ids unique; internal links become site paths or errors inside the body; with
//! `escape_html` no raw HTML survives; the blocks of the two-language view lie on the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;
use wegweiser::render::markdown;
use wegweiser::link::Site;
use wegweiser::site;

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/basic");
        site::load(&root, None, false)
            .ok()
            .expect("the fixture site loads")
    })
}

fuzz_target!(|body: &str| {
    let site = site();
    for lang in site.config.languages.keys() {
        let mut resolve = |target: &str| site.linked.resolve(target, lang);
        let style = markdown::Style {
            escape_html: true,
            heading_ids: match body.len() % 2 {
                0 => wegweiser::slug::HeadingIds::Github,
                _ => wegweiser::slug::HeadingIds::Zola,
            },
        };
        let (rendered, errors) = markdown::render(body, style, &mut resolve, None);
        let mut ids = HashSet::new();
        for heading in &rendered.headings {
            assert!(ids.insert(heading.id.clone()), "heading id twice: {}", heading.id);
        }
        for error in &errors {
            assert!(error.offset <= body.len());
        }
        for (offset, _) in rendered.internal_links.iter().chain(&rendered.absolute_links) {
            assert!(*offset <= body.len());
        }
        let html = rendered.html.to_ascii_lowercase();
        assert!(!html.contains("<script") && !html.contains("<iframe"), "{html}");
    }
    let mut end = 0;
    for block in markdown::blocks(body) {
        assert!(block.start >= end && block.end <= body.len(), "{block:?}");
        assert!(body.is_char_boundary(block.start) && body.is_char_boundary(block.end));
        end = block.end;
    }
});
