// Generated from Themes/default by ThemeEmbeddingTests (RECORD_THEME=1). Do not edit.
// swift-format-ignore-file

enum EmbeddedTheme {
    static let files: [(path: String, contents: String)] = [
        ("assets/site.css", #"""
/* PluginCatalog default theme. Light and dark follow the reader's system setting; the
   page prints cleanly. Everything works without script. */

:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --bg-subtle: #f6f7f9;
  --bg-raised: #ffffff;
  --fg: #1b1f24;
  --fg-muted: #5b6470;
  --border: #d9dde3;
  --border-strong: #b8bfc9;
  --accent: #4f52b2;          /* Teams indigo */
  --accent-fg: #ffffff;
  --link: #3d40a8;
  --code-bg: #f1f3f6;
  --get: #0f7b3e;    --get-bg: #e3f4ea;
  --post: #1f5fbf;   --post-bg: #e3edfb;
  --put: #9a5b00;    --put-bg: #fbf0dc;
  --patch: #6d3fb1;  --patch-bg: #efe7fa;
  --delete: #b3261e; --delete-bg: #fbe4e2;
  --other: #4a5561;  --other-bg: #eceff2;
  --ok: #0f7b3e;     --ok-bg: #e6f4ec;
  --warn: #8a5300;   --warn-bg: #fdf3dc;
  --err: #b3261e;    --err-bg: #fce8e6;
  --info: #1f5fbf;   --info-bg: #e6eefb;
  --radius: 8px;
  --shadow: 0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.08);
  --font: "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif;
  --mono: "Cascadia Code", "SFMono-Regular", Consolas, "Liberation Mono", Menlo, monospace;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181d;
    --bg-subtle: #1d2027;
    --bg-raised: #20242c;
    --fg: #e8eaed;
    --fg-muted: #a3abb8;
    --border: #343a45;
    --border-strong: #4a5261;
    --accent: #7f85f5;
    --accent-fg: #0b0c10;
    --link: #9ea2ff;
    --code-bg: #262a33;
    --get: #5fd08f;    --get-bg: #193626;
    --post: #7cb0ff;   --post-bg: #182a45;
    --put: #ffc266;    --put-bg: #3a2a10;
    --patch: #c6a4ff;  --patch-bg: #2c2045;
    --delete: #ff8a80; --delete-bg: #421b19;
    --other: #b8c0cc;  --other-bg: #2a2f38;
    --ok: #5fd08f;     --ok-bg: #17301f;
    --warn: #ffc266;   --warn-bg: #352711;
    --err: #ff8a80;    --err-bg: #3a1a18;
    --info: #7cb0ff;   --info-bg: #172a44;
    --shadow: 0 1px 2px rgba(0, 0, 0, 0.4);
  }
}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 16px/1.55 var(--font);
}
a { color: var(--link); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
code, pre, kbd { font-family: var(--mono); font-size: 0.9em; }
code { background: var(--code-bg); padding: 0.1em 0.35em; border-radius: 4px; overflow-wrap: anywhere; }
/* Long lines wrap rather than scroll: a block that scrolls sideways is out of reach of the keyboard. */
pre { background: var(--code-bg); padding: 0.9rem 1rem; border-radius: var(--radius); overflow-x: auto; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.6em; }
h1 { font-size: 1.9rem; margin-top: 0.2em; letter-spacing: -0.01em; }
h2 { font-size: 1.35rem; padding-bottom: 0.3em; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; }
h4 { font-size: 1rem; }
p { margin: 0.6em 0; }
img { max-width: 100%; height: auto; }

.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0.5rem; background: var(--accent); color: var(--accent-fg); padding: 0.5rem 1rem; border-radius: var(--radius); z-index: 10; }
.skip-link:focus { left: 0.5rem; }
.muted { color: var(--fg-muted); }
.small { font-size: 0.875rem; }

/* Header */
.site-header {
  display: flex; align-items: center; gap: 1.25rem; flex-wrap: wrap;
  padding: 0.7rem clamp(1rem, 4vw, 2.5rem);
  border-bottom: 1px solid var(--border);
  background: var(--bg-subtle);
}
.brand { display: inline-flex; align-items: center; gap: 0.55rem; font-weight: 650; font-size: 1.05rem; color: var(--fg); text-decoration: none; }
.brand img { border-radius: 6px; }
.site-nav { display: flex; gap: 0.25rem; }
.site-nav a { color: var(--fg); text-decoration: none; padding: 0.35rem 0.7rem; border-radius: 6px; }
.site-nav a:hover { background: var(--code-bg); }
.site-nav a[aria-current="page"] { background: var(--accent); color: var(--accent-fg); }
.site-search { margin-left: auto; }
.site-search input {
  font: inherit; font-size: 0.95rem; width: min(22rem, 60vw); padding: 0.4rem 0.75rem;
  border: 1px solid var(--border-strong); border-radius: 6px; background: var(--bg); color: var(--fg);
}
.site-search input::placeholder { color: var(--fg-muted); opacity: 1; }  /* the browser's grey is 3.9:1 on the dark background */
.locale-switch { position: relative; }
.locale-switch summary { cursor: pointer; padding: 0.35rem 0.7rem; border: 1px solid var(--border-strong); border-radius: 6px; list-style: none; }
.locale-switch summary::-webkit-details-marker { display: none; }
.locale-switch ul { position: absolute; right: 0; z-index: 5; margin: 0.3rem 0 0; padding: 0.4rem; list-style: none; background: var(--bg-raised); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: var(--shadow); max-height: 60vh; overflow: auto; min-width: 8rem; }
.locale-switch a { display: block; padding: 0.2rem 0.6rem; border-radius: 4px; text-decoration: none; color: var(--fg); }
.locale-switch a[aria-current="true"] { background: var(--accent); color: var(--accent-fg); }

.breadcrumbs { padding: 0.7rem clamp(1rem, 4vw, 2.5rem) 0; font-size: 0.9rem; }
.breadcrumbs ol { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0; padding: 0; list-style: none; }
.breadcrumbs li + li::before { content: "›"; color: var(--fg-muted); margin-right: 0.4rem; }

.page { max-width: 72rem; margin: 0 auto; padding: 1rem clamp(1rem, 4vw, 2.5rem) 3rem; }
.site-footer { border-top: 1px solid var(--border); color: var(--fg-muted); font-size: 0.875rem; padding: 1rem clamp(1rem, 4vw, 2.5rem) 2rem; }

/* Page header */
.page-header { margin-bottom: 1.5rem; }
.eyebrow { color: var(--fg-muted); font-size: 0.9rem; margin: 0.8rem 0 0; text-transform: none; }
.lead { font-size: 1.1rem; color: var(--fg-muted); max-width: 50rem; }
.endpoint { display: flex; align-items: center; gap: 0.6rem; flex-wrap: wrap; font-size: 1.05rem; margin: 0.4rem 0 0.8rem; }
.endpoint .path { font-size: 1rem; padding: 0.25rem 0.5rem; }

.badges { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.6rem 0; padding: 0; list-style: none; }
.badge { display: inline-block; font-size: 0.8rem; line-height: 1.5; padding: 0.1rem 0.55rem; border-radius: 999px; background: var(--other-bg); color: var(--other); border: 1px solid transparent; white-space: nowrap; }
.badge a { color: inherit; }
.badge-small { font-size: 0.72rem; padding: 0 0.45rem; }
.badge-ok { background: var(--ok-bg); color: var(--ok); }
.badge-warning { background: var(--warn-bg); color: var(--warn); }
.badge-error { background: var(--err-bg); color: var(--err); }
.badge-info { background: var(--info-bg); color: var(--info); }
.badge-id code { background: none; padding: 0; }

.method { display: inline-block; min-width: 4.2em; text-align: center; font: 700 0.78rem/1.6 var(--mono); letter-spacing: 0.03em; padding: 0.05rem 0.45rem; border-radius: 5px; background: var(--other-bg); color: var(--other); }
.method-get { background: var(--get-bg); color: var(--get); }
.method-post { background: var(--post-bg); color: var(--post); }
.method-put { background: var(--put-bg); color: var(--put); }
.method-patch { background: var(--patch-bg); color: var(--patch); }
.method-delete { background: var(--delete-bg); color: var(--delete); }

.toc ul { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; margin: 0 0 1rem; padding: 0; list-style: none; font-size: 0.9rem; }

/* Tables */
/* Focusable (tabindex="0" in the templates) so that keyboard users can scroll a wide table. */
.table-scroll { overflow-x: auto; margin: 0.8rem 0; border: 1px solid var(--border); border-radius: var(--radius); }
.table-scroll:focus-visible { border-radius: var(--radius); }
/* The page's tables only: rendered Adaptive Cards bring their own table styles, and the
   header background here under a dark card's white text would be unreadable. :where()
   keeps these selectors as weak as plain element selectors. */
table:where(:not(.ac-adaptiveCard *)) { border-collapse: collapse; width: 100%; font-size: 0.94rem; }
caption:where(:not(.ac-adaptiveCard *)) { text-align: left; padding: 0.6rem 0.8rem; color: var(--fg-muted); font-size: 0.875rem; caption-side: top; }
:is(th, td):where(:not(.ac-adaptiveCard *)) { text-align: left; vertical-align: top; padding: 0.55rem 0.8rem; border-top: 1px solid var(--border); }
thead th:where(:not(.ac-adaptiveCard *)) { background: var(--bg-subtle); font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--fg-muted); border-top: 0; }
tbody th:where(:not(.ac-adaptiveCard *)) { font-weight: 500; }
tr.deprecated th code, tr.deprecated td { text-decoration: line-through; opacity: 0.7; }
.fields tr.depth-1 th { padding-left: 1.8rem; }
.fields tr.depth-2 th { padding-left: 2.8rem; }
.fields tr.depth-3 th, .fields tr.depth-4 th, .fields tr.depth-5 th, .fields tr.depth-6 th, .fields tr.depth-7 th, .fields tr.depth-8 th { padding-left: 3.8rem; }
.req { color: var(--err); font-size: 0.75rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; }
code.type { background: none; padding: 0; color: var(--fg-muted); }
.field-facts { margin: 0.3rem 0 0; padding: 0; list-style: none; font-size: 0.85rem; color: var(--fg-muted); }
.align-center { text-align: center; } .align-right { text-align: right; }

/* Facts lists */
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.2rem; margin: 0.8rem 0; }
.facts dt { color: var(--fg-muted); }
.facts dd { margin: 0; min-width: 0; }
.facts dd > .prose > :first-child { margin-top: 0; }
.facts dd ul { margin: 0; padding-left: 1.2rem; }

/* Callouts */
.callout { border: 1px solid var(--border); border-left: 5px solid var(--other); border-radius: var(--radius); padding: 0.4rem 1rem 0.6rem; background: var(--bg-subtle); margin: 0.8rem 0 1rem; }
.callout-title { font-weight: 650; font-size: 1.05rem; }
.callout-consequential { border-left-color: var(--warn); background: var(--warn-bg); }
.callout-safe { border-left-color: var(--ok); background: var(--ok-bg); }
.callout-na { border-left-color: var(--info); background: var(--info-bg); }
.callout .facts { margin-bottom: 0.2rem; }

.param-chip { background: var(--info-bg); color: var(--info); border: 1px dashed var(--info); border-radius: 5px; padding: 0 0.35em; }
.source { font-size: 0.85rem; }
.source-note { font-size: 0.8rem; color: var(--fg-muted); }

