//! `wegweiser serve` over real HTTP on loopback: it serves the built site, an edit to a page
//! sends a reload event and the new text within a second, broken front matter shows the error
//! overlay with file and line, and fixing the file recovers without a restart.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    address: String,
    output: mpsc::Receiver<String>,
}

impl Server {
    /// Sends `signal` (`TERM`, `INT`) as a user or a process manager would, and waits up to
    /// `limit` for the server to exit; whether it did (also when it had already exited).
    fn stop(&mut self, signal: &str, limit: Duration) -> bool {
        if self.child.try_wait().ok().flatten().is_some() {
            return true;
        }
        let pid = self.child.id().to_string();
        let _ = Command::new("kill")
            .args([format!("-{signal}").as_str(), pid.as_str()])
            .status();
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.child.try_wait().ok().flatten().is_some() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Server {
    /// Stops the server as Ctrl+C would, so that it removes its folder; kills it if it hangs.
    fn drop(&mut self) {
        if !self.stop("INT", Duration::from_secs(5)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn start(site: &common::Site) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["serve", "--port", "0"])
        .current_dir(&site.root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let address = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    let (tx, output) = mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    Server {
        child,
        address,
        output,
    }
}

/// GET `path`: the status code and the body.
fn get(server: &Server, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(&server.address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.address
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Subscribes to the reload events; each `reload` event arrives on the channel.
fn events(server: &Server) -> mpsc::Receiver<()> {
    let mut stream = TcpStream::connect(&server.address).unwrap();
    write!(
        stream,
        "GET /__wegweiser/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
        server.address
    )
    .unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if line == "event: reload" && tx.send(()).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(200));
    rx
}

/// The next line the server printed after the ones already read.
fn next_line(server: &Server) -> String {
    server
        .output
        .recv_timeout(Duration::from_secs(2))
        .expect("the server printed a line")
}

/// Waits for the next reload event and returns how long it took.
fn reload_within(rx: &mpsc::Receiver<()>, limit: Duration) -> Duration {
    let started = Instant::now();
    rx.recv_timeout(limit).expect("a reload event");
    started.elapsed()
}

#[test]
fn edit_reload_overlay_and_recovery() {
    let site = common::fixture("basic");
    let server = start(&site);
    let (status, body) = get(&server, "/de/arbeiten/visum/");
    assert_eq!(status, 200);
    assert!(body.contains("<h1>Visum</h1>"));
    assert!(
        body.contains("<script src=\"/__wegweiser/reload.js\"></script></body>"),
        "reload script injected"
    );
    assert!(
        !site.root.join("public").exists(),
        "serve writes nothing into the site"
    );

    let rx = events(&server);
    site.write(
        "content/arbeit/visum.md",
        "+++\ntitle = \"Visum neu\"\n+++\nNeuer Text.\n",
    );
    reload_within(&rx, Duration::from_secs(1));
    let (status, body) = get(&server, "/de/arbeiten/visum/");
    assert_eq!(status, 200);
    assert!(
        body.contains("<h1>Visum neu</h1>") && body.contains("Neuer Text."),
        "{body}"
    );
    assert!(
        next_line(&server).starts_with("Built "),
        "a new title rebuilds the site"
    );

    site.write(
        "content/arbeit/visum.md",
        "+++\ntitle = \"Visum neu\"\n+++\nNur der Text ist anders.\n",
    );
    reload_within(&rx, Duration::from_secs(1));
    let line = next_line(&server);
    assert!(
        line.starts_with("Updated 1 file(s) in "),
        "a text edit renders one page: {line}"
    );
    let (_, body) = get(&server, "/de/arbeiten/visum/");
    assert!(body.contains("Nur der Text ist anders."), "{body}");
    let (_, english) = get(&server, "/en/working/visa/");
    assert!(
        !english.contains("Nur der Text"),
        "the English translation is its own page"
    );

    site.write(
        "content/arbeit/visum.md",
        "+++\ntitle = \"Visum neu\"\ntilte = \"x\"\n+++\n",
    );
    reload_within(&rx, Duration::from_secs(1));
    let (status, body) = get(&server, "/de/arbeiten/visum/");
    assert_eq!(status, 500);
    assert!(
        body.contains("content/arbeit/visum.md:3:1: error: unknown key `tilte`"),
        "{body}"
    );
    assert!(
        body.contains("/__wegweiser/reload.js"),
        "the overlay reloads itself"
    );

    site.write(
        "content/arbeit/visum.md",
        "+++\ntitle = \"Visum repariert\"\n+++\n",
    );
    reload_within(&rx, Duration::from_secs(1));
    let (status, body) = get(&server, "/de/arbeiten/visum/");
    assert_eq!(status, 200);
    assert!(body.contains("<h1>Visum repariert</h1>"));
}

#[test]
fn stopping_removes_the_served_folder_even_with_a_browser_connected() {
    for signal in ["TERM", "INT"] {
        let site = common::fixture("basic");
        let mut server = start(&site);
        let folder = served_folder(server.child.id());
        assert!(folder.join("index.html").is_file());
        let _events = events(&server);
        let (status, _) = get(&server, "/de/");
        assert_eq!(status, 200);
        assert!(
            server.stop(signal, Duration::from_secs(5)),
            "SIGTERM/SIGINT must stop serve at once, open event stream or not ({signal})"
        );
        assert!(
            !folder.parent().unwrap().exists(),
            "{} left behind after SIG{signal}",
            folder.display()
        );
    }
}

#[test]
fn files_outside_the_site_are_never_served() {
    let site = common::fixture("basic");
    let server = start(&site);
    for path in [
        "/../../../etc/passwd",
        "/de/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/config.toml",
    ] {
        let (status, body) = get(&server, path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("root:"), "{path}");
    }
    let (status, _) = get(&server, "/assets/finder.js");
    assert_eq!(status, 200);
}

/// The folder `serve` (process `pid`) serves.
fn served_folder(pid: u32) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("wegweiser-serve-{pid}/site"))
}

/// Asserts that the served folder holds exactly what a fresh `build` of the same sources
/// writes, byte for byte.
fn assert_served_equals_build(site: &common::Site, server: &Server, step: &str) {
    let out = site
        .root
        .parent()
        .unwrap()
        .join(format!("fresh-{}", step.replace(' ', "-")));
    let base_url = format!("http://{}/", server.address);
    let run = common::run(
        &site.root,
        &[
            "build",
            "--quiet",
            "--base-url",
            &base_url,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{step}: {}", run.stderr);
    let built = common::tree(&out);
    let served = common::tree(&served_folder(server.child.id()));
    let only_built: Vec<_> = built.keys().filter(|p| !served.contains_key(*p)).collect();
    let only_served: Vec<_> = served.keys().filter(|p| !built.contains_key(*p)).collect();
    let different: Vec<_> = built
        .iter()
        .filter(|(p, bytes)| served.get(*p).is_some_and(|s| s != *bytes))
        .map(|(p, _)| p)
        .collect();
    assert!(
        only_built.is_empty() && only_served.is_empty() && different.is_empty(),
        "{step}: served differs from build\nonly built: {only_built:?}\nonly served: {only_served:?}\ndifferent: {different:?}"
    );
}

#[test]
fn served_site_equals_a_fresh_build_after_every_kind_of_edit() {
    let site = common::fixture("basic");
    site.write(
        "content/partner/_index.md",
        "+++\ntitle = \"Partner\"\n+++\nWer hilft.\n",
    );
    site.write(
        "content/partner/beratung.toml",
        "name = \"Beratung Erfurt\"\nkind = \"counselling\"\ntopics = [\"work\"]\ncities = [\"Erfurt\"]\n\
         last_reviewed = 2026-11-25\nsources = [\"https://www.example.org/\"]\n[summary]\nde = \"Berät.\"\nen = \"Advises.\"\n",
    );
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        config.replace(
            "search = true",
            "search = true\noffline = true\npartners_section = \"partner\"",
        ),
    );
    let stamp = site.run_in(&["translations", "--stamp", "content/arbeit/visum.en.md"]);
    assert_eq!(stamp.code, 0, "{}", stamp.stderr);
    let server = start(&site);
    let rx = events(&server);
    assert_served_equals_build(&site, &server, "start");

    let visum = std::fs::read_to_string(site.root.join("content/arbeit/visum.md")).unwrap();
    site.write(
        "content/arbeit/visum.md",
        visum.replace("~~alt~~ neu", "Ganz neuer Absatz über Gebühren."),
    );
    reload_within(&rx, Duration::from_secs(5));
    let line = next_line(&server);
    assert!(
        line.starts_with("Updated 1 file(s) in "),
        "a text edit: {line}"
    );
    let (_, print) = get(&server, "/en/working/visa/print/");
    assert!(
        print.contains("Ganz neuer Absatz über Gebühren."),
        "the print view of the translation shows the new German text"
    );
    let (_, status) = get(&server, "/status/");
    assert!(
        status.contains("content/arbeit/visum.en.md"),
        "the status page lists the English translation as outdated"
    );
    assert_served_equals_build(&site, &server, "text edit");

    site.write(
        "content/arbeit/visum.md",
        visum.replace("title = \"Visum\"", "title = \"Visa und Einreise\""),
    );
    reload_within(&rx, Duration::from_secs(5));
    assert_served_equals_build(&site, &server, "title edit");

    site.write(
        "content/arbeit/neu.md",
        "+++\ntitle = \"Neue Seite\"\n+++\nGanz neu.\n",
    );
    reload_within(&rx, Duration::from_secs(5));
    assert_served_equals_build(&site, &server, "new page");

    std::fs::remove_file(site.root.join("content/arbeit/visum.ar.md")).unwrap();
    reload_within(&rx, Duration::from_secs(5));
    assert_served_equals_build(&site, &server, "deleted translation");

    site.write(
        "content/partner/beratung.toml",
        "name = \"Beratung Erfurt und Weimar\"\nkind = \"counselling\"\ntopics = [\"work\"]\ncities = [\"Erfurt\", \"Weimar\"]\n\
         last_reviewed = 2026-11-25\nsources = [\"https://www.example.org/\"]\n[summary]\nde = \"Berät.\"\nar = \"يقدم المشورة.\"\n",
    );
    reload_within(&rx, Duration::from_secs(5));
    assert_served_equals_build(&site, &server, "partner edit");
}

#[test]
fn a_folder_without_its_slash_leads_to_the_folder() {
    let site = common::fixture("basic");
    let server = start(&site);
    let mut stream = TcpStream::connect(&server.address).unwrap();
    write!(
        stream,
        "GET /de HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.address
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 30"), "{response}");
    assert!(
        response
            .to_ascii_lowercase()
            .contains("\r\nlocation: /de/\r\n"),
        "{response}"
    );
    let (status, body) = get(&server, "/de/");
    assert_eq!(status, 200);
    assert!(body.contains("<html lang=\"de\""));
}

#[test]
fn editing_a_decision_path_updates_its_served_pages() {
    let site = common::fixture("paths");
    let server = start(&site);
    let (status, body) = get(&server, "/en/anerkennung/kammer/");
    assert_eq!(status, 200);
    assert!(
        body.contains("Ask the chamber of your occupation."),
        "{body}"
    );
    let rx = events(&server);
    let english = site.read("paths/anerkennung.en.toml");
    site.write(
        "paths/anerkennung.en.toml",
        english.replace(
            "Ask the chamber of your occupation.",
            "Ask the chamber that trains your occupation.",
        ),
    );
    reload_within(&rx, Duration::from_secs(5));
    assert!(next_line(&server).starts_with("Built "));
    let (_, body) = get(&server, "/en/anerkennung/kammer/");
    assert!(
        body.contains("Ask the chamber that trains your occupation."),
        "{body}"
    );
    assert_served_equals_build(&site, &server, "after a path edit");
}
