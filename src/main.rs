//! The `wegweiser` binary: parses the command line, calls the library, prints diagnostics
//! and sets the exit code.

use clap::Parser;
use std::process::ExitCode;
use wegweiser::cli::{Cli, Command};
use wegweiser::site::{self, BuildOptions};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => {
            let options = BuildOptions {
                root: args.root,
                out: args.out,
                base_url: args.base_url,
                drafts: args.drafts,
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
    }
}
