//! The HTML view: one self-contained page per analyzed input.
//!
//! Input: a [`Source`] (the record as JSON plus the text). Output: a page
//! with inline CSS and a little JavaScript, no network (a Content Security
//! Policy forbids it and allows only the page's own style and script by a
//! nonce). The article is shown with entity mentions highlighted by kind,
//! quotes marked with their speaker and cue, and claims underlined; a side
//! panel lists the names with mention counts, who said what, and the claims
//! (ranked by `checkworthy` when the record has it); hovering, focusing or
//! clicking a claim shows its quantities, dates, places, source, hedges and
//! any other fields the record carries.
//!
//! Every highlight's first element carries `data-entity`, `data-quote` or
//! `data-claim` (the record's id) and `data-start` (the record's offset);
//! where a highlight is broken by a paragraph or a crossing highlight it
//! continues in elements with `data-entity-part` (`-quote-`, `-claim-`), so
//! counting `[data-claim]` counts claims. All input text is HTML-escaped;
//! control and bidirectional-override characters are shown as `U+202E`
//! badges instead of acting on the text.
//!
//! Known limits: pronoun mentions are not highlighted (the record has only
//! name mentions); marks of spans outside the text or off char boundaries
//! are dropped.

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::Path;

use serde_json::Value;

use super::markup::{self, Block, Mark};
use super::{KINDS, Source, first_words, list, quantity_value, str_of, uint};
use crate::report::ErrorRecord;

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// Escape `s` for HTML text or a double-quoted attribute.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_hidden_control(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// `escape` into a new string.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(s, &mut out);
    out
}

/// Characters that would act on the text instead of showing: controls
/// other than white space, bidirectional overrides and isolates.
fn is_hidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Escape article text; hidden controls become visible `U+XXXX` badges.
fn escape_article(s: &str, out: &mut String) {
    let mut last = 0;
    for (i, c) in s.char_indices() {
        if is_hidden_control(c) {
            escape(&s[last..i], out);
            let _ = write!(out, "<span class=\"ctl\">U+{:04X}</span>", c as u32);
            last = i + c.len_utf8();
        }
    }
    escape(&s[last..], out);
}

/// A nonce for the page's style and script, derived from the text: the
/// page stays deterministic, and an article cannot carry a matching nonce
/// since the nonce depends on the article itself.
fn nonce(text: &str) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    let a = h.finish();
    "byline".hash(&mut h);
    format!("{a:016x}{:016x}", h.finish())
}

/// The page head: title, description (the index reads both), CSP, style.
fn head(title: &str, description: &str, nonce: &str, out: &mut String) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; img-src data:; \
         base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"generator\" content=\"byline {}\">\n\
         <title>{}</title>\n<meta name=\"description\" content=\"{}\">\n\
         <style nonce=\"{nonce}\">\n{CSS}</style>\n</head>\n",
        env!("CARGO_PKG_VERSION"),
        esc(title),
        esc(description),
    );
}

/// Read a value the page head carries (already escaped), for the index.
pub fn head_value(page: &str, open: &str, close: &str) -> Option<String> {
    let head_end = page.find("</head>")?;
    let start = page[..head_end].find(open)? + open.len();
    let len = page[start..head_end].find(close)?;
    Some(page[start..start + len].to_string())
}

/// The HTML page of one record.
pub fn page(src: &Source) -> String {
    let rec = src.record;
    let mut out = String::with_capacity(src.text.len() * 6 + CSS.len() + JS.len() + 8192);
    let id = str_of(rec, "id");
    let title = if id.is_empty() {
        first_words(src.text, 8)
    } else {
        id.to_string()
    };
    let nonce = nonce(src.text);
    head(
        &format!("{title} · byline"),
        &counts_line(src),
        &nonce,
        &mut out,
    );
    out.push_str("<body>\n<header class=\"top\">\n");
    let _ = write!(out, "<h1>{}</h1>\n<p class=\"meta\">", esc(&title));
    let stats = rec.get("stats").unwrap_or(&Value::Null);
    let _ = write!(
        out,
        "{} words · {} sentences",
        uint(stats, "words").unwrap_or(0),
        uint(stats, "sentences").unwrap_or(0)
    );
    match rec.get("reference_date").and_then(Value::as_str) {
        Some(d) => {
            let _ = write!(out, " · dates resolved against {}", esc(d));
        }
        None => out.push_str(" · no reference date"),
    }
    out.push_str("</p>\n");
    legend(&mut out);
    out.push_str("</header>\n<div class=\"layout\">\n<main>\n<article id=\"article\">\n");
    article(src, &mut out);
    out.push_str("</article>\n</main>\n<aside id=\"panel\">\n");
    names_panel(src, &mut out);
    speakers_panel(src, &mut out);
    claims_panel(src, &mut out);
    out.push_str("</aside>\n</div>\n");
    out.push_str("<div id=\"pop\" role=\"dialog\" aria-live=\"polite\" hidden></div>\n");
    let _ = write!(
        out,
        "<script nonce=\"{nonce}\">\n{JS}</script>\n</body>\n</html>\n"
    );
    out
}

