//! Render stage: Markdown bodies, Tera templates and Fluent strings into the site's files,
//! in parallel. Templates see typed view structs (see `view`), never ad-hoc maps.

pub mod assets;
pub mod calendar;
pub mod content_line;
pub mod directory;
pub mod export;
pub mod map;
pub mod markdown;
pub mod privacy;
pub mod sitemap;
pub mod view;

use crate::load::config::Config;
use crate::load::content::{Kind, Source};

use crate::diagnostic::Diagnostic;
use crate::link::items::Linked;
use crate::load::strings::Strings;
use crate::output::Output;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tera::{Context, Kwargs, State, Tera};
use view::PageContext;

/// Everything the render stage reads.
pub struct Inputs<'a> {
    /// The validated configuration.
    pub config: &'a Config,
    /// All loaded Markdown files.
    pub sources: &'a [Source],
    /// The linked items.
    pub linked: &'a Linked,
    /// UI strings.
    pub strings: Arc<Strings>,
    /// Parsed templates.
    pub templates: &'a Templates,
    /// URL path of the fingerprinted stylesheet, below the base URL.
    pub stylesheet: String,
    /// The partner directory.
    pub directory: &'a crate::render::directory::Directory,
    /// Event pages with their times.
    pub events: &'a [crate::render::calendar::Event],
    /// The build date: review deadlines, upcoming and past events.
    pub today: crate::load::front_matter::Date,
}

/// The parsed templates with the file each came from, for error messages.
pub struct Templates {
    tera: Tera,
    paths: Vec<(String, PathBuf)>,
}

/// Loads the built-in templates, then the theme's own (`themes/<theme>/templates/`), which
/// replace built-in ones of the same name, and registers the `t` function.
pub fn templates(
    root: &Path,
    config: &Config,
    strings: Arc<Strings>,
) -> Result<Templates, Vec<Diagnostic>> {
    let mut sources: Vec<(String, PathBuf, String)> = crate::load::theme::TEMPLATES
        .iter()
        .map(|(name, text)| {
            let path = Path::new("(built-in theme)/templates").join(name);
            ((*name).to_string(), path, (*text).to_string())
        })
        .collect();
    let dir = Path::new("themes").join(&config.theme).join("templates");
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(root.join(&dir))
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
    {
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_path_buf();
        let name = entry
            .path()
            .strip_prefix(root.join(&dir))
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        match crate::load::fs::read_text(root, &rel) {
            Ok(text) => {
                sources.retain(|(n, _, _)| *n != name);
                sources.push((name, rel, text));
            }
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&strings, &kwargs, state)
    });
    let result = tera.add_raw_templates(sources.iter().map(|(n, _, t)| (n.as_str(), t.as_str())));
    let paths: Vec<(String, PathBuf)> = sources.into_iter().map(|(n, p, _)| (n, p)).collect();
    result.map_err(|e| vec![template_error(&e, &paths)])?;
    Ok(Templates { tera, paths })
}

/// The `t(key=…, …)` template function: a UI string in the context's `lang`.
fn translate(strings: &Strings, kwargs: &Kwargs, state: &State) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get::<&str>("key")?.to_string();
    let lang: String = match kwargs.get::<&str>("lang")? {
        Some(l) => l.to_string(),
        None => state.get::<String>("lang")?.unwrap_or_default(),
    };
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name == "key" || name == "lang" {
            continue;
        }
        if let Some(n) = value.as_i64() {
            args.set(name, n);
        } else if let Some(f) = value.as_f64() {
            args.set(name, f);
        } else {
            args.set(name, value.to_string());
        }
    }
    strings
        .format(&lang, &key, Some(&args))
        .map_err(tera::Error::message)
}

