//! Tests of the privacy guard: every known way to sneak a foreign load past it, and what must
//! not be reported.

use super::*;

#[test]
fn finds_every_kind_of_foreign_load() {
    let html = r#"<html><head>
        <link rel="stylesheet" href="https://cdn.example/x.css">
        <link rel="alternate" hreflang="en" href="https://example.org/en/">
        <link rel="canonical" href="https://example.org/de/">
        <script src="//cdn.example/x.js"></script>
        <style>@import url("https://fonts.example/f.css"); .a { background: url(/own.png) }</style>
        </head><body>
        <img src="https://tracker.example/p.gif" alt="">
        <img srcset="/a.png 1x, https://img.example/b.png 2x" alt="">
        <img src="data:image/png;base64,AAAA" alt="">
        <iframe src="https://video.example/embed"></iframe>
        <video poster="https://img.example/p.jpg"></video>
        <p style="background-image: url('https://img.example/bg.png')">x</p>
        <a href="https://www.bamf.de/">links are fine</a>
        </body></html>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<link> https://cdn.example/x.css",
            "<script> //cdn.example/x.js",
            "<style> https://fonts.example/f.css",
            "<img> https://tracker.example/p.gif",
            "<img> https://img.example/b.png",
            "<iframe> https://video.example/embed",
            "<video> https://img.example/p.jpg",
            "<p> https://img.example/bg.png",
        ]
    );
}

#[test]
fn own_files_are_fine() {
    assert!(
        foreign_resources(
            "<img src=\"/de/a.png\" alt=\"\"><script src=\"/assets/finder.js\"></script>"
        )
        .is_empty()
    );
    assert!(foreign_in_css("body { background: url(bg.png) } @import 'local.css';").is_empty());
}

#[test]
fn a_quoted_greater_than_sign_does_not_end_the_tag() {
    assert_eq!(
        foreign_resources(r#"<img alt="a>b" src="https://x.example/p.png">"#),
        ["<img> https://x.example/p.png"]
    );
}

#[test]
fn style_attributes_in_any_spelling() {
    let html = "<p sTyLe=\"background:url(https://x.example/1.png)\">a</p>\
        <p style =\"background:url(https://x.example/2.png)\">b</p>\
        <p style\n=\n'background:url(https://x.example/3.png)'>c</p>";
    assert_eq!(
        foreign_resources(html),
        [
            "<p> https://x.example/1.png",
            "<p> https://x.example/2.png",
            "<p> https://x.example/3.png",
        ]
    );
}

#[test]
fn svg_images_by_href_and_xlink_href() {
    let html = r#"<svg><image href="https://x.example/a.png"/>
        <image xlink:href="https://x.example/b.png"/></svg>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<image> https://x.example/a.png",
            "<image> https://x.example/b.png"
        ]
    );
}

#[test]
fn css_comments_are_skipped_where_browsers_skip_them() {
    assert_eq!(
        foreign_in_css(
            r#"@import/**/"https://x.example/a.css"; a { background: /* x */ url(https://x.example/b.png) }"#
        ),
        ["https://x.example/a.css", "https://x.example/b.png"]
    );
    // Inside an unquoted `url(…)` a comment is no comment: this is the path
    // `/**/https://…` on the page's own server, and that is what browsers fetch.
    assert!(foreign_in_css("a { background: url(/**/https://x.example/c.png) }").is_empty());
}

#[test]
fn css_escapes_are_decoded() {
    assert_eq!(
        foreign_in_css(
            r#"a { background: \75 rl(https://x.example/a.png) } @\69mport "https://x.example/b.css";
            b { background: url(https:\2f\2f x.example/c.png) }"#
        ),
        [
            "https://x.example/a.png",
            "https://x.example/b.css",
            "https://x.example/c.png",
        ]
    );
}

