// Which entity a figure is about. English: the nearest entity before the figure that is not the
// object of a preposition ("Microsoft's stake in OpenAI is 27%" → Microsoft), else the nearest
// after it. Japanese: the topic or subject marked by は/が/も, else the first entity named.

import type { Lang, TextRange } from '../types';
import type { TermMention } from './terms';

// Linear: anchored at the end, alternation of literal words, single \s+ runs.
const EN_PREPOSITION_BEFORE =
  /(?:^|[^A-Za-z])(?:in|into|of|with|from|to|for|at|on|by|than|like|versus|vs\.?|against|including|toward|towards|via|through|behind)\s+(?:(?:the|a|an)\s+)?$/i;

export function isObject(text: string, m: TermMention, lang: Lang): boolean {
  if (lang === 'ja') {
    const after = text.slice(m.end, m.end + 2);
    return /^(?:社)?(?:に|へ|と|から|より)/.test(after);
  }
  return EN_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

function isTopic(text: string, m: TermMention): boolean {
  return /^(?:社)?(?:は|が|も)/.test(text.slice(m.end, m.end + 2));
}

/** The entity a sentence is about, for subject drop in the sentences that follow it. */
export function sentenceSubject(text: string, mentions: TermMention[], lang: Lang): string | undefined {
  if (mentions.length === 0) return undefined;
  if (lang === 'ja') return (mentions.find((m) => isTopic(text, m)) ?? mentions[0]).term.id;
  return (mentions.find((m) => !isObject(text, m, lang)) ?? mentions[0]).term.id;
}

/** The entity mention a figure at `figure` is about, among the sentence's entity mentions. */
export function entityForFigure(text: string, mentions: TermMention[], figure: TextRange, lang: Lang, clause: TextRange): string | undefined {
  if (mentions.length === 0) return undefined;
  if (lang === 'ja') {
    const topics = mentions.filter((m) => isTopic(text, m));
    const before = topics.filter((m) => m.end <= figure.start);
    if (before.length) return before[before.length - 1].term.id;
    if (topics.length) return topics[0].term.id;
    const subjects = mentions.filter((m) => !isObject(text, m, lang));
    return (subjects[0] ?? mentions[0]).term.id;
  }
  // The last mention before the figure that is a subject, in the figure's own clause first
  // ("OpenAI made $13B, and Anthropic $5B"), then in the sentence; else the last one before it.
  let subjectInClause: TermMention | undefined;
  let subjectBefore: TermMention | undefined;
  let anyBefore: TermMention | undefined;
  for (const m of mentions) {
    if (m.end > figure.start) continue;
    anyBefore = m;
    if (isObject(text, m, lang)) continue;
    subjectBefore = m;
    if (m.start >= clause.start) subjectInClause = m;
  }
  const chosen = subjectInClause ?? subjectBefore ?? anyBefore;
  if (chosen) return chosen.term.id;
  // After the figure: the first subject, else the first mention.
  let firstAfter: TermMention | undefined;
  for (const m of mentions) {
    if (m.start < figure.end) continue;
    firstAfter ??= m;
    if (!isObject(text, m, lang)) return m.term.id;
  }
  return firstAfter?.term.id;
}

/** Every entity id in the sentence, nearest to the figure first, without repeats. */
export function entitiesByDistance(mentions: TermMention[], figure: TextRange): string[] {
  if (mentions.length <= 1) return mentions.length === 1 ? [mentions[0].term.id] : [];
  const distance = (m: TermMention) => (m.end <= figure.start ? figure.start - m.end : m.start - figure.end);
  const sorted = [...mentions].sort((a, b) => distance(a) - distance(b));
  return [...new Set(sorted.map((m) => m.term.id))];
}