/// "961 words · 38 entities · 115 mentions · 27 quotes · 25 claims".
fn counts_line(src: &Source) -> String {
    let mentions: usize = src
        .list("entities")
        .iter()
        .map(|e| list(e, "mentions").len())
        .sum();
    let words = src
        .record
        .get("stats")
        .and_then(|s| uint(s, "words"))
        .unwrap_or(0);
    format!(
        "{words} words · {} entities · {mentions} mentions · {} quotes · {} claims",
        src.list("entities").len(),
        src.list("quotes").len(),
        src.list("claims").len()
    )
}

fn legend(out: &mut String) {
    out.push_str("<ul class=\"legend\" aria-label=\"Legend\">");
    for (kind, label) in KINDS {
        let _ = write!(
            out,
            "<li><span class=\"ent k-{kind}\">{}</span></li>",
            label.trim_end_matches('s')
        );
    }
    out.push_str(
        "<li><span class=\"quo\">quote</span> <span class=\"spk\">speaker</span> \
         <span class=\"cue\">cue</span></li>\
         <li><span class=\"clm\">claim</span> (hover or tap)</li></ul>\n",
    );
}

/// The article: paragraphs as blocks, every highlight as a mark.
fn article(src: &Source, out: &mut String) {
    let text = src.text;
    let mut blocks = Vec::new();
    let mut pos = 0;
    for (i, p) in src.list("paragraphs").iter().enumerate() {
        let Some((start, end)) = src.range(p) else {
            continue;
        };
        if start < pos {
            continue;
        }
        if start > pos {
            blocks.push(gap(pos, start));
        }
        let (tag, close) = match str_of(p, "kind") {
            "heading" => ("h2", "</h2>\n"),
            _ => ("p", "</p>\n"),
        };
        blocks.push(Block {
            start,
            end,
            open: format!(
                "<{tag} class=\"para pk-{}\" data-paragraph=\"{i}\">",
                esc(str_of(p, "kind"))
            ),
            close,
        });
        pos = end;
    }
    if pos < text.len() {
        blocks.push(gap(pos, text.len()));
    }
    let marks = marks(src);
    markup::write(text, &blocks, &marks, escape_article, out);
}

/// Text between paragraphs (white space), inside no element.
fn gap(start: usize, end: usize) -> Block {
    Block {
        start,
        end,
        open: String::new(),
        close: "",
    }
}

/// All highlights of the record: claims, quotes, speakers, cues, entities.
fn marks(src: &Source) -> Vec<Mark> {
    let mut marks = Vec::new();
    let offset = |v: &Value| uint(v, "start").unwrap_or(0);
    for c in src.list("claims") {
        let id = esc(str_of(c, "id"));
        let Some((start, end)) = src.range(c) else {
            continue;
        };
        // With scores, the underline's weight says how check-worthy.
        let class = match c.get("checkworthy").and_then(Value::as_f64) {
            Some(s) if s >= 0.6 => "clm cw-hi",
            Some(s) if s >= 0.3 => "clm cw-mid",
            Some(_) => "clm cw-lo",
            None => "clm",
        };
        marks.push(Mark {
            start,
            end,
            layer: 1,
            open: format!(
                "<span class=\"{class}\" tabindex=\"0\" data-claim=\"{id}\" data-start=\"{}\">",
                offset(c)
            ),
            continued: format!("<span class=\"{class}\" data-claim-part=\"{id}\">"),
            close: "</span>",
        });
    }
    for q in src.list("quotes") {
        quote_marks(src, q, &mut marks);
    }
    for e in src.list("entities") {
        let id = esc(str_of(e, "id"));
        let kind = esc(str_of(e, "kind"));
        let name = esc(str_of(e, "name"));
        for m in list(e, "mentions") {
            let Some((start, end)) = src.range(m) else {
                continue;
            };
            marks.push(Mark {
                start,
                end,
                layer: 4,
                open: format!(
                    "<span class=\"ent k-{kind}\" data-entity=\"{id}\" data-start=\"{}\" \
                     title=\"{name} · {kind}\">",
                    offset(m)
                ),
                continued: format!("<span class=\"ent k-{kind}\" data-entity-part=\"{id}\">"),
                close: "</span>",
            });
        }
    }
    marks
}