/// Turns a Tera error into a diagnostic naming the template file and line.
fn template_error(error: &tera::Error, paths: &[(String, PathBuf)]) -> Diagnostic {
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    match report {
        Some(r) => {
            let path = paths
                .iter()
                .find(|(n, _)| n == r.filename())
                .map_or_else(|| PathBuf::from(r.filename()), |(_, p)| p.clone());
            Diagnostic::error(path, format!("template error: {}", r.message()))
                .at(r.span().start_line, r.span().start_col + 1)
        }
        None => Diagnostic::error("templates", format!("template error: {error}")),
    }
}

/// Renders every item in every language, the language choice page, the 404 pages, the
/// sitemap and robots.txt into `output`.
pub fn render(
    inputs: &Inputs,
    output: &Output,
    progress: &indicatif::ProgressBar,
) -> Vec<Diagnostic> {
    let langs = inputs.config.languages.len();
    let jobs: Vec<(usize, usize)> = (0..inputs.linked.items.len())
        .flat_map(|item| (0..langs).map(move |lang| (item, lang)))
        .collect();
    progress.set_length(jobs.len() as u64);
    let mut problems: Vec<Diagnostic> = jobs
        .par_iter()
        .inspect(|_| progress.inc(1))
        .flat_map_iter(|&(item, lang)| match render_item(inputs, item, lang) {
            Ok(html) => output
                .write(
                    &inputs.linked.items[item].urls[lang],
                    "index.html",
                    html.as_bytes(),
                )
                .err()
                .into_iter()
                .collect::<Vec<_>>(),
            Err(p) => p,
        })
        .collect();
    for (lang, language) in inputs.config.languages.iter().enumerate() {
        let result = render_template(inputs, "404.html", &view::not_found(inputs, lang), None)
            .and_then(|html| {
                if lang == 0 {
                    output.write("", "404.html", html.as_bytes())?;
                }
                output.write(&format!("{}/", language.code), "404.html", html.as_bytes())
            });
        problems.extend(result.err());
    }
    problems.extend(crate::render::directory::render(inputs, output));
    problems.extend(write_events(inputs, output));
    problems.extend(write_print_versions(inputs, output));
    problems.extend(write_search(inputs, output));
    let status = render_template(inputs, "status.html", &view::status(inputs), None)
        .and_then(|html| output.write("status/", "index.html", html.as_bytes()));
    problems.extend(status.err());
    let root = render_template(
        inputs,
        "languages.html",
        &view::language_choice(inputs),
        None,
    )
    .and_then(|html| output.write("", "index.html", html.as_bytes()));
    problems.extend(root.err());
    problems.extend(
        output
            .write(
                "",
                "sitemap.xml",
                crate::render::sitemap::sitemap(inputs).as_bytes(),
            )
            .err(),
    );
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        inputs.config.base_url
    );
    problems.extend(output.write("", "robots.txt", robots.as_bytes()).err());
    problems
}