#[test]
fn image_set_strings_are_urls() {
    assert_eq!(
        foreign_in_css(
            r#"a { background-image: image-set("https://x.example/a.png" 1x, url(https://x.example/b.png) 2x) }
            b { background-image: -webkit-image-set('https://x.example/c.png' 1x) }"#
        ),
        [
            "https://x.example/a.png",
            "https://x.example/b.png",
            "https://x.example/c.png",
        ]
    );
}

#[test]
fn imports_without_url_and_urls_in_any_case() {
    assert_eq!(
        foreign_in_css(
            r#"@import "https://x.example/a.css"; @IMPORT 'https://x.example/b.css';
            a { background: URL(https://x.example/c.png) } b { background: Url( "https://x.example/d.png" ) }"#
        ),
        [
            "https://x.example/a.css",
            "https://x.example/b.css",
            "https://x.example/c.png",
            "https://x.example/d.png",
        ]
    );
}

#[test]
fn deeply_nested_css_is_read_to_the_end() {
    let css = format!(
        "a {{ b: {}url(https://x.example/deep.png){} }}",
        "(".repeat(100),
        ")".repeat(100)
    );
    assert_eq!(foreign_in_css(&css), ["https://x.example/deep.png"]);
}

#[test]
fn srcset_candidates_are_split_like_browsers_split_them() {
    let html = r#"<img srcset="/a.png 1x, https://x.example/b,c.png 2x" alt="">
        <picture><source srcset="https://x.example/d.webp"></picture>
        <link rel="preload" as="image" href="/e.png" imagesrcset="https://x.example/e.png 1x">"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<img> https://x.example/b,c.png",
            "<source> https://x.example/d.webp",
            "<link> https://x.example/e.png",
        ]
    );
}

#[test]
fn video_posters_and_tracks() {
    let html = r#"<video src="/v.mp4" poster="https://x.example/p.jpg">
        <track kind="captions" src="https://x.example/t.vtt"></video>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<video> https://x.example/p.jpg",
            "<track> https://x.example/t.vtt"
        ]
    );
}

#[test]
fn image_inputs_objects_and_embeds() {
    let html = r#"<input type="image" src="https://x.example/i.png" alt="Go">
        <object data="https://x.example/o.pdf"></object><embed src="https://x.example/e.swf">"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<input> https://x.example/i.png",
            "<object> https://x.example/o.pdf",
            "<embed> https://x.example/e.swf",
        ]
    );
}

#[test]
fn a_foreign_base_makes_every_relative_load_foreign() {
    let html = r#"<head><base href="https://cdn.example/site/"></head>
        <body><img src="logo.png"><a href="page.html">a link</a>
        <img src="data:image/png;base64,AAAA"><iframe srcdoc="<img src=inner.png>"></iframe>
        <base href="/ignored/"><img src="/root.png"></body>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<base> https://cdn.example/site/",
            "<img> https://cdn.example/site/logo.png",
            "<img> https://cdn.example/site/inner.png",
            "<img> https://cdn.example/root.png",
        ]
    );
    assert!(foreign_resources(r#"<base href="/de/"><img src="a.png">"#).is_empty());
}

#[test]
fn legacy_background_attributes() {
    let html = r#"<body background="https://x.example/b.png">
        <table background="https://x.example/t.png"><tr><td background="//x.example/c.png">x</td></tr></table>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<body> https://x.example/b.png",
            "<table> https://x.example/t.png",
            "<td> //x.example/c.png",
        ]
    );
}

#[test]
fn iframe_srcdoc_is_scanned_as_a_document() {
    let html = r#"<iframe srcdoc="<p>hi</p><img src=&quot;https://x.example/a.png&quot;>
        <iframe srcdoc='<script src=//x.example/nested.js></script>'></iframe>"></iframe>
        <p style="background: url(https://x.example/after.png)">after</p>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<img> https://x.example/a.png",
            "<script> //x.example/nested.js",
            "<p> https://x.example/after.png",
        ]
    );
}