/// A quote's own mark (with the speaker as a label), its speaker and cue.
fn quote_marks(src: &Source, q: &Value, marks: &mut Vec<Mark>) {
    let id = esc(str_of(q, "id"));
    let kind = esc(str_of(q, "kind"));
    let speaker = q.get("speaker").filter(|s| s.is_object());
    let who = speaker.map_or("unknown speaker", |s| str_of(s, "name"));
    let cue = q.get("cue").filter(|c| c.is_object());
    if let Some((start, end)) = src.range(q) {
        marks.push(Mark {
            start,
            end,
            layer: 2,
            open: format!(
                "<span class=\"quo qk-{kind}\" data-quote=\"{id}\" data-start=\"{}\" \
                 data-who=\"{}\" title=\"{id} · {kind} · {}{}\">",
                uint(q, "start").unwrap_or(0),
                esc(who),
                esc(who),
                cue.map(|c| format!(" ({})", esc(str_of(c, "text"))))
                    .unwrap_or_default()
            ),
            continued: format!("<span class=\"quo qk-{kind}\" data-quote-part=\"{id}\">"),
            close: "</span>",
        });
    }
    for (role, part) in [("spk", speaker), ("cue", cue)] {
        let Some(part) = part else { continue };
        let Some((start, end)) = src.range(part) else {
            continue;
        };
        let open = format!(
            "<span class=\"{role}\" data-{role}-of=\"{id}\" data-start=\"{}\">",
            uint(part, "start").unwrap_or(0)
        );
        marks.push(Mark {
            start,
            end,
            layer: 3,
            continued: open.clone(),
            open,
            close: "</span>",
        });
    }
}

