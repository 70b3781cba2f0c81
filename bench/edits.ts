// Deterministic one-paragraph edits for the incremental re-check benchmark.
import type { TextRange } from '../src/core/types';

/** Prose paragraphs: blank-line separated blocks that start with a letter (not a heading, list, table, fence, quote). */
export function proseParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    const first = text.charCodeAt(start);
    const isProse = /[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/.test(String.fromCharCode(first)) && !text.startsWith('[^', start);
    if (isProse && end > start) paragraphs.push({ start, end });
    start = end + 2;
  }
  if (paragraphs.length === 0) throw new Error('no prose paragraph to edit');
  return paragraphs;
}

/**
 * Edits one paragraph the way a writer does: alternately changes a digit of a figure (the claim changes)
 * and inserts a word (the claims shift but stay the same).
 */
export function applyParagraphEdit(text: string, paragraph: TextRange, step: number): string {
  const body = text.slice(paragraph.start, paragraph.end);
  let edited: string;
  const digit = body.search(/[1-9]/);
  if (step % 2 === 0 && digit >= 0) {
    const d = Number(body[digit]);
    edited = body.slice(0, digit) + String(d === 9 ? 1 : d + 1) + body.slice(digit + 1);
  } else {
    const space = body.indexOf(' ');
    edited = space >= 0 ? `${body.slice(0, space)} indeed${body.slice(space)}` : `${body}。`;
  }
  return text.slice(0, paragraph.start) + edited + text.slice(paragraph.end);
}
