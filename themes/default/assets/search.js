// The search box, on Pagefind's JavaScript API (pagefind/pagefind.js, the bundle `build` writes beside assets/).
// Our own small form rather than Pagefind's UI: the UI fetches its 49 KiB script and every filter's full list
// (126 KiB on a 10,000-source book) before the first word, which kept one query over the 300 kB budget. Here
// nothing is fetched until the reader focuses the box, and the filters only when they open "Narrow".
// Without JavaScript, without a bundle or from disk (file:// cannot fetch the index) the element stays hidden and
// the page reads as it is. No inline script, no eval, no innerHTML: results are built as nodes, and Pagefind's
// excerpt (escaped text with <mark>) is parsed inertly and copied as text and <mark> elements only.
// Pagefind's WebAssembly needs 'wasm-unsafe-eval' in the policy; its module and index are same-site.
(function () {
  "use strict";
  var box = document.getElementById("search");
  var self = document.currentScript;
  if (!box || !self || location.protocol === "file:" || !window.fetch) return;
  var bundle = new URL("../pagefind/", self.src);
  // Result URLs are root paths; a site under a sub-path (base_url https://example.org/book/) prefixes them.
  var siteRoot = new URL("../", bundle).pathname;
  var FILTERS = [["kind", "Kind"], ["actor", "Actor"], ["year", "Year"], ["outlet", "Outlet"]];
  var SHOWN = 8;

  // Show the box only where a bundle exists (a build with --no-search has none).
  fetch(new URL("pagefind-entry.json", bundle), { method: "HEAD" }).then(function (r) {
    if (r.ok) mount();
  }, function () { /* no bundle: stay hidden */ });

  function el(name, attrs, text) {
    var node = document.createElement(name);
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    if (text != null) node.textContent = text;
    return node;
  }

  function mount() {
    var form = el("form", { role: "search", class: "search-form" });
    var label = el("label", { for: "search-input", class: "search-label" }, "Search the book");
    var input = el("input", { id: "search-input", type: "search", autocomplete: "off", spellcheck: "false", placeholder: "a name, a place, a word" });
    var narrow = el("details", { class: "search-narrow" });
    narrow.appendChild(el("summary", null, "Narrow"));
    var status = el("p", { class: "search-status", role: "status", "aria-live": "polite" });
    var results = el("ol", { class: "search-results" });
    form.append(label, input, narrow, status, results);
    form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    box.appendChild(form);
    box.hidden = false;

    var api = null;
    var selects = {};
    var filtersShown = false;
    function load() {
      if (!api) {
        api = import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
          return pagefind.options({ baseUrl: siteRoot }).then(function () { pagefind.init(); return pagefind; });
        });
      }
      return api;
    }

    input.addEventListener("focus", load, { once: true });
    input.addEventListener("input", run);
    narrow.addEventListener("toggle", function () {
      if (!narrow.open || filtersShown) return;
      filtersShown = true;
      load().then(function (pagefind) { return pagefind.filters(); }).then(function (all) {
        FILTERS.forEach(function (f) {
          var values = Object.keys(all[f[0]] || {}).sort();
          if (values.length === 0) return;
          var id = "search-filter-" + f[0];
          var wrap = el("p", { class: "search-filter" });
          var select = el("select", { id: id });
          select.appendChild(el("option", { value: "" }, "any"));
          values.forEach(function (v) { select.appendChild(el("option", { value: v }, v + " (" + all[f[0]][v] + ")")); });
          select.addEventListener("change", run);
          wrap.append(el("label", { for: id }, f[1] + " "), select);
          narrow.appendChild(wrap);
          selects[f[0]] = select;
        });
      });
    });

    var asked = 0;
    function run() {
      var term = input.value.trim();
      var filters = {};
      Object.keys(selects).forEach(function (k) { if (selects[k].value) filters[k] = selects[k].value; });
      var ticket = ++asked;
      if (!term && Object.keys(filters).length === 0) { results.replaceChildren(); status.textContent = ""; return; }
      load().then(function (pagefind) {
        return pagefind.debouncedSearch(term || null, { filters: filters }, 250);
      }).then(function (search) {
        if (!search || ticket !== asked) return null;
        status.textContent = search.results.length === 0 ? "Nothing found."
          : search.results.length === 1 ? "1 page found." : search.results.length + " pages found" + (search.results.length > SHOWN ? ", the first " + SHOWN + " shown." : ".");
        return Promise.all(search.results.slice(0, SHOWN).map(function (r) { return r.data(); }));
      }).then(function (pages) {
        if (!pages || ticket !== asked) return;
        results.replaceChildren.apply(results, pages.map(item));
      }, function () {
        status.textContent = "Search is not available.";
      });
    }
  }

  function item(page) {
    var li = el("li");
    var link = el("a", { href: page.url, class: "search-result-link" }, (page.meta && page.meta.title) || page.url);
    li.appendChild(link);
    var excerpt = el("p", { class: "search-excerpt" });
    excerptNodes(page.excerpt || "").forEach(function (n) { excerpt.appendChild(n); });
    li.appendChild(excerpt);
    return li;
  }

  // Pagefind's excerpt is page text, HTML-escaped, with <mark> around the hits. Parsed in an inert document (no
  // script runs, nothing loads), then rebuilt from its text alone, keeping only the marks.
  function excerptNodes(html) {
    var doc = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    var out = [];
    doc.body.childNodes.forEach(function (n) {
      if (n.nodeType === 3) out.push(document.createTextNode(n.textContent));
      else if (n.nodeName === "MARK") out.push(el("mark", null, n.textContent));
      else out.push(document.createTextNode(n.textContent || ""));
    });
    return out;
  }
})();
