//! The directory's map: Thuringia's outline with a point per city that has partners, each
//! linking to the city's page, drawn as inline SVG at build time (no tiles, no requests).
//!
//! The outline is the path of Thuringia from the npm package `@svg-maps/germany` 2.0.0 by
//! Victor Cazanave, after mapsvg.com, licensed CC BY 4.0; the page credits it under the map.

use crate::render::sitemap::escape;
use std::fmt::Write;

/// Thuringia's outline in the coordinates of `@svg-maps/germany` (viewBox 0 0 586 793).
const OUTLINE: &str = "m 308.47486,364.3902 3.4,0.03 0.68,-0.78 2.96,1.01 0.47,1.66 2.41,-1.02 1.85,2.16 2.28,-0.62 -0.47,0.77 1.43,0.8 -0.43,1.16 -2.25,-1.08 -0.52,2.41 0,0 0.34,0 0,0 0.34,1.85 0,0 -0.03,0.61 0,0 0.95,-0.29 2.22,1.99 -1.31,1.75 3.02,3.88 -0.68,1.68 0,0 0.05,0.32 0,0 0.22,3.1 2.84,0.73 -1.19,0.76 3.67,-0.28 0.76,-0.95 5.13,2.72 3.08,-0.01 1.94,-1.03 1.69,0.77 0.06,0.95 4.58,-1.4 1.6,2.54 3.33,0.45 0.2,3.72 1.79,0.3 -0.78,0.96 3.85,3.7 -1.08,0.51 -2.69,4.83 -1.24,0.7 -1.08,-0.86 -0.89,2.49 1.56,0.33 0.04,1.34 3.32,-0.55 0.55,1.76 1.13,-0.03 0.05,2.27 0.92,0.44 -0.98,1.65 -1.2,0.27 0.97,1.84 -0.34,1.47 1.53,1.2 3.71,-0.04 1.83,-1.59 2.22,0.69 0.67,1.42 1.27,-1.44 2,0.09 1.89,1.85 0.15,2.23 2.02,0.33 1.68,2.58 1.03,-1.14 1.48,0.58 5.89,-0.74 1.5,2.75 1.89,-0.49 1.68,1.07 -0.02,2.89 2.35,0.24 0.66,2.4 4.71,-1.04 4.75,1.77 1.16,-1.59 0.48,1.59 1.45,-0.12 0.05,2.23 1.59,-1.63 -0.63,-0.76 0.95,-2.15 2.89,-3.66 -0.27,-1.95 -2.35,0.16 2.12,-5.26 0,0 3.44,-1.33 1.27,0.78 0.31,1.55 2.03,-0.44 1.04,0.98 2.98,-0.88 0.81,1.77 0,0 1.07,-0.03 0,0 1.09,0.32 0.25,4.63 0.49,-0.97 1.55,0.25 0.13,1.83 -0.91,0.69 3.1,1.33 2.05,-1.05 1.03,5.73 1.93,2.02 -0.97,1.68 -1.14,-0.68 -5.32,0.95 -1.09,-0.72 -0.87,0.51 0.22,0.95 -1.72,-0.19 -2.49,3.02 -0.22,2.17 -1.34,0.36 -0.24,-1.88 -0.83,0.95 -1.84,-0.52 -1.65,1.64 -0.07,1.44 -2.6,0.39 -0.58,-1.07 0.21,1.38 -0.68,-0.86 -0.69,1.47 -1.81,-1.05 0.21,3.16 2.12,-0.16 0.13,0.79 -1.42,2.17 -1.8,-0.49 -0.81,2.81 2.54,0.09 0.47,0.95 -1.23,1.15 0.51,2.22 3.72,1.02 -0.2,2.09 -3.3,1.91 -0.1,1.44 -4.06,-0.85 -0.6,2.53 -2.6,-1.63 -0.87,4.61 1.59,-0.07 0.14,0.74 -2.46,0.94 -1.42,-1.12 -1.41,0.23 -0.23,2.05 -1.28,0.49 -1.76,0.06 -0.64,-1.72 1.17,-2.59 -2.18,-2.13 1.08,-0.99 -1.17,-0.95 -1.22,1.29 0.29,1.19 -3.89,2.45 0.2,2.83 -2.8,0.42 -0.94,1.46 1.15,2.04 2.77,-0.6 0.03,1.45 2.13,2.2 -1.71,1.59 0.67,1.72 -1.11,-0.83 -2.34,1.35 0.27,1.26 1.82,0.35 -0.29,0.89 0,0 -6.28,3.38 0,-1.31 -2.9,-1.69 -0.44,0.92 -1.28,-0.43 0.7,0.87 -1.56,-0.32 -1.59,1.3 -0.38,-0.64 -5.31,1.49 -1.98,-1.54 -1.42,0.29 -0.72,1.46 -2.42,1.05 -0.09,-2.1 -2.65,-0.48 0.24,-2.95 -1.16,-0.18 -1.39,1.21 0.49,-1.19 -1.93,-1.26 -0.02,-4.95 0.97,0.24 0.35,-0.79 -0.63,-1.19 -5.42,-0.95 0.07,1 -1.63,0.22 0.05,1.77 -1.29,0.14 -0.71,1.38 -0.25,-0.95 -2.5,0.63 0.03,2.97 1.19,1.85 -0.57,3.04 1.69,3.98 -1.47,0.87 0.94,1.53 -0.95,-0.08 0.51,3.07 -1.13,1.25 0.58,0.48 0,0 -0.26,0 0,0 -0.33,2.02 -3.59,-2.44 -0.31,1.99 -0.92,0.32 0.41,-1.08 -2.3,-0.49 -0.81,-1.41 1.56,-3.05 -1.27,-2.25 -1.27,0.4 -0.17,-1.75 -1.68,0.13 -0.23,1.35 -2.62,0.78 -0.46,-1.6 -2.76,-0.53 0.26,1.59 -0.82,0.16 -3.12,-4.44 -1.27,0.35 0,0 -0.48,0.19 0,0 -1.08,0.65 -0.96,-1.6 -0.89,0.85 -1.92,-0.45 -1.71,1.3 -1.22,-0.53 -2.01,2.65 -2.45,-0.63 -0.18,1.84 0.97,0.15 -0.81,2.35 1.66,0.52 1.84,2.23 2.06,0.16 0.17,1.22 0,0 0.35,0 0,0 2.17,0.39 0.07,3.07 -1.53,0.66 -1.36,-1.39 -2.03,1.02 -2.41,-0.98 -0.11,3.97 -0.83,0.67 -1.07,-0.73 0,0 -0.33,0 0,0 -2.29,-1.79 -1.88,0.69 -1.4,-0.71 -0.65,-1.53 0.86,-0.35 -0.79,-1.4 0.59,-0.83 -1.05,0.02 0.82,-2.12 -0.77,-1.49 0.49,-2.58 -2.43,-0.42 -1.09,-2.6 -0.77,-0.17 -1.12,1.55 -0.18,-0.96 -1.3,0.45 0.02,-2 -0.71,0.18 0,0 -0.47,0 0,0 -1.34,-2.81 -3.64,0.78 -0.68,-1.49 1.16,-1.68 -2.01,-0.64 0.68,-0.75 -0.87,0.12 -1.97,-2.69 -0.44,-2.85 -1.79,0.03 -2.95,-1.94 -1.52,0.2 -0.03,-1.99 -1.48,-0.94 -0.3,-1.38 -1.56,0.24 -0.25,0.9 -1.56,-0.95 -0.52,0.95 -2.19,-2.1 -2.4,2.78 0.11,0.92 -1.96,1.04 0,0 -0.2,-1.31 1.44,-2.66 -1.54,-5.49 0.77,-1.28 2.12,0.09 -1.82,-4.86 -3.41,-0.53 -2.99,0.91 -0.3,1.06 1.2,1.54 -0.5,1.19 -5.32,-1.09 0.17,-2.99 2.79,-2.39 -0.92,-1.15 2.02,-3.36 -0.1,-1.67 -1.07,-0.34 0.26,-1.52 1.76,0.04 -0.62,-2.6 0.58,-2.17 1.42,-1.08 0,0 0.41,0.15 0,0 1.01,0.46 0.57,-1.14 1.34,0.26 0.7,-1.84 -1.06,0.44 0.07,-1.75 2.41,-1.69 -0.08,-0.78 -0.75,0.08 0.2,-1.1 -2.46,-2.16 -2.57,1.39 1.03,-2.39 -1.48,-0.1 -0.68,0.93 -0.23,-1.89 3.94,0.78 0.78,-0.9 0.31,0.6 2.17,-0.73 -1.29,-0.45 -0.14,-1.85 -1.36,-1.41 1.26,-3.19 4.04,0.92 1.07,-0.65 1.74,1.78 3.68,-1.52 -0.72,-1.09 1.39,-0.75 -0.61,-0.93 -4.11,-2.46 0.84,-0.95 -0.58,-1.58 1.87,-3.21 -3.51,-2.32 2.95,-1.4 2.1,4.07 0.81,-1.3 -0.61,-2.59 2.23,-3.5 -2.63,-0.68 -1.92,-1.99 -1.09,0.46 -0.61,-1.36 -1.66,0.55 -2.82,-1.13 0.58,-1.67 -1.95,-1.07 0.53,-2.54 -5.3,-0.6 -0.21,-1.61 -1.9,-0.69 0.58,-1.27 -1.49,-3.53 0.2,-2.13 0,0 4.63,-3 0.58,-1.59 1.82,-0.04 0.52,-1.69 1.4,1.94 0.76,-1.7 1.95,0.43 0,0 0.4,0 0,0 2.34,-0.09 -0.79,-1.25 2.04,-0.22 0.83,-1.77 -0.51,-0.67 1.51,-1.66 0.92,1.56 1.07,0.02 0.79,-1.29 3.37,-1.08 0.55,-2.09 2.24,-0.45 2.4,-4.51 0,0 0,-0.61 0,0 -0.65,-1.91 3.63,-0.48 0,0 0.38,0 0,0 3.94,1.96 1.54,1.95 2.67,-0.23 2.87,-2.39 3.23,2.15 0.57,-1.76 -1.71,-0.88 -0.28,-2.32 0.91,0.05 -0.63,-1.35 2.78,-0.88 -0.43,-0.94 z";

