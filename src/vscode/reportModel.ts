// The report of every figure in a document: rows as data, the webview HTML and a markdown export.
// Pure and escaped here: values come from the draft and from datasets that may be hostile.
import type { CheckedClaim, Lang, Unit, Verdict } from '../core/types';
import { boundedText, escapeHtml, escapeMarkdownForFile, markdownLinkForFile, safeHttpUrl } from './markdownSafety';
import { VERDICT_ICON, verdictLabel } from './verdictText';
import { VERDICT_ORDER } from './statusText';

export interface ReportRow {
  id: string;
  line: number;
  character: number;
  start: number;
  end: number;
  figure: string;
  verdict: Verdict;
  verdictLabel: string;
  sourced?: string;
  sourcedPeriod?: string;
  publisher?: string;
  date?: string;
  url?: string;
  message: string;
}

export type ValueFormatter = (value: number, unit: Unit, lang: Lang) => string;

export function reportRows(claims: readonly CheckedClaim[], lang: Lang, format: ValueFormatter): ReportRow[] {
  return claims.map((c) => {
    const record = c.verdict === 'outdated' && c.newer ? c.newer : c.record;
    return {
      id: c.id,
      line: c.line,
      character: c.character,
      start: c.start,
      end: c.end,
      figure: c.text,
      verdict: c.verdict,
      verdictLabel: verdictLabel(c.verdict, lang),
      sourced: record ? format(record.value, record.unit, lang) : undefined,
      sourcedPeriod: record?.period?.text,
      // Dataset text is bounded here, so neither the webview nor the export carries a page-long name.
      publisher: record ? boundedText(record.source.publisher) : undefined,
      date: record?.source.date ? boundedText(record.source.date, 20) : undefined,
      url: safeHttpUrl(record?.source.url),
      message: c.message,
    };
  });
}

export interface ReportStrings {
  title: string;
  figure: string;
  verdict: string;
  sourced: string;
  source: string;
  line: string;
  all: string;
  exportMarkdown: string;
  empty: string;
}

export interface ReportPage {
  documentName: string;
  rows: ReportRow[];
  counts: Record<Verdict, number>;
  strings: ReportStrings;
  lang: Lang;
  /** Set by the webview adapter: its cspSource, the nonce, and URIs of media/report.css and .js. */
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

/** The Content-Security-Policy of the report: nothing remote, scripts only by nonce, no inline style. */
export function reportCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function reportHtml(page: ReportPage): string {
  const s = page.strings;
  const e = escapeHtml;
  const filters = [`<button type="button" class="filter active" data-verdict="all">${e(s.all)} (${page.rows.length})</button>`]
    .concat(
      VERDICT_ORDER.filter((v) => (page.counts[v] ?? 0) > 0).map(
        (v) => `<button type="button" class="filter verdict-${v}" data-verdict="${v}">${e(VERDICT_ICON[v])} ${e(verdictLabel(v, page.lang))} (${page.counts[v]})</button>`,
      ),
    )
    .join('');
  const rows = page.rows
    .map((r) => {
      const source = r.publisher
        ? r.url
          ? `<a href="${e(r.url)}" title="${e(r.url)}">${e(r.publisher)}</a>${r.date ? ` <span class="date">${e(r.date)}</span>` : ''}`
          : `${e(r.publisher)}${r.date ? ` <span class="date">${e(r.date)}</span>` : ''}`
        : '';
      const sourced = r.sourced ? `${e(r.sourced)}${r.sourcedPeriod ? ` <span class="period">${e(r.sourcedPeriod)}</span>` : ''}` : '';
      return (
        `<tr class="row verdict-${r.verdict}" data-verdict="${r.verdict}" data-start="${r.start}" data-end="${r.end}" tabindex="0" title="${e(r.message)}">` +
        `<td class="line">${r.line + 1}</td>` +
        `<td class="figure"><code>${e(r.figure)}</code></td>` +
        `<td class="verdict"><span class="badge verdict-${r.verdict}">${e(VERDICT_ICON[r.verdict])} ${e(r.verdictLabel)}</span></td>` +
        `<td class="sourced">${sourced}</td>` +
        `<td class="source">${source}</td>` +
        `</tr>`
      );
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(reportCsp(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(page.styleUri)}">
<title>${e(s.title)}</title>
</head>
<body>
<header>
<h1>${e(s.title)}: ${e(page.documentName)}</h1>
<div class="toolbar"><div class="filters" role="toolbar">${filters}</div>
<button type="button" id="export" class="export">${e(s.exportMarkdown)}</button></div>
</header>
${
  page.rows.length === 0
    ? `<p class="empty">${e(s.empty)}</p>`
    : `<table>
<thead><tr><th>${e(s.line)}</th><th>${e(s.figure)}</th><th>${e(s.verdict)}</th><th>${e(s.sourced)}</th><th>${e(s.source)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
<script nonce="${e(page.nonce)}" src="${e(page.scriptUri)}"></script>
</body>
</html>`;
}

/**
 * The export's first line: it turns Figure Check off for the exported document, which is a report
 * about a draft, not a draft (otherwise every figure in the table would be checked again).
 */
export const EXPORT_MARKER = '<!-- figure-check-disable reason: a Figure Check report, not a draft -->';

/** Markdown-table cell text: one line, bounded, with pipes and every markup character escaped. */
function cell(text: string | undefined, max = 300): string {
  return escapeMarkdownForFile(text ?? '', max);
}

export function reportMarkdown(documentName: string, rows: ReportRow[], strings: ReportStrings, summary: string): string {
  const lines = [
    EXPORT_MARKER,
    '',
    `# ${cell(strings.title)}: ${cell(documentName)}`,
    '',
    cell(summary, 1000),
    '',
    `| ${cell(strings.line)} | ${cell(strings.figure)} | ${cell(strings.verdict)} | ${cell(strings.sourced)} | ${cell(strings.source)} |`,
    '|---:|---|---|---|---|',
  ];
  for (const r of rows) {
    const source = r.publisher ? markdownLinkForFile(r.publisher, r.url) + (r.date ? ` ${cell(r.date, 20)}` : '') : '';
    const sourced = r.sourced ? `${cell(r.sourced)}${r.sourcedPeriod ? ` (${cell(r.sourcedPeriod)})` : ''}` : '';
    lines.push(`| ${r.line + 1} | ${cell(r.figure)} | ${cell(r.verdictLabel)} | ${sourced} | ${source} |`);
  }
  return lines.join('\n') + '\n';
}
