/** The report's only style sheet, inline: system fonts, no external resource; print rules for A4. */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --blocked: #c0392b; --paper: #e0a526; --document: #8e6bb0; --ok: #2e7d5b; --dep: #4a6fa5; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1040px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
header h1 { font-size: 26px; margin: 0 0 4px; }
header .subtitle { color: var(--muted); margin: 0 0 8px; font-size: 17px; }
header .notice { margin: 8px 0; padding: 8px 12px; border-left: 6px solid var(--paper); background: #fdf6e3; }
h2 { font-size: 20px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin: 32px 0 12px; }
h3 { font-size: 16px; margin: 16px 0 8px; }
a { color: #0b57d0; }
.note { color: var(--muted); font-size: 13px; }
/* A date, a code or a legal number is never broken across lines (2022-12-31, qd06-15 and
   123/2015/NĐ-CP would break at a hyphen or a slash). */
time, .code, .nw { white-space: nowrap; }
.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
.scope h3 { margin-top: 12px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--dep); border-radius: 6px; padding: 10px 14px; }
/* Labels, numbers and notes on one line across the cards, however long each label is. */
@supports (grid-template-rows: subgrid) { .card { display: grid; grid-row: span 3; grid-template-rows: subgrid; row-gap: 0; align-content: start; } }
.card.blocked { border-left-color: var(--blocked); }
.card.paper { border-left-color: var(--paper); }
.card.document { border-left-color: var(--document); }
.card .label { font-size: 13px; color: var(--muted); }
.card .big { font-size: 34px; font-weight: 700; line-height: 1.2; }
.card .sub { font-size: 13px; color: var(--muted); }
figure { margin: 16px 0 24px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg.chart, figure svg { max-width: 100%; height: auto; }
svg.chart text { fill: var(--ink); }
svg.chart .value, svg.chart .legend { fill: var(--muted); }
article.procedure { border-top: 1px solid var(--line); padding: 4px 0 8px; }
.explanation { margin: 6px 0 10px; }
.explanation p { margin: 4px 0; }
.where { font-size: 13px; color: var(--muted); }
ul.chain { margin: 4px 0; padding-left: 22px; }
ul.chain li { margin: 2px 0; }
details.via { font-size: 13px; margin: 2px 0; }
details.via summary { color: var(--muted); cursor: pointer; }
/* The explanations of the procedures a document is obtained through, each under its name. */
ul.issuers { margin: 4px 0; padding-left: 22px; list-style: none; border-left: 2px solid var(--line); }
ul.issuers > li { margin: 6px 0; }
.issuer-head { margin: 2px 0; font-weight: 600; }
details.issuers { margin: 4px 0; }
details.issuers > summary { color: var(--muted); font-size: 13px; cursor: pointer; margin-left: 22px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
thead th { background: #f6f8fa; }
td.num, .num { text-align: right; font-variant-numeric: tabular-nums; }
.state { white-space: nowrap; font-size: 13px; }
.state.blocked { color: var(--blocked); font-weight: 600; }
.state.paper { color: #8a6100; }
.state.document { color: #6b4a8a; }
.state.paperless { color: var(--ok); }
.vi { color: var(--muted); font-size: 13px; display: block; }
.search { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin-bottom: 10px; }
.search label { font-weight: 600; }
.search input { flex: 1 1 260px; font: inherit; padding: 6px 10px; border: 1px solid #8c959f; border-radius: 6px; }
#search-count { color: var(--muted); font-size: 13px; }
ol.sources li { margin: 4px 0; }
/* A link too long for the line breaks anywhere; the number and title before it break between words. */
ol.sources a { word-break: break-all; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
[hidden] { display: none !important; }
@media (max-width: 700px) { .cards { grid-template-columns: 1fr; } }
/* A phone's screen: narrower margins, a state that breaks between words; each procedure of
   the list its code beside its name, its ministry and states under the name; any other table
   too wide for the screen scrolls sideways on its own, not the whole page. */
@media screen and (max-width: 700px) {
  body { padding: 16px 14px 32px; }
  .state { white-space: normal; }
  table { display: block; overflow-x: auto; }
  #procedures thead { display: none; }
  #procedures tbody { display: block; }
  #procedures tr { display: grid; grid-template-columns: auto 1fr; column-gap: 10px; padding: 6px 0; border-bottom: 1px solid var(--line); }
  #procedures td { border: 0; padding: 1px 0; }
  #procedures td:nth-child(n+3) { grid-column: 2; }
  #procedures td:nth-child(3) { color: var(--muted); font-size: 13px; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .search input { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  .card, figure, tr, .explanation > p { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  /* Paper cannot be clicked: the full list of a document's issuing procedures, and all their explanations, print open. */
  details.via > summary, details.issuers > summary { display: none; }
  details.via::details-content, details.issuers::details-content { content-visibility: visible; }
}
`;
