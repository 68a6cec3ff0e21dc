#!/usr/bin/env python3
"""Fit the check-worthiness weights (src/lexicon/checkworthy_weights.tsv).

The model is logistic regression over the claim `signals` that byline
itself reports, so the fitted features are exactly the ones the binary
computes (the weights do not change which signals fire):

    cargo build --release
    python3 tools/fit_checkworthy.py --bin target/release/byline \\
        --exclude ../shared/eval/dev/claimbuster_disjoint2000.jsonl \\
        ../shared/eval/dev/claimbuster_small8k.jsonl
    cargo build --release      # the weights are compiled in

--exclude names sets kept for measuring: a training sentence whose text
(case and spacing folded) is also in one of them is dropped, so the
held-out F1 is not measured on sentences the fit has seen (15 of
claimbuster_small8k's 8,226 are in claimbuster_disjoint2000).

Training rows: one per labelled sentence that yields a claim (the union of
its claims' signals); sentences without a claim score 0 whatever the
weights, and count as predicted negatives when the threshold is chosen.
The fit is Newton's method (IRLS) with an L2 penalty. The threshold with
the best F1 on the training rows is then folded into the bias, so that a
score of 0.5 means "check-worthy" in the output.

Features named with --fixed (default: headline=-4.0, question=-4.0) are
not fitted: the debate sentences have no headlines, and a question is not
a claim to check however many numbers it holds (9% of the training
questions are labelled check-worthy), so their weights are set by hand.

The training sets are research-use data (see ../shared/eval/README.md):
only the fitted numbers enter the project, never their text. Standard
library only.
"""
import argparse
import datetime as dt
import json
import math
import subprocess
import sys


def run(binary, gold):
    payload = "".join(json.dumps({"id": g["id"], "text": g["text"]}) + "\n" for g in gold)
    proc = subprocess.run([binary, "--input", "jsonl"], input=payload.encode(),
                          capture_output=True, check=False)
    lines = [l for l in proc.stdout.decode().splitlines() if l.strip()]
    if len(lines) != len(gold):
        sys.exit(f"fit: {len(gold)} records in, {len(lines)} out")
    return [json.loads(l) for l in lines]


def solve(a, b):
    """Solve a x = b (Gaussian elimination with partial pivoting)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(rows, names, fixed, l2, iters=25):
    """rows: (set of signal names, label). Returns (bias, {name: weight})."""
    k = len(names) + 1  # bias last
    x = [[1.0 if n in f else 0.0 for n in names] + [1.0] for f, _ in rows]
    off = [sum(fixed.get(n, 0.0) for n in f) for f, _ in rows]
    y = [1.0 if lab else 0.0 for _, lab in rows]
    w = [0.0] * k
    for _ in range(iters):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for xi, oi, yi in zip(x, off, y):
            z = oi + sum(a * b for a, b in zip(w, xi))
            p = 1.0 / (1.0 + math.exp(-z))
            for i in range(k):
                if xi[i]:
                    grad[i] += (p - yi) * xi[i]
                    for j in range(k):
                        if xi[j]:
                            hess[i][j] += p * (1 - p) * xi[i] * xi[j]
        for i in range(k - 1):  # no penalty on the bias
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w[-1], dict(zip(names, w[:-1]))


def fold(text):
    return " ".join(text.lower().split())


def f1_at(scores, labels, t):
    tp = sum(s >= t and l for s, l in zip(scores, labels))
    fp = sum(s >= t and not l for s, l in zip(scores, labels))
    fn = sum(l and s < t for s, l in zip(scores, labels))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train", nargs="+", help="labelled JSON Lines sets (text, checkworthy)")
    ap.add_argument("--bin", default="target/release/byline")
    ap.add_argument("--exclude", action="append", default=[],
                    help="a set kept for measuring (repeatable): its sentences are dropped from training")
    ap.add_argument("--out", default="src/lexicon/checkworthy_weights.tsv")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--fixed", default="headline=-4.0,question=-4.0",
                    help="comma-separated NAME=WEIGHT kept as given")
    args = ap.parse_args()
    fixed = {kv.split("=")[0]: float(kv.split("=")[1]) for kv in args.fixed.split(",") if kv}

    gold = []
    for path in args.train:
        with open(path, encoding="utf-8") as f:
            gold += [json.loads(l) for l in f if l.strip()]
    held = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            held |= {fold(json.loads(l)["text"]) for l in f if l.strip()}
    before = len(gold)
    gold = [g for g in gold if fold(g["text"]) not in held]
    if before != len(gold):
        print(f"dropped {before - len(gold)} training sentences found in --exclude sets")
    pred = run(args.bin, gold)
    rows, labels_all, has_claim = [], [], []
    for g, a in zip(gold, pred):
        sig = set()
        for c in a.get("claims", []):
            sig |= set(c.get("signals", []))
        labels_all.append(bool(g.get("checkworthy")))
        has_claim.append(bool(a.get("claims")))
        if a.get("claims"):
            rows.append((sig, bool(g.get("checkworthy"))))
    with open(args.out, encoding="utf-8") as f:
        known = [l.split("\t")[0] for l in f.read().splitlines()
                 if l and not l.startswith("#")][1:]
    names = [n for n in known if n != "bias" and n not in fixed]
    bias, w = fit(rows, names, fixed, args.l2)
    w.update(fixed)

    def raw(sig):
        z = bias + sum(w.get(n, 0.0) for n in sig)
        return 1.0 / (1.0 + math.exp(-z))
    scores, it = [], iter(rows)
    for claim in has_claim:
        scores.append(raw(next(it)[0]) if claim else 0.0)
    best = max((f1_at(scores, labels_all, t / 100), t / 100) for t in range(5, 95))
    bias -= math.log(best[1] / (1 - best[1]))

    stamp = dt.date.today().isoformat()
    sources = ", ".join(p.rsplit("/", 1)[-1] for p in args.train)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# Logistic weights of the check-worthiness score, fitted {stamp} by "
                f"tools/fit_checkworthy.py (L2 {args.l2}) on {sources} ({len(rows)} claim "
                f"sentences of {len(gold)}; research-use data, only these numbers are derived "
                f"from it; sentences also in {', '.join(p.rsplit('/', 1)[-1] for p in args.exclude) or 'no held-out set'} dropped). Threshold {best[1]:.2f} (train F1 {best[0]:.4f}) folded into the "
                f"bias so that 0.5 reads as check-worthy. Set by hand, not fitted: "
                f"{', '.join(f'{k}={v}' for k, v in fixed.items()) or 'none'}.\n")
        f.write("feature\tweight\n")
        f.write(f"bias\t{bias:.4f}\n")
        for n in known:
            if n != "bias":
                f.write(f"{n}\t{w.get(n, 0.0):.4f}\n")
    print(f"rows {len(rows)}/{len(gold)}, threshold {best[1]:.2f}, train F1 {best[0]:.4f}")
    for n in sorted(w, key=lambda n: -w[n]):
        print(f"  {n:14s} {w[n]:+.3f}")


if __name__ == "__main__":
    main()
