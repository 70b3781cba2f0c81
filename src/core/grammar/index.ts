// The number grammar: finds every figure in prose and reads its value, unit, hedge and precision.
// English and Japanese. Pure and linear; see docs/grammar.md for the forms read and the rules.

export { scanFigures } from './scan';
export type { FigureMatch } from './scan';
