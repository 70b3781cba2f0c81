// Writes a figure the many ways financial news does, in English and Japanese, so the benchmark corpus
// exercises every branch of the number grammar: $115B, 115 billion dollars, US$115 billion, 1150億ドル,
// 1兆4000億ドル, 64%, ６４％, ranges and hedges. Values come from dataset records (sometimes perturbed).
import type { Qualifier, Unit } from '../src/core/types';
import type { Random } from './random';

export interface FigureSpec {
  value: number;
  low?: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Counted noun for counts ("weekly users"), English and Japanese. */
  nounEn?: string;
  nounJa?: string;
}

/** Rounds to at most `digits` decimals and drops trailing zeros: 1.40 → "1.4". */
export function trimNumber(n: number, digits = 2): string {
  const fixed = n.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

export function withCommas(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
export function toFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d).replace('%', '％').replace('.', '．');
}

interface Scaled {
  n: string;
  word: 'trillion' | 'billion' | 'million' | '';
  letter: 'T' | 'B' | 'M' | '';
}

function scaleEn(value: number): Scaled {
  const abs = Math.abs(value);
  if (abs >= 1e12) return { n: trimNumber(value / 1e12), word: 'trillion', letter: 'T' };
  if (abs >= 1e9) return { n: trimNumber(value / 1e9), word: 'billion', letter: 'B' };
  if (abs >= 1e6) return { n: trimNumber(value / 1e6), word: 'million', letter: 'M' };
  return { n: withCommas(Math.round(value)), word: '', letter: '' };
}

const CURRENCY_SYMBOL: Partial<Record<Unit, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', KRW: '₩', INR: '₹' };
const CURRENCY_WORD: Partial<Record<Unit, string>> = { USD: 'dollars', EUR: 'euros', GBP: 'pounds', JPY: 'yen', CNY: 'yuan', KRW: 'won', INR: 'rupees' };
const CURRENCY_JA: Partial<Record<Unit, string>> = { USD: 'ドル', EUR: 'ユーロ', GBP: 'ポンド', JPY: '円', CNY: '元', KRW: 'ウォン', INR: 'ルピー' };

function moneyEn(value: number, unit: Unit, rng: Random): string {
  const s = scaleEn(value);
  const sym = CURRENCY_SYMBOL[unit] ?? '$';
  if (s.word === '') return `${sym}${s.n}`;
  const short = s.letter === 'B' ? rng.pick(['B', 'bn']) : s.letter === 'T' ? rng.pick(['T', 'tn']) : 'M';
  const forms = [
    `${sym}${s.n}${short}`,
    `${sym}${s.n} ${s.word}`,
    `${s.n} ${s.word} ${CURRENCY_WORD[unit] ?? 'dollars'}`,
  ];
  if (unit === 'USD') forms.push(`US$${s.n} ${s.word}`, `USD ${s.n} ${s.word}`);
  return rng.pick(forms);
}

/** Japanese large-number notation: 1.4e12 → "1兆4000億", 1.15e11 → "1150億", 4.11e8 → "4億1100万". */
export function japaneseAmount(value: number, rng: Random): string {
  const abs = Math.round(Math.abs(value));
  const cho = Math.floor(abs / 1e12);
  const oku = Math.floor((abs % 1e12) / 1e8);
  const man = Math.floor((abs % 1e8) / 1e4);
  const parts: string[] = [];
  const num = (n: number): string => (n >= 1000 && rng.chance(0.3) ? withCommas(n) : String(n));
  if (cho > 0) parts.push(`${num(cho)}兆`);
  if (oku > 0) parts.push(`${num(oku)}億`);
  if (man > 0 && cho === 0) parts.push(`${num(man)}万`);
  if (parts.length === 0) return String(abs);
  return parts.join('');
}

