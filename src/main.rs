//! The `wegweiser` binary: parses the command line, calls the library, prints diagnostics
//! and sets the exit code.

use clap::Parser;
use std::io::IsTerminal;
use std::process::ExitCode;
use wegweiser::cli::{Cli, Command, Format, NewWhat};
use wegweiser::commands::check::{self, CheckOptions};
use wegweiser::commands::serve::{self, ServeOptions};
use wegweiser::site::{self, BuildOptions};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => {
            let today = match args
                .today
                .as_deref()
                .map(wegweiser::parse_cli_date)
                .transpose()
            {
                Ok(today) => today,
                Err(message) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
            };
            let options = BuildOptions {
                root: args.root,
                out: args.out,
                base_url: args.base_url,
                drafts: args.drafts,
                today,
                progress: !args.quiet && std::io::stderr().is_terminal(),
            };
            match site::build(&options) {
                Ok(summary) => {
                    for warning in &summary.warnings {
                        eprintln!("{warning}");
                    }
                    if !args.quiet {
                        println!("{}", wegweiser::summary_line(&summary));
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    wegweiser::print_problems(&problems);
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check(args) => {
            let today = match args.today.as_deref().map(wegweiser::parse_cli_date) {
                None => wegweiser::link::translations::today(),
                Some(Ok(date)) => date,
                Some(Err(message)) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
            };
            let report = check::check(&CheckOptions {
                root: args.root,
                strict: args.strict,
                today,
            });
            match args.format {
                Format::Json => {
                    println!("{}", wegweiser::render::export::to_json(&report).trim_end())
                }
                Format::Text => {
                    let color =
                        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
                    print!("{}", check::text(&report, color));
                }
            }
            if report.errors > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Translations(args) => {
            match wegweiser::commands::stamp::stamp(&args.root, &args.stamp) {
                Ok(stamped) => {
                    for (path, hash) in stamped {
                        println!("stamped {} ({hash})", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    for problem in &problems {
                        eprintln!("{problem}");
                    }
                    ExitCode::FAILURE
                }
            }
        }
        Command::Serve(args) => {
            let options = ServeOptions {
                root: args.root,
                bind: args.bind,
                port: args.port,
                open: args.open,
                drafts: args.drafts,
            };
            match serve::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problem) => {
                    eprintln!("{problem}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::New(args) => {
            let today = wegweiser::link::translations::today();
            let root = args.root;
            let config =
                || wegweiser::load::config::load(&root).map_err(|mut problems| problems.remove(0));
            let result =
                match args.what {
                    NewWhat::Site => wegweiser::commands::new::site(&root),
                    NewWhat::Page { path } => config()
                        .and_then(|c| wegweiser::commands::new::page(&root, &c, &path, today)),
                    NewWhat::Partner { id } => config()
                        .and_then(|c| wegweiser::commands::new::partner(&root, &c, &id, today)),
                };
            match result {
                Ok(files) => {
                    for file in files {
                        println!("created {}", file.display());
                    }
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
