// Document language: Japanese when kana and kanji dominate. A Japanese character carries about as
// much as a short Latin word, so each counts three times against Latin letters.

import type { Lang } from '../types';

export function detectLanguage(text: string): Lang {
  let japanese = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff66 && c <= 0xff9f)) japanese++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return japanese * 3 > latin ? 'ja' : 'en';
}
