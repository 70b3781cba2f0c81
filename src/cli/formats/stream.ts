// One JSON document written piece by piece: the text before a streamed array, each element as it is
// ready, and the text after it, so a report over 10,000 files is never one string (V8 caps a string
// near 512 MB; the old whole-report JSON.stringify died there). The pieces concatenate to exactly what
// JSON.stringify(document, null, 2) gives for the whole document, which the tests check.

const SLOT = '\u0000figure-check-streamed-array\u0000';

export interface StreamedArray {
  /** Everything before the array's `[`. */
  prefix: string;
  /** Everything after the array's `]`. */
  suffix: string;
  /** Indentation of the line holding the array. */
  indent: string;
}

/** Put this where the streamed array goes in the document given to splitAtArray. */
export const SLOT_HOLDER: readonly unknown[] = Object.freeze([]);

/**
 * Splits `JSON.stringify(document, null, 2)` around the one SLOT_HOLDER in it. The marker string has
 * NUL characters, which JSON.stringify escapes in every other string, so it cannot be met by chance.
 */
export function splitAtArray(document: unknown): StreamedArray {
  const marked = JSON.stringify(document, (_key, value: unknown) => (value === SLOT_HOLDER ? SLOT : value), 2);
  const slot = JSON.stringify(SLOT);
  const at = marked.indexOf(slot);
  if (at < 0) throw new Error('the streamed array is not in the document');
  const lineStart = marked.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(marked.slice(lineStart))?.[0] ?? '';
  return { prefix: marked.slice(0, at), suffix: marked.slice(at + slot.length), indent };
}

/** Writes the elements of one streamed array with the indentation JSON.stringify would give them. */
export class ArrayWriter {
  private count = 0;

  constructor(private readonly indent: string) {}

  /** The text for one more element (with the `[` or `,` before it). */
  element(value: unknown): string {
    const inner = `${this.indent}  `;
    const text = JSON.stringify(value, null, 2).replace(/\n/g, `\n${inner}`);
    return `${this.count++ === 0 ? '[' : ','}\n${inner}${text}`;
  }

  /** The closing text: `[]` for an empty array, else the `]` on its own line. */
  close(): string {
    return this.count === 0 ? '[]' : `\n${this.indent}]`;
  }
}
