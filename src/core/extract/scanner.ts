// The one place the extractor meets the number grammar.
export { scanFigures } from '../grammar';