/// The outline's bounding box in SVG coordinates and in degrees (west, east, north, south):
/// a linear map between the two places points to within a few hundred metres.
const SVG_BOX: (f64, f64, f64, f64) = (255.945, 432.985, 363.640, 509.320);
const GEO_BOX: (f64, f64, f64, f64) = (9.877, 12.654, 51.649, 50.204);

/// Centres of Thuringian towns (latitude, longitude), for partners named with a city only.
const TOWNS: &[(&str, f64, f64)] = &[
    ("Altenburg", 50.985, 12.434),
    ("Apolda", 51.026, 11.514),
    ("Arnstadt", 50.835, 10.947),
    ("Eisenach", 50.975, 10.320),
    ("Erfurt", 50.978, 11.029),
    ("Gera", 50.880, 12.083),
    ("Gotha", 50.949, 10.701),
    ("Ilmenau", 50.684, 10.919),
    ("Jena", 50.927, 11.586),
    ("Meiningen", 50.568, 10.417),
    ("Mühlhausen", 51.209, 10.453),
    ("Nordhausen", 51.505, 10.791),
    ("Saalfeld", 50.648, 11.365),
    ("Schmalkalden", 50.722, 10.441),
    ("Sondershausen", 51.370, 10.873),
    ("Sonneberg", 50.352, 11.172),
    ("Suhl", 50.609, 10.692),
    ("Weimar", 50.979, 11.329),
];