function valueEn(value: number, spec: FigureSpec, rng: Random): string {
  switch (spec.unit) {
    case 'percent': {
      const n = trimNumber(value, 1);
      return rng.pick([`${n}%`, `${n}%`, `${n} percent`, `${n} per cent`]);
    }
    case 'percentage-points':
      return `${trimNumber(value, 1)} percentage points`;
    case 'multiple':
      return rng.pick([`${trimNumber(value, 1)}x`, `${trimNumber(value, 1)} times`]);
    case 'GW':
    case 'MW':
      return rng.pick([`${trimNumber(value, 1)} ${spec.unit}`, `${trimNumber(value, 1)} ${spec.unit === 'GW' ? 'gigawatts' : 'megawatts'}`]);
    case 'count': {
      const s = scaleEn(value);
      const noun = spec.nounEn ? ` ${spec.nounEn}` : '';
      if (s.word === '') return `${s.n}${noun}`;
      return rng.pick([`${s.n} ${s.word}${noun}`, `${s.n}${s.letter}${noun}`]);
    }
    default:
      return moneyEn(value, spec.unit, rng);
  }
}

function valueJa(value: number, spec: FigureSpec, rng: Random): string {
  switch (spec.unit) {
    case 'percent': {
      const n = `${trimNumber(value, 1)}%`;
      return rng.chance(0.3) ? toFullWidth(n) : n;
    }
    case 'percentage-points':
      return `${trimNumber(value, 1)}ポイント`;
    case 'multiple':
      return `${trimNumber(value, 1)}倍`;
    case 'GW':
    case 'MW':
      return rng.pick([`${trimNumber(value, 1)}${spec.unit}`, `${trimNumber(value, 1)}ギガワット`]);
    case 'count':
      return `${japaneseAmount(value, rng)}${spec.nounJa ?? '人'}`;
    default:
      return `${japaneseAmount(value, rng)}${CURRENCY_JA[spec.unit] ?? 'ドル'}`;
  }
}

const HEDGE_EN: Partial<Record<Qualifier, string[]>> = {
  approx: ['about', 'roughly', 'nearly', 'around', 'some', 'almost'],
  'at-least': ['more than', 'over', 'at least', 'above'],
  'up-to': ['up to', 'as much as'],
  'less-than': ['less than', 'under'],
};

/** An English figure with its hedge: "more than $10B", "between $14B and $17B", "$14–17 billion". */
export function figureEn(spec: FigureSpec, rng: Random): string {
  if (spec.low !== undefined && spec.unit !== 'percent') {
    const high = valueEn(spec.value, spec, rng);
    const low = valueEn(spec.low, { ...spec, nounEn: undefined }, rng);
    if (rng.chance(0.5)) return `between ${low} and ${high}`;
    const h = scaleEn(spec.value);
    const l = scaleEn(spec.low);
    const sym = CURRENCY_SYMBOL[spec.unit];
    if (sym && h.word === l.word && h.word !== '') return `${sym}${l.n}–${h.n} ${h.word}`;
    return `${low} to ${high}`;
  }
  const hedges = HEDGE_EN[spec.qualifier];
  const body = valueEn(spec.value, spec, rng);
  return hedges ? `${rng.pick(hedges)} ${body}` : body;
}

/** A Japanese figure with its hedge: 約1兆ドル, 10億ドル以上, 最大3000億ドル, 140億〜170億ドル. */
export function figureJa(spec: FigureSpec, rng: Random): string {
  if (spec.low !== undefined && spec.unit !== 'percent') {
    const high = valueJa(spec.value, spec, rng);
    const low = valueJa(spec.low, spec, rng).replace(/(ドル|円|ユーロ|人)$/, '');
    return `${low}〜${high}`;
  }
  const body = valueJa(spec.value, spec, rng);
  switch (spec.qualifier) {
    case 'approx':
      return rng.pick([`約${body}`, `およそ${body}`, `${body}近く`]);
    case 'at-least':
      return rng.pick([`${body}以上`, `${body}超`]);
    case 'up-to':
      return `最大${body}`;
    case 'less-than':
      return `${body}未満`;
    default:
      return body;
  }
}
