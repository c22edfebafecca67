/// The report's stylesheet, inlined in the page: system fonts only, a layout that narrows to a
/// phone's width (charts that fit it, long words that wrap, the table scrolling sideways in its own box
/// with shadows at the edges it can scroll to), and print rules (no buttons, each posting's details on a
/// new page).
enum Stylesheet {
  static let css = """
    :root {
      --ink: #1F2328; --muted: #59636E; --line: #D1D9E0; --soft: #F6F8FA; --accent: #0072B2;
      --strong: #009E73; --good: #0072B2; --fair: #56B4E9; --weak: #E69F00; --poor: #D55E00;
      --posting: #D55E00; --resume: #0072B2;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; background: #FFFFFF; color: var(--ink);
      font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans",
        "Liberation Sans", Arial, sans-serif;
    }
    /* A file name, URL or long word from a posting breaks anywhere rather than widen the page. */
    main { max-width: 1100px; margin: 0 auto; padding: 40px 28px 64px; overflow-wrap: anywhere; }
    a { color: var(--accent); text-underline-offset: 2px; }
    a:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    code { font: 0.9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
      background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 1px 6px;
      overflow-wrap: anywhere; }
    h1 { font-size: 30px; line-height: 1.2; letter-spacing: -0.01em; margin: 0 0 10px; }
    h2 { font-size: 21px; line-height: 1.3; margin: 44px 0 14px; }
    h3 { font-size: 22px; line-height: 1.25; margin: 2px 0 4px; overflow-wrap: anywhere; }
    h4 { font-size: 15px; margin: 26px 0 10px; }
    .page-header { border-bottom: 1px solid var(--line); padding-bottom: 20px; }
    .kicker, .eyebrow { margin: 0 0 6px; color: var(--accent); font-size: 12px; font-weight: 700;
      letter-spacing: 0.08em; text-transform: uppercase; overflow-wrap: anywhere; }
    .eyebrow { color: var(--muted); letter-spacing: 0.03em; text-transform: none; font-weight: 600; }
    .summary { margin: 0; color: var(--muted); font-size: 17px; }
    .summary strong { color: var(--ink); }
    .hint, .note, .empty { color: var(--muted); font-size: 14px; }
    [hidden] { display: none !important; }
    figure { margin: 0; }
    figcaption { color: var(--muted); font-size: 14px; margin-top: 10px; }
    figcaption p { margin: 6px 0 0; }
    figcaption p.chart-count { margin: 0 0 8px; color: var(--ink); }
    .chart-box { border: 1px solid var(--line); border-radius: 14px; padding: 16px 18px; background: #FFFFFF; }
    svg.chart { display: block; font-family: inherit; }
    /* Drawn in pixels down and percentages across: the room on the right is for the value of a full bar. */
    svg.bar-chart { width: calc(100% - 84px); overflow: visible; }
    svg.bar-chart .bar-label { paint-order: stroke; stroke: #FFFFFF; stroke-width: 4px; stroke-linejoin: round; }
    svg.radar-chart { width: 100%; height: auto; max-width: 700px; margin: 0 auto; }
    svg text { font-size: 13px; }
    svg .band-label, svg .axis-title { font-size: 12px; font-weight: 700; letter-spacing: 0.02em; }
    svg .bar-value { font-weight: 700; font-variant-numeric: tabular-nums; }
    svg .tick { font-size: 11px; }
    svg .axis-label { font-size: 14px; font-weight: 600; }
    svg .axis-number { display: none; font-size: 14px; font-weight: 700; }
    .radar-key { display: none; margin: 8px 0 0; padding-left: 24px; }
    .radar-key li { margin: 2px 0; }
    .radar-key .values { color: var(--muted); font-variant-numeric: tabular-nums; }
    svg a.bar:hover rect, svg a.bar:focus rect { opacity: 0.75; }
    svg a.bar:hover .bar-label { text-decoration: underline; }
    .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 0; }
    .legend li { display: inline-flex; align-items: center; gap: 7px; }
    .key { display: inline-block; width: 14px; height: 14px; border-radius: 3px; }
    .key.band-strong { background: var(--strong); } .key.band-good { background: var(--good); }
    .key.band-fair { background: var(--fair); } .key.band-weak { background: var(--weak); }
    .key.band-poor { background: var(--poor); }
    .key-posting { width: 22px; height: 0; border-radius: 0; border-top: 3px dashed var(--posting); }
    .key-resume { width: 22px; height: 10px; border: 2px solid var(--resume); background: rgba(0, 114, 178, 0.22); }
    /* Shadows on the sides the table can scroll to: white covers that scroll with the content hide them at
       either end. Row and header backgrounds are translucent so the shadows show through. */
    .table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 14px;
      background:
        linear-gradient(to right, #FFFFFF 30%, rgba(255, 255, 255, 0)) left center / 40px 100% no-repeat local,
        linear-gradient(to left, #FFFFFF 30%, rgba(255, 255, 255, 0)) right center / 40px 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, rgba(31, 35, 40, 0.2), rgba(31, 35, 40, 0)) left center / 14px 100%
          no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, rgba(31, 35, 40, 0.2), rgba(31, 35, 40, 0)) right center / 14px
          100% no-repeat scroll,
        #FFFFFF; }
    .table-wrap table { overflow-wrap: break-word; }
    .scroll-note { display: none; }
    table { width: 100%; border-collapse: collapse; font-size: 14px; }
    th, td { text-align: left; vertical-align: top; padding: 11px 14px; border-bottom: 1px solid var(--line); }
    tbody tr:last-child td { border-bottom: none; }
    tbody tr:nth-child(even) { background: rgba(31, 35, 40, 0.02); }
    tbody tr:hover { background: rgba(0, 114, 178, 0.07); }
    thead th { background: rgba(31, 35, 40, 0.04); color: var(--muted); font-size: 12px; font-weight: 700;
      letter-spacing: 0.05em; text-transform: uppercase; white-space: nowrap; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    th button { all: unset; cursor: pointer; }
    th button::after { content: " ↕"; color: #8C959F; }
    th[aria-sort="ascending"] button::after { content: " ▲"; color: var(--ink); }
    th[aria-sort="descending"] button::after { content: " ▼"; color: var(--ink); }
    td.score { white-space: nowrap; }
    .score-number { font-size: 17px; font-weight: 700; font-variant-numeric: tabular-nums; }
    .band { display: block; font-size: 12px; font-weight: 600; color: var(--muted); }
    .band::before { content: ""; display: inline-block; width: 9px; height: 9px; border-radius: 50%;
      margin-right: 5px; vertical-align: 0; }
    .band-strong.band::before { background: var(--strong); } .band-good.band::before { background: var(--good); }
    .band-fair.band::before { background: var(--fair); } .band-weak.band::before { background: var(--weak); }
    .band-poor.band::before { background: var(--poor); }
    .entry-title { display: block; font-weight: 600; }
    .file { display: block; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
    article.fit { border-top: 1px solid var(--line); padding-top: 28px; margin-top: 36px; }
    .page-header + .details > article.fit:first-child { border-top: none; margin-top: 8px; padding-top: 8px; }
    .fit-header { display: flex; justify-content: space-between; align-items: flex-start; gap: 20px; }
    .fit-heading { min-width: 0; }
    .meta { margin: 0; color: var(--muted); }
    .online { margin: 2px 0 0; font-size: 14px; color: var(--muted); }
    .score-badge { flex: none; display: flex; flex-direction: column; align-items: center; justify-content: center;
      min-width: 92px; padding: 10px 14px; border-radius: 14px; border: 2px solid var(--line);
      background: var(--soft); }
    .score-badge .score-number { font-size: 30px; line-height: 1.1; }
    .score-badge .score-band { font-size: 13px; font-weight: 700; }
    .score-badge.band-strong { border-color: var(--strong); } .score-badge.band-good { border-color: var(--good); }
    .score-badge.band-fair { border-color: var(--fair); } .score-badge.band-weak { border-color: var(--weak); }
    .score-badge.band-poor { border-color: var(--poor); }
    .fit-grid { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(0, 1fr); gap: 24px; margin-top: 18px;
      align-items: start; }
    .parts h4 { margin-top: 0; }
    .parts dl { margin: 0; }
    .parts dt { display: flex; justify-content: space-between; font-weight: 600; font-size: 14px; }
    .parts dd { margin: 4px 0 14px; }
    .points { color: var(--muted); font-weight: 500; font-variant-numeric: tabular-nums; }
    .meter { height: 10px; border-radius: 5px; background: #E6EAEF; overflow: hidden; }
    .meter span { display: block; height: 100%; background: var(--accent); border-radius: 5px; }
    .competencies { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
    .competency { border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
    .competency-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
    .stats { color: var(--muted); font-size: 13px; font-variant-numeric: tabular-nums; }
    .status { font-size: 11px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
      padding: 1px 8px; border-radius: 999px; border: 1.5px solid; }
    .status-matched { color: #00704F; border-color: var(--strong); }
    .status-weak { color: #8A5A00; border-color: var(--weak); }
    .status-missing { color: #A8410A; border-color: var(--poor); }
    .quote { margin: 8px 0 0; padding: 6px 12px; border-left: 3px solid var(--line); font-size: 14px; }
    .quote-posting { border-left: 3px dashed var(--posting); }
    .quote-resume { border-left-color: var(--resume); }
    .quote-none { color: var(--muted); font-style: italic; }
    .quote .side { display: inline-block; min-width: 70px; margin-right: 4px; font-size: 11px; font-weight: 700;
      letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); }
    .quote .sentence::before { content: "“"; } .quote .sentence::after { content: "”"; }
    .quote cite { display: block; color: var(--muted); font-size: 12px; font-style: normal; margin-top: 2px; }
    mark { background: #FFE9A8; color: inherit; border-radius: 3px; padding: 0 2px; }
    .requirements, .advice { padding-left: 20px; margin: 0; }
    .requirements li, .advice li { margin: 6px 0; }
    .importance { font-size: 11px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
      color: var(--muted); margin-right: 8px; }
    .importance.required { color: #A8410A; }
    .found { display: block; color: var(--muted); font-size: 14px; }
    .chips { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; }
    .chips li { border: 1px solid var(--line); background: var(--soft); border-radius: 999px; padding: 2px 12px;
      font-size: 14px; }
    .back { margin-top: 20px; font-size: 14px; }
    .skipped li { margin: 6px 0; }
    nav#contents ol { padding-left: 22px; }
    .page-footer { margin-top: 56px; padding-top: 16px; border-top: 1px solid var(--line); color: var(--muted);
      font-size: 13px; }
    /* Below this the radar chart would be too small beside the score's parts: one column. */
    @media (max-width: 960px) {
      .fit-grid { grid-template-columns: minmax(0, 1fr); }
    }
    /* Screens only: a printed page narrower than this still gets the radar's names and the whole table. */
    @media screen and (max-width: 720px) {
      main { padding: 24px 14px 48px; }
      h1 { font-size: 24px; }
      th, td { padding: 9px 10px; }
      .fit-header { flex-direction: column; gap: 10px; }
      .score-badge { flex-direction: row; gap: 10px; }
      .chart-box { padding: 10px; }
      /* A band of 15 points is about 40 pixels wide here. */
      svg.bar-chart .band-label { font-size: 11px; letter-spacing: 0; }
      /* Too narrow for the radar's names: its numbered spokes, enlarged in a square cut from the middle of
         the chart (the names' room), and the numbered list under it. */
      svg.radar-chart { aspect-ratio: 1 / 1; max-width: 480px; }
      svg.radar-chart .radar-body { transform: scale(1.25); }
      svg.radar-chart .axis-label { display: none; }
      svg.radar-chart .axis-number { display: inline; }
      .radar-key { display: block; }
      /* The table keeps readable columns and scrolls sideways in its own box; the note says so. */
      table { min-width: 860px; }
      .scroll-note { display: block; }
    }
    @media print {
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      .no-print, th button::after { display: none !important; }
      th button { display: contents; }
      .chart-box, .table-wrap { border: none; padding: 0; overflow: visible; }
      thead { display: table-header-group; }
      tr, figure, .competency, .quote { break-inside: avoid; }
      tbody tr:nth-child(even), tbody tr:hover { background: none; }
      .table-wrap { background: none; }
      article.fit { break-before: page; border-top: none; margin-top: 0; }
      h2, h3, h4 { break-after: avoid; }
    }
    """
}