/* Responses */
details.response { border: 1px solid var(--border); border-radius: var(--radius); margin: 0.6rem 0; background: var(--bg-raised); }
details.response > summary { cursor: pointer; padding: 0.6rem 0.9rem; font-weight: 500; }
details.response[open] > summary { border-bottom: 1px solid var(--border); }
details.response > :not(summary) { margin-left: 0.9rem; margin-right: 0.9rem; }
.status { display: inline-block; font: 700 0.85rem var(--mono); padding: 0.05rem 0.45rem; border-radius: 5px; background: var(--other-bg); color: var(--other); margin-right: 0.35rem; }
.status-2 { background: var(--ok-bg); color: var(--ok); }
.status-4, .status-5 { background: var(--err-bg); color: var(--err); }
.status-3 { background: var(--info-bg); color: var(--info); }
figure.example { margin: 0.8rem 0; }
figure.example figcaption { font-size: 0.85rem; color: var(--fg-muted); }

.servers, .security, .prompts, .starters { padding-left: 1.2rem; }
.servers li, .security li { margin: 0.3rem 0; }
.url { font-size: 0.95rem; }

/* Diagnostics */
.diagnostics { list-style: none; padding: 0; margin: 0.6rem 0; }
.diagnostic { padding: 0.45rem 0.7rem; border-left: 4px solid var(--border-strong); background: var(--bg-subtle); margin: 0.3rem 0; border-radius: 0 6px 6px 0; font-size: 0.92rem; }
.diagnostic-error { border-left-color: var(--err); }
.diagnostic-warning { border-left-color: var(--warn); }
.diagnostic-note { border-left-color: var(--info); }
.diagnostic .severity { font-weight: 650; text-transform: uppercase; font-size: 0.72rem; letter-spacing: 0.05em; }
.diagnostic-error .severity { color: var(--err); }
.diagnostic-warning .severity { color: var(--warn); }
.diagnostic-note .severity { color: var(--info); }
.diagnostic .where { display: block; font-family: var(--mono); font-size: 0.8rem; color: var(--fg-muted); overflow-wrap: anywhere; }
.diagnostic .note { font-size: 0.85rem; color: var(--fg-muted); }

/* Package list */
.cards-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.package-card { border: 1px solid var(--border); border-radius: 12px; padding: 1rem 1.1rem; background: var(--bg-raised); box-shadow: var(--shadow); display: flex; flex-direction: column; }
.package-card h2 { font-size: 1.15rem; border: 0; margin: 0 0 0.2rem; padding: 0; }
.package-card h2 a { text-decoration: none; }
.package-card h2 a:hover { text-decoration: underline; }
.package-card .kind { color: var(--fg-muted); font-size: 0.85rem; margin: 0; }
.package-card > p:not(.kind) { flex: 1; }
.consequential-list summary { cursor: pointer; font-size: 0.9rem; color: var(--fg-muted); }
.consequential-list ul { margin: 0.3rem 0 0; padding-left: 1.2rem; font-size: 0.9rem; }

.plugin { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.2rem 1rem 0.6rem; margin: 0.8rem 0; }
.plugin h3 { margin-top: 0.7rem; }
details.instructions { margin: 1rem 0; border: 1px solid var(--border); border-radius: var(--radius); padding: 0.5rem 1rem; }
details.instructions summary { cursor: pointer; font-weight: 500; }

.prose > :first-child { margin-top: 0; }
.prose > :last-child { margin-bottom: 0; }
.prose blockquote { margin: 0.8em 0; padding: 0.1em 1em; border-left: 4px solid var(--border-strong); color: var(--fg-muted); }
.prose li.task { list-style: none; margin-left: -1.2rem; }
.prose .raw-html { font-family: var(--mono); font-size: 0.85rem; color: var(--fg-muted); }

.pager { display: grid; grid-template-columns: 1fr auto 1fr; grid-template-areas: "prev up next"; gap: 1rem; align-items: start; margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); }
.pager a { text-decoration: none; }
.pager .prev { grid-area: prev; }
.pager .up { grid-area: up; text-align: center; font-size: 0.9rem; }
.pager .next { grid-area: next; text-align: right; }
.pager .muted { display: block; font-size: 0.8rem; }
.confirmation-body ul, .confirmation-body ol { margin: 0; padding-left: 1.1rem; }
.confirmation-body p { margin: 0 0 0.3em; }

@media (max-width: 40rem) {
  .pager { grid-template-columns: 1fr; grid-template-areas: "up" "prev" "next"; }
  .pager .up, .pager .next { text-align: left; }
  .facts { grid-template-columns: 1fr; }
  .facts dt { margin-top: 0.4rem; }
  .site-search { margin-left: 0; width: 100%; }
  .site-search input { width: 100%; }
}