/// People, organizations, places, groups with their mention counts.
fn names_panel(src: &Source, out: &mut String) {
    let entities = src.list("entities");
    let _ = write!(
        out,
        "<section class=\"box\" id=\"names\">\n<h2>Names <small>{}</small></h2>\n",
        entities.len()
    );
    if entities.is_empty() {
        out.push_str("<p class=\"none\">No names found.</p>\n");
    }
    for (kind, label, of_kind) in super::entities_by_kind(src) {
        let _ = write!(out, "<h3>{}</h3>\n<ul class=\"names\">\n", esc(label));
        for e in of_kind {
            let roles: Vec<String> = list(e, "roles")
                .iter()
                .filter_map(Value::as_str)
                .map(esc)
                .collect();
            let _ = write!(
                out,
                "<li><button type=\"button\" data-focus-entity=\"{}\">\
                 <span class=\"swatch k-{}\"></span>{} <span class=\"n\">{}</span></button>",
                esc(str_of(e, "id")),
                esc(kind),
                esc(str_of(e, "name")),
                list(e, "mentions").len()
            );
            if !roles.is_empty() {
                let _ = write!(out, "<small class=\"roles\">{}</small>", roles.join("; "));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// Quotes grouped by speaker, most quoted first.
fn speakers_panel(src: &Source, out: &mut String) {
    let quotes = src.list("quotes");
    let _ = write!(
        out,
        "<section class=\"box\" id=\"speakers\">\n<h2>Who said what <small>{}</small></h2>\n",
        quotes.len()
    );
    if quotes.is_empty() {
        out.push_str("<p class=\"none\">No quotes found.</p>\n");
    }
    for (name, qs) in super::quotes_by_speaker(src) {
        let _ = write!(
            out,
            "<h3>{} <small>{}</small></h3>\n<ul class=\"said\">\n",
            esc(name),
            qs.len()
        );
        for q in qs {
            let cue = q
                .get("cue")
                .filter(|c| c.is_object())
                .map(|c| format!(" · {}", esc(str_of(c, "text"))))
                .unwrap_or_default();
            let via = q
                .get("speaker")
                .and_then(|s| s.get("via"))
                .and_then(Value::as_str)
                .map(|v| format!(" · via {}", esc(v)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<li><button type=\"button\" data-goto-quote=\"{}\">\
                 <span class=\"badge qk-{}\">{}</span>{cue}{via}<br>{}</button></li>",
                esc(str_of(q, "id")),
                esc(str_of(q, "kind")),
                esc(str_of(q, "kind")),
                esc(&first_words(str_of(q, "text"), 24))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The claims as cards (the popover shows a card's details), in text order
/// or ranked by `checkworthy` when the record has scores.
fn claims_panel(src: &Source, out: &mut String) {
    let claims = src.list("claims");
    let (order, scored) = super::claims_ranked(src);
    let _ = write!(
        out,
        "<section class=\"box\" id=\"claims\">\n<h2>Claims <small>{}</small></h2>\n",
        claims.len()
    );
    if claims.is_empty() {
        out.push_str("<p class=\"none\">No checkable sentences found.</p>\n");
    }
    if scored {
        out.push_str(
            "<p class=\"sort\">Ranked by check-worthiness. \
             <button type=\"button\" id=\"sort\" data-by=\"score\">Show in text order</button></p>\n",
        );
    }
    out.push_str("<ol class=\"cards\" id=\"cards\">\n");
    for (i, c) in order {
        let id = esc(str_of(c, "id"));
        let _ = write!(
            out,
            "<li class=\"card\" id=\"card-{id}\" data-card=\"{id}\" data-order=\"{i}\""
        );
        if let Some(s) = c.get("checkworthy").and_then(Value::as_f64) {
            let _ = write!(out, " data-score=\"{s}\"");
        }
        out.push_str(">\n<div class=\"detail\">\n");
        claim_detail(src, c, out);
        out.push_str("</div>\n</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

/// Fields of a claim that [`claim_detail`] shows in its own way.
const CLAIM_FIELDS: [&str; 16] = [
    "id",
    "sentence",
    "start",
    "end",
    "text",
    "quantities",
    "dates",
    "places",
    "source",
    "quote",
    "hedges",
    "kind",
    "checkworthy",
    "signals",
    "line",
    "paragraph",
];

/// One claim's details: a definition list of everything the record says.
fn claim_detail(src: &Source, c: &Value, out: &mut String) {
    let id = esc(str_of(c, "id"));
    let _ = write!(
        out,
        "<p class=\"card-head\"><button type=\"button\" data-goto-claim=\"{id}\">{id}</button>"
    );
    if let Some(k) = c.get("kind").and_then(Value::as_str) {
        let _ = write!(out, " <span class=\"badge\">{}</span>", esc(k));
    }
    if let Some(s) = c.get("checkworthy").and_then(Value::as_f64) {
        let pct = (s.clamp(0.0, 1.0) * 100.0).round();
        let _ = write!(
            out,
            " <span class=\"score\" title=\"check-worthiness\"><meter min=\"0\" max=\"1\" value=\"{s}\"></meter> {pct}%</span>"
        );
    }
    let _ = write!(
        out,
        "</p>\n<p class=\"claim-text\">{}</p>\n<dl>\n",
        esc(str_of(c, "text"))
    );
    let quantities: Vec<String> = list(c, "quantities").iter().map(quantity_line).collect();
    row(out, "Quantities", &quantities);
    let dates: Vec<String> = list(c, "dates")
        .iter()
        .map(|d| {
            let value = d
                .get("value")
                .and_then(Value::as_str)
                .map_or_else(|| "unresolved".to_string(), esc);
            format!(
                "{} → <b>{value}</b> <small>{}</small>",
                esc(str_of(d, "text")),
                esc(str_of(d, "granularity"))
            )
        })
        .collect();
    row(out, "Dates", &dates);
    let places: Vec<String> = list(c, "places")
        .iter()
        .filter_map(Value::as_str)
        .map(|p| esc(entity_name(src, p).unwrap_or(p)))
        .collect();
    row(out, "Places", &places);
    if let Some(s) = c.get("source").filter(|s| s.is_object()) {
        let via = s
            .get("via")
            .and_then(Value::as_str)
            .map(|v| format!(" <small>via {}</small>", esc(v)))
            .unwrap_or_default();
        row(out, "Source", &[format!("{}{via}", esc(str_of(s, "name")))]);
    }
    if let Some(q) = c.get("quote").and_then(Value::as_str) {
        row(
            out,
            "In quote",
            &[format!(
                "<button type=\"button\" data-goto-quote=\"{0}\">{0}</button>",
                esc(q)
            )],
        );
    }
    let hedges: Vec<String> = list(c, "hedges")
        .iter()
        .map(|h| esc(str_of(h, "text")))
        .collect();
    row(out, "Hedges", &hedges);
    let signals = plain(c.get("signals").unwrap_or(&Value::Null));
    if !signals.is_empty() && signals != "null" {
        row(out, "Signals", &[signals]);
    }
    if let Some(obj) = c.as_object() {
        for (k, v) in obj {
            if !CLAIM_FIELDS.contains(&k.as_str()) && !v.is_null() {
                row(out, k, &[plain(v)]);
            }
        }
    }
    out.push_str("</dl>\n");
}

/// "600,000 troops → 600,000 troops (counted: Ukrainian soldiers)".
fn quantity_line(q: &Value) -> String {
    let mut s = format!(
        "{} → <b>{}",
        esc(str_of(q, "text")),
        esc(&quantity_value(q))
    );
    if let Some(u) = q.get("unit").and_then(Value::as_str) {
        let _ = write!(s, " {}", esc(u));
    }
    s.push_str("</b>");
    if let Some(n) = q.get("counted").and_then(Value::as_str) {
        let _ = write!(s, " <small>counted: {}</small>", esc(n));
    }
    s
}

/// A JSON value as escaped text: strings bare, others as JSON.
fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => esc(s),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(_) => match v.get("text").and_then(Value::as_str) {
            Some(t) => esc(t),
            None => esc(&v.to_string()),
        },
        other => esc(&other.to_string()),
    }
}

/// A `<dt>`/`<dd>` row, left out when there is nothing to show.
fn row(out: &mut String, label: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<dt>{}</dt>", esc(label));
    for item in items {
        let _ = write!(out, "<dd>{item}</dd>");
    }
    out.push('\n');
}

fn entity_name<'a>(src: &Source<'a>, id: &str) -> Option<&'a str> {
    src.list("entities")
        .iter()
        .find(|e| str_of(e, "id") == id)
        .map(|e| str_of(e, "name"))
}

/// The page of an input that could not be analyzed.
pub fn error_page(rec: &ErrorRecord) -> String {
    let id = rec.id.as_deref().unwrap_or("input");
    let mut out = String::new();
    let nonce = nonce(&rec.error);
    head(
        &format!("{id} · byline"),
        &format!("error: {}", rec.error),
        &nonce,
        &mut out,
    );
    let _ = write!(
        out,
        "<body>\n<header class=\"top\">\n<h1>{}</h1>\n</header>\n\
         <main class=\"solo\"><p class=\"error\">Not analyzed: {}</p></main>\n</body>\n</html>\n",
        esc(id),
        esc(&rec.error)
    );
    out
}

/// One row of the index page (the summary comes escaped from the page).
pub struct IndexRow<'a> {
    pub id: &'a str,
    pub href: &'a str,
    pub summary: &'a str,
    pub failed: bool,
}

/// The `index.html` of an `--out-dir` run.
pub fn index_page(rows: &[IndexRow]) -> String {
    let mut out = String::new();
    let failed = rows.iter().filter(|r| r.failed).count();
    let description = format!("{} inputs, {failed} failed", rows.len());
    head(
        "byline: analyzed articles",
        &description,
        &nonce(&description),
        &mut out,
    );
    let _ = write!(
        out,
        "<body>\n<header class=\"top\">\n<h1>Analyzed articles</h1>\n<p class=\"meta\">{}</p>\n\
         </header>\n<main class=\"solo\">\n<table class=\"index\">\n\
         <thead><tr><th>Input</th><th>Found</th></tr></thead>\n<tbody>\n",
        esc(&description)
    );
    for r in rows {
        let _ = writeln!(
            out,
            "<tr{}><td><a href=\"{}\">{}</a></td><td>{}</td></tr>",
            if r.failed { " class=\"failed\"" } else { "" },
            esc(r.href),
            esc(r.id),
            r.summary
        );
    }
    out.push_str("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    out
}

/// A relative link to a page: path components joined by `/`, each
/// percent-encoded except for unreserved characters.
pub fn href(rel: &Path) -> String {
    let mut out = String::new();
    for (i, part) in rel.components().enumerate() {
        if i > 0 {
            out.push('/');
        }
        for b in part.as_os_str().as_encoded_bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    out.push(*b as char)
                }
                _ => {
                    let _ = write!(out, "%{b:02X}");
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::OffsetUnit;

    fn record(text: &str) -> Value {
        let analysis = crate::analyze(text, &crate::Options::default());
        let rec = crate::report::record(&analysis, Some("t.txt"), OffsetUnit::Bytes);
        serde_json::to_value(&rec).unwrap()
    }

    #[test]
    fn escapes_everything_from_the_input() {
        let text = "Attack <script>alert(1)</script> & <img src=x onerror=\"alert(2)\"> \u{202e}gnp.exe said Mr Smith.\n";
        let rec = record(text);
        let page = page(&Source::new(&rec, text, OffsetUnit::Bytes));
        assert!(!page.contains("<script>alert"), "raw script tag");
        assert!(!page.contains("<img"), "raw img tag");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("onerror=&quot;alert(2)&quot;"));
        assert!(!page.contains('\u{202e}'));
        assert!(page.contains("<span class=\"ctl\">U+202E</span>"));
        assert_eq!(
            page.matches("<script").count(),
            1,
            "only the page's own script"
        );
    }

    #[test]
    fn one_mark_per_record_item() {
        let text = "President Donald Trump said on Sunday that 600,000 troops were \"ready to go\" in Ukraine.\n\n\
                    \"We will see,\" Putin said in Moscow on Monday.\n";
        let rec = record(text);
        let page = page(&Source::new(&rec, text, OffsetUnit::Bytes));
        let mentions: usize = list(&rec, "entities")
            .iter()
            .map(|e| list(e, "mentions").len())
            .sum();
        assert!(mentions >= 3 && !list(&rec, "claims").is_empty());
        assert_eq!(page.matches(" data-entity=\"").count(), mentions);
        assert_eq!(
            page.matches(" data-quote=\"").count(),
            list(&rec, "quotes").len()
        );
        assert_eq!(
            page.matches(" data-claim=\"").count(),
            list(&rec, "claims").len()
        );
    }

    #[test]
    fn shows_fields_from_other_stages_when_present() {
        let text = "Crime rose 20% in Leeds in 2024, the police said.\n";
        let mut rec = record(text);
        let claim = &mut rec["claims"][0];
        claim["checkworthy"] = serde_json::json!(0.82);
        claim["signals"] = serde_json::json!(["quantity", "comparison"]);
        claim["kind"] = serde_json::json!("statement");
        claim["verdict_hint"] = serde_json::json!("<b>x</b>");
        claim["quantities"][0]["counted"] = serde_json::json!("crimes");
        let page = page(&Source::new(&rec, text, OffsetUnit::Bytes));
        for want in [
            "Ranked by check-worthiness",
            "82%",
            "quantity, comparison",
            "counted: crimes",
            "<dt>verdict_hint</dt><dd>&lt;b&gt;x&lt;/b&gt;</dd>",
        ] {
            assert!(page.contains(want), "{want}");
        }
    }

    #[test]
    fn hrefs_are_encoded() {
        let cases = [
            ("a/b.html", "a/b.html"),
            ("my file#1.html", "my%20file%231.html"),
            ("é.html", "%C3%A9.html"),
        ];
        for (path, want) in cases {
            assert_eq!(href(Path::new(path)), want);
        }
    }

    #[test]
    fn head_values_for_the_index() {
        let page = "<head><title>a &amp; b</title><meta name=\"description\" content=\"3 claims\">\n</head><title>no</title>";
        assert_eq!(
            head_value(page, "<title>", "</title>").as_deref(),
            Some("a &amp; b")
        );
        assert_eq!(
            head_value(page, "<meta name=\"description\" content=\"", "\">").as_deref(),
            Some("3 claims")
        );
    }
}
