// Turning a file's bytes into the text the engine checks, without silent passes: UTF-16 and UTF-32
// are recognised by their byte-order mark and decoded (a UTF-16 draft read as UTF-8 has a NUL between
// every letter and yields no claims), invalid UTF-8 is reported with its byte offset, and a file with
// NUL bytes is binary and skipped. A leading BOM is dropped, as VS Code does, so offsets agree with it.
import { isUtf8 } from 'node:buffer';

export interface InvalidUtf8 {
  /** Byte offset of the first invalid sequence in the file. */
  byteOffset: number;
  /** 0-based position of that sequence in the decoded text (where U+FFFD now stands). */
  line: number;
  character: number;
  /** How many bytes of the file are not part of a valid sequence (each run of them became U+FFFD). */
  invalidBytes: number;
}

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding; invalidUtf8?: InvalidUtf8 }
  | { kind: 'binary'; nulOffset: number };

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding a byte-order mark announces, and the mark's length; UTF-32 LE is tested before UTF-16 LE (FF FE 00 00 starts with FF FE). */
export function encodingFromBom(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', bomLength: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', bomLength: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  return { encoding: 'utf-8', bomLength: 0 };
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  // TextDecoder replaces an odd trailing byte with U+FFFD rather than dropping it.
  return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes);
}

/** UTF-32 by hand (TextDecoder has no UTF-32): code points past U+10FFFF, surrogates and a short tail become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    chunk.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid (overlong, surrogate, past U+10FFFF, cut short). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (lead === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (lead >= 0xe1 && lead <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (lead === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (lead === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Offsets of the invalid sequences (only called when isUtf8 said there are some). */
export function invalidUtf8Offsets(bytes: Uint8Array, from = 0): number[] {
  const offsets: number[] = [];
  for (let i = from; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      offsets.push(i);
      i++;
    } else i += length;
  }
  return offsets;
}

/** Where byte `offset` lands in the decoded text: lines are counted on LF bytes, columns in UTF-16 units. */
function positionOfByte(bytes: Buffer, from: number, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = from;
  for (let i = bytes.indexOf(0x0a, from); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: bytes.toString('utf8', lineStart, offset).length };
}

/** Decodes a file's bytes for checking; see the module comment for what is refused or reported. */
export function decodeBytes(bytes: Buffer): Decoded {
  const { encoding, bomLength } = encodingFromBom(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return { kind: 'text', encoding, text: decodeUtf16(body, encoding === 'utf-16le') };
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return { kind: 'text', encoding, text: decodeUtf32(body, encoding === 'utf-32le') };
  const nul = bytes.indexOf(0, bomLength);
  if (nul !== -1) return { kind: 'binary', nulOffset: nul };
  const text = bytes.toString('utf8', bomLength);
  if (isUtf8(body)) return { kind: 'text', encoding, text };
  const offsets = invalidUtf8Offsets(bytes, bomLength);
  const first = offsets[0] ?? bomLength;
  return { kind: 'text', encoding, text, invalidUtf8: { byteOffset: first, invalidBytes: offsets.length, ...positionOfByte(bytes, bomLength, first) } };
}

/** Text of a dataset or any file read as UTF-8 (BOMs of every kind decoded the same way as drafts). */
export function decodeText(bytes: Buffer): string {
  const decoded = decodeBytes(bytes);
  return decoded.kind === 'text' ? decoded.text : bytes.toString('utf8');
}
