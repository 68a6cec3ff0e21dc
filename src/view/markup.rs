//! Overlapping spans to well-nested HTML.
//!
//! Input: the text, the blocks that tile it (paragraphs and the gaps
//! between them) and the marks (entity mentions, quotes, speakers, cues,
//! claims) as byte ranges with their opening tags. Output: HTML in which
//! every mark appears once with its opening tag; where a mark crosses a
//! block or another mark it is closed and continued in an element with its
//! `continued` tag, so the output nests properly and a count of the opening
//! tags' attributes equals the count of marks.
//!
//! Known limits: a mark with no character inside any block (an empty span)
//! is not written; marks are expected to lie on char boundaries (the caller
//! drops the others).

/// One highlighted span.
pub struct Mark {
    pub start: usize,
    pub end: usize,
    /// Nesting rank for equal spans: lower is outside.
    pub layer: u8,
    /// The first element's opening tag (carries the `data-*` id).
    pub open: String,
    /// The opening tag of a continuation after a break.
    pub continued: String,
    /// The closing tag.
    pub close: &'static str,
}

/// A block element (a paragraph) or a gap between blocks (empty tags).
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub open: String,
    pub close: &'static str,
}

/// One piece of a mark inside one block.
struct Piece {
    mark: usize,
    start: usize,
    end: usize,
}

/// Write `text` with `blocks` and `marks` as HTML into `out`; `escape`
/// writes a run of plain text.
pub fn write(
    text: &str,
    blocks: &[Block],
    marks: &[Mark],
    escape: impl Fn(&str, &mut String),
    out: &mut String,
) {
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| marks[i].start < marks[i].end)
        .collect();
    order.sort_by_key(|&i| {
        (
            marks[i].start,
            std::cmp::Reverse(marks[i].end),
            marks[i].layer,
        )
    });
    let mut opened = vec![false; marks.len()];
    let mut first = 0; // first mark in `order` that may still reach a block
    for block in blocks {
        let mut pieces = Vec::new();
        for &i in &order[first..] {
            let m = &marks[i];
            if m.start >= block.end {
                break;
            }
            let (start, end) = (m.start.max(block.start), m.end.min(block.end));
            if start < end {
                pieces.push(Piece {
                    mark: i,
                    start,
                    end,
                });
            }
        }
        while first < order.len() && marks[order[first]].end <= block.end {
            first += 1;
        }
        out.push_str(&block.open);
        write_block(text, block, marks, &pieces, &mut opened, &escape, out);
        out.push_str(block.close);
    }
}

/// The pieces of one block, already in (start, longest first, layer) order.
fn write_block(
    text: &str,
    block: &Block,
    marks: &[Mark],
    pieces: &[Piece],
    opened: &mut [bool],
    escape: &impl Fn(&str, &mut String),
    out: &mut String,
) {
    let mut stack: Vec<&Piece> = Vec::new();
    let mut next = 0;
    let mut pos = block.start;
    loop {
        close_at(pos, &mut stack, marks, out);
        while next < pieces.len() && pieces[next].start == pos {
            let p = &pieces[next];
            let mark = &marks[p.mark];
            out.push_str(if opened[p.mark] {
                &mark.continued
            } else {
                &mark.open
            });
            opened[p.mark] = true;
            stack.push(p);
            next += 1;
        }
        if pos >= block.end {
            break;
        }
        let mut until = block.end;
        if let Some(p) = pieces.get(next) {
            until = until.min(p.start);
        }
        for p in &stack {
            until = until.min(p.end);
        }
        escape(&text[pos..until], out);
        pos = until;
    }
    debug_assert!(stack.is_empty());
}

/// Close every element that ends at `pos`; elements above one of them that
/// go on are closed too and continued.
fn close_at(pos: usize, stack: &mut Vec<&Piece>, marks: &[Mark], out: &mut String) {
    let mut reopen = Vec::new();
    while stack.iter().any(|p| p.end <= pos) {
        let top = stack.pop().expect("a piece ends here");
        out.push_str(marks[top.mark].close);
        if top.end > pos {
            reopen.push(top);
        }
    }
    for p in reopen.into_iter().rev() {
        out.push_str(&marks[p.mark].continued);
        stack.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, layer: u8, name: &str) -> Mark {
        Mark {
            start,
            end,
            layer,
            open: format!("<{name}>"),
            continued: format!("<{name}+>"),
            close: "</>",
        }
    }

    fn render(text: &str, blocks: &[(usize, usize)], marks: &[Mark]) -> String {
        let blocks: Vec<Block> = blocks
            .iter()
            .map(|&(start, end)| Block {
                start,
                end,
                open: "[".into(),
                close: "]",
            })
            .collect();
        let mut out = String::new();
        write(text, &blocks, marks, |s, o| o.push_str(s), &mut out);
        out
    }

    #[test]
    fn nests_and_continues() {
        let text = "abcdefghij";
        type Case = (Vec<(usize, usize)>, Vec<Mark>, &'static str);
        let cases: Vec<Case> = vec![
            (vec![(0, 10)], vec![], "[abcdefghij]"),
            (
                vec![(0, 10)],
                vec![mark(0, 10, 1, "c"), mark(2, 4, 3, "e")],
                "[<c>ab<e>cd</>efghij</>]",
            ),
            // Equal spans nest by layer.
            (
                vec![(0, 10)],
                vec![mark(2, 4, 3, "e"), mark(2, 4, 1, "c")],
                "[ab<c><e>cd</></>efghij]",
            ),
            // Crossing spans: the inner one is closed and continued.
            (
                vec![(0, 10)],
                vec![mark(0, 5, 1, "c"), mark(3, 8, 2, "q")],
                "[<c>abc<q>de</></><q+>fgh</>ij]",
            ),
            // A mark across two blocks continues in the second.
            (
                vec![(0, 5), (5, 6), (6, 10)],
                vec![mark(3, 8, 2, "q")],
                "[abc<q>de</>][<q+>f</>][<q+>gh</>ij]",
            ),
            // Empty marks are skipped.
            (vec![(0, 10)], vec![mark(4, 4, 1, "c")], "[abcdefghij]"),
        ];
        for (blocks, marks, want) in cases {
            assert_eq!(render(text, &blocks, &marks), want);
        }
    }

    #[test]
    fn every_mark_opens_once() {
        // Many crossing marks: each opening tag appears exactly once.
        let text = "x".repeat(40);
        let marks: Vec<Mark> = (0..20)
            .map(|i| mark(i, (i * 7 % 40).max(i + 1), (i % 4) as u8, &format!("m{i}")))
            .collect();
        let out = render(&text, &[(0, 13), (13, 14), (14, 40)], &marks);
        for i in 0..20 {
            assert_eq!(out.matches(&format!("<m{i}>")).count(), 1, "{out}");
        }
        assert_eq!(out.matches('x').count(), 40);
        assert_eq!(out.matches("</>").count(), out.matches('<').count() / 2);
    }
}
