//! The built-in default theme, compiled into the binary: templates, static files and UI
//! strings. A site's own `themes/<name>/` overrides these file by file.

/// `(name, contents)` pairs of files below `themes/default/<folder>/`, read at compile time.
macro_rules! embed {
    ($read:ident, $folder:literal: $($name:literal),* $(,)?) => {
        &[$(($name, $read!(concat!("../../themes/default/", $folder, "/", $name)))),*]
    };
}

/// Built-in templates by name.
pub const TEMPLATES: &[(&str, &str)] = embed!(include_str, "templates":
    "base.html", "head.html", "index.html", "section.html", "page.html", "404.html", "languages.html",
    "article.html", "list.html", "helpers.html", "partner-list.html", "partners.html",
    "partner.html", "topic.html", "topics.html", "city.html", "status.html", "events.html", "print.html", "search.html",
    "atom.xml", "sitemap.xml", "robots.txt", "alias.html", "404-root.html", "sw.js", "offline.html", "offline-offer.html", "glossary.html", "glossary-entries.html", "path.html",
);

/// Built-in static files by path below `static/`.
pub const STATIC: &[(&str, &[u8])] = embed!(include_bytes, "static": "style.css", "finder.js", "search.js", "favicon.svg", "offline.js");

/// Built-in UI strings (Fluent) by language code.
pub const STRINGS: &[(&str, &str)] = &[
    ("de", include_str!("../../themes/default/i18n/de.ftl")),
    ("en", include_str!("../../themes/default/i18n/en.ftl")),
    ("es", include_str!("../../themes/default/i18n/es.ftl")),
    ("uk", include_str!("../../themes/default/i18n/uk.ftl")),
    ("ar", include_str!("../../themes/default/i18n/ar.ftl")),
    ("ru", include_str!("../../themes/default/i18n/ru.ftl")),
    ("fa", include_str!("../../themes/default/i18n/fa.ftl")),
    ("tr", include_str!("../../themes/default/i18n/tr.ftl")),
];