/// Writes the two-language print version (`…/print/`) of every page that is translated:
/// the translation beside the default language's text, top-level block by block.
fn write_print_versions(inputs: &Inputs, output: &Output) -> Vec<Diagnostic> {
    let linked = inputs.linked;
    let jobs: Vec<(usize, usize)> = (0..linked.items.len())
        .filter(|&i| linked.items[i].kind == Kind::Page && linked.items[i].versions[0].is_some())
        .flat_map(|i| (1..inputs.config.languages.len()).map(move |l| (i, l)))
        .filter(|&(i, l)| linked.items[i].versions[l].is_some())
        .collect();
    jobs.par_iter()
        .flat_map_iter(|&(item, lang)| {
            let it = &linked.items[item];
            let blocks = |version: usize, in_lang: usize| -> Vec<String> {
                let body = &inputs.sources[version].doc.body;
                markdown::blocks(body)
                    .into_iter()
                    .map(|range| {
                        let mut resolve = |target: &str| {
                            linked
                                .resolve(target, in_lang)
                                .map(|url| inputs.config.url_path(&url))
                        };
                        let html =
                            markdown::render(&body[range], inputs.config.escape_html, &mut resolve)
                                .0
                                .html;
                        without_heading_id(html)
                    })
                    .collect()
            };
            let (Some(translation), Some(original)) = (it.versions[lang], it.versions[0]) else {
                return None;
            };
            let (left, right) = (blocks(translation, lang), blocks(original, 0));
            // Name the file a foreign load comes from; its own page reports it as well, and
            // equal reports are merged.
            for (version, texts) in [(translation, &left), (original, &right)] {
                if let Some(found) = texts
                    .iter()
                    .flat_map(|b| crate::render::privacy::foreign_resources(b))
                    .next()
                {
                    return Some(foreign_load(&inputs.sources[version].path, &found, 1));
                }
            }
            let mut left = left.into_iter();
            let mut right = right.into_iter();
            let mut rows = Vec::new();
            loop {
                match (left.next(), right.next()) {
                    (None, None) => break,
                    (a, b) => rows.push((a.unwrap_or_default(), b.unwrap_or_default())),
                }
            }
            let context = view::bilingual(inputs, item, lang, rows);
            render_template(
                inputs,
                "print.html",
                &context,
                Some(&inputs.sources[translation]),
            )
            .and_then(|html| {
                output.write(
                    &format!("{}print/", it.urls[lang]),
                    "index.html",
                    html.as_bytes(),
                )
            })
            .err()
        })
        .collect()
}

/// A heading block without its `id`: blocks are rendered one by one and in two languages, so
/// their ids would repeat on the print page.
fn without_heading_id(mut html: String) -> String {
    if html.starts_with("<h")
        && let Some(start) = html.find(" id=\"")
        && let Some(end) = html[start + 5..].find('"')
        && start < html.find('>').unwrap_or(0)
    {
        html.replace_range(start..start + 5 + end + 1, "");
    }
    html
}

/// Writes each language's search page, when the site has search (the index is made from
/// the rendered pages afterwards, see `search`).
fn write_search(inputs: &Inputs, output: &Output) -> Vec<Diagnostic> {
    if !inputs.config.search {
        return Vec::new();
    }
    let urls: Vec<String> = inputs
        .config
        .languages
        .iter()
        .map(|l| format!("{}/search/", l.code))
        .collect();
    let mut problems = Vec::new();
    for lang in 0..urls.len() {
        let page = render_template(
            inputs,
            "search.html",
            &view::search(inputs, lang, &urls),
            None,
        )
        .and_then(|html| output.write(&urls[lang], "index.html", html.as_bytes()));
        problems.extend(page.err());
    }
    problems
}

/// Writes each language's calendar of all events, one calendar per event beside its page,
/// and each language's Atom feed of news and events.
fn write_events(inputs: &Inputs, output: &Output) -> Vec<Diagnostic> {
    let (config, sources, linked) = (inputs.config, inputs.sources, inputs.linked);
    let mut problems = Vec::new();
    for (lang, language) in config.languages.iter().enumerate() {
        let all: Vec<&crate::render::calendar::Event> = inputs.events.iter().collect();
        if !all.is_empty() {
            let calendar = crate::render::calendar::calendar(
                config,
                sources,
                linked,
                &all,
                lang,
                inputs.today,
            );
            problems.extend(
                output
                    .write(
                        &format!("{}/", language.code),
                        "events.ics",
                        calendar.as_bytes(),
                    )
                    .err(),
            );
        }
        for event in inputs.events {
            let calendar = crate::render::calendar::calendar(
                config,
                sources,
                linked,
                &[event],
                lang,
                inputs.today,
            );
            let url = &linked.items[event.item].urls[lang];
            problems.extend(output.write(url, "event.ics", calendar.as_bytes()).err());
        }
        let feed = crate::render::calendar::feed(
            config,
            sources,
            linked,
            inputs.events,
            lang,
            inputs.today,
        );
        problems.extend(
            output
                .write(&format!("{}/", language.code), "atom.xml", feed.as_bytes())
                .err(),
        );
    }
    problems
}

