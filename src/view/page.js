(function () {
  "use strict";
  var doc = document, art = doc.getElementById("article"), pop = doc.getElementById("pop");
  var pinned = null;
  function all(sel) { return Array.prototype.slice.call(doc.querySelectorAll(sel)); }
  function parts(attr, id) {
    return all("[data-" + attr + "=\"" + id + "\"],[data-" + attr + "-part=\"" + id + "\"]");
  }
  function claimOf(el) {
    var m = el && el.closest ? el.closest("[data-claim],[data-claim-part]") : null;
    return m ? { el: m, id: m.getAttribute("data-claim") || m.getAttribute("data-claim-part") } : null;
  }
  function light(cls, els, on) { els.forEach(function (e) { e.classList.toggle(cls, on); }); }
  function show(c) {
    var card = doc.getElementById("card-" + c.id);
    if (!card) return;
    pop.textContent = "";
    pop.appendChild(card.querySelector(".detail").cloneNode(true));
    pop.hidden = false;
    var r = c.el.getBoundingClientRect(), w = pop.offsetWidth;
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - w - 8));
    pop.style.left = left + "px";
    pop.style.top = (r.bottom + window.scrollY + 6) + "px";
    all(".clm.lit").forEach(function (e) { e.classList.remove("lit"); });
    light("lit", parts("claim", c.id), true);
  }
  function hide() {
    pop.hidden = true;
    pinned = null;
    all(".clm.lit").forEach(function (e) { e.classList.remove("lit"); });
  }
  function flash(el) {
    if (!el) return;
    el.scrollIntoView({ behavior: "smooth", block: "center" });
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
  }
  art.addEventListener("mouseover", function (ev) {
    var c = claimOf(ev.target);
    if (c && !pinned) show(c);
    var q = ev.target.closest("[data-quote],[data-quote-part]");
    all(".lit.quo,.lit.spk,.lit.cue").forEach(function (e) { e.classList.remove("lit"); });
    if (q) {
      var id = q.getAttribute("data-quote") || q.getAttribute("data-quote-part");
      light("lit", parts("quote", id).concat(all("[data-spk-of=\"" + id + "\"],[data-cue-of=\"" + id + "\"]")), true);
    }
  });
  art.addEventListener("mouseleave", function () { if (!pinned) hide(); });
  art.addEventListener("click", function (ev) {
    var c = claimOf(ev.target);
    if (!c) { hide(); return; }
    if (pinned === c.id) { hide(); return; }
    show(c);
    pinned = c.id;
  });
  art.addEventListener("focusin", function (ev) { var c = claimOf(ev.target); if (c) show(c); });
  doc.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });
  pop.addEventListener("click", onPanel);
  doc.getElementById("panel").addEventListener("click", onPanel);
  var focused = null;
  function onPanel(ev) {
    var b = ev.target.closest("button");
    if (!b) return;
    var e = b.getAttribute("data-focus-entity"), q = b.getAttribute("data-goto-quote"),
        c = b.getAttribute("data-goto-claim");
    if (e) {
      all(".ent.focus").forEach(function (x) { x.classList.remove("focus"); });
      if (focused === e) { focused = null; return; }
      focused = e;
      var ms = parts("entity", e);
      light("focus", ms, true);
      flash(ms[0]);
    } else if (q) {
      flash(doc.querySelector("[data-quote=\"" + q + "\"]"));
    } else if (c) {
      hide();
      flash(doc.querySelector("[data-claim=\"" + c + "\"]"));
    } else if (b.id === "sort") {
      var list = doc.getElementById("cards"), byScore = b.getAttribute("data-by") !== "score";
      var cards = all("#cards > .card");
      cards.sort(function (x, y) {
        return byScore ? parseFloat(y.getAttribute("data-score") || "-1") - parseFloat(x.getAttribute("data-score") || "-1")
                       : x.getAttribute("data-order") - y.getAttribute("data-order");
      });
      cards.forEach(function (x) { list.appendChild(x); });
      b.setAttribute("data-by", byScore ? "score" : "text");
      b.textContent = byScore ? "Show in text order" : "Rank by check-worthiness";
      b.parentNode.firstChild.textContent = byScore ? "Ranked by check-worthiness. " : "In text order. ";
    }
  }
  // A link to a claim (page.html#c5) opens its details.
  var target = location.hash.slice(1);
  if (target && /^[A-Za-z0-9_-]+$/.test(target)) {
    var el = doc.querySelector("[data-claim=\"" + target + "\"]");
    if (el) { el.scrollIntoView({ block: "center" }); show({ el: el, id: target }); pinned = target; }
  }
  doc.documentElement.setAttribute("data-js", "ready");
})();
