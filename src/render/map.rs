//! The directory's map: the region's outline (from the site, see `load::map`) with a point per
//! city that has partners, each linking to the city's page, drawn as inline SVG at build time
//! (no tiles, no requests). Points come from partners' coordinates, else from the region's
//! `places`.

use crate::load::map::Map;
use crate::render::escape::xml as escape;
use std::fmt::Write;

/// The labels' font size in the outline's units (the stylesheet sets the same): on a 360 px
/// phone the map is about 1.75 px a unit wide, so labels are about 12 px high.
const LABEL_SIZE: f64 = 7.0;

/// The average width of a label's character, in the outline's units.
const LABEL_CHARACTER: f64 = LABEL_SIZE * 0.56;

/// A city on the map.
pub struct Point<'a> {
    /// The city as partners write it (found in the region's places).
    pub city: &'a str,
    /// The city's name in the page's language.
    pub name: &'a str,
    /// Latitude and longitude, if known from a partner location.
    pub coordinates: Option<(f64, f64)>,
    /// URL path of the city's page.
    pub url: String,
    /// Accessible name of the link, e.g. "Erfurt: 8 organisations".
    pub label: String,
}

/// The known position of `point`: a partner's coordinates, else the region's places.
fn position(point: &Point, places: &[(String, (f64, f64))]) -> Option<(f64, f64)> {
    point.coordinates.or_else(|| {
        places
            .iter()
            .find(|(name, _)| name == point.city)
            .map(|(_, position)| *position)
    })
}

/// Projects degrees into the outline's SVG coordinates; `None` outside the map's edges.
fn project(map: &Map, (lat, lon): (f64, f64)) -> Option<(f64, f64)> {
    let b = map.bounds;
    let (left, top, width, height) = map.view_box;
    if !(b.west..=b.east).contains(&lon) || !(b.south..=b.north).contains(&lat) {
        return None;
    }
    let x = left + (lon - b.west) / (b.east - b.west) * width;
    let y = top + (b.north - lat) / (b.north - b.south) * height;
    Some((x, y))
}

/// The map as an SVG element with one link per city whose position is known; `title` names
/// the map for screen readers.
pub fn svg(map: &Map, places: &[(String, (f64, f64))], title: &str, points: &[Point]) -> String {
    let (left, top, width, height) = map.view_box;
    let pad = 6.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"map\" viewBox=\"{:.1} {:.1} {:.1} {:.1}\" role=\"group\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        left - pad,
        top - pad,
        width + 2.0 * pad,
        height + 2.0 * pad,
        escape(title)
    );
    for d in &map.paths {
        let _ = write!(svg, "<path class=\"map__land\" d=\"{}\"/>", escape(d));
    }
    let placed: Vec<(&Point, (f64, f64))> = points
        .iter()
        .filter_map(|p| {
            position(p, places)
                .and_then(|at| project(map, at))
                .map(|xy| (p, xy))
        })
        .collect();
    for (point, (x, y)) in &placed {
        // A label goes above its point when another point sits where the label would be.
        let width = 7.0 + point.name.chars().count() as f64 * LABEL_CHARACTER;
        let crowded = placed.iter().any(|(_, (ox, oy))| {
            *ox > *x && *ox - *x < width && (*oy - *y).abs() < LABEL_SIZE + 1.0
        });
        // A label that would run over the map's right edge goes to the left of its point.
        let (label_x, label_y, anchor) = if crowded {
            (*x, y - LABEL_SIZE + 0.5, "middle")
        } else if x + width > left + map.view_box.2 + pad {
            (x - 4.0, y + LABEL_SIZE * 0.36, "end")
        } else {
            (x + 4.0, y + LABEL_SIZE * 0.36, "start")
        };
        let _ = write!(
            svg,
            "<a href=\"{}\" aria-label=\"{}\"><circle class=\"map__point\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.5\"/>\
             <text class=\"map__label\" x=\"{label_x:.1}\" y=\"{label_y:.1}\" text-anchor=\"{anchor}\">{}</text></a>",
            escape(&point.url),
            escape(&point.label),
            escape(point.name)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::region::Bounds;

    /// Thuringia as the portal draws it.
    fn thuringia() -> Map {
        Map {
            view_box: (255.945, 363.640, 177.04, 145.68),
            paths: vec!["m 308.47486,364.3902 3.4,0.03 z".to_string()],
            bounds: Bounds {
                west: 9.877,
                east: 12.654,
                north: 51.649,
                south: 50.204,
            },
            credit: None,
        }
    }

    #[test]
    fn towns_fall_inside_the_outline_box_and_in_order() {
        let map = thuringia();
        let erfurt = project(&map, (50.978, 11.029)).unwrap();
        let jena = project(&map, (50.927, 11.586)).unwrap();
        let nordhausen = project(&map, (51.505, 10.791)).unwrap();
        assert!(jena.0 > erfurt.0, "Jena lies east of Erfurt");
        assert!(nordhausen.1 < erfurt.1, "Nordhausen lies north of Erfurt");
        assert!(
            project(&map, (52.52, 13.40)).is_none(),
            "Berlin is not in Thuringia"
        );
    }

    #[test]
    fn svg_links_each_known_city_and_escapes_text() {
        let points = [
            Point {
                city: "Erfurt",
                name: "Erfurt",
                coordinates: None,
                url: "/de/orte/erfurt/".into(),
                label: "Erfurt: 2".into(),
            },
            Point {
                city: "<Nirgendwo>",
                name: "<Nirgendwo>",
                coordinates: None,
                url: "/x/".into(),
                label: "x".into(),
            },
            Point {
                city: "Hof & Co",
                name: "Hof & Co",
                coordinates: Some((50.9, 11.0)),
                url: "/de/orte/hof/".into(),
                label: "Hof".into(),
            },
        ];
        let places = [("Erfurt".to_string(), (50.978, 11.029))];
        let svg = svg(&thuringia(), &places, "Karte", &points);
        assert_eq!(svg.matches("<a href=").count(), 2);
        assert!(svg.contains("aria-label=\"Karte\""));
        assert!(svg.contains(">Hof &amp; Co</text>"));
        assert!(!svg.contains("Nirgendwo"));
    }

    #[test]
    fn a_label_at_the_right_edge_goes_to_the_left_of_its_point() {
        let points = [Point {
            city: "Altenburg",
            name: "Altenburg",
            coordinates: Some((50.985, 12.60)),
            url: "/de/orte/altenburg/".into(),
            label: "Altenburg".into(),
        }];
        let svg = svg(&thuringia(), &[], "Karte", &points);
        assert!(svg.contains("text-anchor=\"end\""), "{svg}");
    }
}
