//! Foreign URLs in CSS, read with cssparser: `url(…)`, `src(…)`, the strings in
//! `image-set(…)` and `@import "…"` (comments skipped, escapes decoded, any case).

use cssparser::{ParseError, Parser, ParserInput, Token as CssToken};

use super::rules::*;

/// The foreign URLs in CSS text (a stylesheet, a `<style>` element or a `style` attribute):
/// `url(…)`, `src(…)`, the strings in `image-set(…)` and `@import "…"`, as the CSS
/// tokenizer reads them (comments skipped, escapes decoded, any case).
pub fn foreign_in_css(css: &str) -> Vec<String> {
    css_urls(css)
        .iter()
        .filter(|url| resolve(url, OWN.as_ref()).is_some_and(|u| elsewhere(&u)))
        .map(|url| trimmed(url).to_string())
        .collect()
}

/// How deep [`walk_css`] recurses into nested blocks; deeper blocks are queued and read
/// afterwards, so no stylesheet can exhaust the stack.
pub(super) const CSS_DEPTH: usize = 32;

/// Every URL that CSS text names, foreign or not.
pub(super) fn css_urls(css: &str) -> Vec<String> {
    let mut urls = Vec::new();
    let mut blocks = vec![(css, false)];
    let mut next = 0;
    while let Some(&(text, strings_are_urls)) = blocks.get(next) {
        next += 1;
        let mut input = ParserInput::new(text);
        walk_css(
            &mut Parser::new(&mut input),
            strings_are_urls,
            0,
            &mut urls,
            &mut blocks,
        );
    }
    urls
}

/// Collects the URLs in one CSS block into `urls`. `strings_are_urls` is set inside
/// `url(…)`, `src(…)` and the image functions whose bare strings are URLs; blocks nested
/// deeper than [`CSS_DEPTH`] go to `deeper`.
pub(super) fn walk_css<'i>(
    parser: &mut Parser<'i, '_>,
    strings_are_urls: bool,
    depth: usize,
    urls: &mut Vec<String>,
    deeper: &mut Vec<(&'i str, bool)>,
) {
    let mut import = false;
    while let Ok(token) = parser.next() {
        let block = match token {
            CssToken::UnquotedUrl(url) => {
                urls.push(url.to_string());
                None
            }
            CssToken::QuotedString(string) if import || strings_are_urls => {
                urls.push(string.to_string());
                None
            }
            CssToken::AtKeyword(name) => {
                import = name.eq_ignore_ascii_case("import");
                continue;
            }
            CssToken::Function(name) => Some(
                ["url", "src", "image-set", "-webkit-image-set", "image"]
                    .iter()
                    .any(|f| name.eq_ignore_ascii_case(f)),
            ),
            CssToken::ParenthesisBlock
            | CssToken::SquareBracketBlock
            | CssToken::CurlyBracketBlock => Some(false),
            _ => None,
        };
        import = false;
        let Some(inner) = block else { continue };
        let _ = parser.parse_nested_block(|nested| {
            if depth < CSS_DEPTH {
                walk_css(nested, inner, depth + 1, urls, deeper);
            } else {
                let start = nested.position();
                while nested.next().is_ok() {}
                deeper.push((nested.slice_from(start), inner));
            }
            Ok::<(), ParseError<'i, ()>>(())
        });
    }
}
