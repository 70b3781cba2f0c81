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