#[test]
fn svg_use_fe_image_script_and_style() {
    let html = r##"<svg><use href="https://x.example/icons.svg#home"/><use href="#local"/>
        <filter id="f"><feImage href="https://x.example/f.png"/></filter>
        <script href="https://x.example/s.js"></script>
        <style>@import url(https://x.example/s.css); rect { fill: url(https://x.example/p.svg#g) }</style>
        <rect fill="url(https://x.example/q.svg#g)" stroke="red"/></svg>"##;
    assert_eq!(
        foreign_resources(html),
        [
            "<use> https://x.example/icons.svg#home",
            "<feimage> https://x.example/f.png",
            "<script> https://x.example/s.js",
            "<style> https://x.example/s.css",
            "<style> https://x.example/p.svg#g",
            "<rect> https://x.example/q.svg#g",
        ]
    );
}

#[test]
fn svg_style_is_markup_with_cdata_and_character_references() {
    let html = r#"<svg><style><![CDATA[ @import "https://x.example/c.css"; ]]></style>
        <style>&#64;import "https://x.example/e.css";</style></svg>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<style> https://x.example/c.css",
            "<style> https://x.example/e.css"
        ]
    );
}

#[test]
fn css_in_style_elements_and_attributes() {
    let html = r#"<style>@import "https://x.example/a.css";
        a { background: url( "https://x.example/b.png" ) } b { background: \75 rl(https://x.example/c.png) }</style>
        <p style="background: image-set('https://x.example/d.png' 1x)">p</p>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<style> https://x.example/a.css",
            "<style> https://x.example/b.png",
            "<style> https://x.example/c.png",
            "<p> https://x.example/d.png",
        ]
    );
}

#[test]
fn url_spellings_that_browsers_accept() {
    let html = "<img src=\"  HTTPS://X.example/a.png \n\"><img src=\"//x.example/b.png\">\
        <img src=\"\\\\x.example/c.png\"><img src=\"/\\x.example/d.png\">\
        <img src=\"ht&#x74;ps://x.example/e.png\"><img src=\"/&#9;/x.example/f.png\">\
        <img src=\"https:x.example/g.png\"><IMG SRC=\"Https://x.example/h.png\">";
    assert_eq!(
        foreign_resources(html),
        [
            "<img> HTTPS://X.example/a.png",
            "<img> //x.example/b.png",
            "<img> \\\\x.example/c.png",
            "<img> /\\x.example/d.png",
            "<img> https://x.example/e.png",
            "<img> /\t/x.example/f.png",
            "<img> https:x.example/g.png",
            "<img> Https://x.example/h.png",
        ]
    );
}

#[test]
fn image_is_img_outside_svg() {
    assert_eq!(
        foreign_resources(r#"<image src="https://x.example/a.png">"#),
        ["<image> https://x.example/a.png"]
    );
}

#[test]
fn link_relations_that_fetch() {
    let html = r#"<link rel="icon" href="https://x.example/favicon.ico">
        <link rel="alternate stylesheet" href="https://x.example/alt.css">
        <link rel="me" href="https://social.example/@us">
        <link rel="modulepreload" href="//x.example/m.js">"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<link> https://x.example/favicon.ico",
            "<link> https://x.example/alt.css",
            "<link> //x.example/m.js",
        ]
    );
}

#[test]
fn pings_refreshes_and_manifests() {
    let html = r#"<html manifest="https://x.example/app.appcache"><head>
        <meta http-equiv="Refresh" content="5; URL='https://x.example/away'"></head>
        <body><a href="/next/" ping="/count https://x.example/track">next</a></body></html>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<html> https://x.example/app.appcache",
            "<meta> https://x.example/away",
            "<a> https://x.example/track",
        ]
    );
}

