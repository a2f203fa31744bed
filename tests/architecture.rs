//! The shape of `src/`, checked from its files: modules depend on each other without a circle
//! (a module is a file; an edge is any `crate::…` or `super::…` path in it), no module is
//! longer than 500 lines unless its `//!` header says why, every module has such a header, and
//! the library never prints (only the binary, `main.rs` and `cli.rs`, does).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Files of the binary, not of the library.
const BINARY: [&str; 2] = ["main.rs", "cli.rs"];

/// Every module of the library: its path (`render::frame`) and its text.
fn modules() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&src)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .filter(|e| {
            let rel = e.path().strip_prefix(&src).unwrap();
            !BINARY.contains(&rel.to_str().unwrap())
        })
        .map(|e| {
            let rel: PathBuf = e.path().strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                parts.pop();
            }
            (parts.join("::"), std::fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

/// The paths a module's text names below `crate::` (or `super::`, resolved), as written.
fn named_paths(module: &str, text: &str) -> Vec<String> {
    let parent: Vec<&str> = module.split("::").filter(|p| !p.is_empty()).collect();
    let mut found = Vec::new();
    for (prefix, base) in [
        ("crate::", String::new()),
        ("super::", {
            let up = &parent[..parent.len().saturating_sub(1)];
            up.join("::")
        }),
    ] {
        let mut rest = text;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().last();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let path = path.trim_end_matches(':');
            let braced = rest[path.len()..].trim_start_matches(':').starts_with('{');
            let join = |p: &str| {
                [base.as_str(), p]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("::")
            };
            if braced {
                let inside = &rest[path.len()..];
                let inside = &inside[inside.find('{').unwrap() + 1..];
                let inside = &inside[..inside.find('}').unwrap_or(inside.len())];
                for item in inside.split(',') {
                    let item = item.split_whitespace().next().unwrap_or("");
                    if item == "self" || item.is_empty() {
                        found.push(join(path));
                    } else {
                        found.push(join(&format!("{path}::{item}")));
                    }
                }
            } else {
                found.push(join(path));
            }
        }
    }
    found
}

/// The module a named path lives in: its longest prefix that is a module.
fn owner(path: &str, modules: &BTreeMap<String, String>) -> Option<String> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find(|candidate| modules.contains_key(candidate))
}

/// A circle in `edges`, found by depth-first search for an edge back into the path.
fn circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next) {
                Some(1) => {
                    let start = stack.iter().position(|n| n == next).unwrap();
                    let mut circle = stack[start..].to_vec();
                    circle.push(next.clone());
                    return Some(circle);
                }
                Some(_) => {}
                None => {
                    if let Some(circle) = visit(next, edges, state, stack) {
                        return Some(circle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for module in edges.keys() {
        if !state.contains_key(module)
            && let Some(circle) = visit(module, edges, &mut state, &mut Vec::new())
        {
            return Some(circle);
        }
    }
    None
}

#[test]
fn modules_depend_on_each_other_without_a_circle() {
    let modules = modules();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &modules {
        let targets = edges.entry(module.clone()).or_default();
        for path in named_paths(module, text) {
            if let Some(target) = owner(&path, &modules)
                && target != *module
                && !target.is_empty()
            {
                targets.insert(target);
            }
        }
    }
    if let Some(circle) = circle(&edges) {
        panic!("import circle: {}", circle.join(" → "));
    }
    assert!(
        edges["render::content"].contains("render::frame"),
        "the check sees edges: {:?}",
        edges["render::content"]
    );
}

#[test]
fn the_checker_finds_circles_and_braced_imports() {
    let text = "use crate::link::{items::Linked, outputs};\nfn f() { super::x::y(); }\n";
    let paths = named_paths("render::content", text);
    assert!(
        paths.contains(&"link::items::Linked".to_string()),
        "{paths:?}"
    );
    assert!(paths.contains(&"link::outputs".to_string()), "{paths:?}");
    assert!(paths.contains(&"render::x::y".to_string()), "{paths:?}");
    let graph = |pairs: &[(&str, &str)]| {
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in pairs {
            edges
                .entry(from.to_string())
                .or_default()
                .insert(to.to_string());
        }
        edges
    };
    assert_eq!(
        circle(&graph(&[
            ("render", "view"),
            ("view", "directory"),
            ("directory", "render")
        ])),
        Some(vec![
            "directory".to_string(),
            "render".into(),
            "view".into(),
            "directory".into()
        ])
    );
    assert_eq!(circle(&graph(&[("a", "b"), ("b", "c"), ("a", "c")])), None);
}

#[test]
fn modules_are_short_or_say_why() {
    for (module, text) in modules() {
        let lines = text.lines().count();
        let header: String = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!header.is_empty(), "`{module}` has no `//!` header");
        assert!(
            lines <= 500 || header.contains("500 lines"),
            "`{module}` has {lines} lines; split it by concept or say in its header why it is longer than 500 lines"
        );
    }
}

#[test]
fn the_library_never_prints() {
    for (module, text) in modules() {
        for (n, line) in text.lines().enumerate() {
            for printing in ["println!", "eprintln!", "print!(", "eprint!(", "dbg!("] {
                assert!(
                    !line.contains(printing),
                    "`{module}` line {}: the library prints (`{printing}`); return it to the binary",
                    n + 1
                );
            }
        }
    }
}
