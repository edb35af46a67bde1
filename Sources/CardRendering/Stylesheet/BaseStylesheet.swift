/// The host-independent part of the card CSS. Every size and colour comes from custom
/// properties set by `ThemeStylesheet`.
enum BaseStylesheet {
    static let spacings = ["small", "default", "medium", "large", "extraLarge", "padding"]
    static let sizes = ["small", "default", "medium", "large", "extraLarge"]
    static let weights = ["lighter", "default", "bolder"]
    static let colors = ["default", "dark", "light", "accent", "good", "warning", "attention"]

    static func make() -> String {
        var css = fixed
        css.reserveCapacity(fixed.utf8.count + 12_000)

        // Text appearance: sizes, then monospace sizes, then weights (order sets precedence).
        for s in sizes where s != "default" {
            css += ".ac-size-\(s){font-size:var(--ac-fs-\(s))}\n.ac-textBlock.ac-size-\(s){line-height:var(--ac-lh-\(s))}\n"
        }
        for s in sizes where s != "default" {
            css += ".ac-mono.ac-size-\(s){font-size:var(--ac-fsm-\(s))}\n.ac-textBlock.ac-mono.ac-size-\(s){line-height:var(--ac-lhm-\(s))}\n"
        }
        for w in weights where w != "default" {
            css += ".ac-weight-\(w){font-weight:var(--ac-fw-\(w))}\n"
            css += ".ac-mono.ac-weight-\(w){font-weight:var(--ac-fwm-\(w))}\n"
        }
        // Colours relative to the nearest container style.
        css += ".ac-subtle{color:var(--ac-c-default-s)}\n"
        for c in colors where c != "default" {
            css += ".ac-color-\(c){color:var(--ac-c-\(c))}\n.ac-color-\(c).ac-subtle{color:var(--ac-c-\(c)-s)}\n"
        }
        css += ".ac-highlight{background-color:var(--ac-hl-default)}\n.ac-highlight.ac-subtle{background-color:var(--ac-hl-default-s)}\n"
        for c in colors where c != "default" {
            css += ".ac-highlight.ac-color-\(c){background-color:var(--ac-hl-\(c))}\n"
            css += ".ac-highlight.ac-color-\(c).ac-subtle{background-color:var(--ac-hl-\(c)-s)}\n"
        }
        // Spacing and separators (the official renderer's separator geometry).
        for s in spacings {
            css += ".ac-horizontal-separator.ac-sp-\(s){height:var(--ac-sp-\(s))}\n"
            css += ".ac-horizontal-separator.ac-line.ac-sp-\(s){height:auto;padding-top:calc(var(--ac-sp-\(s)) / 2);margin-bottom:calc(var(--ac-sp-\(s)) / 2)}\n"
            css += ".ac-vertical-separator.ac-sp-\(s){width:var(--ac-sp-\(s))}\n"
            css += ".ac-vertical-separator.ac-line.ac-sp-\(s){width:auto;padding-inline-start:calc(var(--ac-sp-\(s)) / 2);margin-inline-end:calc(var(--ac-sp-\(s)) / 2)}\n"
        }
        // Image sizes.
        for s in ["small", "medium", "large"] {
            css += ".ac-img-\(s){width:var(--ac-img-\(s))}\n"
            css += ".ac-img-set-\(s){height:var(--ac-img-\(s));max-height:var(--ac-imageset-max);width:auto}\n"
            css += ".ac-img-grid-\(s){width:var(--ac-img-\(s));height:var(--ac-img-\(s));object-fit:cover}\n"
            css += ".ac-imageSet-stacked-\(s){--ac-stack:var(--ac-img-\(s))}\n"
        }
        // Table grid colours by grid style.
        for s in BuiltInContainerStyle.allCases {
            css += ".ac-grid-\(s.rawValue){--ac-grid-color:var(--ac-border-\(s.rawValue))}\n"
        }
        // A clamped text block has the font's own line height (the official renderer drops
        // its explicit one for -webkit-line-clamp); after the size rules, which it overrides.
        css += ".ac-textBlock.ac-clamp{line-height:normal}\n"
        css += showCardRules()
        css += carouselRules()
        css += toggleRules()
        css += PreviewStylesheet.base
        return css
    }

