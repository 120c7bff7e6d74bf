/// The inline style sheet of the HTML export: fluid on a phone, A4 when printed.
///
/// No external fonts, images or scripts: the page must open offline from a USB stick or an
/// e-mail attachment, and print the same everywhere.
enum HTMLStyle {
    static let css = """
    :root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b5394; --warn: #8a4b00; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 46rem; padding: 1rem; color: var(--ink); background: #fff;
      font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; overflow-wrap: anywhere; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; line-height: 1.2; }
    h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .15rem; }
    h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
    p { margin: .4rem 0; }
    .meta, .small { color: var(--muted); font-size: .9rem; }
    .start { background: #eef4fb; border-left: 4px solid var(--accent); padding: .5rem .75rem; margin: .75rem 0; }
    .glance { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: .5rem 0; list-style: none; }
    .glance li { flex: 1 1 9rem; border: 1px solid var(--line); border-radius: .4rem; padding: .4rem .6rem; }
    .glance b { display: block; font-size: 1.1rem; }
    .timeline { list-style: none; margin: 0 0 0 .9rem; padding: 0 0 0 1.4rem; border-left: 3px solid var(--accent); }
    .step { position: relative; margin: 0 0 1rem; padding: .5rem .75rem; border: 1px solid var(--line);
      border-radius: .4rem; break-inside: avoid; page-break-inside: avoid; }
    .step::before { content: attr(data-order); position: absolute; left: -2.3rem; top: .45rem; width: 1.6rem;
      height: 1.6rem; border-radius: 50%; background: var(--accent); color: #fff; font-weight: bold;
      text-align: center; line-height: 1.6rem; font-size: .9rem; }
    .job { border-color: var(--accent); border-width: 2px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .3rem 0 0; }
    dt { font-weight: 600; color: var(--muted); }
    dd { margin: 0; }
    .example { color: var(--warn); font-weight: 600; }
    .closed { color: var(--warn); }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: .95rem; }
    th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
    th { background: #f2f2f2; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    tfoot td { font-weight: 700; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    sup a { text-decoration: none; }
    a { color: var(--accent); }
    .checklist { list-style: none; padding-left: 0; }
    .checklist li::before { content: "\\2610"; margin-right: .5rem; }
    .sources li { margin-bottom: .25rem; }
    footer { margin-top: 1.5rem; border-top: 1px solid var(--line); padding-top: .5rem; }
    @page { size: A4; margin: 12mm 13mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
      h1 { font-size: 17pt; }
      h2 { font-size: 12pt; margin: .9rem 0 .35rem; break-after: avoid; page-break-after: avoid; }
      .start { margin: .4rem 0; padding: .3rem .6rem; }
      .glance li { padding: .25rem .5rem; }
      .step { margin-bottom: .5rem; padding: .35rem .6rem; }
      .step::before { top: .3rem; }
      th, td { padding: .2rem .4rem; }
      .glance li, .step, .job { break-inside: avoid; page-break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .table-wrap { overflow: visible; }
    }
    """
}
