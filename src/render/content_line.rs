//! Content lines of vCard (RFC 6350) and iCalendar (RFC 5545), which share their rules: text
//! values escape `\`, `,`, `;` and line breaks, and lines are folded after 75 octets.

/// Escapes a TEXT value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line after at most 75 octets, never inside a UTF-8 character, and ends it
/// with CRLF.
pub fn line(content: &str) -> String {
    let mut out = String::with_capacity(content.len() + content.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let content = format!("NOTE:{}", "ü".repeat(100));
        let folded = line(&content);
        for part in folded.trim_end().split("\r\n") {
            assert!(part.len() <= 75, "{}", part.len());
        }
        assert_eq!(folded.trim_end().replace("\r\n ", ""), content);
    }

    #[test]
    fn escapes_special_characters() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
    }
}
