//! Escaping text for HTML and XML written by hand (not through templates).

/// Escapes text for XML (and HTML) content and attributes.
pub fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