    /// The card of the open show-card button shows below the buttons.
    static func showCardRules() -> String {
        var css = ""
        for k in 1...CardStylesheet.showCardSlots {
            css += ".ac-actionBar:has(>.ac-actionSet .ac-sc\(k)[open])>.ac-sc-card.ac-sc\(k){display:block}\n"
        }
        return css
    }

    /// The page of a carousel whose radio button is checked shows, with its arrows.
    static func carouselRules() -> String {
        var css = ""
        for k in 1...CardStylesheet.carouselPages {
            let current = ".ac-carousel:has(>.ac-carousel-nav>.ac-carousel-pagination>.ac-carousel-bullet:nth-child(\(k))>:checked)"
            css += current + ">.ac-carousel-viewport>.ac-carousel-page:nth-child(\(k)){visibility:visible}\n"
            css += current + ">.ac-carousel-nav>.ac-carousel-arrows:nth-child(\(k)){display:contents}\n"
        }
        return css
    }

    /// Show and hide toggle targets while their toggle's check box is checked.
    static func toggleRules() -> String {
        let n = CardStylesheet.toggleSlots
        var reveal: [String] = []
        var hide: [String] = []
        for k in 1...n {
            reveal.append(":not(.ac-root:has(.ac-tv\(k):checked) :is(.ac-tt\(k),.ac-ts\(k)))")
            hide.append(".ac-root:has(.ac-tv\(k):checked) :is(.ac-tt\(k),.ac-th\(k)):not(.ac-hidden)")
            // Separators that must go while their element is hidden, whatever revealed them.
            hide.append(".ac-root:has(.ac-tv\(k):checked) .ac-hx\(k)")
        }
        // Initially hidden: hidden unless a checked toggle shows it.
        var css = ".ac-hidden" + reveal.joined() + "{display:none!important}\n"
        // Initially visible: hidden while a checked toggle hides it.
        css += hide.joined(separator: ",\n") + "{display:none!important}\n"
        return css
    }