/// A city on the map.
pub struct Point<'a> {
    /// The city's name.
    pub city: &'a str,
    /// Latitude and longitude, if known from a partner location.
    pub coordinates: Option<(f64, f64)>,
    /// URL path of the city's page.
    pub url: String,
    /// Accessible name of the link, e.g. "Erfurt: 8 organisations".
    pub label: String,
}

/// The known position of `city`: a partner's coordinates, else the town table.
fn position(point: &Point) -> Option<(f64, f64)> {
    point.coordinates.or_else(|| {
        TOWNS
            .iter()
            .find(|(name, _, _)| *name == point.city)
            .map(|(_, lat, lon)| (*lat, *lon))
    })
}

/// Projects degrees into the outline's SVG coordinates; `None` outside Thuringia's box.
fn project((lat, lon): (f64, f64)) -> Option<(f64, f64)> {
    let (west, east, north, south) = GEO_BOX;
    let (left, right, top, bottom) = SVG_BOX;
    if !(west..=east).contains(&lon) || !(south..=north).contains(&lat) {
        return None;
    }
    let x = left + (lon - west) / (east - west) * (right - left);
    let y = top + (north - lat) / (north - south) * (bottom - top);
    Some((x, y))
}

/// The map as an SVG element with one link per city whose position is known; `title` names
/// the map for screen readers.
pub fn svg(title: &str, points: &[Point]) -> String {
    let (left, right, top, bottom) = SVG_BOX;
    let pad = 6.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"map\" viewBox=\"{:.1} {:.1} {:.1} {:.1}\" role=\"group\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <path class=\"map__land\" d=\"{OUTLINE}\"/>",
        left - pad,
        top - pad,
        right - left + 2.0 * pad,
        bottom - top + 2.0 * pad,
        escape(title)
    );
    let placed: Vec<(&Point, (f64, f64))> = points
        .iter()
        .filter_map(|p| position(p).and_then(project).map(|xy| (p, xy)))
        .collect();
    for (point, (x, y)) in &placed {
        // A label goes above its point when another point sits where the label would be
        // (labels are 5 units high, about 2.8 units a character).
        let width = 7.0 + point.city.chars().count() as f64 * 2.8;
        let crowded = placed
            .iter()
            .any(|(_, (ox, oy))| *ox > *x && *ox - *x < width && (*oy - *y).abs() < 6.0);
        let (label_x, label_y, anchor) = if crowded {
            (*x, y - 4.5, "middle")
        } else {
            (x + 4.0, y + 1.8, "start")
        };
        let _ = write!(
            svg,
            "<a href=\"{}\" aria-label=\"{}\"><circle class=\"map__point\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.5\"/>\
             <text class=\"map__label\" x=\"{label_x:.1}\" y=\"{label_y:.1}\" text-anchor=\"{anchor}\">{}</text></a>",
            escape(&point.url),
            escape(&point.label),
            escape(point.city)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn towns_fall_inside_the_outline_box_and_in_order() {
        let erfurt = project((50.978, 11.029)).unwrap();
        let jena = project((50.927, 11.586)).unwrap();
        let nordhausen = project((51.505, 10.791)).unwrap();
        assert!(jena.0 > erfurt.0, "Jena lies east of Erfurt");
        assert!(nordhausen.1 < erfurt.1, "Nordhausen lies north of Erfurt");
        assert!(
            project((52.52, 13.40)).is_none(),
            "Berlin is not in Thuringia"
        );
    }

    #[test]
    fn svg_links_each_known_city_and_escapes_text() {
        let points = [
            Point {
                city: "Erfurt",
                coordinates: None,
                url: "/de/orte/erfurt/".into(),
                label: "Erfurt: 2".into(),
            },
            Point {
                city: "<Nirgendwo>",
                coordinates: None,
                url: "/x/".into(),
                label: "x".into(),
            },
            Point {
                city: "Hof & Co",
                coordinates: Some((50.9, 11.0)),
                url: "/de/orte/hof/".into(),
                label: "Hof".into(),
            },
        ];
        let svg = svg("Karte", &points);
        assert_eq!(svg.matches("<a href=").count(), 2);
        assert!(svg.contains("aria-label=\"Karte\""));
        assert!(svg.contains(">Hof &amp; Co</text>"));
        assert!(!svg.contains("Nirgendwo"));
    }
}
