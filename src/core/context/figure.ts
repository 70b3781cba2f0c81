// The shape of a figure as the number grammar reports it (src/core/grammar). Context code reads
// only these fields, so tests can place figures by hand without running the grammar.
export type { FigureMatch } from '../grammar';