@media print {
  .site-header, .site-footer, .skip-link, .toc, .pager, .site-search, .locale-switch, .breadcrumbs, .card-theme-switch { display: none !important; }
  body { background: #fff; color: #000; font-size: 11pt; }
  a { color: #000; }
  .page { max-width: none; padding: 0; }
  details > summary { list-style: none; }
  details:not([open]) > :not(summary) { display: block; }
  .table-scroll { overflow: visible; border: 0; }
  pre, table, .callout, details.response { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}

/* Card previews */
.card-previews { margin: 0.8rem 0; }
.card-theme-switch { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0; border: 0; padding: 0; margin: 0 0 1rem; }
.card-theme-switch legend { float: left; margin-right: 0.6rem; color: var(--fg-muted); font-size: 0.9rem; padding: 0.35rem 0; }
.card-theme-switch input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.card-theme-switch label { cursor: pointer; padding: 0.3rem 0.8rem; border: 1px solid var(--border-strong); margin-left: -1px; font-size: 0.9rem; background: var(--bg); }
.card-theme-switch label:first-of-type { border-radius: 6px 0 0 6px; margin-left: 0; }
.card-theme-switch label:last-of-type { border-radius: 0 6px 6px 0; }
.card-theme-switch input:checked + label { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.card-theme-switch input:focus-visible + label { outline: 3px solid var(--accent); outline-offset: 2px; }
figure.card-preview { margin: 0 0 1.6rem; }
figure.card-preview figcaption { font-size: 0.9rem; margin-bottom: 0.6rem; }
.card-preview .ac-host, .gallery-item .ac-host { max-width: 36rem; }
.preview-caption { margin: 0.8rem 0 0.4rem; font-size: 0.85rem; }
.page-actions { margin: 0.2rem 0 0.6rem; font-size: 0.9rem; }
.gallery-grid { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1.5rem; }
.gallery-title { font-size: 0.95rem; border: 0; margin: 0 0 0.5rem; padding: 0; overflow-wrap: anywhere; }
.link-list { padding-left: 1.2rem; }

/* Operations index: filters without script (radio buttons and :has()). */
.ops-filters { display: flex; flex-wrap: wrap; gap: 0.6rem 2rem; align-items: flex-start; margin: 0.5rem 0 1rem; }
.ops-filters fieldset { border: 0; padding: 0; margin: 0; display: inline-flex; flex-wrap: wrap; align-items: center; }
.ops-filters legend { float: left; margin-right: 0.6rem; color: var(--fg-muted); font-size: 0.9rem; padding: 0.3rem 0; }
.ops-filters input[type=radio] { position: absolute; opacity: 0; width: 1px; height: 1px; }
.ops-filters fieldset label { cursor: pointer; padding: 0.25rem 0.7rem; border: 1px solid var(--border-strong); margin-left: -1px; font-size: 0.85rem; background: var(--bg); }
.ops-filters input:checked + label { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.ops-filters input:focus-visible + label { outline: 3px solid var(--accent); outline-offset: 2px; }
.ops-search input { font: inherit; padding: 0.3rem 0.6rem; border: 1px solid var(--border-strong); border-radius: 6px; background: var(--bg); color: var(--fg); min-width: 16rem; }
.letters ul { display: flex; flex-wrap: wrap; gap: 0.15rem; list-style: none; padding: 0; margin: 0 0 0.8rem; font-family: var(--mono); font-size: 0.9rem; }
.letters a, .letters span { display: inline-block; min-width: 1.6rem; text-align: center; padding: 0.1rem 0.2rem; border-radius: 4px; }
.letters span { color: var(--border-strong); }
.ops-table .letter-row th { background: var(--bg-subtle); font-family: var(--mono); font-weight: 700; }
.operations-index:has(#f-m-get:checked) .op-row:not(.m-get),
.operations-index:has(#f-m-post:checked) .op-row:not(.m-post),
.operations-index:has(#f-m-put:checked) .op-row:not(.m-put),
.operations-index:has(#f-m-patch:checked) .op-row:not(.m-patch),
.operations-index:has(#f-m-delete:checked) .op-row:not(.m-delete),
.operations-index:has(#f-m-tool:checked) .op-row:not(.m-tool),
.operations-index:has(#f-m-bot:checked) .op-row:not(.m-bot),
.operations-index:has(#f-c-yes:checked) .op-row:not(.c-yes),
.operations-index:has(#f-c-no:checked) .op-row:not(.c-no),
.op-row.search-miss, .ops-table tbody.group-empty { display: none; }
.operations-index:has(#f-m-get:checked) tbody:not(:has(.m-get)),
.operations-index:has(#f-m-post:checked) tbody:not(:has(.m-post)),
.operations-index:has(#f-m-put:checked) tbody:not(:has(.m-put)),
.operations-index:has(#f-m-patch:checked) tbody:not(:has(.m-patch)),
.operations-index:has(#f-m-delete:checked) tbody:not(:has(.m-delete)),
.operations-index:has(#f-m-tool:checked) tbody:not(:has(.m-tool)),
.operations-index:has(#f-m-bot:checked) tbody:not(:has(.m-bot)),
.operations-index:has(#f-c-yes:checked) tbody:not(:has(.c-yes)),
.operations-index:has(#f-c-no:checked) tbody:not(:has(.c-no)) { display: none; }

/* Teams Toolkit placeholders (`${{VAR}}`) in titles: a token naming the variable. */
.placeholder { font-family: var(--mono); font-size: 0.85em; padding: 0 0.3em; border: 1px dashed var(--border-strong); border-radius: 4px; color: var(--fg-muted); background: var(--bg-subtle); white-space: nowrap; }
.package-source { margin: -0.3rem 0 0.3rem; font-size: 0.8rem; overflow-wrap: anywhere; }
.package-card h2 { overflow-wrap: anywhere; hyphens: auto; }
.catalog:has(#f-p-errors:checked) .package-card.no-errors { display: none; }
/* A method badge and its path in a link: apart, with no underlined space between them. */
.endpoint-link .method + .path { margin-inline-start: 0.45em; }
/* Names and types in tables break only where they must (the table scrolls instead). */
table code { overflow-wrap: normal; }
table th code, table td code.type { white-space: nowrap; }
/* The findings page: filtered by severity without script. */
.rule-index ul { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0 1rem; }
.finding-package { font-size: 0.85rem; }
.findings-page:has(#f-s-error:checked) .finding:not(.diagnostic-error),
.findings-page:has(#f-s-warning:checked) .finding:not(.diagnostic-warning),
.findings-page:has(#f-s-note:checked) .finding:not(.diagnostic-note),
.findings-page:has(#f-s-error:checked) .rule-group:not(:has(.diagnostic-error)),
.findings-page:has(#f-s-warning:checked) .rule-group:not(:has(.diagnostic-warning)),
.findings-page:has(#f-s-note:checked) .rule-group:not(:has(.diagnostic-note)),
.findings-page:has(#f-s-error:checked) .rule-index li:not(.has-error),
.findings-page:has(#f-s-warning:checked) .rule-index li:not(.has-warning),
.findings-page:has(#f-s-note:checked) .rule-index li:not(.has-note) { display: none; }
/* The review site (build --compare): risks, before and after, cards side by side. */
.risk { display: inline-block; font-size: 0.8rem; font-weight: 600; padding: 0.05rem 0.5rem; border-radius: 999px; text-transform: uppercase; letter-spacing: 0.02em; }
.risk-high .risk, .risk.risk-high { background: var(--err-bg); color: var(--err); }
.risk-medium .risk, .risk.risk-medium { background: var(--warn-bg); color: var(--warn); }
.risk-low .risk, .risk.risk-low { background: var(--other-bg); color: var(--other); }
.badge-changed { background: var(--warn-bg); color: var(--warn); font-weight: 600; }
.badge-changed.badge-risk-high { background: var(--err-bg); color: var(--err); }
.badge-changed a { color: inherit; }
.review { border-left: 4px solid var(--warn); padding-left: 1rem; margin: 1rem 0 1.5rem; }
.review.review-high { border-left-color: var(--err); }
.review.review-low { border-left-color: var(--border-strong); }
table.changes td { vertical-align: top; }
.before-after { display: grid; gap: 0.25rem; min-width: 12rem; }
.before-after del, .before-after ins { display: block; text-decoration: none; padding: 0.15rem 0.4rem; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.before-after del { background: var(--err-bg); color: var(--fg); }
.before-after ins { background: var(--ok-bg); color: var(--fg); }
.before-after del::before { content: "− "; color: var(--err); }
.before-after ins::before { content: "+ "; color: var(--ok); }
.confirmations.compare td.before { background: var(--err-bg); }
.confirmations.compare td.after { background: var(--ok-bg); }
.card-compare { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: 0.8rem 0; }
.card-side { margin: 0; }
.card-side figcaption { font-weight: 600; margin-bottom: 0.4rem; }
.card-before figcaption { color: var(--err); }
.card-after figcaption { color: var(--ok); }
.changed-operations { padding-left: 1.2rem; }
.changes-page:has(#f-r-high:checked) tbody tr:not(.risk-high),
.changes-page:has(#f-r-medium:checked) tbody tr:not(.risk-medium),
.changes-page:has(#f-r-low:checked) tbody tr:not(.risk-low) { display: none; }

"""#),
        ("assets/site.js", #"""
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

"""#),
        ("hostconfigs/README.md", #"""
# Built-in host configs

The card renderer (`Sources/CardRendering`) reads these to show cards the way Microsoft Teams does.
They are ordinary Adaptive Cards host config JSON; `HostConfig(jsonText:)` reads them.

| file | what |
|---|---|
| `teams-light.json` | Microsoft Teams, light theme |
| `teams-dark.json` | Microsoft Teams, dark theme |
| `teams-contrast.json` | high contrast (black), derived from the Teams structure |

## Where the values come from

- **Host config values** (`spacing`, `separator`, `imageSizes`, `fontTypes`, `textStyles`, `textBlock`,
  `containerStyles`, `actions`, `adaptiveCard`, `imageSet`, `factSet`, `supportsInteractivity`,
  `choiceSetInputValueSeparator`) in `teams-light.json` and `teams-dark.json` are transcribed from the Teams host
  configs of the Adaptive Cards Designer, `microsoft-teams-light.json` and `microsoft-teams-dark.json` in
  [microsoft/AdaptiveCards](https://github.com/microsoft/AdaptiveCards) (`source/nodejs/adaptivecards-designer/src/hostConfigs/`),
  © Microsoft Corporation, MIT License. Only the properties the renderer reads are kept; the Designer files'
  misspelt `factSet.*.warp` keys, which no renderer reads, are left out (the renderer's default `wrap: true` applies,
  as it does for the originals). A test (`HostConfigTests`) checks that these files and the originals give the same
  `HostConfig` on every property the renderer reads.
- **`x-pluginCatalog`** is this project's extension, ignored by other renderers: the colours of the host's own chrome
  (buttons, inputs, links, card frame, page) and the button height (`buttonHeight`: 32 px, 34 px in dark as the
  Designer's Teams dark stylesheet), which standard host configs do not describe. Light and dark follow the
  Teams look (the Designer's Teams container stylesheet and the Teams palette: brand `#6264A7`, neutral greys).
- **`teams-contrast.json`** keeps the Teams structure (spacing, sizes, fonts, actions) and replaces every colour with
  the Windows high-contrast black palette: white text on black, cyan `#1AEBFF` accents and focus, yellow `#FFFF00`
  links, green `#3FF23F` for "good" and disabled text, light red `#FF8080` for attention, and a dark blue `#1A3A6E`
  behind highlighted text (so every text colour stays readable on it). Container styles have no
  background tint (backgrounds alone do not survive high contrast); `containerBorders` outlines them instead. A test
  checks that every text colour meets WCAG 2 AA (4.5:1) against every container background, and that button, input
  and link colours do too.

The three files agree on every value that changes the card HTML (`HostConfig.markupSignature`), so one rendering can
be shown in any of them by switching the theme class.

"""#),
        ("hostconfigs/teams-contrast.json", ##"""
{
  "x-pluginCatalog": {
    "name": "Microsoft Teams (high contrast)",
    "pageBackground": "#000000",
    "cardBackground": "#000000",
    "cardBorder": "#FFFFFF",
    "cardBorderWidth": 2,
    "cardRadius": 4,
    "link": "#FFFF00",
    "focusRing": "#1AEBFF",
    "buttonForeground": "#FFFFFF",
    "buttonBackground": "#000000",
    "buttonBorder": "#FFFFFF",
    "buttonHoverForeground": "#000000",
    "buttonHoverBackground": "#1AEBFF",
    "primaryButtonForeground": "#000000",
    "primaryButtonBackground": "#FFFF00",
    "destructiveForeground": "#FF8080",
    "disabledForeground": "#3FF23F",
    "disabledBackground": "#000000",
    "inputForeground": "#FFFFFF",
    "inputBackground": "#000000",
    "inputBorder": "#FFFFFF",
    "placeholder": "#C8C8C8",
    "containerBorders": true,
    "buttonFontWeight": 700,
    "buttonHeight": 32
  },
  "supportsInteractivity": true,
  "choiceSetInputValueSeparator": ",",
  "spacing": {
    "small": 8,
    "default": 12,
    "medium": 16,
    "large": 20,
    "extraLarge": 24,
    "padding": 16
  },
  "separator": {
    "lineThickness": 1,
    "lineColor": "#FFFFFF"
  },
  "imageSizes": {
    "small": 32,
    "medium": 52,
    "large": 100
  },
  "fontTypes": {
    "default": {
      "fontFamily": "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
      "fontSizes": {
        "small": 12,
        "default": 14,
        "medium": 14,
        "large": 18,
        "extraLarge": 24
      },
      "fontWeights": {
        "lighter": 200,
        "default": 400,
        "bolder": 600
      }
    },
    "monospace": {
      "fontFamily": "'Courier New', Courier, monospace",
      "fontSizes": {
        "small": 12,
        "default": 14,
        "medium": 14,
        "large": 18,
        "extraLarge": 24
      },
      "fontWeights": {
        "lighter": 200,
        "default": 400,
        "bolder": 600
      }
    }
  },
  "textStyles": {
    "heading": {
      "fontType": "default",
      "size": "large",
      "weight": "bolder",
      "color": "default",
      "isSubtle": false
    }
  },
  "textBlock": {
    "headingLevel": 2
  },
  "containerStyles": {
    "default": {
      "backgroundColor": "#000000",
      "borderColor": "#FFFFFF",
      "foregroundColors": {
        "default": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "dark": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "light": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "accent": {
          "default": "#1AEBFF",
          "subtle": "#1AEBFF",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "good": {
          "default": "#3FF23F",
          "subtle": "#3FF23F",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "warning": {
          "default": "#FFFF00",
          "subtle": "#FFFF00",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "attention": {
          "default": "#FF8080",
          "subtle": "#FF8080",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        }
      }
    },
    "emphasis": {
      "backgroundColor": "#000000",
      "borderColor": "#FFFFFF",
      "foregroundColors": {
        "default": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "dark": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "light": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "accent": {
          "default": "#1AEBFF",
          "subtle": "#1AEBFF",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "good": {
          "default": "#3FF23F",
          "subtle": "#3FF23F",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "warning": {
          "default": "#FFFF00",
          "subtle": "#FFFF00",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "attention": {
          "default": "#FF8080",
          "subtle": "#FF8080",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        }
      }
    },
    "accent": {
      "backgroundColor": "#000000",
      "borderColor": "#FFFFFF",
      "foregroundColors": {
        "default": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "dark": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "light": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "accent": {
          "default": "#1AEBFF",
          "subtle": "#1AEBFF",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "good": {
          "default": "#3FF23F",
          "subtle": "#3FF23F",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "warning": {
          "default": "#FFFF00",
          "subtle": "#FFFF00",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "attention": {
          "default": "#FF8080",
          "subtle": "#FF8080",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        }
      }
    },
    "good": {
      "backgroundColor": "#000000",
      "borderColor": "#FFFFFF",
      "foregroundColors": {
        "default": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "dark": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "light": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "accent": {
          "default": "#1AEBFF",
          "subtle": "#1AEBFF",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "good": {
          "default": "#3FF23F",
          "subtle": "#3FF23F",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "warning": {
          "default": "#FFFF00",
          "subtle": "#FFFF00",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "attention": {
          "default": "#FF8080",
          "subtle": "#FF8080",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        }
      }
    },
    "attention": {
      "backgroundColor": "#000000",
      "borderColor": "#FFFFFF",
      "foregroundColors": {
        "default": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "dark": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "light": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "accent": {
          "default": "#1AEBFF",
          "subtle": "#1AEBFF",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "good": {
          "default": "#3FF23F",
          "subtle": "#3FF23F",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "warning": {
          "default": "#FFFF00",
          "subtle": "#FFFF00",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "attention": {
          "default": "#FF8080",
          "subtle": "#FF8080",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        }
      }
    },
    "warning": {
      "backgroundColor": "#000000",
      "borderColor": "#FFFFFF",
      "foregroundColors": {
        "default": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "dark": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "light": {
          "default": "#FFFFFF",
          "subtle": "#E0E0E0",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "accent": {
          "default": "#1AEBFF",
          "subtle": "#1AEBFF",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "good": {
          "default": "#3FF23F",
          "subtle": "#3FF23F",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "warning": {
          "default": "#FFFF00",
          "subtle": "#FFFF00",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        },
        "attention": {
          "default": "#FF8080",
          "subtle": "#FF8080",
          "highlightColors": {
            "default": "#FF1A3A6E",
            "subtle": "#FF14284A"
          }
        }
      }
    }
  },
  "actions": {
    "maxActions": 6,
    "spacing": "Default",
    "buttonSpacing": 8,
    "showCard": {
      "actionMode": "Inline",
      "inlineTopMargin": 16,
      "style": "emphasis"
    },
    "preExpandSingleShowCardAction": false,
    "actionsOrientation": "Horizontal",
    "actionAlignment": "Left"
  },
  "adaptiveCard": {
    "allowCustomStyle": false
  },
  "imageSet": {
    "imageSize": "Medium",
    "maxImageHeight": 100
  },
  "factSet": {
    "title": {
      "size": "Default",
      "color": "Default",
      "isSubtle": false,
      "weight": "Bolder"
    },
    "value": {
      "size": "Default",
      "color": "Default",
      "isSubtle": false,
      "weight": "Default"
    },
    "spacing": 16
  }
}
"""##),
        ("hostconfigs/teams-dark.json", ##"""
{
  "x-pluginCatalog": {
    "name": "Microsoft Teams (dark)",
    "pageBackground": "#1F1F1F",
    "cardBackground": "#2D2C2C",
    "cardBorder": "#3B3A39",
    "cardBorderWidth": 1,
    "cardRadius": 4,
    "link": "#A6A7DC",
    "focusRing": "#FFFFFF",
    "buttonForeground": "#FFFFFF",
    "buttonBackground": "#2D2C2C",
    "buttonBorder": "#6165A4",
    "buttonHoverForeground": "#FFFFFF",
    "buttonHoverBackground": "#6165A4",
    "primaryButtonForeground": "#FFFFFF",
    "primaryButtonBackground": "#6264A7",
    "destructiveForeground": "#F17E87",
    "disabledForeground": "#8A8886",
    "disabledBackground": "#3D3D3D",
    "inputForeground": "#FFFFFF",
    "inputBackground": "#1F1F1F",
    "inputBorder": "#1F1F1F",
    "placeholder": "#C8C6C4",
    "containerBorders": false,
    "buttonFontWeight": 600,
    "buttonHeight": 34
  },
  "supportsInteractivity": true,
  "choiceSetInputValueSeparator": ",",
  "spacing": {
    "small": 8,
    "default": 12,
    "medium": 16,
    "large": 20,
    "extraLarge": 24,
    "padding": 16
  },
  "separator": {
    "lineThickness": 1,
    "lineColor": "#EEEEEE"
  },
  "imageSizes": {
    "small": 32,
    "medium": 52,
    "large": 100
  },
  "fontTypes": {
    "default": {
      "fontFamily": "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
      "fontSizes": {
        "small": 12,
        "default": 14,
        "medium": 14,
        "large": 18,
        "extraLarge": 24
      },
      "fontWeights": {
        "lighter": 200,
        "default": 400,
        "bolder": 600
      }
    },
    "monospace": {
      "fontFamily": "'Courier New', Courier, monospace",
      "fontSizes": {
        "small": 12,
        "default": 14,
        "medium": 14,
        "large": 18,
        "extraLarge": 24
      },
      "fontWeights": {
        "lighter": 200,
        "default": 400,
        "bolder": 600
      }
    }
  },
  "textStyles": {
    "heading": {
      "fontType": "default",
      "size": "large",
      "weight": "bolder",
      "color": "default",
      "isSubtle": false
    }
  },
  "textBlock": {
    "headingLevel": 2
  },
  "containerStyles": {
    "default": {
      "foregroundColors": {
        "default": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "dark": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "light": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "accent": {
          "default": "#ffa6a7dc",
          "subtle": "#ff8b8cc7"
        },
        "good": {
          "default": "#ff92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#fff8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#ffd74654",
          "subtle": "#e5d74654"
        }
      },
      "borderColor": "#CCCCCC",
      "backgroundColor": "#ff2d2c2c"
    },
    "emphasis": {
      "foregroundColors": {
        "default": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "dark": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "light": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "accent": {
          "default": "#ffa6a7dc",
          "subtle": "#ff8b8cc7"
        },
        "good": {
          "default": "#ff92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#fff8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#ffd74654",
          "subtle": "#e5d74654"
        }
      },
      "borderColor": "#666666",
      "backgroundColor": "#ff292828"
    },
    "accent": {
      "borderColor": "#62A8F7",
      "backgroundColor": "#C7DEF9",
      "foregroundColors": {
        "default": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "dark": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "light": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "accent": {
          "default": "#ffa6a7dc",
          "subtle": "#ff8b8cc7"
        },
        "good": {
          "default": "#ff92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#fff8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#ffd74654",
          "subtle": "#e5d74654"
        }
      }
    },
    "good": {
      "borderColor": "#69E569",
      "backgroundColor": "#CCFFCC",
      "foregroundColors": {
        "default": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "dark": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "light": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "accent": {
          "default": "#ffa6a7dc",
          "subtle": "#ff8b8cc7"
        },
        "good": {
          "default": "#ff92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#fff8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#ffd74654",
          "subtle": "#e5d74654"
        }
      }
    },
    "attention": {
      "borderColor": "#FF764C",
      "backgroundColor": "#FFC5B2",
      "foregroundColors": {
        "default": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "dark": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "light": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "accent": {
          "default": "#ffa6a7dc",
          "subtle": "#ff8b8cc7"
        },
        "good": {
          "default": "#ff92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#fff8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#ffd74654",
          "subtle": "#e5d74654"
        }
      }
    },
    "warning": {
      "borderColor": "#FFBC51",
      "backgroundColor": "#FFE2B2",
      "foregroundColors": {
        "default": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "dark": {
          "default": "#ff201f1f",
          "subtle": "#ff2d2c2c"
        },
        "light": {
          "default": "#ffffffff",
          "subtle": "#bfffffff"
        },
        "accent": {
          "default": "#ffa6a7dc",
          "subtle": "#ff8b8cc7"
        },
        "good": {
          "default": "#ff92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#fff8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#ffd74654",
          "subtle": "#e5d74654"
        }
      }
    }
  },
  "actions": {
    "maxActions": 6,
    "spacing": "Default",
    "buttonSpacing": 8,
    "showCard": {
      "actionMode": "Inline",
      "inlineTopMargin": 16,
      "style": "emphasis"
    },
    "preExpandSingleShowCardAction": false,
    "actionsOrientation": "Horizontal",
    "actionAlignment": "Left"
  },
  "adaptiveCard": {
    "allowCustomStyle": false
  },
  "imageSet": {
    "imageSize": "Medium",
    "maxImageHeight": 100
  },
  "factSet": {
    "title": {
      "size": "Default",
      "color": "Default",
      "isSubtle": false,
      "weight": "Bolder"
    },
    "value": {
      "size": "Default",
      "color": "Default",
      "isSubtle": false,
      "weight": "Default"
    },
    "spacing": 16
  }
}
"""##),
        ("hostconfigs/teams-light.json", ##"""
{
  "x-pluginCatalog": {
    "name": "Microsoft Teams (light)",
    "pageBackground": "#F5F5F5",
    "cardBackground": "#FFFFFF",
    "cardBorder": "#E1DFDD",
    "cardBorderWidth": 1,
    "cardRadius": 4,
    "link": "#6264A7",
    "focusRing": "#252424",
    "buttonForeground": "#6264A7",
    "buttonBackground": "#FFFFFF",
    "buttonBorder": "#BFC0DA",
    "buttonHoverForeground": "#FFFFFF",
    "buttonHoverBackground": "#6264A7",
    "primaryButtonForeground": "#FFFFFF",
    "primaryButtonBackground": "#6264A7",
    "destructiveForeground": "#C4314B",
    "disabledForeground": "#A19F9D",
    "disabledBackground": "#EDEBE9",
    "inputForeground": "#252424",
    "inputBackground": "#F3F2F1",
    "inputBorder": "#F3F2F1",
    "placeholder": "#605E5C",
    "containerBorders": false,
    "buttonFontWeight": 600,
    "buttonHeight": 32
  },
  "supportsInteractivity": true,
  "choiceSetInputValueSeparator": ",",
  "spacing": {
    "small": 8,
    "default": 12,
    "medium": 16,
    "large": 20,
    "extraLarge": 24,
    "padding": 16
  },
  "separator": {
    "lineThickness": 1,
    "lineColor": "#EEEEEE"
  },
  "imageSizes": {
    "small": 32,
    "medium": 52,
    "large": 100
  },
  "fontTypes": {
    "default": {
      "fontFamily": "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
      "fontSizes": {
        "small": 12,
        "default": 14,
        "medium": 14,
        "large": 18,
        "extraLarge": 24
      },
      "fontWeights": {
        "lighter": 200,
        "default": 400,
        "bolder": 600
      }
    },
    "monospace": {
      "fontFamily": "'Courier New', Courier, monospace",
      "fontSizes": {
        "small": 12,
        "default": 14,
        "medium": 14,
        "large": 18,
        "extraLarge": 24
      },
      "fontWeights": {
        "lighter": 200,
        "default": 400,
        "bolder": 600
      }
    }
  },
  "textStyles": {
    "heading": {
      "fontType": "default",
      "size": "large",
      "weight": "bolder",
      "color": "default",
      "isSubtle": false
    }
  },
  "textBlock": {
    "headingLevel": 2
  },
  "containerStyles": {
    "default": {
      "foregroundColors": {
        "default": {
          "default": "#ff252424",
          "subtle": "#bf252424"
        },
        "dark": {
          "default": "#252424",
          "subtle": "#bf252424"
        },
        "light": {
          "default": "#ffffff",
          "subtle": "#fff3f2f1"
        },
        "accent": {
          "default": "#6264a7",
          "subtle": "#8b8cc7"
        },
        "good": {
          "default": "#92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#f8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#c4314b",
          "subtle": "#e5c4314b"
        }
      },
      "borderColor": "#CCCCCC",
      "backgroundColor": "#ffffff"
    },
    "emphasis": {
      "foregroundColors": {
        "default": {
          "default": "#ff252424",
          "subtle": "#bf252424"
        },
        "dark": {
          "default": "#252424",
          "subtle": "#bf252424"
        },
        "light": {
          "default": "#ffffff",
          "subtle": "#fff3f2f1"
        },
        "accent": {
          "default": "#6264a7",
          "subtle": "#8b8cc7"
        },
        "good": {
          "default": "#92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#f8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#c4314b",
          "subtle": "#e5c4314b"
        }
      },
      "borderColor": "#666666",
      "backgroundColor": "#fff9f8f7"
    },
    "accent": {
      "borderColor": "#62A8F7",
      "backgroundColor": "#C7DEF9",
      "foregroundColors": {
        "default": {
          "default": "#ff252424",
          "subtle": "#bf252424"
        },
        "dark": {
          "default": "#252424",
          "subtle": "#bf252424"
        },
        "light": {
          "default": "#ffffff",
          "subtle": "#fff3f2f1"
        },
        "accent": {
          "default": "#6264a7",
          "subtle": "#8b8cc7"
        },
        "good": {
          "default": "#92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#f8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#c4314b",
          "subtle": "#e5c4314b"
        }
      }
    },
    "good": {
      "borderColor": "#69E569",
      "backgroundColor": "#CCFFCC",
      "foregroundColors": {
        "default": {
          "default": "#ff252424",
          "subtle": "#bf252424"
        },
        "dark": {
          "default": "#252424",
          "subtle": "#bf252424"
        },
        "light": {
          "default": "#ffffff",
          "subtle": "#fff3f2f1"
        },
        "accent": {
          "default": "#6264a7",
          "subtle": "#8b8cc7"
        },
        "good": {
          "default": "#92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#f8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#c4314b",
          "subtle": "#e5c4314b"
        }
      }
    },
    "attention": {
      "borderColor": "#FF764C",
      "backgroundColor": "#FFC5B2",
      "foregroundColors": {
        "default": {
          "default": "#ff252424",
          "subtle": "#bf252424"
        },
        "dark": {
          "default": "#252424",
          "subtle": "#bf252424"
        },
        "light": {
          "default": "#ffffff",
          "subtle": "#fff3f2f1"
        },
        "accent": {
          "default": "#6264a7",
          "subtle": "#8b8cc7"
        },
        "good": {
          "default": "#92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#f8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#c4314b",
          "subtle": "#e5c4314b"
        }
      }
    },
    "warning": {
      "borderColor": "#FFBC51",
      "backgroundColor": "#FFE2B2",
      "foregroundColors": {
        "default": {
          "default": "#ff252424",
          "subtle": "#bf252424"
        },
        "dark": {
          "default": "#252424",
          "subtle": "#bf252424"
        },
        "light": {
          "default": "#ffffff",
          "subtle": "#fff3f2f1"
        },
        "accent": {
          "default": "#6264a7",
          "subtle": "#8b8cc7"
        },
        "good": {
          "default": "#92c353",
          "subtle": "#e592c353"
        },
        "warning": {
          "default": "#f8d22a",
          "subtle": "#e5f8d22a"
        },
        "attention": {
          "default": "#c4314b",
          "subtle": "#e5c4314b"
        }
      }
    }
  },
  "actions": {
    "maxActions": 6,
    "spacing": "Default",
    "buttonSpacing": 8,
    "showCard": {
      "actionMode": "Inline",
      "inlineTopMargin": 16,
      "style": "emphasis"
    },
    "preExpandSingleShowCardAction": false,
    "actionsOrientation": "Horizontal",
    "actionAlignment": "Left"
  },
  "adaptiveCard": {
    "allowCustomStyle": false
  },
  "imageSet": {
    "imageSize": "Medium",
    "maxImageHeight": 100
  },
  "factSet": {
    "title": {
      "size": "Default",
      "color": "Default",
      "isSubtle": false,
      "weight": "Bolder"
    },
    "value": {
      "size": "Default",
      "color": "Default",
      "isSubtle": false,
      "weight": "Default"
    },
    "spacing": 16
  }
}
"""##),
        ("templates/card-preview.mustache", ##"""
<figure class="card-preview" id="card-{{number}}">
<figcaption><strong>{{role}}</strong> · <code>{{file}}</code>{{#dataPath}} · items at <code>{{dataPath}}</code>{{/dataPath}}<br><span class="muted">Data: {{source}}</span>{{#synthesized}} <span class="badge badge-info">synthesized</span>{{/synthesized}}{{#invented}}<br><span class="muted">Invented for this preview (the response has no such field): {{invented}}</span>{{/invented}}{{#partial}} <span class="muted">(first {{shown}} of {{total}} items)</span>{{/partial}}{{#standaloneHref}} · <a href="{{standaloneHref}}">Standalone</a>{{/standaloneHref}} · <a href="#card-{{number}}">Link</a></figcaption>
{{#preview}}
<p class="preview-caption muted">Search results in the compose box ({{layout}})</p>
<div class="ac-host">{{{html}}}</div>
<p class="preview-caption muted">The card a result inserts</p>
{{/preview}}
{{^hasCards}}
<p class="muted">No card: the sample has no items.</p>
{{/hasCards}}
{{#cardsHTML}}
<div class="ac-host">{{{.}}}</div>
{{/cardsHTML}}
</figure>


"""##),
        ("templates/change-rows.mustache", #"""
<div class="table-scroll" tabindex="0"><table class="changes">
  <thead><tr><th scope="col">Risk</th><th scope="col">Change</th><th scope="col">What</th><th scope="col">Before → after</th></tr></thead>
  <tbody>
  {{#changes}}<tr class="{{riskClass}}">
    <td><span class="risk {{riskClass}}">{{risk}}</span></td>
    <td><code>{{id}}</code>{{#locale}} <span class="badge badge-small" lang="{{locale}}">{{locale}}</span>{{/locale}}</td>
    <td>{{message}}{{#place}}<br><span class="where">{{place}}</span>{{/place}}</td>
    <td>{{#hasValues}}<div class="before-after"><del><span class="visually-hidden">Before: </span>{{#before}}{{before}}{{/before}}{{^before}}<span class="muted">none</span>{{/before}}</del><ins><span class="visually-hidden">After: </span>{{#after}}{{after}}{{/after}}{{^after}}<span class="muted">none</span>{{/after}}</ins></div>{{/hasValues}}</td>
  </tr>{{/changes}}
  </tbody>
</table></div>

"""#),
        ("templates/changes.mustache", #"""
<article class="changes-page">
<header class="page-header">
  <h1>Changes</h1>
  <p class="lead">What changed in what Copilot and users do and see, comparing <code>{{head}}</code> with <code>{{base}}</code>: {{summary}}. Most severe first.</p>
</header>
{{#hasFailures}}
<section class="callout callout-consequential" aria-labelledby="failures-h">
  <h2 id="failures-h">A side could not be read</h2>
  <p>The comparison below is incomplete.</p>
  {{> diagnostics}}
</section>
{{/hasFailures}}
{{#hasChanges}}
<fieldset class="ops-filters risk-filters"><legend>Risk</legend><input type="radio" name="risk" id="f-r-all" checked><label for="f-r-all">All</label>{{#risks}}<input type="radio" name="risk" id="f-r-{{id}}"><label for="f-r-{{id}}">{{label}} ({{count}})</label>{{/risks}}</fieldset>
<div class="table-scroll" tabindex="0"><table class="changes">
  <thead><tr><th scope="col">Risk</th><th scope="col">Change</th><th scope="col">Package</th><th scope="col">Operation</th><th scope="col">What</th><th scope="col">Before → after</th></tr></thead>
  <tbody>
  {{#rows}}<tr class="{{riskClass}}">
    <td><span class="risk {{riskClass}}">{{risk}}</span></td>
    <td><code>{{id}}</code>{{#locale}} <span class="badge badge-small" lang="{{locale}}">{{locale}}</span>{{/locale}}</td>
    <td>{{package}}</td>
    <td>{{#operationId}}{{#href}}<a href="{{href}}"><code>{{operationId}}</code></a>{{/href}}{{^href}}<code>{{operationId}}</code>{{/href}}{{/operationId}}{{^operationId}}{{#href}}<a href="{{href}}">package</a>{{/href}}{{/operationId}}</td>
    <td>{{message}}{{#place}}<br><span class="where">{{place}}</span>{{/place}}</td>
    <td>{{#hasValues}}<div class="before-after"><del><span class="visually-hidden">Before: </span>{{#before}}{{before}}{{/before}}{{^before}}<span class="muted">none</span>{{/before}}</del><ins><span class="visually-hidden">After: </span>{{#after}}{{after}}{{/after}}{{^after}}<span class="muted">none</span>{{/after}}</ins></div>{{/hasValues}}</td>
  </tr>{{/rows}}
  </tbody>
</table></div>
{{/hasChanges}}
{{^hasChanges}}<p>Nothing changed in what Copilot or users do and see.</p>{{/hasChanges}}
</article>

"""#),
        ("templates/constraints.mustache", #"""
{{#hasFacts}}<ul class="field-facts">{{#enumValues}}<li>One of: {{#values}}<code>{{.}}</code> {{/values}}</li>{{/enumValues}}{{#defaultValue}}<li>Default: <code>{{defaultValue}}</code></li>{{/defaultValue}}{{#example}}<li>Example: <code>{{example}}</code></li>{{/example}}{{#constraints}}<li>{{constraints}}</li>{{/constraints}}</ul>{{/hasFacts}}

"""#),
        ("templates/diagnostics.mustache", #"""
<ul class="diagnostics">
{{#diagnostics}}<li class="diagnostic diagnostic-{{severity}}"><span class="severity">{{severity}}</span> <code class="rule">{{rule}}</code> {{message}}{{#where}} <span class="where">{{where}}</span>{{/where}}{{#notes}}<br><span class="note">{{.}}</span>{{/notes}}</li>
{{/diagnostics}}
</ul>

"""#),
        ("templates/fields.mustache", #"""
{{#hasFields}}<div class="table-scroll" tabindex="0"><table class="fields">
  <thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
  <tbody>
  {{#fields}}<tr class="depth-{{depth}}{{#deprecated}} deprecated{{/deprecated}}">
    <th scope="row"><code>{{path}}</code>{{#required}} <span class="req">required</span>{{/required}}{{#readOnly}} <span class="badge badge-small">read-only</span>{{/readOnly}}{{#writeOnly}} <span class="badge badge-small">write-only</span>{{/writeOnly}}</th>
    <td><code class="type">{{type}}</code>{{#recursive}} <span class="muted">↻ {{recursive}}</span>{{/recursive}}</td>
    <td>{{#descriptionHTML}}<div class="prose small">{{{descriptionHTML}}}</div>{{/descriptionHTML}}{{> constraints}}</td>
  </tr>{{/fields}}
  </tbody>
</table></div>{{#truncated}}<p class="muted small">Only the first {{truncated}} fields are shown.</p>{{/truncated}}{{/hasFields}}{{^hasFields}}{{#scalarType}}<p><code class="type">{{scalarType}}</code></p>{{/scalarType}}{{/hasFields}}

"""#),
        ("templates/findings.mustache", ##"""
<article class="findings-page">
<header class="page-header">
  <h1>Findings</h1>
  <p class="lead">Every finding of every package{{#catalogCount}} and of the catalog itself{{/catalogCount}}, grouped by rule: {{summary}}.</p>
</header>
{{#hasFindings}}
<fieldset class="ops-filters severity-filters"><legend>Severity</legend><input type="radio" name="severity" id="f-s-all" checked><label for="f-s-all">All</label>{{#severities}}<input type="radio" name="severity" id="f-s-{{id}}"><label for="f-s-{{id}}">{{label}} ({{count}})</label>{{/severities}}</fieldset>
<nav class="rule-index" aria-label="Rules"><ul>{{#rules}}<li class="{{severityClasses}}"><a href="#rule-{{anchor}}"><code>{{rule}}</code></a> <span class="muted">{{count}}</span></li>{{/rules}}</ul></nav>
{{#rules}}
<section class="rule-group" id="rule-{{anchor}}" aria-labelledby="rule-{{anchor}}-h">
  <h2 id="rule-{{anchor}}-h"><code>{{rule}}</code> <span class="muted">{{count}}</span></h2>
  {{#summaryHTML}}<p class="muted">{{{summaryHTML}}}</p>{{/summaryHTML}}
  <ul class="diagnostics">
  {{#items}}<li class="diagnostic finding diagnostic-{{severity}}"><span class="severity">{{severity}}</span> {{message}}{{#packageTitle}} <a class="finding-package" href="{{packageHref}}">{{packageTitle}}</a>{{/packageTitle}}{{#where}} <span class="where">{{where}}</span>{{/where}}</li>
  {{/items}}
  </ul>
</section>
{{/rules}}
{{/hasFindings}}
{{^hasFindings}}<p>Nothing was found: every package reads cleanly.</p>{{/hasFindings}}
</article>

"""##),
        ("templates/gallery-index.mustache", #"""
<article class="gallery-index">
<header class="page-header">
  <h1>Cards</h1>
  <p class="lead">Response cards rendered on the server from sample data, in Teams light, dark and high contrast.</p>
</header>
{{#hasPackages}}
<section aria-labelledby="gp-h"><h2 id="gp-h">By package</h2>
<ul class="link-list">{{#packages}}<li><a href="{{href}}">{{title}}</a> <span class="muted">{{cards}} cards</span></li>{{/packages}}</ul>
</section>
{{/hasPackages}}
{{#hasGalleries}}
<section aria-labelledby="gg-h"><h2 id="gg-h">Galleries</h2>
<ul class="link-list">{{#galleries}}<li><a href="{{href}}">{{title}}</a> <span class="muted">{{cards}} cards</span></li>{{/galleries}}</ul>
</section>
{{/hasGalleries}}
{{^hasPackages}}{{^hasGalleries}}<p>No cards yet.</p>{{/hasGalleries}}{{/hasPackages}}
</article>

"""#),
        ("templates/gallery.mustache", #"""
<article class="gallery">
<header class="page-header">
  <h1>{{title}}</h1>
  {{#packageTitle}}<p class="lead">Every response card of <a href="{{packageHref}}">{{packageTitle}}</a>, rendered with its sample data.</p>{{/packageTitle}}
</header>
<div class="card-previews">
{{{switcher}}}
<ul class="gallery-grid">
{{#items}}<li class="gallery-item">
  <h2 class="gallery-title">{{#href}}<a href="{{href}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}}</h2>
  {{#note}}<p class="muted small">{{note}}</p>{{/note}}
  {{{html}}}
  {{#hasDiagnostics}}
  {{> diagnostics}}
  {{/hasDiagnostics}}
</li>
{{/items}}
</ul>
</div>
</article>

"""#),
        ("templates/index.mustache", #"""
<article class="catalog">
<header class="page-header">
  <h1>{{site.title}}</h1>
  {{#site.descriptionHTML}}<div class="lead prose">{{{site.descriptionHTML}}}</div>{{/site.descriptionHTML}}
  <ul class="badges" aria-label="Summary">
    <li class="badge">{{packageCount}} {{packageNoun}}</li>
    <li class="badge">{{operationCount}} operations</li>
    {{#consequentialCount}}<li class="badge badge-warning">{{consequentialCount}} consequential</li>{{/consequentialCount}}
  </ul>
</header>
{{#hasErrors}}
<fieldset class="ops-filters package-filters"><legend>Show</legend><input type="radio" name="packages" id="f-p-all" checked><label for="f-p-all">All packages</label><input type="radio" name="packages" id="f-p-errors"><label for="f-p-errors">Packages with errors</label></fieldset>
{{/hasErrors}}
<ul class="cards-grid package-list">
{{#packages}}<li class="package-card {{status}}">
  <h2 lang="{{lang}}" dir="auto"><a href="{{href}}">{{{titleHTML}}}</a></h2>
  {{#source}}
  <p class="package-source"><code>{{source}}</code></p>
  {{/source}}
  <p class="kind">{{kindLabel}}</p>
  {{#summary}}<p lang="{{lang}}" dir="auto">{{summary}}</p>{{/summary}}
  <ul class="badges">
    <li class="badge">{{operationCount}} {{operationNoun}}</li>
    {{#consequentialCount}}<li class="badge badge-warning" title="Copilot asks before every call">{{consequentialCount}} consequential</li>{{/consequentialCount}}
    <li class="badge" title="{{localeList}}">{{localeCount}} {{localeNoun}}</li>
    {{#errorCount}}<li class="badge badge-error">{{errorCount}} {{errorNoun}}</li>{{/errorCount}}
  </ul>
  {{#hasConsequentialOperations}}<details class="consequential-list"><summary>Consequential operations</summary><ul>{{#consequentialOperations}}<li><a href="{{href}}">{{label}}</a></li>{{/consequentialOperations}}</ul></details>{{/hasConsequentialOperations}}
</li>
{{/packages}}
</ul>
{{^packages}}<p>No packages were found.</p>{{/packages}}
{{#hasDiagnostics}}
<section id="diagnostics" aria-labelledby="diagnostics-h">
  <h2 id="diagnostics-h">Findings</h2>
  {{> diagnostics}}
</section>
{{/hasDiagnostics}}
</article>

"""#),
        ("templates/layout.mustache", ##"""
<!doctype html>
<html lang="{{lang}}" dir="{{dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{{csp}}}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="PluginCatalog">
{{#description}}<meta name="description" content="{{description}}">
{{/description}}<title>{{title}} · {{site.title}}</title>
{{#canonical}}<link rel="canonical" href="{{canonical}}">
{{/canonical}}{{#alternates}}<link rel="alternate" hreflang="{{lang}}" href="{{href}}">
{{/alternates}}<link rel="stylesheet" href="{{root}}assets/site.css">
{{#usesCards}}<link rel="stylesheet" href="{{root}}assets/cards.css">
{{/usesCards}}<script src="{{root}}assets/site.js" defer></script>
{{#scripts}}<script src="{{root}}{{.}}" defer></script>
{{/scripts}}
</head>
<body class="{{bodyClass}}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="{{root}}index.html">{{#site.logo}}<img src="{{root}}{{site.logo}}" alt="" width="28" height="28">{{/site.logo}}<span>{{site.title}}</span></a>
  <nav class="site-nav" aria-label="Site">
    <a href="{{root}}index.html"{{#nav.home}} aria-current="page"{{/nav.home}}>Packages</a>
    {{#site.hasOperationsIndex}}<a href="{{root}}operations.html"{{#nav.operations}} aria-current="page"{{/nav.operations}}>Operations</a>{{/site.hasOperationsIndex}}
    {{#site.hasGallery}}<a href="{{root}}cards.html"{{#nav.cards}} aria-current="page"{{/nav.cards}}>Cards</a>{{/site.hasGallery}}
    <a href="{{root}}findings.html"{{#nav.findings}} aria-current="page"{{/nav.findings}}>Findings</a>{{#site.hasChanges}}
    <a href="{{root}}changes.html"{{#nav.changes}} aria-current="page"{{/nav.changes}}>Changes</a>{{/site.hasChanges}}
  </nav>
  {{#site.hasOperationsIndex}}<form class="site-search" role="search" action="{{root}}operations.html" method="get">
    <label class="visually-hidden" for="site-search-q">Search operations</label>
    <input id="site-search-q" name="q" type="search" placeholder="Search operations" autocomplete="off">
  </form>{{/site.hasOperationsIndex}}
  {{#hasLocales}}<details class="locale-switch">
    <summary><span class="visually-hidden">Language: </span>{{currentLocale}}</summary>
    <ul>{{#locales}}<li><a href="{{href}}" hreflang="{{tag}}" lang="{{tag}}"{{#current}} aria-current="true"{{/current}}>{{tag}}</a></li>{{/locales}}</ul>
  </details>{{/hasLocales}}
</header>
{{#hasBreadcrumbs}}<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{{#breadcrumbs}}<li>{{#href}}<a href="{{href}}">{{label}}</a>{{/href}}{{^href}}<span aria-current="page">{{label}}</span>{{/href}}</li>{{/breadcrumbs}}</ol></nav>{{/hasBreadcrumbs}}
<main id="main" class="page">
{{{content}}}
</main>
<footer class="site-footer">
  <p>{{site.title}} · built with PluginCatalog</p>
</footer>
</body>
</html>

"""##),
        ("templates/notfound.mustache", #"""
<article class="not-found">
<h1>Page not found</h1>
<p>This page is not in the catalog. It may have moved when its package changed.</p>
<p><a href="{{home}}index.html">All packages</a> · <a href="{{home}}operations.html">All operations</a></p>
</article>

"""#),
        ("templates/operation.mustache", ##"""
<article class="operation">
<header class="page-header">
  <p class="eyebrow"><a href="index.html">{{{package.titleHTML}}}</a>{{#pluginName}} · {{pluginName}}{{/pluginName}}</p>
  <h1>{{title}}</h1>
  {{#method}}<p class="endpoint"><span class="method method-{{methodClass}}">{{method}}</span> <code class="path">{{path}}</code></p>{{/method}}
  <ul class="badges" aria-label="Summary">
    {{#kindLabel}}<li class="badge">{{kindLabel}}</li>{{/kindLabel}}
    <li class="badge {{consequential.badgeClass}}">{{consequential.badge}}</li>
    {{#deprecated}}<li class="badge badge-warning">Deprecated</li>{{/deprecated}}
    {{#unreferenced}}<li class="badge badge-warning">Not wired up</li>{{/unreferenced}}
    {{#authBadge}}<li class="badge">{{authBadge}}</li>{{/authBadge}}
    <li class="badge badge-id"><code>{{operationId}}</code></li>{{#review}}
    <li class="badge badge-changed badge-risk-{{maxRisk}}"><a href="#changes">Changed: {{count}} {{noun}}</a></li>{{/review}}
  </ul>
  <p class="page-actions"><a href="{{markdownHref}}" type="text/markdown">Markdown version</a></p>
  {{#unreferenced}}<p class="callout callout-consequential" role="note">{{unreferenced}}</p>{{/unreferenced}}
</header>{{#review}}
{{> review-operation}}{{/review}}
<nav class="toc" aria-label="On this page"><ul>{{#toc}}<li><a href="#{{id}}">{{label}}</a></li>{{/toc}}</ul></nav>
{{#descriptionHTML}}<section class="description prose" aria-label="Description">{{{descriptionHTML}}}</section>{{/descriptionHTML}}

<section id="confirmation" aria-labelledby="confirmation-h">
  <h2 id="confirmation-h">Confirmation</h2>
  <div class="callout {{consequential.calloutClass}}">
    <p class="callout-title">{{consequential.headline}}</p>
    <p>{{consequential.explanation}}</p>
    <dl class="facts">
      <dt>Flag</dt><dd>{{consequential.flag}}</dd>
      <dt>Decided by</dt><dd>{{consequential.source}}</dd>
      <dt>“Always allow”</dt><dd>{{consequential.alwaysAllow}}</dd>
    </dl>
  </div>
  {{#hasConfirmations}}
  <div class="table-scroll" tabindex="0"><table class="confirmations">
    <caption>Confirmation text in every language of the package</caption>
    <thead><tr><th scope="col">Language</th><th scope="col">Title</th><th scope="col">Body</th><th scope="col">From</th></tr></thead>
    <tbody>
    {{#confirmations}}<tr>
      <th scope="row" lang="{{locale}}">{{locale}}{{#isDefault}} <span class="muted">(default)</span>{{/isDefault}}</th>
      <td lang="{{locale}}" dir="auto">{{title}}{{#titleNote}}<br><span class="source-note">{{titleNote}}</span>{{/titleNote}}</td>
      <td lang="{{locale}}" dir="auto" class="confirmation-body">{{#bodyHTML}}{{{bodyHTML}}}{{/bodyHTML}}{{^bodyHTML}}<span class="muted">No text</span>{{/bodyHTML}}</td>
      <td><span class="source">{{bodySource}}</span>{{#bodyNote}}<br><span class="source-note">{{bodyNote}}</span>{{/bodyNote}}</td>
    </tr>{{/confirmations}}
    </tbody>
  </table></div>
  {{#confirmationType}}<p class="muted">Dialog type: <code>{{confirmationType}}</code></p>{{/confirmationType}}
  {{/hasConfirmations}}
  {{^hasConfirmations}}
  {{#noConfirmation}}
  <p class="muted">{{noConfirmation}}</p>
  {{/noConfirmation}}
  {{/hasConfirmations}}
</section>

{{#function}}
<section id="function" aria-labelledby="function-h">
  <h2 id="function-h">{{heading}}</h2>
  <dl class="facts wide">
    <dt>Name</dt><dd><code>{{name}}</code></dd>
    {{#descriptionHTML}}<dt>Description</dt><dd class="prose">{{{descriptionHTML}}}</dd>{{/descriptionHTML}}
    {{#plugin}}<dt>Plugin</dt><dd>{{plugin}}{{#namespace}} <span class="muted">(namespace <code>{{namespace}}</code>)</span>{{/namespace}}</dd>{{/plugin}}
    {{#descriptionForModelHTML}}<dt>Description for the model</dt><dd class="prose">{{{descriptionForModelHTML}}}</dd>{{/descriptionForModelHTML}}
    {{#runtime}}<dt>Runtime</dt><dd>{{runtime}}</dd>{{/runtime}}
    {{#runtimeAuth}}<dt>Runtime auth</dt><dd>{{runtimeAuth}}{{#authReference}} <span class="muted">(reference <code>{{authReference}}</code>)</span>{{/authReference}}</dd>{{/runtimeAuth}}
    {{#hasReasoning}}<dt>Reasoning instructions</dt><dd><ul>{{#reasoning}}<li>{{.}}</li>{{/reasoning}}</ul></dd>{{/hasReasoning}}
    {{#hasResponding}}<dt>Responding instructions</dt><dd><ul>{{#responding}}<li>{{.}}</li>{{/responding}}</ul></dd>{{/hasResponding}}
    {{#dataHandling}}<dt>Data handling</dt><dd>{{dataHandling}}</dd>{{/dataHandling}}
  </dl>
  {{#hasToolParameters}}<h3>Parameters</h3>{{{fieldsHTML}}}{{/hasToolParameters}}
</section>
{{/function}}

{{#command}}
<section id="command" aria-labelledby="command-h">
  <h2 id="command-h">{{heading}}</h2>
  {{#bot}}
  <p class="callout callout-na">The bot <code>{{id}}</code> serves this command: there is no OpenAPI operation. {{#search}}Copilot sends the parameters to the bot and shows the cards the bot returns; they are made at run time and are not part of the package.{{/search}}{{^search}}Copilot does not run action commands; in Teams the command opens a dialog.{{/search}}</p>
  {{/bot}}
  <dl class="facts wide">
    <dt>Command</dt><dd><code>{{id}}</code>{{#type}} <span class="muted">({{type}})</span>{{/type}}</dd>
    <dt>Title</dt><dd>{{title}}</dd>
    {{#description}}
    <dt>Description</dt><dd>{{description}}</dd>
    {{/description}}
    {{#semanticDescription}}
    <dt>Description for Copilot</dt><dd>{{semanticDescription}}</dd>
    {{/semanticDescription}}
    {{#context}}
    <dt>Invoked from</dt><dd>{{context}}</dd>
    {{/context}}
    {{#initialRun}}
    <dt>Initial run</dt><dd>{{initialRun}}</dd>
    {{/initialRun}}
    {{#fetchTask}}
    <dt>Fetch task</dt><dd>{{fetchTask}}</dd>
    {{/fetchTask}}
    {{#auth}}
    <dt>Authorization</dt><dd>{{auth}}</dd>
    {{/auth}}
  </dl>
  {{#hasParameters}}<div class="table-scroll" tabindex="0"><table><caption>Command parameters</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Title</th><th scope="col">Description</th><th scope="col">Input</th></tr></thead>
    <tbody>{{#parameters}}<tr><th scope="row"><code>{{name}}</code>{{#required}} <span class="req">required</span>{{/required}}</th><td>{{title}}</td><td>{{description}}{{#semanticDescription}}<br><span class="muted">For Copilot: {{semanticDescription}}</span>{{/semanticDescription}}</td><td>{{inputType}}</td></tr>{{/parameters}}</tbody>
  </table></div>{{/hasParameters}}
  {{#hasPrompts}}<h3>Sample prompts</h3><ul class="prompts">{{#prompts}}<li>{{.}}</li>{{/prompts}}</ul>{{/hasPrompts}}
</section>
{{/command}}

{{#hasServers}}
<section id="servers" aria-labelledby="servers-h">
  <h2 id="servers-h">Servers</h2>
  <ul class="servers">{{#servers}}<li><code class="url">{{url}}</code>{{#hasPlaceholder}} <span class="badge badge-info" title="A Teams Toolkit environment variable, filled in when the app is provisioned">placeholder</span>{{/hasPlaceholder}}{{#description}} <span class="muted">{{description}}</span>{{/description}}</li>{{/servers}}</ul>
</section>
{{/hasServers}}

{{#hasSecurity}}
<section id="auth" aria-labelledby="auth-h">
  <h2 id="auth-h">Authentication</h2>
  <ul class="security">{{#security}}<li><strong>{{name}}</strong>: {{summary}}{{#scopes}} <span class="muted">— scopes: {{scopes}}</span>{{/scopes}}{{#descriptionHTML}}<div class="prose small">{{{descriptionHTML}}}</div>{{/descriptionHTML}}</li>{{/security}}</ul>
</section>
{{/hasSecurity}}

{{#hasParameters}}
<section id="parameters" aria-labelledby="parameters-h">
  <h2 id="parameters-h">Parameters</h2>
  <div class="table-scroll" tabindex="0"><table class="params">
    <thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
    <tbody>
    {{#parameters}}<tr{{#deprecated}} class="deprecated"{{/deprecated}}>
      <th scope="row"><code>{{name}}</code>{{#required}} <span class="req">required</span>{{/required}}</th>
      <td>{{location}}</td>
      <td><code class="type">{{type}}</code></td>
      <td>{{#descriptionHTML}}<div class="prose small">{{{descriptionHTML}}}</div>{{/descriptionHTML}}{{> constraints}}</td>
    </tr>{{/parameters}}
    </tbody>
  </table></div>
</section>
{{/hasParameters}}

{{#requestBody}}
<section id="request-body" aria-labelledby="body-h">
  <h2 id="body-h">Request body</h2>
  <p><code>{{contentType}}</code>{{#required}} <span class="req">required</span>{{/required}}{{#schemaName}} · <span class="muted">schema</span> <code>{{schemaName}}</code>{{/schemaName}}</p>
  {{#descriptionHTML}}<div class="prose">{{{descriptionHTML}}}</div>{{/descriptionHTML}}
  {{{fieldsHTML}}}
</section>
{{/requestBody}}

{{#hasResponses}}
<section id="responses" aria-labelledby="responses-h">
  <h2 id="responses-h">Responses</h2>
  {{#responses}}
  <details class="response"{{#open}} open{{/open}}>
    <summary><span class="status status-{{statusClass}}">{{status}}</span> {{description}}{{#contentType}} <code class="muted">{{contentType}}</code>{{/contentType}}</summary>
    {{#schemaName}}<p><span class="muted">Schema</span> <code>{{schemaName}}</code>{{#schemaType}} <span class="muted">({{schemaType}})</span>{{/schemaType}}</p>{{/schemaName}}
    {{{fieldsHTML}}}
    {{#hasHeaders}}<h3>Headers</h3><ul>{{#headers}}<li><code>{{name}}</code> {{description}}</li>{{/headers}}</ul>{{/hasHeaders}}
    {{#examples}}<figure class="example"><figcaption>{{label}}</figcaption><pre><code class="language-json">{{json}}</code></pre></figure>{{/examples}}
  </details>
  {{/responses}}
</section>
{{/hasResponses}}

{{#curl}}
<section id="example" aria-labelledby="example-h">
  <h2 id="example-h">Example request</h2>
  <pre class="curl"><code class="language-shell">{{curl}}</code></pre>
  <p class="muted small">Values in angle brackets are placeholders; credentials are never shown.</p>
</section>
{{/curl}}

{{#hasCards}}
<section id="cards" aria-labelledby="cards-h">
  <h2 id="cards-h">Response cards</h2>
  <div class="card-previews">
  {{{cardSwitcher}}}
  {{#cards}}{{> card-preview}}{{/cards}}
  </div>
</section>
{{/hasCards}}

{{#hasDiagnostics}}
<section id="diagnostics" aria-labelledby="diagnostics-h">
  <h2 id="diagnostics-h">Findings</h2>
  {{> diagnostics}}
</section>
{{/hasDiagnostics}}

<nav class="pager" aria-label="Operations of this package">
  {{#previous}}<a class="prev" href="{{href}}" rel="prev"><span class="muted">Previous</span> {{label}}</a>{{/previous}}
  <a class="up" href="index.html">All operations of {{package.title}}</a>
  {{#next}}<a class="next" href="{{href}}" rel="next"><span class="muted">Next</span> {{label}}</a>{{/next}}
</nav>
</article>

"""##),
        ("templates/operations.mustache", #"""
<article class="operations-index">
<header class="page-header">
  <h1>Operations</h1>
  <p class="lead">{{count}} operations, A to Z. Filter by method or by what Copilot asks before calling them.</p>
</header>
<div class="ops-filters" role="group" aria-label="Filters">
  <fieldset><legend>Method</legend>
    <input type="radio" name="method" id="f-m-all" checked><label for="f-m-all">All</label>
    {{#methods}}<input type="radio" name="method" id="f-m-{{value}}"><label for="f-m-{{value}}">{{label}}</label>{{/methods}}
  </fieldset>
  <fieldset><legend>Confirmation</legend>
    <input type="radio" name="consequential" id="f-c-all" checked><label for="f-c-all">All</label>
    <input type="radio" name="consequential" id="f-c-yes"><label for="f-c-yes">Consequential</label>
    <input type="radio" name="consequential" id="f-c-no"><label for="f-c-no">“Always allow” offered</label>
  </fieldset>
  <p class="ops-search" hidden><label for="ops-q">Search</label> <input id="ops-q" type="search" placeholder="Name, path, package…" autocomplete="off"> <span class="ops-count muted" aria-live="polite"></span></p>
</div>
<nav class="letters" aria-label="Jump to letter"><ul>{{#letters}}<li>{{#href}}<a href="{{href}}">{{letter}}</a>{{/href}}{{^href}}<span aria-hidden="true">{{letter}}</span>{{/href}}</li>{{/letters}}</ul></nav>
{{#hasOperations}}
<div class="table-scroll"><table class="ops-table">
  <thead><tr><th scope="col">Operation</th><th scope="col">Endpoint</th><th scope="col">Package</th><th scope="col">Confirmation</th></tr></thead>
  {{#groups}}
  <tbody id="{{id}}">
    <tr class="letter-row"><th scope="rowgroup" colspan="4">{{letter}}</th></tr>
    {{#rows}}<tr class="op-row m-{{methodClass}} {{consequentialClass}}" data-search="{{search}}">
      <th scope="row"><a href="{{href}}">{{title}}</a>{{#kindLabel}} <span class="badge badge-small">{{kindLabel}}</span>{{/kindLabel}}</th>
      <td>{{#method}}<span class="method method-{{methodClass}}">{{method}}</span> <code class="path">{{path}}</code>{{/method}}{{^method}}<code>{{operationId}}</code>{{/method}}</td>
      <td><a href="{{packageHref}}">{{packageTitle}}</a></td>
      <td><span class="badge {{badgeClass}}">{{badge}}</span></td>
    </tr>{{/rows}}
  </tbody>
  {{/groups}}
</table></div>
{{/hasOperations}}
{{^hasOperations}}<p>No operations.</p>{{/hasOperations}}
</article>

"""#),
        ("templates/package.mustache", ##"""
<article class="package">
<header class="page-header">
  <p class="eyebrow">{{kindLabel}}</p>
  <h1>{{{titleHTML}}}</h1>
  {{#summary}}<p class="lead">{{summary}}</p>{{/summary}}
  <ul class="badges" aria-label="Summary">
    <li class="badge">{{operationCount}} {{operationNoun}}</li>
    {{#consequentialCount}}<li class="badge badge-warning">{{consequentialCount}} consequential</li>{{/consequentialCount}}
    <li class="badge">{{localeCount}} {{localeNoun}}</li>
    {{#manifestVersion}}<li class="badge">manifest {{manifestVersion}}</li>{{/manifestVersion}}
    {{#errorCount}}<li class="badge badge-error"><a href="#diagnostics">{{errorCount}} {{errorNoun}}</a></li>{{/errorCount}}
    {{#warningCount}}<li class="badge badge-warning"><a href="#diagnostics">{{warningCount}} {{warningNoun}}</a></li>{{/warningCount}}{{#review}}
    <li class="badge badge-changed"><a href="#changes">Changed: {{count}} {{noun}}</a></li>{{/review}}
  </ul>
  {{#galleryHref}}<p class="page-actions"><a href="{{galleryHref}}">All response cards of this package</a></p>{{/galleryHref}}
</header>
{{#descriptionHTML}}<section class="prose" aria-label="Description">{{{descriptionHTML}}}</section>{{/descriptionHTML}}{{#review}}
{{> review-package}}{{/review}}

{{#hasOperations}}
<section id="operations" aria-labelledby="operations-h">
  <h2 id="operations-h">Operations</h2>
  <div class="table-scroll" tabindex="0"><table class="operations">
    <thead><tr><th scope="col">Operation</th><th scope="col">Summary</th><th scope="col">Confirmation</th></tr></thead>
    <tbody>
    {{#operations}}<tr>
      <th scope="row"><a href="{{href}}" class="endpoint-link">{{#method}}<span class="method method-{{methodClass}}">{{method}}</span><code class="path">{{path}}</code>{{/method}}{{^method}}<code>{{operationId}}</code>{{/method}}</a>{{#kindLabel}} <span class="badge badge-small">{{kindLabel}}</span>{{/kindLabel}}</th>
      <td>{{summary}}{{#functionName}} <span class="muted">— <code>{{functionName}}</code></span>{{/functionName}}</td>
      <td><span class="badge {{badgeClass}}">{{badge}}</span></td>
    </tr>{{/operations}}
    </tbody>
  </table></div>
</section>
{{/hasOperations}}

{{#agent}}
<section id="agent" aria-labelledby="agent-h">
  <h2 id="agent-h">Declarative agent</h2>
  <dl class="facts wide">
    <dt>Name</dt><dd>{{name}}</dd>
    {{#description}}<dt>Description</dt><dd>{{description}}</dd>{{/description}}
    {{#version}}<dt>Schema</dt><dd>{{version}}</dd>{{/version}}
    {{#capabilities}}<dt>Capabilities</dt><dd>{{capabilities}}</dd>{{/capabilities}}
    {{#disclaimer}}<dt>Disclaimer</dt><dd>{{disclaimer}}</dd>{{/disclaimer}}
  </dl>
  {{#hasStarters}}<h3>Conversation starters</h3>
  <ul class="starters">{{#starters}}<li>{{#title}}<strong>{{title}}</strong> {{/title}}{{text}}</li>{{/starters}}</ul>{{/hasStarters}}
  {{#instructionsHTML}}<details class="instructions"><summary>Instructions{{#instructionsFile}} <span class="muted">from <code>{{instructionsFile}}</code></span>{{/instructionsFile}}</summary><div class="prose">{{{instructionsHTML}}}</div></details>{{/instructionsHTML}}
</section>
{{/agent}}

{{#hasPlugins}}
<section id="plugins" aria-labelledby="plugins-h">
  <h2 id="plugins-h">Plugins</h2>
  {{#plugins}}
  <div class="plugin">
    <h3>{{name}}</h3>
    <dl class="facts wide">
      {{#description}}<dt>Description</dt><dd>{{description}}</dd>{{/description}}
      {{#descriptionForModel}}<dt>Description for the model</dt><dd>{{descriptionForModel}}</dd>{{/descriptionForModel}}
      <dt>Schema</dt><dd>{{schemaVersion}}{{#namespace}} · namespace <code>{{namespace}}</code>{{/namespace}}</dd>
      {{#runtimes}}<dt>Runtime</dt><dd>{{kind}} · {{auth}}{{#spec}} · <code>{{spec}}</code>{{/spec}}</dd>{{/runtimes}}
      {{#hasLinks}}<dt>Links</dt><dd>{{#links}}<a href="{{href}}" rel="noopener noreferrer">{{label}}</a> {{/links}}</dd>{{/hasLinks}}
      {{#contactEmail}}<dt>Contact</dt><dd>{{contactEmail}}</dd>{{/contactEmail}}
    </dl>
    {{#hasStarters}}<h4>Conversation starters</h4><ul class="starters">{{#starters}}<li>{{#title}}<strong>{{title}}</strong> {{/title}}{{text}}</li>{{/starters}}</ul>{{/hasStarters}}
  </div>
  {{/plugins}}
</section>
{{/hasPlugins}}

{{#hasTranslations}}
<section id="languages" aria-labelledby="languages-h">
  <h2 id="languages-h">Languages</h2>
  <div class="table-scroll" tabindex="0"><table>
    <caption>Names and descriptions in every language of the package</caption>
    <thead><tr><th scope="col">Language</th>{{#translationColumns}}<th scope="col">{{.}}</th>{{/translationColumns}}</tr></thead>
    <tbody>{{#translations}}<tr><th scope="row" lang="{{locale}}">{{locale}}{{#isDefault}} <span class="muted">(default)</span>{{/isDefault}}{{#file}}<br><code class="small muted">{{file}}</code>{{/file}}</th>{{#cells}}<td lang="{{locale}}" dir="auto">{{value}}{{#note}}<br><span class="source-note">{{note}}</span>{{/note}}</td>{{/cells}}</tr>{{/translations}}</tbody>
  </table></div>
</section>
{{/hasTranslations}}

{{#app}}
<section id="app" aria-labelledby="app-h">
  <h2 id="app-h">App</h2>
  <dl class="facts wide">
    {{#fullName}}<dt>Full name</dt><dd>{{{fullName}}}</dd>{{/fullName}}
    {{#id}}<dt>App id</dt><dd><code>{{{id}}}</code></dd>{{/id}}
    {{#version}}<dt>Version</dt><dd>{{{version}}}</dd>{{/version}}
    {{#developer}}<dt>Developer</dt><dd>{{developer}}</dd>{{/developer}}
    {{#hasLinks}}<dt>Links</dt><dd>{{#links}}<a href="{{href}}" rel="noopener noreferrer">{{label}}</a> {{/links}}</dd>{{/hasLinks}}
    {{#linkedBy}}<dt>Agent linked by</dt><dd>{{linkedBy}}</dd>{{/linkedBy}}
    <dt>Source</dt><dd><code>{{source}}</code></dd>
  </dl>
</section>
{{/app}}

{{#hasDiagnostics}}
<section id="diagnostics" aria-labelledby="diagnostics-h">
  <h2 id="diagnostics-h">Findings</h2>
  {{> diagnostics}}
</section>
{{/hasDiagnostics}}
</article>

"""##),
        ("templates/removed.mustache", #"""
<article class="operation removed-operation">
<header class="page-header">
  <p class="eyebrow"><a href="{{changesHref}}">Changes</a></p>
  <h1>Removed: {{label}}</h1>
  {{#method}}<p class="endpoint"><span class="method method-{{methodClass}}">{{method}}</span> <code class="path">{{path}}</code></p>{{/method}}
  <ul class="badges" aria-label="Summary">
    <li class="badge badge-changed badge-risk-medium">Removed</li>
    <li class="badge badge-id"><code>{{operationId}}</code></li>
  </ul>
</header>
<section aria-labelledby="removed-h">
  <h2 id="removed-h">What was removed</h2>
  <p>This operation is in <code>{{base}}</code> and no longer in the version under review: prompts and flows that used it no longer can.</p>
  <dl class="facts wide">
    {{#summary}}<dt>Summary</dt><dd>{{summary}}</dd>{{/summary}}
    {{#function}}<dt>Plugin function</dt><dd><code>{{function}}</code></dd>{{/function}}
    <dt>Consequential</dt><dd>{{#consequential}}yes: Copilot asked before every call{{/consequential}}{{^consequential}}no{{/consequential}}</dd>
    {{#place}}<dt>Where it was</dt><dd><code>{{place}}</code></dd>{{/place}}
  </dl>
  {{#hasConfirmations}}
  <div class="table-scroll" tabindex="0"><table class="confirmations">
    <caption>The confirmation text it had</caption>
    <thead><tr><th scope="col">Language</th><th scope="col">Title</th><th scope="col">Body</th></tr></thead>
    <tbody>
    {{#confirmations}}<tr><th scope="row" lang="{{locale}}">{{locale}}</th><td lang="{{locale}}" dir="auto">{{title}}</td><td lang="{{locale}}" dir="auto" class="confirmation-body">{{{bodyHTML}}}</td></tr>{{/confirmations}}
    </tbody>
  </table></div>
  {{/hasConfirmations}}
</section>
</article>

"""#),
        ("templates/review-operation.mustache", #"""
<section id="changes" class="review review-{{maxRisk}}" aria-labelledby="changes-h">
  <h2 id="changes-h">Changes since <code>{{base}}</code></h2>
  <p class="muted">{{count}} {{noun}} to this operation. <a href="{{changesHref}}">Every change of the catalog</a>.</p>
  {{> change-rows}}
  {{#hasConfirmations}}
  <h3>Confirmation text, before and after</h3>
  <div class="table-scroll" tabindex="0"><table class="confirmations compare">
    <thead><tr><th scope="col">Language</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
    <tbody>
    {{#confirmations}}<tr>
      <th scope="row" lang="{{locale}}">{{locale}}</th>
      <td lang="{{locale}}" dir="auto" class="before"><strong>{{beforeTitle}}</strong><br><span class="confirmation-body">{{{beforeBodyHTML}}}</span></td>
      <td lang="{{locale}}" dir="auto" class="after"><strong>{{afterTitle}}</strong><br><span class="confirmation-body">{{{afterBodyHTML}}}</span></td>
    </tr>{{/confirmations}}
    </tbody>
  </table></div>
  {{/hasConfirmations}}
  {{#hasCards}}
  <h3>Response cards, before and after</h3>
  <div class="card-previews">
  {{{switcher}}}
  {{#cards}}
  <div class="card-compare">
    <figure class="card-side card-before"><figcaption>Card {{number}} before</figcaption>{{#noBefore}}<p class="muted">No card.</p>{{/noBefore}}{{#before}}<div class="ac-host">{{{.}}}</div>{{/before}}</figure>
    <figure class="card-side card-after"><figcaption>Card {{number}} after</figcaption>{{#noAfter}}<p class="muted">No card.</p>{{/noAfter}}{{#after}}<div class="ac-host">{{{.}}}</div>{{/after}}</figure>
  </div>
  {{/cards}}
  </div>
  {{/hasCards}}
</section>

"""#),
        ("templates/review-package.mustache", #"""
<section id="changes" class="review" aria-labelledby="changes-h">
  <h2 id="changes-h">Changes since <code>{{base}}</code></h2>
  <p class="muted">{{count}} {{noun}} in this package. <a href="{{changesHref}}">Every change of the catalog</a>.</p>
  {{#hasOwn}}{{> change-rows}}{{/hasOwn}}
  {{#hasOperations}}
  <h3>Changed operations</h3>
  <ul class="changed-operations">{{#operations}}<li><a href="{{href}}"><code>{{operationId}}</code></a> <span class="risk risk-{{maxRisk}}">{{maxRisk}}</span> <span class="muted">{{count}}: {{ids}}</span></li>{{/operations}}</ul>
  {{/hasOperations}}
  {{#hasRemoved}}
  <h3>Removed operations</h3>
  <ul class="changed-operations">{{#removed}}<li><a href="{{href}}">{{label}}</a></li>{{/removed}}</ul>
  {{/hasRemoved}}
</section>

"""#),
    ]
}
