//! The `wegweiser` binary: parses the command line, calls the library, prints what it
//! returns and reports (diagnostics, summaries, progress bars) and sets the exit code.

mod cli;

use clap::Parser;
use cli::{Cli, Command, Format, NewWhat, TranslationsAction, TranslationsArgs};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use wegweiser::commands::check::{self, CheckOptions};
use wegweiser::commands::serve::{self, Report, ServeOptions};
use wegweiser::diagnostic::Diagnostic;
use wegweiser::load::dates::Date;
use wegweiser::site::{self, BuildOptions};

/// Sites with more pages than this get a progress bar: they take about a second or more.
const PROGRESS_FROM: usize = 5_000;

/// mimalloc instead of the system's allocator: indexing for search allocates and frees
/// millions of small blocks from many threads (bench/RESULTS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root;
    let quiet = cli.quiet;
    match cli.command {
        Command::Build(args) => {
            let today = match parse_date(args.today.as_deref()) {
                Ok(today) => today,
                Err(code) => return code,
            };
            let options = BuildOptions {
                root,
                out: args.out,
                base_url: args.base_url,
                drafts: args.drafts,
                today,
                cache: args.cache,
            };
            let progress = Bar::new(!quiet && std::io::stderr().is_terminal());
            match site::build(&options, &progress) {
                Ok(summary) => {
                    for warning in &summary.warnings {
                        eprintln!("{warning}");
                    }
                    if !quiet {
                        println!("{}", summary.line());
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    print_problems(&problems);
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check(args) => {
            let today = match parse_date(args.today.as_deref()) {
                Ok(today) => today,
                Err(code) => return code,
            };
            let report = check::check(&CheckOptions {
                root,
                strict: args.strict,
                require_reviewed: args.require_reviewed,
                today,
            });
            match args.format {
                Format::Json => {
                    println!("{}", wegweiser::render::export::to_json(&report).trim_end())
                }
                Format::Text => {
                    let color =
                        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
                    print!("{}", check::text(&report, color, !quiet));
                }
            }
            if report.errors > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Translations(args) => translations(&root, args, quiet),
        Command::Serve(args) => {
            let options = ServeOptions {
                root,
                bind: args.bind,
                port: args.port,
                drafts: args.drafts,
            };
            let open = args.open;
            match serve::serve(options, move |report| print_report(report, open, quiet)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problem) => {
                    eprintln!("{problem}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::New(args) => {
            let config =
                || wegweiser::load::config::load(&root).map_err(|mut problems| problems.remove(0));
            let invocation = match root == Path::new(".") {
                true => "wegweiser".to_string(),
                false => format!("wegweiser --root {}", root.display()),
            };
            let result = match args.what {
                NewWhat::Site => wegweiser::commands::new::site(&root, &invocation),
                NewWhat::Page { path } => config().and_then(|c| {
                    let today = c.region.today();
                    wegweiser::commands::new::page(&root, &c, &path, today, &invocation)
                }),
                NewWhat::Language { code } => config().and_then(|c| {
                    wegweiser::commands::new_language::language(&root, &c, &code, &invocation)
                }),
                NewWhat::Partner { id } => config().and_then(|c| {
                    let today = c.region.today();
                    wegweiser::commands::new::partner(&root, &c, &id, today, &invocation)
                }),
            };
            match result {
                Ok(_) if quiet => ExitCode::SUCCESS,
                Ok(created) => {
                    for file in created.files {
                        println!("created {}", file.display());
                    }
                    println!("next: {}", created.next);
                    ExitCode::SUCCESS
                }
                Err(problem) => {
                    eprintln!("{problem}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Parses a `YYYY-MM-DD` date given with `--today`; a wrong one ends the program with 2.
fn parse_date(text: Option<&str>) -> Result<Option<Date>, ExitCode> {
    text.map(|text| {
        text.trim().parse::<Date>().map_err(|_| {
            eprintln!("error: `{text}` is not a date; write it as 2026-11-25");
            ExitCode::from(2)
        })
    })
    .transpose()
}

/// Prints problems to standard error, then a closing line with their number.
fn print_problems(problems: &[Diagnostic]) {
    for problem in problems {
        eprintln!("{problem}");
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    eprintln!(
        "error: build failed with {errors} error{}; nothing was written",
        if errors == 1 { "" } else { "s" }
    );
}

/// Prints what the server reports (when `quiet`, only its address and problems); opens the
/// browser once it listens, when asked to.
fn print_report(report: Report, open: bool, quiet: bool) {
    match report {
        Report::Serving { url, root } => {
            println!("Serving {} at {url} (Ctrl+C stops)", root.display());
            if open {
                open_browser(&url);
            }
        }
        Report::Built {
            pages,
            elapsed,
            warnings,
        } => {
            for warning in &warnings {
                eprintln!("{warning}");
            }
            if !quiet {
                println!(
                    "Built {pages} pages in {:.0} ms",
                    elapsed.as_secs_f64() * 1000.0
                );
            }
        }
        Report::Updated { .. } if quiet => {}
        Report::Updated {
            sources,
            outputs,
            elapsed,
        } => println!(
            "Updated {sources} file(s) in {:.1} ms ({outputs} output(s) rendered again)",
            elapsed.as_secs_f64() * 1000.0
        ),
        Report::Failed(problems) => print_problems(&problems),
    }
}

/// Opens `url` in the desktop's browser; failing silently is fine, the URL is printed.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener).arg(url).spawn();
}

/// A progress bar on standard error for large sites (hidden otherwise).
struct Bar {
    show: bool,
    bar: std::sync::Mutex<indicatif::ProgressBar>,
}

impl Bar {
    fn new(show: bool) -> Bar {
        Bar {
            show,
            bar: std::sync::Mutex::new(indicatif::ProgressBar::hidden()),
        }
    }
}

impl wegweiser::progress::Progress for Bar {
    fn begin(&self, stage: &str, total: usize) {
        if !self.show || total <= PROGRESS_FROM {
            return;
        }
        let bar = indicatif::ProgressBar::new(total as u64);
        let template = format!("{{bar:40}} {{pos}}/{{len}} {stage}, {{eta}} left");
        bar.set_style(
            indicatif::ProgressStyle::with_template(&template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        if let Ok(mut current) = self.bar.lock() {
            *current = bar;
        }
    }

    fn step(&self) {
        if let Ok(bar) = self.bar.lock() {
            bar.inc(1);
        }
    }

    fn end(&self) {
        if let Ok(mut bar) = self.bar.lock() {
            bar.finish_and_clear();
            *bar = indicatif::ProgressBar::hidden();
        }
    }
}

/// `wegweiser translations`: export, import, or `--stamp`.
fn translations(root: &Path, args: TranslationsArgs, quiet: bool) -> ExitCode {
    let fail = |problems: &[Diagnostic]| {
        for problem in problems {
            eprintln!("{problem}");
        }
        ExitCode::FAILURE
    };
    if args.action.is_some() && !args.stamp.is_empty() {
        return fail(&[
            Diagnostic::error(root, "`--stamp` cannot go with `export` or `import`")
                .with_hint("run them one after the other"),
        ]);
    }
    match args.action {
        None if args.stamp.is_empty() => fail(&[Diagnostic::error(
            root,
            "say what to do: `export`, `import` or `--stamp FILE…`",
        )
        .with_hint("see `wegweiser translations --help`")]),
        None => match wegweiser::commands::stamp::stamp(root, &args.stamp) {
            Ok(stamped) => {
                for (path, hash) in stamped.iter().filter(|_| !quiet) {
                    println!("stamped {} ({hash})", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(problems) => fail(&problems),
        },
        Some(TranslationsAction::Export { lang, only, out }) => {
            let site = match wegweiser::site::load(root, None, false) {
                Ok(site) => site,
                Err(problems) => return fail(&problems),
            };
            let export = match wegweiser::xliff::export::export(&site, &lang, only) {
                Ok(export) => export,
                Err(problem) => return fail(&[problem]),
            };
            match out {
                None => print!("{}", export.xliff),
                Some(path) => {
                    if let Err(e) = std::fs::write(&path, &export.xliff) {
                        return fail(&[Diagnostic::error(&path, format!("cannot write: {e}"))]);
                    }
                }
            }
            if !quiet {
                eprintln!(
                    "exported {} units ({} words) from {} files for `{lang}`",
                    export.units, export.words, export.files
                );
            }
            ExitCode::SUCCESS
        }
        Some(TranslationsAction::Import { files, unreviewed }) => {
            for path in files {
                let site = match wegweiser::site::load(root, None, true) {
                    Ok(site) => site,
                    Err(problems) => return fail(&problems),
                };
                let text = match std::fs::read_to_string(&path) {
                    Ok(text) => text,
                    Err(e) => {
                        return fail(&[Diagnostic::error(&path, format!("cannot read: {e}"))]);
                    }
                };
                match wegweiser::xliff::import::import(&site, &path, &text, unreviewed) {
                    Ok(imported) => {
                        for warning in &imported.warnings {
                            eprintln!("{warning}");
                        }
                        if !quiet {
                            for (file, units) in &imported.written {
                                println!("wrote {file} ({units} units changed)");
                            }
                            println!(
                                "{}: {} units read, {} files written",
                                path.display(),
                                imported.units,
                                imported.written.len()
                            );
                        }
                    }
                    Err(problems) => {
                        eprintln!("{}: nothing was written", path.display());
                        return fail(&problems);
                    }
                }
            }
            ExitCode::SUCCESS
        }
    }
}
