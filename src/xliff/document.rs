//! The XLIFF 1.2 document: written from [`FileUnits`], read back (with quick-xml) into
//! [`Document`] with the byte offset of every file, unit and target, so import can report
//! `FILE.xlf:line:col`. Inline codes are `<bpt>`/`<ept>`/`<ph>` holding the Markdown or
//! Fluent code; `<g>` and `<x/>` from other tools are read as codes whose text is the
//! source's. Pure: text in, text out.

use crate::xliff::{FileUnits, Piece, State};
use quick_xml::escape::{escape, partial_escape};
use quick_xml::events::{BytesStart, Event};
use std::fmt::Write;

/// The XLIFF 1.2 namespace.
const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:1.2";
/// wegweiser's own attributes (target file, source hash), allowed on `<file>` by XLIFF 1.2.
const WW_NS: &str = "urn:wegweiser:xliff:1";

/// The XLIFF text of `files`, translating from `source_lang` into `target_lang`.
pub fn write(files: &[FileUnits], source_lang: &str, target_lang: &str) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff version=\"1.2\" xmlns=\"{XLIFF_NS}\" xmlns:ww=\"{WW_NS}\">"
    );
    for file in files {
        let _ = writeln!(
            out,
            " <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"{}\" ww:target=\"{}\" ww:source-hash=\"{}\">",
            escape(file.original.as_str()),
            escape(source_lang),
            escape(target_lang),
            file.kind.datatype(),
            escape(file.target.as_str()),
            escape(file.source_hash.as_str()),
        );
        out.push_str("  <body>\n");
        for unit in &file.units {
            let id = format!("{}#{}", file.original, unit.key);
            let approved = if unit.state == State::Translated {
                " approved=\"yes\""
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "   <trans-unit id=\"{}\" resname=\"{}\"{approved} xml:space=\"preserve\">",
                escape(id.as_str()),
                escape(unit.key.as_str())
            );
            let _ = writeln!(out, "    <source>{}</source>", pieces_xml(&unit.source));
            if let Some(target) = &unit.target {
                let _ = writeln!(
                    out,
                    "    <target state=\"{}\">{}</target>",
                    unit.state.xliff(),
                    pieces_xml(target)
                );
            }
            // The id again as a location, which PO tools keep as a `#:` reference.
            let _ = writeln!(
                out,
                "    <context-group purpose=\"location\"><context context-type=\"sourcefile\">{}</context></context-group>",
                partial_escape(id.as_str())
            );
            if let Some(note) = &unit.note {
                let _ = writeln!(out, "    <note>{}</note>", partial_escape(note.as_str()));
            }
            out.push_str("   </trans-unit>\n");
        }
        out.push_str("  </body>\n </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// The XML of a unit's text: words escaped, codes as inline elements.
fn pieces_xml(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(&partial_escape(text.as_str())),
            Piece::Open { id, code } => {
                let _ = write!(
                    out,
                    "<bpt id=\"{id}\">{}</bpt>",
                    partial_escape(code.as_str())
                );
            }
            Piece::Close { id, code } => {
                let _ = write!(
                    out,
                    "<ept id=\"{id}\">{}</ept>",
                    partial_escape(code.as_str())
                );
            }
            Piece::Placeholder { id, code } => {
                let _ = write!(
                    out,
                    "<ph id=\"{id}\">{}</ph>",
                    partial_escape(code.as_str())
                );
            }
        }
    }
    out
}

/// An XLIFF document as read.
#[derive(Debug, Default)]
pub struct Document {
    /// The `<file>` elements in order.
    pub files: Vec<File>,
}

/// One `<file>` element.
#[derive(Debug, Default, Clone)]
pub struct File {
    /// Byte offset of the element.
    pub at: usize,
    /// `original`: the source file.
    pub original: String,
    /// `target-language`.
    pub target_language: String,
    /// `ww:source-hash`, if present.
    pub source_hash: Option<String>,
    /// The units in order.
    pub units: Vec<UnitRead>,
}

/// One `<trans-unit>` as read.
#[derive(Debug, Default, Clone)]
pub struct UnitRead {
    /// Byte offset of the element.
    pub at: usize,
    /// The `id` attribute.
    pub id: String,
    /// The source text.
    pub source: Vec<Piece>,
    /// The target text with the byte offset of `<target>`, if there is one.
    pub target: Option<(Vec<Piece>, usize)>,
    /// The target's `state` attribute.
    pub state: Option<String>,
}

/// Why a document could not be read: the message and the byte offset.
pub type ReadError = (String, usize);

