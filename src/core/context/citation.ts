// A citation the writer gave in the same sentence: a markdown link to an http(s) URL, an
// autolink, a footnote reference [^x], or "(Source: …)" / "（出典：…）". Read from the original
// text (the mask hides link URLs). Each pattern is bounded: linear.

import type { Citation } from '../types';

const LINK = /\[([^\]\n\r]{0,500})\]\(\s*<?(https?:\/\/[^\s)>]{1,2048})/i;
const AUTOLINK = /<(https?:\/\/[^\s<>]{1,2048})>/i;
const FOOTNOTE = /\[\^([^\]\s]{1,100})\](?!:)/;
const SOURCE_NOTE = /[(（]\s{0,3}(?:sources?|via|出典|出所|ソース)\s{0,3}[:：]\s{0,3}([^)）\n\r]{1,300})[)）]/i;
const SOURCE_LINE = /^\s{0,3}(?:sources?|出典|出所)\s{0,3}[:：]\s{0,3}([^\n\r]{1,300})/i;

/** The first citation in `text` (one sentence, with whatever trails it up to the next). */
export function findCitation(text: string): Citation | undefined {
  const link = LINK.exec(text);
  if (link) return { kind: 'link', text: `${link[1]} ${link[2]}`.trim(), url: link[2] };
  const auto = AUTOLINK.exec(text);
  if (auto) return { kind: 'link', text: auto[1], url: auto[1] };
  const footnote = FOOTNOTE.exec(text);
  if (footnote) return { kind: 'footnote', text: footnote[1] };
  const note = SOURCE_NOTE.exec(text) ?? SOURCE_LINE.exec(text);
  if (note) return { kind: 'source-note', text: note[0].trim() };
  return undefined;
}

/** Does this sentence only give a source ("(Source: Reuters)", "出典：日経")? Then it cites the one before. */
export function isSourceOnlySentence(text: string): boolean {
  const t = text.trim();
  return /^[(（]\s{0,3}(?:sources?|出典|出所)\s{0,3}[:：]/i.test(t) || /^(?:sources?|出典|出所)\s{0,3}[:：]/i.test(t);
}