/// Renders one item in one language.
pub fn render_item(inputs: &Inputs, item: usize, lang: usize) -> Result<String, Vec<Diagnostic>> {
    let linked = inputs.linked;
    let source = &inputs.sources[linked.items[item].shown[lang]];
    let mut resolve = |target: &str| {
        linked
            .resolve(target, lang)
            .map(|url| inputs.config.url_path(&url))
    };
    let (body, errors) =
        markdown::render(&source.doc.body, inputs.config.escape_html, &mut resolve);
    if !errors.is_empty() {
        // Report link errors once, for the language the file is written in.
        if linked.items[item].versions[lang].is_none() {
            return Err(Vec::new());
        }
        return Err(errors
            .into_iter()
            .map(|e| {
                let (line, col) = crate::diagnostic::line_col(&source.doc.body, e.offset);
                let line = source.body_line + line - 1;
                Diagnostic::error(&source.path, e.message)
                    .at(line, col)
                    .with_hint(e.hint)
            })
            .collect());
    }
    let context = view::page(inputs, item, lang, body);
    let events_section = linked.item_of(&format!("{}/_index.md", inputs.config.events_section));
    let template = match (&source.doc.meta.template, source.kind) {
        (Some((name, _)), _) => name.clone(),
        (None, Kind::Section) if item == linked.home => "index.html".to_string(),
        (None, Kind::Section) if Some(item) == inputs.directory.section => {
            "partners.html".to_string()
        }
        (None, Kind::Section) if Some(item) == events_section => "events.html".to_string(),
        (None, Kind::Section) => "section.html".to_string(),
        (None, Kind::Page) => "page.html".to_string(),
    };
    if !inputs.templates.tera.contains_template(&template) {
        let (line, col) = source
            .doc
            .meta
            .template
            .as_ref()
            .map_or((0, 0), |(_, p)| *p);
        return Err(vec![
            Diagnostic::error(
                &source.path,
                format!("the template `{template}` does not exist"),
            )
            .at(line, col)
            .with_hint(format!(
                "create `themes/{}/templates/{template}` or remove `template`",
                inputs.config.theme
            )),
        ]);
    }
    render_template(inputs, &template, &context, Some(source)).map_err(|d| vec![d])
}

/// Renders `template` with `context`; errors name the template's file and line, and the page.
pub fn render_template(
    inputs: &Inputs,
    template: &str,
    context: &PageContext,
    source: Option<&Source>,
) -> Result<String, Diagnostic> {
    let context = Context::from_serialize(context).map_err(|e| {
        Diagnostic::error(
            template,
            format!("cannot pass the page to the template: {e}"),
        )
    })?;
    let html = inputs
        .templates
        .tera
        .render(template, &context)
        .map_err(|e| {
            let d = template_error(&e, &inputs.templates.paths);
            match source {
                Some(s) => d.with_hint(format!("while rendering `{}`", s.path.display())),
                None => d,
            }
        })?;
    let foreign = crate::render::privacy::foreign_resources(&html);
    if let Some(first) = foreign.first() {
        let path = match source {
            Some(s) => s.path.clone(),
            None => inputs
                .templates
                .paths
                .iter()
                .find(|(n, _)| n == template)
                .map_or_else(|| PathBuf::from(template), |(_, p)| p.clone()),
        };
        return Err(foreign_load(&path, first, foreign.len()));
    }
    Ok(html)
}

/// The error for a page that would load `first` (and `count` resources in all) from elsewhere.
fn foreign_load(path: &Path, first: &str, count: usize) -> Diagnostic {
    Diagnostic::error(
        path,
        format!("the page would make readers' browsers load `{first}` from another server"),
    )
    .with_hint(format!(
        "copy the file into `static/` or beside the page and link it by its path; {count} foreign load(s) in all"
    ))
}