/// Reads an XLIFF 1.2 document. Structure problems stop the reading at their position.
pub fn read(text: &str) -> Result<Document, ReadError> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut document = Document::default();
    let mut saw_xliff = false;
    loop {
        let (event, at) = next(&mut reader)?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"xliff" => {
                    let version = attribute(&e, "version").unwrap_or_default();
                    if version != "1.2" {
                        return Err((
                            format!("this is XLIFF version `{version}`; wegweiser reads XLIFF 1.2"),
                            at,
                        ));
                    }
                    saw_xliff = true;
                }
                b"file" => document.files.push(File {
                    at,
                    original: attribute(&e, "original").unwrap_or_default(),
                    target_language: attribute(&e, "target-language").unwrap_or_default(),
                    source_hash: attribute(&e, "source-hash"),
                    units: Vec::new(),
                }),
                b"trans-unit" => {
                    let Some(file) = document.files.last_mut() else {
                        return Err(("a <trans-unit> outside any <file>".to_string(), at));
                    };
                    file.units.push(UnitRead {
                        at,
                        id: attribute(&e, "id").unwrap_or_default(),
                        ..UnitRead::default()
                    });
                }
                b"source" | b"target" => {
                    let is_target = e.local_name().as_ref() == b"target";
                    let state = attribute(&e, "state");
                    let pieces = if event_is_empty(&reader, text, at) {
                        Vec::new()
                    } else {
                        read_pieces(&mut reader, text)?
                    };
                    let Some(unit) = document.files.last_mut().and_then(|f| f.units.last_mut())
                    else {
                        return Err((
                            "a <source> or <target> outside any <trans-unit>".to_string(),
                            at,
                        ));
                    };
                    if is_target {
                        unit.target = Some((pieces, at));
                        unit.state = state;
                    } else {
                        unit.source = pieces;
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_xliff {
        return Err((
            "not an XLIFF document: there is no <xliff> element".to_string(),
            0,
        ));
    }
    Ok(document)
}

/// Whether the element read at `at` was written empty (`<target/>`).
fn event_is_empty(reader: &quick_xml::Reader<&[u8]>, text: &str, at: usize) -> bool {
    let end = offset(reader.buffer_position());
    text.get(at..end)
        .is_some_and(|tag| tag.trim_end().ends_with("/>"))
}

/// The pieces up to the end of the current `<source>` or `<target>`.
fn read_pieces(reader: &mut quick_xml::Reader<&[u8]>, text: &str) -> Result<Vec<Piece>, ReadError> {
    let mut pieces = Vec::new();
    let mut words = String::new();
    loop {
        let (event, at) = next(reader)?;
        if push_text(&event, &mut words, at)? {
            continue;
        }
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name().as_ref().to_vec();
                let empty = event_is_empty(reader, text, at);
                let id = attribute(&e, "id")
                    .and_then(|id| id.parse::<u32>().ok())
                    .ok_or_else(|| {
                        (
                            format!("<{}> needs a numeric `id`", String::from_utf8_lossy(&name)),
                            at,
                        )
                    })?;
                if !words.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut words)));
                }
                let code = if empty || name == b"g" {
                    String::new()
                } else {
                    read_code(reader)?
                };
                pieces.push(match name.as_slice() {
                    b"bpt" | b"g" => Piece::Open { id, code },
                    b"ept" => Piece::Close { id, code },
                    b"ph" | b"x" | b"it" => Piece::Placeholder { id, code },
                    other => {
                        return Err((
                            format!(
                                "<{}> is not an inline element wegweiser reads (use <bpt>, <ept>, <ph>, <g> or <x/>)",
                                String::from_utf8_lossy(other)
                            ),
                            at,
                        ));
                    }
                });
            }
            Event::End(e) => {
                if e.local_name().as_ref() == b"g" {
                    if !words.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut words)));
                    }
                    let id = pieces
                        .iter()
                        .rev()
                        .filter_map(|p| match p {
                            Piece::Open { id, code } if code.is_empty() => Some(*id),
                            _ => None,
                        })
                        .find(|id| {
                            !pieces
                                .iter()
                                .any(|p| matches!(p, Piece::Close { id: c, .. } if c == id))
                        })
                        .unwrap_or(0);
                    pieces.push(Piece::Close {
                        id,
                        code: String::new(),
                    });
                    continue;
                }
                break;
            }
            Event::Eof => return Err(("the document ends inside a unit".to_string(), at)),
            _ => {}
        }
    }
    if !words.is_empty() {
        pieces.push(Piece::Text(words));
    }
    Ok(pieces)
}

