//! `sitemap.xml` with `xhtml:link` alternates. Only real translations are listed: fallback
//! pages are not advertised.

use crate::render::Inputs;
use std::fmt::Write;

/// The sitemap of the whole site.
pub fn sitemap(inputs: &Inputs) -> String {
    let config = inputs.config;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for item in &inputs.linked.items {
        let translations: Vec<(usize, &str)> = config
            .languages
            .iter()
            .enumerate()
            .filter(|(j, _)| item.versions[*j].is_some())
            .map(|(j, l)| (j, l.code.as_str()))
            .collect();
        for &(lang, _) in &translations {
            let _ = writeln!(
                xml,
                "  <url>\n    <loc>{}</loc>",
                escape(&config.absolute(&item.urls[lang]))
            );
            if let Some(date) = inputs.sources[item.shown[lang]].doc.meta.last_reviewed {
                let _ = writeln!(xml, "    <lastmod>{date}</lastmod>");
            }
            for &(other, code) in &translations {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>",
                    escape(&config.absolute(&item.urls[other]))
                );
            }
            xml.push_str("  </url>\n");
        }
    }
    for (_, urls) in inputs.directory.pages(config, inputs.linked) {
        for url in &urls {
            let _ = writeln!(
                xml,
                "  <url>\n    <loc>{}</loc>",
                escape(&config.absolute(url))
            );
            for (language, other) in config.languages.iter().zip(&urls) {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    language.code,
                    escape(&config.absolute(other))
                );
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Escapes text for XML content and attributes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
