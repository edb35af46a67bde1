/// CSS for the preview cards. Uses the theme's custom properties; part of the base rules.
enum PreviewStylesheet {
    /// Scoped additions for one theme (none needed today: everything is in custom properties).
    static func theme(scope: String) -> String { "" }

    static let base = #"""
        .ac-preview,.ac-citation,.ac-copilot-response{box-sizing:border-box;font-family:var(--ac-font);font-size:var(--ac-fs-default);line-height:var(--ac-lh-default);color:var(--ac-c-default)}
        .ac-preview *,.ac-citation *,.ac-copilot-response *{box-sizing:border-box}
        .ac-preview{display:flex;flex-direction:column;gap:0;border:var(--ac-card-border-width) solid var(--ac-card-border);border-radius:var(--ac-card-radius);background-color:var(--ac-bg);overflow:hidden}
        .ac-preview-item{display:flex;align-items:center;gap:12px;min-width:0;padding:8px 12px;border-top:1px solid var(--ac-card-border)}
        .ac-preview-item:first-child{border-top:0}
        .ac-preview-item:hover{background-color:var(--ac-hover-tint)}
        .ac-preview-thumb{flex:0 0 auto;width:40px;height:40px;border-radius:4px;object-fit:cover}
        .ac-preview-thumb-empty{background-color:var(--ac-page-bg)}
        .ac-preview-text{display:flex;flex-direction:column;min-width:0;flex:1 1 auto}
        .ac-preview-title,.ac-preview-subtitle,.ac-preview-body{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .ac-preview-title{font-weight:var(--ac-fw-bolder)}
        .ac-preview-subtitle,.ac-preview-body{font-size:var(--ac-fs-small);line-height:var(--ac-lh-small);color:var(--ac-c-default-s)}
        .ac-preview-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:8px;padding:8px;border:0;background:transparent}
        .ac-preview-grid>.ac-preview-item{flex-direction:column;align-items:stretch;gap:6px;padding:0 0 8px;border:var(--ac-card-border-width) solid var(--ac-card-border);border-radius:var(--ac-card-radius);background-color:var(--ac-bg);overflow:hidden}
        .ac-preview-grid>.ac-preview-item:first-child{border-top:var(--ac-card-border-width) solid var(--ac-card-border)}
        .ac-preview-grid .ac-preview-thumb{width:100%;height:auto;aspect-ratio:1;border-radius:0}
        .ac-preview-grid .ac-preview-text{padding:0 8px}
        .ac-citation{display:flex;align-items:flex-start;gap:10px;min-width:0;padding:10px 12px;border:var(--ac-card-border-width) solid var(--ac-card-border);border-radius:8px;background-color:var(--ac-bg)}
        .ac-citation-index{flex:0 0 auto;display:inline-flex;align-items:center;justify-content:center;min-width:20px;height:20px;padding:0 4px;border-radius:10px;background-color:var(--ac-page-bg);color:var(--ac-c-default);font-size:var(--ac-fs-small);font-weight:var(--ac-fw-bolder)}
        .ac-citation-thumb{flex:0 0 auto;width:40px;height:40px;border-radius:4px;object-fit:cover}
        .ac-citation-text{display:flex;flex-direction:column;min-width:0;flex:1 1 auto}
        .ac-citation-title{font-weight:var(--ac-fw-bolder);color:var(--ac-c-default);text-decoration:none;overflow:hidden;text-overflow:ellipsis}
        a.ac-citation-title{color:var(--ac-link)}
        a.ac-citation-title:hover{text-decoration:underline}
        .ac-citation-subtitle{color:var(--ac-c-default-s);font-size:var(--ac-fs-small);line-height:var(--ac-lh-small)}
        .ac-citation-source{color:var(--ac-c-default-s);font-size:var(--ac-fs-small);line-height:var(--ac-lh-small);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .ac-copilot-response{display:flex;flex-direction:column;gap:8px;padding:12px;border-radius:12px;background-color:var(--ac-page-bg)}
        .ac-copilot-card>.ac-root{border-radius:8px}

        """#
}
