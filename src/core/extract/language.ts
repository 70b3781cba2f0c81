// Document language: Japanese when kana and kanji dominate the prose. A Japanese character carries
// about as much as a short Latin word, so each counts three times against Latin letters. Fenced
// code, inline code and URLs are skipped (a Japanese draft with a long code sample stays Japanese).
// One linear pass, no markdown parse: this runs on every check.

import type { Lang } from '../types';

function isJapanese(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff66 && c <= 0xff9f);
}

function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Is the line starting at `i` a fence line (``` or ~~~ after up to 3 spaces)? */
function isFenceLine(text: string, i: number): boolean {
  let k = i;
  while (k < i + 3 && text.charCodeAt(k) === 32) k++;
  const c = text.charCodeAt(k);
  return (c === 96 || c === 126) && text.charCodeAt(k + 1) === c && text.charCodeAt(k + 2) === c;
}

export function detectLanguage(text: string): Lang {
  let japanese = 0;
  let latin = 0;
  let inFence = false;
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13) {
      if (isFenceLine(text, i)) {
        inFence = !inFence;
        continue;
      }
    }
    if (inFence) continue;
    if (c === 96) {
      inCode = !inCode;
      continue;
    }
    if (c === 10) inCode = false; // a code span never survives a line break here: keeps this cheap and safe
    if (inCode) continue;
    if (c === 104 && text.startsWith('http', i) && (text.startsWith('://', i + 4) || text.startsWith('s://', i + 4))) {
      while (i < text.length && text.charCodeAt(i) > 32) i++; // skip the URL
      continue;
    }
    if (isJapanese(c)) japanese++;
    else if (isLatin(c)) latin++;
  }
  return japanese * 3 > latin ? 'ja' : 'en';
}
