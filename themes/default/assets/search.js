// The search box. Loads Pagefind's UI from the bundle `build --search` writes to pagefind/ beside assets/, and mounts
// it in the page's empty, hidden #search element. Without JavaScript, without a bundle (a build without --search) or
// from disk (file:// cannot fetch the index), nothing happens: the element stays hidden and the page reads as it is.
// The only script the pages load; no inline script, no eval (Pagefind's WebAssembly needs 'wasm-unsafe-eval').
(function () {
  "use strict";
  var box = document.getElementById("search");
  var self = document.currentScript;
  if (!box || !self || location.protocol === "file:") return;
  var bundle = new URL("../pagefind/", self.src);
  var ui = document.createElement("script");
  ui.src = new URL("pagefind-ui.js", bundle).href;
  ui.onload = function () {
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("pagefind-ui.css", bundle).href;
    document.head.appendChild(style);
    // eslint-disable-next-line no-undef
    new PagefindUI({
      element: box,
      bundlePath: bundle.pathname,
      // Result links are root paths; a site under a sub-path (base_url https://example.org/book/) prefixes them.
      baseUrl: new URL("../", bundle).pathname,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
    });
    box.hidden = false;
  };
  document.head.appendChild(ui);
})();
