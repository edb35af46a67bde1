// PluginCatalog: progressive enhancement only. Every page works without this file:
// the operations index lists everything (the browser's find works on it) and its
// filters are plain radio buttons. With script, the header search box filters the
// operations index as you type, and `/` focuses the search box.
(function () {
  "use strict";
  var rows = document.querySelectorAll(".op-row[data-search]");
  var box = document.getElementById("ops-q");
  if (rows.length && box) {
    var count = document.querySelector(".ops-count");
    box.parentElement.hidden = false;
    var apply = function () {
      var terms = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.getAttribute("data-search");
        var hit = terms.every(function (t) { return text.indexOf(t) !== -1; });
        row.classList.toggle("search-miss", !hit);
        if (hit) { shown += 1; }
      });
      if (count) { count.textContent = terms.length ? shown + " of " + rows.length : ""; }
      // A letter whose operations are all filtered out is hidden too.
      document.querySelectorAll(".ops-table tbody").forEach(function (group) {
        var visible = Array.prototype.some.call(group.querySelectorAll(".op-row"), function (row) {
          return window.getComputedStyle(row).display !== "none";
        });
        group.classList.toggle("group-empty", !visible);
      });
    };
    document.querySelectorAll(".ops-filters input[type=radio]").forEach(function (r) { r.addEventListener("change", apply); });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { box.value = q; }
    box.addEventListener("input", apply);
    apply();
    var header = document.getElementById("site-search-q");
    if (header && q) { header.value = q; }
  }
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) { return; }
    var input = box || document.getElementById("site-search-q");
    if (input) { e.preventDefault(); input.focus(); }
  });
})();