#[test]
fn noscript_is_read_with_and_without_scripting() {
    let html = r#"<noscript><img src="https://x.example/pixel.gif" alt="">
        <style>@import "https://x.example/ns.css";</style></noscript>
        <noscript><p title="</noscript><img src=https://x.example/on.gif>"></p></noscript>"#;
    assert_eq!(
        foreign_resources(html),
        [
            "<img> https://x.example/on.gif",
            "<img> https://x.example/pixel.gif",
            "<style> https://x.example/ns.css",
        ]
    );
}

#[test]
fn nothing_that_only_looks_like_a_load() {
    let html = r##"<!DOCTYPE html><html><head>
        <link rel="canonical" href="https://example.org/de/">
        <link rel="alternate" hreflang="en" href="https://example.org/en/">
        <title>&lt;img src="https://x.example/t.png"&gt; <img src="https://x.example/title.png"></title>
        <script type="application/ld+json">{"url": "https://example.org/", "logo": "https://x.example/logo.png", "x": "<img src='https://x.example/j.png'>"}</script>
        <script>document.title = "<img src=https://x.example/s.png>";</script>
        <style>a::after { content: " (https://x.example/s)" } a { background: url(/own.png) }</style>
        </head><body>
        <p>write &lt;img src="https://x.example/p.png"&gt; to hot-link</p>
        <code>https://x.example/code.png</code> <pre><code>&lt;script src="https://x.example/x.js"&gt;</code></pre>
        <!-- <img src="https://x.example/comment.png"> -->
        <textarea><img src="https://x.example/textarea.png"></textarea>
        <a href="https://www.bamf.de/">a link</a> <a href="mailto:info@example.org">mail</a>
        <a href="tel:+49301234">phone</a> <area href="https://x.example/area" alt="">
        <img src="data:image/png;base64,AAAA" alt=""> <img src="/own.png" srcset="/own-2x.png 2x" alt="">
        <svg><a href="https://x.example/svg-link"><text>svg link</text></a><use href="#icon"/>
        <![CDATA[ a > b <image href="https://x.example/cdata.png"/> ]]></svg>
        <iframe><img src="https://x.example/iframe-fallback.png"></iframe>
        <xmp><img src="https://x.example/xmp.png"></xmp>
        <p title='<img src="https://x.example/attr.png">' data-src="https://x.example/lazy.png">text</p>
        </body></html>"##;
    assert_eq!(foreign_resources(html), Vec::<String>::new());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// The quick check never calls a page clean that the tokenizer finds a load in.
    #[test]
    fn the_quick_check_agrees_with_the_tokenizer(
        parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..40)
    ) {
        let html = parts.concat();
        proptest::prop_assert_eq!(foreign_resources(&html), tokenized(&html));
    }
}

/// Pieces that random pages are made of: syntax, names that load, URLs.
const FRAGMENTS: &[&str] = &[
    "<",
    ">",
    "</",
    "/",
    "=",
    " ",
    "\n",
    "\r",
    "\t",
    "\"",
    "'",
    "&",
    "&amp;",
    "&#58;",
    "&colon;",
    "&#x2F;",
    "&quot;",
    "\0",
    ",",
    "(",
    ")",
    "\\",
    "img",
    "IMG",
    "a",
    "link",
    "base",
    "style",
    "script",
    "svg",
    "image",
    "noscript",
    "iframe",
    "textarea",
    "title",
    "math",
    "mi",
    "foreignObject",
    "object",
    "meta",
    "use",
    "font",
    "src",
    "SRC",
    "href",
    "xlink:href",
    "rel",
    "stylesheet",
    "canonical",
    "srcset",
    "srcdoc",
    "data",
    "http-equiv",
    "refresh",
    "content",
    "fill",
    "color",
    "ping",
    "background",
    "poster",
    "https://x.example/a",
    "//x.example/b",
    "/own",
    "x.png",
    "url(",
    "@import",
    "\\75 rl(",
    "image-set(",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<img src=https://x.example/i>",
    "<svg>",
    "</svg>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<noscript>",
    "</noscript>",
    "<textarea>",
    "</textarea>",
    " 1x",
    "0;url=",
];