/// The text of an inline element, up to its end tag.
fn read_code(reader: &mut quick_xml::Reader<&[u8]>) -> Result<String, ReadError> {
    let mut code = String::new();
    loop {
        let (event, at) = next(reader)?;
        if push_text(&event, &mut code, at)? {
            continue;
        }
        match event {
            Event::End(_) => return Ok(code),
            Event::Eof => {
                return Err(("the document ends inside an inline element".to_string(), at));
            }
            _ => {}
        }
    }
}

/// The next event and the byte offset it starts at.
fn next<'a>(reader: &mut quick_xml::Reader<&'a [u8]>) -> Result<(Event<'a>, usize), ReadError> {
    let at = offset(reader.buffer_position());
    let event = reader
        .read_event()
        .map_err(|e| (format!("not valid XML: {e}"), at))?;
    Ok((event, at))
}

/// Appends the text of a text, CDATA or reference event to `out`; whether it was one.
fn push_text(event: &Event, out: &mut String, at: usize) -> Result<bool, ReadError> {
    match event {
        Event::Text(t) => out.push_str(&t.decode().map_err(|e| (e.to_string(), at))?),
        Event::CData(t) => out.push_str(&t.decode().map_err(|e| (e.to_string(), at))?),
        Event::GeneralRef(r) => out.push(resolve(r, at)?),
        _ => return Ok(false),
    }
    Ok(true)
}

/// The character an entity or character reference stands for.
fn resolve(reference: &quick_xml::events::BytesRef, at: usize) -> Result<char, ReadError> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Ok(c);
    }
    let name = reference.decode().map_err(|e| (e.to_string(), at))?;
    match name.as_ref() {
        "amp" => Ok('&'),
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "quot" => Ok('"'),
        "apos" => Ok('\''),
        other => Err((format!("unknown entity `&{other};`"), at)),
    }
}

/// The value of attribute `name` (matched on its local name, any prefix).
fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name.as_bytes())
            .then(|| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
            .flatten()
            .map(|v| v.into_owned())
    })
}

fn offset(position: u64) -> usize {
    usize::try_from(position).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xliff::{Kind, State, Unit};

    #[test]
    fn written_units_read_back_with_their_codes() {
        let pieces = vec![
            Piece::Text("A & B ".into()),
            Piece::Open {
                id: 1,
                code: "[".into(),
            },
            Piece::Text("<link>".into()),
            Piece::Close {
                id: 1,
                code: "](@/a.md \"t\")".into(),
            },
            Piece::Placeholder {
                id: 2,
                code: "`x<y`".into(),
            },
        ];
        let file = FileUnits {
            original: "content/a.md".into(),
            target: "content/a.uk.md".into(),
            kind: Kind::Page,
            source_hash: "sha256:1".into(),
            units: vec![Unit {
                key: "s1".into(),
                source: pieces.clone(),
                target: Some(pieces.clone()),
                state: State::Translated,
                note: Some("n".into()),
            }],
        };
        let text = write(&[file], "de", "uk");
        let document = read(&text).unwrap();
        let unit = &document.files[0].units[0];
        assert_eq!(document.files[0].source_hash.as_deref(), Some("sha256:1"));
        assert_eq!(unit.id, "content/a.md#s1");
        assert_eq!(unit.source, pieces);
        assert_eq!(unit.target.as_ref().unwrap().0, pieces);
        assert_eq!(unit.state.as_deref(), Some("translated"));
    }

    #[test]
    fn g_and_x_elements_are_codes_without_text() {
        let text = r#"<xliff version="1.2"><file original="a"><body><trans-unit id="a#s1"><source>x</source><target>Go <g id="1">here</g><x id="2"/></target></trans-unit></body></file></xliff>"#;
        let document = read(text).unwrap();
        let (target, _) = document.files[0].units[0].target.clone().unwrap();
        assert_eq!(
            target,
            vec![
                Piece::Text("Go ".into()),
                Piece::Open {
                    id: 1,
                    code: String::new()
                },
                Piece::Text("here".into()),
                Piece::Close {
                    id: 1,
                    code: String::new()
                },
                Piece::Placeholder {
                    id: 2,
                    code: String::new()
                },
            ]
        );
    }

    #[test]
    fn broken_xml_is_reported_where_it_breaks() {
        let text = "<xliff version=\"1.2\">\n<file original=\"a\"><body>\n<trans-unit id=\"x\"><source>a</sourc></trans-unit>";
        let (message, at) = read(text).unwrap_err();
        assert!(message.starts_with("not valid XML"), "{message}");
        assert_eq!(crate::diagnostic::line_col(text, at).0, 3);
    }
}
