// Direction words (grew, fell, doubled, 増加, 減少…) and which figure they apply to.

import type { Direction, TextRange, Unit } from '../types';

export interface DirectionMention extends TextRange {
  direction: Direction;
}

// Linear: one alternation of literal words between word boundaries.
const EN_DIRECTION =
  /\b(?:(grew|grow|grows|growing|rose|rise|rises|rising|jumped|jump|jumps|surged|surges|soared|soars|climbed|climbs|increased|increases|increase|gained|gains|doubled|doubles|tripled|quadrupled|expanded|up)|(fell|fall|falls|falling|dropped|drops|declined|declines|decreased|decreases|decrease|decline|drop|slid|slumped|plunged|plummeted|shrank|shrunk|contracted|halved|down))\b/gi;
// A bare 増/減 counts only right after a percentage or multiple: "前年比64%増", "2倍増"; so does
// "2倍になった" (became twice as large).
const JA_DIRECTION = /(増加|増えた|増え|伸びた|伸び|上昇|拡大|急増|急伸|倍増|跳ね上が|(?<=[%％倍])増|(?<=倍)にな)|(減少|減った|減り|低下|縮小|急減|急落|下落|半減|落ち込|(?<=[%％倍])減)/g;

const KANA_OR_KANJI = /[\u3040-\u30ff\u4e00-\u9fff]/;

export function findDirections(text: string, from: number, to: number): DirectionMention[] {
  const slice = text.slice(from, to);
  const out: DirectionMention[] = [];
  for (const re of [EN_DIRECTION, JA_DIRECTION]) {
    // Every Japanese direction starts with kana or kanji; its lookbehinds would be tried at every
    // character of an English sentence.
    if (re === JA_DIRECTION && !KANA_OR_KANJI.test(slice)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      // "up to" is a hedge, not a direction
      if (m[0].toLowerCase() === 'up' && /^\s*to\b/i.test(slice.slice(m.index + 2, m.index + 8))) continue;
      out.push({ start: from + m.index, end: from + m.index + m[0].length, direction: m[1] ? 'up' : 'down' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Units whose figures are themselves changes: a direction word in the clause applies to them. */
function isChangeUnit(unit: Unit): boolean {
  return unit === 'percent' || unit === 'percentage-points' || unit === 'multiple';
}

const GAP_BEFORE = /^\s*(?:by\s+)?(?:(?:about|roughly|nearly|almost|around|some|over|more than|less than|at least|an? additional)\s+)?$/i;
const GAP_AFTER = /^\s*(?:の\s*)?$/;

/** The direction a direction word gives to the figure at `figure`, within `clause`. */
export function directionFor(
  words: DirectionMention[],
  text: string,
  figure: TextRange,
  unit: Unit,
  clause: TextRange,
  sentence: TextRange,
): Direction | undefined {
  if (isChangeUnit(unit)) {
    const inClause = words.filter((w) => w.start >= clause.start && w.end <= clause.end);
    const pool = inClause.length ? inClause : words.filter((w) => w.start >= sentence.start && w.end <= sentence.end);
    let best: DirectionMention | undefined;
    let bestDistance = Infinity;
    for (const w of pool) {
      const d = w.end <= figure.start ? figure.start - w.end : w.start - figure.end;
      if (d >= 0 && d < bestDistance) {
        best = w;
        bestDistance = d;
      }
    }
    return best?.direction;
  }
  // Money and counts: only a word right next to the figure ("fell $2B", "20億ドル増加", "a $2B increase").
  for (const w of words) {
    if (w.end <= figure.start && GAP_BEFORE.test(text.slice(w.end, figure.start))) return w.direction;
    if (w.start >= figure.end && w.start - figure.end <= 3 && GAP_AFTER.test(text.slice(figure.end, w.start))) return w.direction;
  }
  return undefined;
}
