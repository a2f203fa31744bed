//! The built-in default theme, compiled into the binary: templates, static files and UI
//! strings. A site's own `themes/<name>/` overrides these file by file.

/// Built-in templates by name.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "index.html",
        include_str!("../themes/default/templates/index.html"),
    ),
    (
        "section.html",
        include_str!("../themes/default/templates/section.html"),
    ),
    (
        "page.html",
        include_str!("../themes/default/templates/page.html"),
    ),
    (
        "404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    (
        "languages.html",
        include_str!("../themes/default/templates/languages.html"),
    ),
    (
        "article.html",
        include_str!("../themes/default/templates/article.html"),
    ),
    (
        "list.html",
        include_str!("../themes/default/templates/list.html"),
    ),
];

/// Built-in static files by path below `static/`.
pub const STATIC: &[(&str, &[u8])] = &[(
    "style.css",
    include_bytes!("../themes/default/static/style.css"),
)];

/// Built-in UI strings (Fluent) by language code.
pub const STRINGS: &[(&str, &str)] = &[
    ("de", include_str!("../themes/default/i18n/de.ftl")),
    ("en", include_str!("../themes/default/i18n/en.ftl")),
    ("es", include_str!("../themes/default/i18n/es.ftl")),
    ("uk", include_str!("../themes/default/i18n/uk.ftl")),
    ("ar", include_str!("../themes/default/i18n/ar.ftl")),
];
