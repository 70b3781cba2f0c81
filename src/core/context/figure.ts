// The shape of a figure as the number grammar (src/core/grammar) reports it. Declared here as
// the structural contract the context layer reads, so context can be tested with figures placed
// by hand, independently of the grammar.

import type { Direction, Lang, Qualifier, TextRange, Unit } from '../types';

export interface FigureMatch {
  start: number;
  end: number;
  text: string;
  value: number;
  low?: number;
  high?: number;
  unit: Unit;
  qualifier: Qualifier;
  hedgeRange?: TextRange;
  precision: number;
  direction?: Direction;
  nounText?: string;
  nounRange?: TextRange;
  lang: Lang;
}
