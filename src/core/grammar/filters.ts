// What is not a claim: dates, durations, ordinals, names and versions, and bare small numbers.
// See docs/grammar.md for the reasoning behind each rule.

import { byFirstChar, candidatesAt, isAsciiLetter, isJapaneseChar, isSpace, isUpper } from './chars';

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

const TIME_UNITS = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'mo', 'mos', 'week', 'weeks', 'wk', 'wks', 'day', 'days',
  'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'sec', 'secs',
  'decade', 'decades', 'century', 'centuries', 'quarter', 'quarters', 'night', 'nights', 'times', 'am', 'pm',
]);

/** Measurement units: a bare number before one is a measurement, not a count of things. */
const MEASURE_UNITS = new Set([
  'kwh', 'mwh', 'gwh', 'twh', 'tw', 'hz', 'khz', 'mhz', 'ghz', 'nm', 'mm', 'cm', 'm', 'km', 'mi', 'ft', 'in',
  'kg', 'g', 'lb', 'lbs', 'tons', 'tonnes', 'kb', 'mb', 'gb', 'tb', 'pb', 'fps', 'ms', 'ns', 'mph', 'kph', 'km/h',
  'degrees', 'c', 'f', 'miles', 'meters', 'metres', 'feet', 'inches', 'kilometers', 'kilometres', 'tflops',
  'pflops', 'flops', 'teraflops', 'petaflops', 'exaflops', 'nanometers', 'nanometres', 'volts', 'amps',
]);

/** Words that end a counted-noun phrase or cannot start one. */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'as', 'than', 'and', 'or', 'but',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'that', 'which', 'who', 'this',
  'these', 'those', 'it', 'its', 'per', 'each', 'since', 'over', 'under', 'through', 'until', 'during',
  'between', 'into', 'onto', 'after', 'before', 'about', 'while', 'when', 'if', 'so', 'not', 'no', 'more',
  'less', 'fewer', 'most', 'least', 'up', 'down', 'out', 'off', 'than', 'will', 'would', 'could', 'should',
  'can', 'may', 'might', 'must', 'do', 'does', 'did', 'also', 'only', 'just', 'then', 'there', 'here',
  'percent', 'points', 'point', 'to', 'vs', 'versus', 'via', 'against', 'among', 'across', 'within',
  'without', 'according', 'said', 'says', 'reported', 'i', 'we', 'you', 'they', 'he', 'she',
]);

/** Words before a bare number that make it a label, not a quantity ("page 12", "top 10", "No. 5"). */
const LABEL_WORDS = new Set([
  'page', 'pages', 'p.', 'pp.', 'section', 'sections', 'chapter', 'chapters', 'step', 'steps', 'figure', 'fig.',
  'table', 'item', 'items', 'issue', 'issues', 'rule', 'rules', 'article', 'articles', 'room', 'route', 'level',
  'tier', 'gen', 'generation', 'series', 'model', 'version', 'v', 'no.', 'no', 'number', 'top', 'part', 'vol.',
  'volume', 'line', 'lines', 'row', 'column', 'episode', 'season', 'grade', 'class', 'phase', 'stage', 'round',
  'pr', 'bug', 'ticket', 'id', 'code', 'zip', 'postcode', 'flight', 'gate', 'platform', 'appendix', 'exhibit',
  'note', 'footnote', 'ref', 'slide', 'week', 'day', 'year', 'month', 'quarter', 'q', 'h', 'fy', 'cy', 'circa',
  'c.', 'ca.',
]);

/** Capitalised words that may stand right before a counted number without naming a product. */
const SENTENCE_WORDS = new Set([
  'the', 'a', 'an', 'about', 'over', 'some', 'nearly', 'almost', 'around', 'roughly', 'more', 'less', 'fewer',
  'up', 'at', 'just', 'only', 'its', 'their', 'his', 'her', 'our', 'all', 'and', 'but', 'with', 'for', 'those',
  'these', 'that', 'this', 'another', 'exactly', 'approximately', 'under', 'below', 'above', 'than', 'hired',
  'employs', 'has', 'had', 'have', 'added', 'cut', 'laid', 'lost', 'gained', 'reached', 'sold', 'bought',
  'shipped', 'ordered', 'bought', 'and', 'or', 'plus', 'total', 'totaling', 'totalling', 'estimated', 'reportedly',
]);

