//! Sequences the stages of a build: load → link → render → write. Nothing else.

use crate::config::{self, Config};
use crate::diagnostic::Diagnostic;
use crate::output::{self, Output};
use crate::render::{self, Inputs};
use crate::{content, directory, i18n, link, static_files};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a build was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The output folder; `public/` in the root when `None`.
    pub out: Option<PathBuf>,
    /// Overrides `base_url` of config.toml.
    pub base_url: Option<String>,
    /// Include pages marked `draft = true`.
    pub drafts: bool,
}

/// What a successful build produced.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Per language code: pages written in that language, and fallback pages among them.
    pub languages: Vec<(String, usize, usize)>,
    /// Number of partners in the directory.
    pub partners: usize,
    /// Where the site was written.
    pub out: PathBuf,
    /// How long the build took.
    pub elapsed: Duration,
    /// Problems that did not fail the build.
    pub warnings: Vec<Diagnostic>,
}

/// Builds the site. On any error nothing is written and every problem found is returned,
/// sorted by file and position.
pub fn build(options: &BuildOptions) -> Result<Summary, Vec<Diagnostic>> {
    run_build(options).map_err(|mut problems| {
        crate::diagnostic::sort(&mut problems);
        problems.dedup();
        problems
    })
}

fn run_build(options: &BuildOptions) -> Result<Summary, Vec<Diagnostic>> {
    let started = Instant::now();
    let root = normalize(&options.root);
    let config = load_config(&root, options.base_url.as_deref())?;
    let out = normalize(&options.out.clone().unwrap_or_else(|| root.join("public")));
    output::check_target(&root, &out).map_err(|d| vec![d])?;

    let content = content::load(&root, &config, options.drafts);
    let strings = i18n::load(&root, &config).map(Arc::new);
    let partners = directory::load(&root, &config);
    let (content, strings, partners) = match (content, strings, partners) {
        (Ok(c), Ok(s), Ok(p)) => (c, s, p),
        (c, s, p) => {
            let mut problems = c.err().unwrap_or_default();
            problems.extend(s.err().unwrap_or_default());
            problems.extend(p.err().unwrap_or_default());
            return Err(problems);
        }
    };
    let templates = render::templates(&root, &config, strings.clone())?;
    let linked = link::link(&config, &content.sources)?;
    let directory = directory::pages::link(&config, &linked, partners)?;
    let output = Output::create(&out).map_err(|d| vec![d])?;
    let stylesheet = static_files::write(&root, &config, &content, &linked, &output)?;
    let inputs = Inputs {
        config: &config,
        sources: &content.sources,
        linked: &linked,
        strings,
        templates: &templates,
        stylesheet,
        directory: &directory,
    };
    let problems = render::render(&inputs, &output);
    if !problems.is_empty() {
        return Err(problems);
    }
    output.commit().map_err(|d| vec![d])?;
    let languages = config
        .languages
        .iter()
        .enumerate()
        .map(|(lang, l)| {
            let fallbacks = linked.items.iter().filter(|i| i.is_fallback(lang)).count();
            (l.code.clone(), linked.items.len(), fallbacks)
        })
        .collect();
    Ok(Summary {
        partners: directory.partners.len(),
        languages,
        out,
        elapsed: started.elapsed(),
        warnings: content.warnings,
    })
}

/// Loads config.toml and applies a `--base-url` override.
fn load_config(root: &Path, base_url: Option<&str>) -> Result<Config, Vec<Diagnostic>> {
    let config = config::load(root)?;
    match base_url {
        Some(url) => config.with_base_url(url).map_err(|d| vec![d]),
        None => Ok(config),
    }
}

/// An absolute path with `.` and `..` folded away and symbolic links in its existing part
/// resolved, so two spellings of one folder compare equal.
pub fn normalize(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut folded = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                folded.pop();
            }
            Component::CurDir => {}
            other => folded.push(other),
        }
    }
    let mut existing = folded.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return folded,
        }
    }
    let mut result = existing.canonicalize().unwrap_or(existing);
    result.extend(rest.iter().rev());
    result
}
