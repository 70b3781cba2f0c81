export { buildVocabulary } from './vocabulary';
export type { Vocabulary } from './vocabulary';
export { describeFigures } from './describe';
export type { FigureContext } from './describe';
export type { FigureMatch } from './figure';
export { splitSentences } from './sentences';
export { findPeriods, resolvePeriod } from './period';
export type { PeriodMention, PeriodSpec } from './period';
export { findCitation } from './citation';