/** Japanese counters after a bare number that make it a count of things or people. */
const JA_COUNT_COUNTERS = ['カ国', 'か国', 'ヶ国', '口座', '人', '名', '社', '件', '台', '基', '個', '枚', '本', '店', '機', '棟', '株', '席', '校', '拠点'];
/** Japanese counters that make a number a date, a duration, a rank or a count of events. */
const JA_NON_COUNT_COUNTERS = ['年', '月', '日', '時', '分', '秒', '週', 'ヶ月', 'か月', 'カ月', 'ヵ月', 'ケ月', '箇月', '回', '度', 'つ', '位', '番', '歳', '才', '章', '節', '項', '条', '号', '期', '代', '次', '人目'];

// Longest first within a first character, so 人目 ("10人目", the tenth person) wins over 人.
const JA_COUNTERS = byFirstChar<boolean>([
  ...JA_COUNT_COUNTERS.map((c) => [c, true] as const),
  ...JA_NON_COUNT_COUNTERS.map((c) => [c, false] as const),
]);

export function jaCounterAt(s: string, i: number): { text: string; counts: boolean } | undefined {
  for (const [text, counts] of candidatesAt(JA_COUNTERS, s, i)) if (s.startsWith(text, i)) return { text, counts };
  return undefined;
}

export function isMonthWord(word: string): boolean {
  return MONTHS.has(word.toLowerCase().replace(/\.$/, ''));
}

export function isTimeUnit(word: string): boolean {
  return TIME_UNITS.has(word.toLowerCase());
}

export function isMeasureUnit(word: string): boolean {
  return MEASURE_UNITS.has(word.toLowerCase());
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** "10 largest", "3 biggest": a rank, not a count. */
export function isSuperlative(word: string): boolean {
  return word.length > 4 && /est$/i.test(word) && !/(?:interest|request|forest|guest|test|contest|harvest|chest|nest|west|quest)$/i.test(word);
}

/** The word (letters, dots) ending right before `i`, skipping one space: "page " → "page". */
export function wordBefore(s: string, i: number, floor: number): string {
  let j = i;
  if (j - 1 >= floor && isSpace(s, j - 1)) j--;
  else return '';
  let k = j;
  while (k - 1 >= floor && (isAsciiLetter(s, k - 1) || s[k - 1] === '.') && j - k < 20) k--;
  return s.slice(k, j);
}

/** The word right after `i`, skipping one space (",": "Dec 2, 2025"). */
export function wordAfter(s: string, i: number, to: number): string {
  let j = i;
  if (j < to && isSpace(s, j)) j++;
  else return '';
  let k = j;
  while (k < to && isAsciiLetter(s, k) && k - j < 20) k++;
  return s.slice(j, k);
}

/** A bare number after this word is a label or a date, not a quantity. */
export function isLabelWord(word: string): boolean {
  return LABEL_WORDS.has(word.toLowerCase()) || isMonthWord(word);
}

/**
 * A bare number right after a capitalised or mixed-case word names a product or version
 * ("Windows 11", "iPhone 17", "Claude 3"), unless the word is an ordinary sentence word.
 */
export function isNameBefore(word: string): boolean {
  if (word.length === 0 || SENTENCE_WORDS.has(word.toLowerCase())) return false;
  for (let k = 0; k < word.length; k++) if (isUpper(word, k)) return true;
  return false;
}

export function isYearLike(intDigits: string, grouped: boolean): boolean {
  if (grouped || intDigits.length !== 4) return false;
  const y = Number(intDigits);
  return y >= 1900 && y <= 2100;
}

/** Japanese characters within a few characters of [start, end): the figure sits in Japanese text. */
export function nearJapanese(s: string, start: number, end: number, floor: number, to: number): boolean {
  for (let k = Math.max(floor, start - 6); k < Math.min(to, end + 6); k++) if (isJapaneseChar(s, k)) return true;
  return false;
}