    static let fixed = #"""
        /* Adaptive Card renderer: base rules (sizes and colours come from the theme's custom properties). */
        .ac-adaptiveCard{display:flex;flex-direction:column;position:relative;box-sizing:border-box;min-width:0;margin:0;font-family:var(--ac-font);font-size:medium;line-height:normal;font-weight:var(--ac-fw-default);color:var(--ac-c-default);text-align:start;overflow-wrap:break-word;-webkit-text-size-adjust:100%}
        .ac-adaptiveCard *,.ac-adaptiveCard ::before,.ac-adaptiveCard ::after{box-sizing:border-box}
        .ac-host{min-width:0}
        .ac-root{width:100%;max-width:100%;border:var(--ac-card-border-width) solid var(--ac-card-border);border-radius:var(--ac-card-radius)}
        .ac-root.ac-full-width{max-width:none}
        .ac-adaptiveCard>*,.ac-container>*{flex:0 0 auto}
        .ac-adaptiveCard>.ac-stretch,.ac-container>.ac-stretch{flex:1 1 auto}
        .ac-container{display:flex;flex-direction:column;position:relative;min-width:0}
        .ac-vca-center{justify-content:center}
        .ac-vca-bottom{justify-content:flex-end}
        .ac-bg{background-color:var(--ac-bg);padding:var(--ac-sp-padding)}
        .ac-bg.ac-bg-base{background-color:var(--ac-bg-base)}
        .ac-pad-x{padding-top:0;padding-bottom:0}
        .ac-bg>*{--ac-outer-pad:var(--ac-sp-padding)}
        .ac-bleed-t{margin-top:calc(-1 * var(--ac-outer-pad,0px))}
        .ac-bleed-b{margin-bottom:calc(-1 * var(--ac-outer-pad,0px))}
        .ac-bleed-s{margin-inline-start:calc(-1 * var(--ac-outer-pad,0px))}
        .ac-bleed-e{margin-inline-end:calc(-1 * var(--ac-outer-pad,0px))}
        .ac-bgimg-cover{background-repeat:no-repeat;background-size:cover}
        .ac-bgimg-repeat{background-repeat:repeat}
        .ac-bgimg-repeat-x{background-repeat:repeat-x}
        .ac-bgimg-repeat-y{background-repeat:repeat-y}
        .ac-bgimg-h-center{background-position-x:center}
        .ac-bgimg-h-right{background-position-x:right}
        .ac-bgimg-v-center{background-position-y:center}
        .ac-bgimg-v-bottom{background-position-y:bottom}
        .ac-horizontal-separator,.ac-vertical-separator{flex:0 0 auto;overflow:hidden}
        .ac-horizontal-separator.ac-line{border-bottom:var(--ac-sep-width) solid var(--ac-sep-color)}
        .ac-vertical-separator.ac-line{border-inline-end:var(--ac-sep-width) solid var(--ac-sep-color)}
        .ac-columnSet{display:flex;flex-direction:row;position:relative;min-width:0}
        .ac-columnSet.ac-ha-center{justify-content:center}
        .ac-columnSet.ac-ha-right{justify-content:flex-end}
        .ac-column{min-width:0}
        .ac-col-auto{flex:0 1 auto}
        .ac-col-stretch{flex:1 1 50px}
        .ac-col-px{flex:0 0 auto}
        .ac-textBlock,.ac-textRun{font-size:var(--ac-fs-default);font-weight:var(--ac-fw-default);color:var(--ac-c-default)}
        .ac-textBlock{line-height:var(--ac-lh-default)}
        .ac-textBlock{margin:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
        .ac-textBlock.ac-wrap{white-space:normal}
        .ac-textBlock:not(.ac-wrap)>:first-child{overflow:hidden;text-overflow:ellipsis}
        .ac-textBlock p{margin:1em 0 0}
        .ac-textBlock ul,.ac-textBlock ol{margin:1em 0 0;padding-inline-start:40px}
        .ac-textBlock li{margin:0}
        .ac-textBlock li>p{margin:0}
        .ac-textBlock>:first-child{margin-top:0}
        .ac-mono{font-family:var(--ac-font-mono);font-size:var(--ac-fsm-default);font-weight:var(--ac-fwm-default)}
        .ac-textBlock.ac-mono{line-height:var(--ac-lhm-default)}
        .ac-textBlock.ac-ha-center,.ac-richTextBlock.ac-ha-center{text-align:center}
        .ac-textBlock.ac-ha-right,.ac-richTextBlock.ac-ha-right{text-align:end}
        .ac-textBlock.ac-clamp{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:var(--ac-max-lines);overflow:hidden}
        .ac-richTextBlock{overflow-wrap:break-word}
        .ac-richTextBlock>p{margin:0}
        .ac-italic{font-style:italic}
        .ac-strike{text-decoration-line:line-through}
        .ac-underline{text-decoration-line:underline}
        .ac-strike.ac-underline{text-decoration-line:underline line-through}
        .ac-adaptiveCard a.ac-anchor{color:var(--ac-link);text-decoration:none}
        .ac-adaptiveCard a.ac-anchor:hover{text-decoration:underline}
        .ac-adaptiveCard strong{font-weight:var(--ac-fw-bolder)}
        .ac-image-box{display:flex;align-items:flex-start;justify-content:flex-start;min-width:0}
        .ac-image-box.ac-ha-center{justify-content:center}
        .ac-image-box.ac-ha-right{justify-content:flex-end}
        .ac-image{display:block;min-width:0;max-width:100%;height:auto;border:0}
        .ac-img-stretch{width:100%}
        .ac-person{border-radius:50%;aspect-ratio:1;object-fit:cover}
        .ac-rounded{border-radius:4px}
        .ac-imageSet{display:flex;flex-wrap:wrap}
        .ac-imageSet-grid{gap:5px}
        .ac-imageSet:not(.ac-imageSet-grid,.ac-imageSet-stacked)>.ac-imageSet-item{margin-inline-end:10px}
        .ac-imageSet.ac-ha-center{justify-content:center}
        .ac-imageSet.ac-ha-right{justify-content:flex-end}
        .ac-imageSet-item{display:inline-flex;margin:0}
        .ac-imageSet-stacked{gap:0;padding-top:calc(var(--ac-stack) * .35)}
        .ac-img-stacked{border-radius:50%;aspect-ratio:1;object-fit:cover;height:var(--ac-stack);width:var(--ac-stack)}
        .ac-img-stacked-0{position:relative;z-index:2;border:4px solid var(--ac-bg);height:calc(var(--ac-stack) + 8px);width:calc(var(--ac-stack) + 8px)}
        .ac-imageSet-stacked>.ac-imageSet-item+.ac-imageSet-item{margin-inline-start:calc(var(--ac-stack) * -.45);margin-top:calc(var(--ac-stack) * -.35)}
        .ac-media{position:relative;min-width:0}
        .ac-media-details>summary{list-style:none;cursor:pointer}
        .ac-media-details>summary::-webkit-details-marker{display:none}
        .ac-media-details[open]>summary{display:none}
        .ac-media-poster{position:relative;display:flex}
        .ac-media-poster:not(:has(img)){height:200px;background-color:#F2F2F2}
        .ac-media-poster-image{display:block;width:100%;height:100%}
        .ac-media-player{display:block;width:100%;max-height:480px;background-color:#000}
        .ac-media-playLayer{position:absolute;top:0;left:0;width:100%;height:100%;display:flex;align-items:center;justify-content:center}
        .ac-media-playButton{display:flex;align-items:center;justify-content:center;box-sizing:content-box;width:56px;height:56px;border:1px solid #EEEEEE;border-radius:28px;box-shadow:0 0 10px #EEEEEE;background-color:rgba(255,255,255,.9);color:#000}
        .ac-media-playButton:hover,.ac-media-details>summary:hover .ac-media-playButton{background-color:#fff}
        .ac-media-playButton:focus-visible,.ac-media-details>summary:focus-visible .ac-media-playButton{outline:2px solid var(--ac-focus);outline-offset:2px}
        .ac-media-playButton-arrow{box-sizing:content-box;width:12px;height:15px;border-style:solid;border-width:7.5px 0 7.5px 12px;border-color:transparent transparent transparent #000;transform:translate(1.2px,0)}
        .ac-factset{display:block;overflow:hidden;border-collapse:collapse;margin:0;padding:0}
        .ac-fact{display:table-row}
        .ac-fact>dt,.ac-fact>dd{display:table-cell;margin:0;padding:0;vertical-align:top}
        .ac-fact>dt{max-width:var(--ac-fact-title-max)}
        .ac-fact>dd{padding-inline-start:12px}
        .ac-table{display:flex;flex-direction:column;min-width:0}
        .ac-tableRow{display:flex;flex-direction:row;min-width:0}
        .ac-tableCell{display:flex;flex-direction:column;position:relative;min-width:0}
        .ac-grid{border-top:1px solid var(--ac-grid-color);border-inline-start:1px solid var(--ac-grid-color)}
        .ac-grid-cell{border-inline-end:1px solid var(--ac-grid-color);border-bottom:1px solid var(--ac-grid-color);padding:var(--ac-sp-small)}
        .ac-grid-cell>*,.ac-tableCell.ac-bg>*{--ac-outer-pad:var(--ac-sp-small)}
        .ac-tableCell.ac-bg{padding:var(--ac-sp-small)}
        .ac-nogrid>.ac-tableRow>.ac-tableCell+.ac-tableCell{margin-inline-start:var(--ac-cell-spacing)}
        .ac-nogrid>.ac-tableRow+.ac-tableRow{margin-top:var(--ac-cell-spacing)}
        .ac-tableRow.ac-bg{padding:0}
        .ac-actionBar{min-width:0}
        .ac-actionSet{display:flex;flex-wrap:nowrap;gap:var(--ac-btn-gap);min-width:0}
        .ac-pushButton{display:flex;align-items:center;justify-content:center;flex:0 1 auto;min-width:0;min-height:var(--ac-btn-height);margin:0;padding:4px 10px 5px;border:2px solid var(--ac-btn-border);border-radius:4px;background-color:var(--ac-btn-bg);color:var(--ac-btn-fg);font-family:var(--ac-font);font-size:var(--ac-btn-font-size);font-weight:var(--ac-btn-weight);line-height:normal;text-align:center;text-decoration:none;white-space:nowrap;overflow:hidden;cursor:pointer;-webkit-user-select:none;user-select:none;position:relative}
        .ac-action-title{overflow:hidden;text-overflow:ellipsis;white-space:var(--ac-btn-white-space)}
        .ac-pushButton:hover,.ac-showCard[open]>summary{background-color:var(--ac-btn-hover-bg);border-color:var(--ac-btn-hover-bg);color:var(--ac-btn-hover-fg)}
        .ac-pushButton.style-positive{background-color:var(--ac-btn-primary-bg);border-color:var(--ac-btn-primary-bg);color:var(--ac-btn-primary-fg)}
        .ac-pushButton.style-destructive{color:var(--ac-btn-destructive-fg)}
        .ac-pushButton.style-destructive:hover{background-color:var(--ac-btn-destructive-fg);border-color:var(--ac-btn-destructive-fg);color:var(--ac-btn-hover-fg)}
        .ac-pushButton.ac-pushButton-disabled,.ac-pushButton:disabled{border-width:4px;padding-top:2px;padding-bottom:3px;font-weight:400;background-color:var(--ac-btn-disabled-bg);border-color:var(--ac-btn-disabled-bg);color:var(--ac-btn-disabled-fg);cursor:default}
        .ac-pushButton:focus-visible,.ac-pushButton:has(.ac-tv:focus-visible),.ac-inline-action:focus-visible,.ac-inline-action:has(.ac-tv:focus-visible){outline:2px solid var(--ac-focus);outline-offset:1px}
        .ac-action-icon{width:var(--ac-icon-size);height:var(--ac-icon-size);flex:0 0 auto;object-fit:contain}
        .ac-pushButton>.ac-action-icon{margin-inline-end:6px}
        .ac-icon-fallback{display:none}
        .ac-inlineActionButton:not(:has(img))>.ac-icon-fallback{display:inline}
        .ac-tv{position:absolute;width:1px;height:1px;margin:0;padding:0;opacity:0;pointer-events:none;overflow:hidden}
        .ac-showCard{display:contents}
        .ac-showCard>.ac-pushButton::after{content:"";flex:0 0 auto;width:4px;height:4px;margin:0 0 2px;border:solid currentColor;border-width:0 1px 1px 0;transform:rotate(45deg)}
        .ac-showCard>summary,.ac-overflow>summary{list-style:none}
        .ac-showCard>summary::-webkit-details-marker,.ac-overflow>summary::-webkit-details-marker{display:none}
        .ac-showCard::details-content{display:none}
        .ac-sc-card{display:none;margin-top:var(--ac-sc-margin)}
        .ac-overflow{position:relative;display:flex;flex:0 0 auto}
        .ac-overflow>summary{padding-inline:12px}
        .ac-overflow-menu{position:absolute;z-index:10;top:100%;inset-inline-start:0;margin-top:4px;display:flex;flex-direction:column;min-width:180px;padding:4px 0;background-color:var(--ac-surface);border:1px solid var(--ac-card-border);border-radius:4px;box-shadow:0 4px 12px rgba(0,0,0,.25)}
        .ac-overflow-menu>.ac-pushButton,.ac-overflow-menu>.ac-showCard>summary{justify-content:flex-start;width:100%;border:0;border-radius:0;background-color:transparent;color:var(--ac-c-default);font-weight:var(--ac-fw-default)}
        .ac-overflow-menu>.ac-pushButton:hover,.ac-overflow-menu>.ac-showCard>summary:hover{background-color:var(--ac-hover-tint)}
        .ac-selectable{position:relative;cursor:pointer}
        .ac-selectAction{position:absolute;inset:0;z-index:0;display:block;margin:0;padding:0;border:0;border-radius:inherit;background:transparent;cursor:pointer;font:inherit}
        .ac-selectAction:hover{background-color:var(--ac-hover-tint)}
        .ac-selectAction:focus-visible,.ac-selectAction:has(.ac-tv:focus-visible){outline:2px solid var(--ac-focus);outline-offset:-2px}
        .ac-selectable a:not(.ac-selectAction),.ac-selectable button:not(.ac-selectAction),.ac-selectable label:not(.ac-selectAction),.ac-selectable summary,.ac-selectable input:not(.ac-tv),.ac-selectable select,.ac-selectable textarea,.ac-selectable video,.ac-selectable audio{position:relative;z-index:1}
        .ac-inline-action{cursor:pointer}
        button.ac-inline-action{display:inline;margin:0;padding:0;border:0;background:none;font:inherit;color:var(--ac-link);text-align:inherit}
        label.ac-inline-action{position:relative;color:var(--ac-link)}
        .ac-image-action{display:inline-block;line-height:0;border-radius:inherit}
        .ac-image-action:hover{opacity:.85}
        button.ac-image-action{color:inherit}
        .ac-input-container-outer{display:flex;flex-direction:column;min-width:0}
        .ac-input-container-outer.ac-label-inline{flex-direction:row;align-items:center}
        .ac-label-inline>.ac-input-label{flex:0 1 auto;min-width:0}
        .ac-input-label.ac-label-width{width:var(--ac-label-width)}
        .ac-input-container.ac-label-width{width:calc(100% - var(--ac-label-width))}
        .ac-input-container.ac-input-natural{flex:0 1 auto}
        .ac-input-natural>.ac-input{width:auto}
        .ac-input-label{display:block;margin-bottom:var(--ac-label-gap)}
        .ac-label-inline>.ac-input-label{margin-bottom:0}
        .ac-input-container{display:flex;align-items:stretch;min-width:0;flex:1 1 auto}
        .ac-input{margin:0;font-family:var(--ac-font);font-size:var(--ac-fs-default);line-height:var(--ac-lh-default);color:var(--ac-input-fg)}
        .ac-textInput,.ac-numberInput,.ac-dateInput,.ac-timeInput,.ac-multichoiceInput{display:block;flex:1 1 auto;width:100%;min-width:0;height:41px;padding:4px 8px;background-color:var(--ac-input-bg);border:1px solid var(--ac-input-border);border-radius:4px;opacity:1}
        .ac-input:disabled{opacity:1;color:var(--ac-input-fg);-webkit-text-fill-color:var(--ac-input-fg);cursor:default}
        .ac-input::placeholder{color:var(--ac-placeholder);-webkit-text-fill-color:var(--ac-placeholder);opacity:1}
        .ac-textInput.ac-multiline{height:82px;resize:none}
        select.ac-multichoiceInput{height:31px;-webkit-appearance:none;appearance:none;padding-inline-end:28px;background-image:linear-gradient(45deg,transparent 50%,var(--ac-input-fg) 50%),linear-gradient(135deg,var(--ac-input-fg) 50%,transparent 50%);background-position:calc(100% - 16px) 55%,calc(100% - 11px) 55%;background-size:5px 5px;background-repeat:no-repeat}
        [dir=rtl] select.ac-multichoiceInput,select.ac-multichoiceInput:dir(rtl){background-position:16px 55%,11px 55%}
        .ac-toggleInput{display:flex;align-items:center;gap:12px;width:100%;min-width:0}
        .ac-choiceSetInput-expanded,.ac-choiceSetInput-multiSelect{display:flex;flex-direction:column;width:100%;min-width:0}
        .ac-choice{display:flex;align-items:center;gap:12px;min-width:0}
        .ac-toggleInput>input,.ac-choice>input{flex:0 0 auto;width:13px;height:13px;margin:0;accent-color:var(--ac-link);opacity:1}
        .ac-toggleInput>label,.ac-choice>label{flex:1 1 auto;min-width:0;font-size:var(--ac-fs-default);line-height:var(--ac-lh-default);color:var(--ac-c-default);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .ac-toggleInput.ac-wrap>label,.ac-choiceSetInput-expanded.ac-wrap label,.ac-choiceSetInput-multiSelect.ac-wrap label{white-space:normal}
        .ac-inlineActionButton{display:inline-flex;align-items:center;justify-content:center;gap:4px;flex:0 0 auto;height:32px;margin-inline-start:4px;padding:0 8px;border:0;border-radius:4px;background:transparent;color:var(--ac-link);font-family:var(--ac-font);font-size:var(--ac-fs-default);cursor:pointer;text-decoration:none}
        .ac-inlineActionButton.ac-icon-only{padding:0 4px}
        .ac-inlineActionButton:hover{background-color:var(--ac-hover-tint)}
        .ac-carousel{position:relative;min-width:0;padding:0 50px 50px}
        .ac-carousel-viewport{display:grid;grid-template-columns:minmax(0,1fr);overflow:hidden}
        .ac-carousel-viewport>.ac-carousel-page{grid-area:1/1;align-self:start;visibility:hidden}
        .ac-carousel-viewport.ac-carousel-center>.ac-carousel-page{align-self:center}
        .ac-carousel-viewport.ac-carousel-bottom>.ac-carousel-page{align-self:end}
        .ac-carousel-arrows{display:none}
        .ac-carousel-prev,.ac-carousel-next{position:absolute;top:50%;z-index:10;display:flex;align-items:center;justify-content:center;width:27px;height:44px;margin-top:-22px;cursor:pointer}
        .ac-carousel-prev{inset-inline-start:0}
        .ac-carousel-next{inset-inline-end:0}
        .ac-carousel-prev::after,.ac-carousel-next::after{content:"";width:7px;height:7px;border:solid #0078D7;border-width:0 2px 2px 0}
        .ac-carousel-prev::after{transform:rotate(135deg)}
        .ac-carousel-next::after{transform:rotate(-45deg)}
        .ac-carousel-prev:dir(rtl)::after{transform:rotate(-45deg)}
        .ac-carousel-next:dir(rtl)::after{transform:rotate(135deg)}
        .ac-carousel-end{opacity:.35;cursor:default}
        .ac-carousel-pagination{position:absolute;left:0;bottom:0;z-index:10;width:100%;text-align:center;font-size:16px;line-height:normal}
        .ac-carousel-bullet{position:relative;display:inline-block;width:8px;height:8px;margin:0 4px;border-radius:50%;background-color:var(--ac-dot);cursor:pointer}
        .ac-carousel-bullet:has(:checked){background-color:#007AFF}
        .ac-carousel-bullet:has(:focus-visible){outline:2px solid var(--ac-focus);outline-offset:2px}
        .ac-carousel-radio{position:absolute;top:0;left:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
        .ac-unsupported,.ac-limit{min-height:24px;padding:4px;border:1px dashed var(--ac-c-default-s);color:var(--ac-c-default-s);font-size:12px;line-height:16px}
        .ac-unsupported.ac-pushButton{border-style:dashed;background:transparent;cursor:default;font-weight:var(--ac-fw-default)}

        """#
}
