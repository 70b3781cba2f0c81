// Escaping for text that comes from datasets (which may be someone else's file) before it goes into
// a hover or a markdown export. Pure: no `vscode` import, so it is unit-tested with plain node:test.

/** Characters that start markdown syntax (links, emphasis, code, HTML, headings, tables, images). */
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()<>#|!~&+\-.$:]/g; // single character class: linear

/**
 * Makes dataset text inert inside a MarkdownString: every markdown special is backslash-escaped and
 * line breaks become spaces, so a publisher like `[x](command:...)` or `<img onerror=…>` shows as text.
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(MARKDOWN_SPECIALS, (ch) => '\\' + ch);
}

/**
 * The URL in a normalised, link-safe form when it is an http(s) URL; undefined for anything else
 * (`javascript:`, `command:`, `data:`, `file:`, relative or unparsable).
 */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  // URL.href already percent-encodes spaces, quotes and angle brackets; parentheses would end a
  // markdown link destination early, so encode them too.
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** `[label](url)` when the URL is http(s); otherwise the escaped label alone (no link at all). */
export function markdownLink(label: string, url: string | null | undefined): string {
  const safe = safeHttpUrl(url);
  const text = escapeMarkdown(label);
  return safe ? `[${text}](${safe})` : text;
}

/** Escapes text for an HTML text node or a double-quoted attribute value (the report webview). */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"'`]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// ---------------------------------------------------------------------------------------------
// Text written into the writer's own files (citation footnotes, the markdown export). These files
// outlive the editor: whatever renders them next (a newsletter tool, GitHub, a static site) may allow
// raw HTML and any link scheme, so dataset text must be inert there by itself.

/** Longest piece of dataset text (publisher, title, reporter) written into a file, in characters. */
export const MAX_WRITTEN_TEXT = 160;

/**
 * The characters that can start markup in a file: links and images (`[ ] ( ) !`), code, emphasis
 * (`* _ ~`), raw HTML and entities (`< > &`), table cells (`|`), reference-definition titles (`" '`),
 * the backslash itself, and `@` (an e-mail address would become a mailto: link where linkify is on).
 * Fewer than escapeMarkdown's set, so dates and names stay readable.
 */
const FILE_MARKDOWN_SPECIALS = /[\\`*_~[\]()<>&!|"'@]/g; // single character class: linear

/** Line breaks and other control characters become one space; the result is trimmed. */
function oneLine(text: string): string {
  // Linear: one character class, repeated.
  return String(text).replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** At most `max` characters (whole code points), ending in "…" when cut. */
export function boundedText(text: string, max = MAX_WRITTEN_TEXT): string {
  const chars = Array.from(oneLine(text));
  return chars.length <= max ? chars.join('') : chars.slice(0, Math.max(1, max - 1)).join('').trimEnd() + '…';
}

/** Dataset text made inert for a markdown file: one line, length-bounded, every markup character escaped. */
export function escapeMarkdownForFile(text: string | null | undefined, max = MAX_WRITTEN_TEXT): string {
  // `//` is where linkify finds `ftp://…` and protocol-relative `//host` links: an escaped second slash
  // splits the text there, so no scheme but http(s) (our own autolinks) can ever be linked.
  return boundedText(text ?? '', max).replace(FILE_MARKDOWN_SPECIALS, (ch) => '\\' + ch).replace(/\/\//g, '/\\/');
}

/** `<https://…>`: an http(s) URL as a CommonMark autolink (never a bare or javascript: link); '' otherwise. */
export function markdownAutolink(url: string | null | undefined): string {
  const safe = safeHttpUrl(url);
  // URL.href percent-encodes spaces, `<`, `>` and quotes, so nothing can end the autolink early.
  return safe ? `<${safe}>` : '';
}

/** `[label](<https://…>)` for a file when the URL is http(s); the escaped label alone otherwise. */
export function markdownLinkForFile(label: string, url: string | null | undefined, max = MAX_WRITTEN_TEXT): string {
  const safe = safeHttpUrl(url);
  const text = escapeMarkdownForFile(label, max);
  return safe && text ? `[${text}](<${safe}>)` : text;
}

const SOURCE_DATE = /^\d{4}(?:-\d{2}){0,2}$/;

/** A source date as written in a file: a YYYY[-MM[-DD]] date as is, anything else escaped and short. */
export function dateForFile(date: string | null | undefined, undatedWord: string): string {
  if (!date) return undatedWord;
  return SOURCE_DATE.test(date) ? date : escapeMarkdownForFile(date, 20);
}

/**
 * The title a person should see: none when it was guessed from the URL's words (the researcher's
 * "[title from URL slug]" marker) rather than read from the page, so the publisher and date stand alone.
 */
export function displayTitle(title: string | null | undefined): string | undefined {
  if (typeof title !== 'string') return undefined;
  const trimmed = title.trim();
  if (!trimmed || /\[title from URL slug\]$/i.test(trimmed)) return undefined;
  return trimmed;
}
