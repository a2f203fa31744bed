//! The region's map outline: an SVG file of the site (`[region] map`) whose `viewBox` frames
//! the region and whose `<path>` elements draw it. Only the path data is taken, checked to be
//! nothing but path commands and numbers, so the file cannot smuggle markup into pages.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::region::Bounds;
use quick_xml::events::Event;
use std::path::Path;

/// A `viewBox`: left, top, width, height.
pub type ViewBox = (f64, f64, f64, f64);

/// The outline of the region with the edges of its frame in degrees.
#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    /// The `viewBox`.
    pub view_box: ViewBox,
    /// The `d` of every path.
    pub paths: Vec<String>,
    /// The degrees of the view box's edges.
    pub bounds: Bounds,
    /// The outline's credit line.
    pub credit: Option<String>,
}

/// Reads the map of the site's region, if it has one.
pub fn load(root: &Path, config: &Config) -> Result<Option<Map>, Vec<Diagnostic>> {
    let Some((file, bounds)) = &config.region.map else {
        return Ok(None);
    };
    let rel = Path::new(file);
    let text = crate::load::fs::read_text(root, rel).map_err(|d| {
        vec![d.with_hint("`[region] map` in config.toml names an SVG file in the site folder")]
    })?;
    let (view_box, paths) = parse(rel, &text).map_err(|d| vec![d])?;
    Ok(Some(Map {
        view_box,
        paths,
        bounds: *bounds,
        credit: config.region.map_credit.clone(),
    }))
}

/// The view box and path data of the SVG `text`.
fn parse(path: &Path, text: &str) -> Result<(ViewBox, Vec<String>), Diagnostic> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut view_box = None;
    let mut paths = Vec::new();
    let invalid = |message: String, offset: u64| {
        Diagnostic::error(path, message).at_offset(text, usize::try_from(offset).unwrap_or(0))
    };
    loop {
        let at = reader.buffer_position();
        let element = match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => e,
            Ok(Event::Eof) => break,
            Ok(_) => continue,
            Err(e) => return Err(invalid(format!("the map is not valid SVG: {e}"), at)),
        };
        let attribute = |name: &[u8]| {
            element
                .try_get_attribute(name)
                .ok()
                .flatten()
                .and_then(|a| {
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .ok()
                        .map(|v| v.into_owned())
                })
        };
        match element.local_name().as_ref() {
            b"svg" if view_box.is_none() => {
                let numbers: Vec<f64> = attribute(b"viewBox")
                    .unwrap_or_default()
                    .split([' ', ','])
                    .filter(|p| !p.is_empty())
                    .filter_map(|p| p.parse().ok())
                    .collect();
                match numbers[..] {
                    [x, y, w, h] if w > 0.0 && h > 0.0 => view_box = Some((x, y, w, h)),
                    _ => {
                        return Err(invalid(
                            "the map's `<svg>` needs a `viewBox` of four numbers that frames the region".to_string(),
                            at,
                        ));
                    }
                }
            }
            b"path" => {
                let d = attribute(b"d").unwrap_or_default();
                let plain = d.chars().all(|c| {
                    c.is_ascii_digit()
                        || c.is_ascii_whitespace()
                        || "MmLlHhVvCcSsQqTtAaZz.,+-eE".contains(c)
                });
                if !plain {
                    return Err(invalid(
                        "a `<path>` of the map has a `d` that is not path data".to_string(),
                        at,
                    ));
                }
                if !d.trim().is_empty() {
                    paths.push(d);
                }
            }
            _ => {}
        }
    }
    match view_box {
        Some(view_box) if !paths.is_empty() => Ok((view_box, paths)),
        _ => Err(Diagnostic::error(path, "the map has no `<svg viewBox>` with a `<path>`")
            .with_hint("the file must be an SVG with a `viewBox` framing the region and its outline as `<path d=\"…\">`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_view_box_and_paths_and_refuses_markup() {
        let path = Path::new("region/x.svg");
        let svg = "<?xml version=\"1.0\"?>\n<!-- credit -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"10 20 30 40\"><path d=\"m 1,2 3.5,-4 z\"/></svg>";
        let (view_box, paths) = parse(path, svg).unwrap();
        assert_eq!(view_box, (10.0, 20.0, 30.0, 40.0));
        assert_eq!(paths, ["m 1,2 3.5,-4 z"]);
        let script = svg.replace("m 1,2", "\"/><script>x</script><path d=\"m 1,2");
        assert_eq!(
            parse(path, &script).unwrap().1,
            ["m 1,2 3.5,-4 z"],
            "only path data is taken"
        );
        let sneaky = svg.replace("m 1,2", "m 1,2 &quot;&gt;&lt;script");
        assert_eq!(
            parse(path, &sneaky).unwrap_err().message,
            "a `<path>` of the map has a `d` that is not path data"
        );
        let no_box = svg.replace(" viewBox=\"10 20 30 40\"", "");
        assert!(
            parse(path, &no_box)
                .unwrap_err()
                .message
                .contains("viewBox")
        );
    }
}
