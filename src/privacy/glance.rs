//! The quick check before the tokenizer: every `<` followed by a letter read as a start tag
//! with the tokenizer's own tag states, and the same load rules applied. A page it finds
//! clean loads nothing from elsewhere; anything else goes to the tokenizer.

use std::ops::Range;

use super::report::Sink;
use super::rules::*;

/// Proves that `html` loads nothing from elsewhere, or gives up (`false`), faster than the
/// tokenizer; most pages are clean, so most pages end here.
///
/// Only start tags load anything (attributes, and the text of `<style>`), and the tokenizer
/// produces a start tag only at a `<` followed by a letter, reading it the same way whatever
/// came before. So every `<` + letter is read as a start tag, even where the tokenizer would
/// see text, a comment or a script, and checked by the same rules. That sees every real tag
/// and more; nothing found means nothing there. It gives up on what it does not decode:
/// character references and CR in a value that matters, NUL anywhere, `<style>`, `<base>`,
/// `srcdoc`, and on pages whose quotes make its reads overlap too much.
pub(super) fn clean_at_a_glance(bytes: &[u8]) -> bool {
    if memchr::memchr(0, bytes).is_some() {
        return false;
    }
    let mut sink = Sink::new(OWN.clone());
    let mut attributes = Vec::new();
    let mut budget = 2 * bytes.len();
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + offset;
        at = start + 1;
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let read = read_tag(bytes, start, &mut attributes);
        let end = read.as_ref().map_or(bytes.len(), |(_, end)| *end);
        match budget.checked_sub(end - start) {
            Some(left) => budget = left,
            None => return false,
        }
        let Some((name, _)) = read else {
            // The page ends inside this tag, so the tokenizer drops it.
            continue;
        };
        let mut element = [0; 16];
        let element = lowercase(&bytes[name], &mut element);
        if matches!(element, b"style" | b"base") {
            return false;
        }
        let text = |range: &Range<usize>| {
            let raw = &bytes[range.clone()];
            if raw.contains(&b'&') || raw.contains(&b'\r') {
                None
            } else {
                std::str::from_utf8(raw).ok()
            }
        };
        let mut key = [0; 16];
        let (mut fetching_link, mut refresh) = (false, false);
        for (k, value) in &attributes {
            match (element, lowercase(&bytes[k.clone()], &mut key)) {
                (b"link", b"rel") => match text(value) {
                    Some(rel) => fetching_link |= fetches(rel),
                    None => return false,
                },
                (b"meta", b"http-equiv") => match text(value) {
                    Some(v) => refresh |= is_refresh(v),
                    None => return false,
                },
                _ => {}
            }
        }
        for (k, value) in &attributes {
            let key = lowercase(&bytes[k.clone()], &mut key);
            let Some(how) = attribute_use(element, key, fetching_link, refresh) else {
                continue;
            };
            if matches!(how, Use::Frame | Use::Base) {
                return false;
            }
            let Some(value) = text(value) else {
                return false;
            };
            sink.apply(element, how, value);
            if !sink.loads.is_empty() {
                return false;
            }
        }
    }
    true
}

/// `name` in ASCII lowercase, in `buffer`; names too long for it are none that matter, and
/// come back empty.
pub(super) fn lowercase<'b>(name: &[u8], buffer: &'b mut [u8; 16]) -> &'b [u8] {
    let Some(lower) = buffer.get_mut(..name.len()) else {
        return &[];
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    lower
}

/// Whitespace to the tokenizer (which reads CR as LF).
pub(super) fn is_space(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// A tag's attributes, as ranges of name and value in the page.
pub(super) type RawAttributes = Vec<(Range<usize>, Range<usize>)>;

/// Reads the start tag at `bytes[start..]` (a `<` and a letter) through the tokenizer's tag
/// states, without decoding anything: returns the range of its name and the position after its
/// `>`, with its attributes in `attributes`; `None` if the page ends inside the tag.
pub(super) fn read_tag(
    bytes: &[u8],
    start: usize,
    attributes: &mut RawAttributes,
) -> Option<(Range<usize>, usize)> {
    attributes.clear();
    let mut i = start + 1;
    while !matches!(
        bytes.get(i)?,
        b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'
    ) {
        i += 1;
    }
    let name = start + 1..i;
    loop {
        // Before attribute name (also after a quoted value and after a `/` not before `>`).
        while is_space(*bytes.get(i)?) {
            i += 1;
        }
        match bytes[i] {
            b'>' => return Some((name, i + 1)),
            b'/' => {
                i += 1;
                if *bytes.get(i)? == b'>' {
                    return Some((name, i + 1));
                }
                continue;
            }
            _ => {}
        }
        // Attribute name: its first character may be `=`.
        let key_start = i;
        i += 1;
        while !matches!(
            bytes.get(i)?,
            b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>' | b'='
        ) {
            i += 1;
        }
        let key = key_start..i;
        while is_space(*bytes.get(i)?) {
            i += 1;
        }
        if bytes[i] != b'=' {
            attributes.push((key, i..i));
            continue;
        }
        i += 1;
        while is_space(*bytes.get(i)?) {
            i += 1;
        }
        let value = match bytes[i] {
            quote @ (b'"' | b'\'') => {
                let from = i + 1;
                let length = memchr::memchr(quote, bytes.get(from..)?)?;
                i = from + length + 1;
                from..from + length
            }
            b'>' => {
                attributes.push((key, i..i));
                return Some((name, i + 1));
            }
            _ => {
                let from = i;
                while !matches!(bytes.get(i)?, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'>') {
                    i += 1;
                }
                from..i
            }
        };
        attributes.push((key, value));
    }
}
