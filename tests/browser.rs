//! The HTML view in a real browser: headless Chromium renders the seed
//! article's page and an injection article's page; the rendered DOM must
//! hold one `data-entity`/`data-quote`/`data-claim` mark per mention, quote
//! and claim of the JSON record, the page's own script must have run (so
//! scripts do run here), and nothing the injection article carries may
//! have run. Screenshots (laptop and phone width) are saved under the
//! test's temp folder (`target/tmp/browser/`).
//!
//! Chromium is found as `$BYLINE_CHROMIUM`, or `chromium`,
//! `chromium-browser`, `google-chrome` on PATH. Without one the test says
//! so and passes, unless `BYLINE_REQUIRE_BROWSER` is set (`.ci/run` sets it
//! when it could install Chromium), in which case it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = "fixtures/00-seed-moscow-talks.txt";
const BIN: &str = env!("CARGO_BIN_EXE_byline");

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("BYLINE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// Run headless Chromium on `page` with `args`; its stdout. Kills it after
/// two minutes (a hung browser must not hang the test suite).
fn run_chromium(browser: &Path, work: &Path, page: &Path, args: &[&str]) -> String {
    let profile = tempfile::tempdir_in(work).unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting chromium");
    // Drain stdout while waiting: a DOM over the pipe's buffer (64 KB) would
    // otherwise block Chromium on its write and the wait below forever.
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut buf).map(|_| buf)
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "chromium failed: {status:?}");
    let out = reader.join().unwrap().expect("reading chromium's output");
    String::from_utf8_lossy(&out).into_owned()
}

/// The start tags of a serialized DOM, without the raw text of scripts and
/// styles (text nodes hold no `<`: the serializer escapes it).
fn start_tags(dom: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut rest = dom;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        rest = &rest[end..];
        if tag.starts_with("</") || tag.starts_with("<!") {
            continue;
        }
        tags.push(tag);
        for raw in ["script", "style"] {
            if tag.starts_with(&format!("<{raw}")) {
                let close = format!("</{raw}>");
                rest = rest.find(&close).map_or("", |c| &rest[c..]);
            }
        }
    }
    tags
}

fn count_attr(tags: &[&str], attr: &str) -> usize {
    let needle = format!(" {attr}=\"");
    tags.iter().filter(|t| t.contains(&needle)).count()
}

fn byline(args: &[&str]) -> String {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn browser_or_skip() -> Option<PathBuf> {
    match chromium() {
        Some(b) => Some(b),
        None if std::env::var_os("BYLINE_REQUIRE_BROWSER").is_some() => {
            panic!("BYLINE_REQUIRE_BROWSER is set but no Chromium was found")
        }
        None => {
            eprintln!(
                "SKIPPED browser test: no chromium on PATH (apt-get install chromium, \
                 or set BYLINE_CHROMIUM)"
            );
            None
        }
    }
}

fn work_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn seed_page_marks_match_the_record() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let work = work_dir();
    let json: serde_json::Value =
        serde_json::from_str(&byline(&["--date", "2025-12-02", SEED])).unwrap();
    let page = work.join("seed.html");
    std::fs::write(
        &page,
        byline(&["--date", "2025-12-02", "--format", "html", SEED]),
    )
    .unwrap();

    let dom = run_chromium(&browser, &work, &page, &["--dump-dom"]);
    let tags = start_tags(&dom);
    assert!(
        tags.first()
            .is_some_and(|t| t.contains("data-js=\"ready\"")),
        "the page's own script did not run: {:?}",
        tags.first()
    );
    let list = |k: &str| json[k].as_array().unwrap().clone();
    let mentions: usize = list("entities")
        .iter()
        .map(|e| e["mentions"].as_array().unwrap().len())
        .sum();
    assert!(mentions > 50, "the seed names many people and places");
    assert_eq!(count_attr(&tags, "data-entity"), mentions);
    assert_eq!(count_attr(&tags, "data-quote"), list("quotes").len());
    assert_eq!(count_attr(&tags, "data-claim"), list("claims").len());
    // Every mark carries its offset, and the offsets are the record's.
    for attr in ["data-entity", "data-quote", "data-claim"] {
        let needle = format!(" {attr}=\"");
        for t in tags.iter().filter(|t| t.contains(&needle)) {
            assert!(t.contains(" data-start=\""), "{t}");
        }
    }
    let first_claim = tags
        .iter()
        .find(|t| t.contains(" data-claim=\"c1\""))
        .unwrap();
    let start = json["claims"][0]["start"].as_u64().unwrap();
    assert!(
        first_claim.contains(&format!(" data-start=\"{start}\"")),
        "{first_claim}"
    );
    // One card per claim in the side panel.
    assert_eq!(count_attr(&tags, "data-card"), list("claims").len());

    for (name, size) in [("seed.png", "1280,1400"), ("seed-phone.png", "412,915")] {
        let shot = work.join(name);
        let _ = std::fs::remove_file(&shot);
        run_chromium(
            &browser,
            &work,
            &page,
            &[
                &format!("--screenshot={}", shot.display()),
                &format!("--window-size={size}"),
            ],
        );
        let png = std::fs::read(&shot).expect("screenshot written");
        assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "{name}");
        eprintln!("screenshot: {}", shot.display());
    }
}

#[test]
fn injected_markup_runs_nothing() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let work = work_dir();
    // Each payload would mark the page if it ran; the marks are built from
    // pieces so the page's text never holds them whole.
    let article = "Hacked page <script>document.title = 'PW' + 'NED'; \
        document.documentElement.setAttribute('data-' + 'pwned', 'script')</script> \
        was found by John Smith in London on Monday.\n\n\
        \"<img src=x onerror=\"document.documentElement.setAttribute('data-' + 'pwned', 'img')\">\" \
        the mayor of London said on Tuesday.\n\n\
        <svg onload=\"document.documentElement.setAttribute('data-' + 'pwned', 'svg')\"></svg>\
        <iframe src=\"javascript:parent.document.title='PW'+'NED'\"></iframe> \
        <a href=\"javascript:alert(1)\">link</a> Sources said 300 people saw it in Paris.\n";
    let input = work.join("injection.txt");
    std::fs::write(&input, article).unwrap();
    let page = work.join("injection.html");
    let html = byline(&["--format", "html", input.to_str().unwrap()]);
    std::fs::write(&page, &html).unwrap();

    let dom = run_chromium(&browser, &work, &page, &["--dump-dom"]);
    let tags = start_tags(&dom);
    let root = tags.first().unwrap();
    assert!(
        root.contains("data-js=\"ready\""),
        "the page's own script ran: {root}"
    );
    assert!(!root.contains("pwned"), "an injected script ran: {root}");
    let title = dom
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert!(!title.contains("PWNED"), "title changed: {title}");
    for tag in ["<img", "<svg", "<iframe", "<a "] {
        assert!(
            !tags.iter().any(|t| t.starts_with(tag)),
            "{tag} element in the DOM"
        );
    }
    assert_eq!(tags.iter().filter(|t| t.starts_with("<script")).count(), 1);
    // The characters are shown as text.
    assert!(dom.contains("&lt;script&gt;document.title"));
    assert!(dom.contains("&lt;img src=x onerror="));
}
