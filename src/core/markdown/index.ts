export { readProse } from './prose';
export type { ProseBlock, ProseDocument, ProseKind, Directive, DirectiveKind } from './prose';
export { splitBlocks, frontMatterLines } from './blocks';
export type { TextBlock } from './blocks';
export { lineStarts, positionOf, lineOf } from './lines';
export { HARD_BREAK } from './inline';
