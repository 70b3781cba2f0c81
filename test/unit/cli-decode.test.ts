// Bytes to text without silent passes: UTF-16/UTF-32 by BOM, invalid UTF-8 with its byte offset,
// binary files recognised by NUL bytes.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { decodeBytes, encodingFromBom, invalidUtf8Offsets } from '../../src/cli/decode';

const TEXT = 'OpenAI burned $2.5 billion in H1 2025.\n1150億ドル 😀\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.from(le.map((_, i) => le[i ^ 1]));
}

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

const withBom: Record<string, Buffer> = {
  'utf-8': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
  'utf-16le': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
  'utf-16be': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]),
  'utf-32le': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(TEXT, true)]),
  'utf-32be': Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(TEXT, false)]),
};

test('every BOM is recognised and decoded to the same text, the BOM dropped', () => {
  for (const [encoding, bytes] of Object.entries(withBom)) {
    assert.equal(encodingFromBom(bytes).encoding, encoding);
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.kind, 'text', encoding);
    assert.equal(decoded.kind === 'text' && decoded.text, TEXT, encoding);
    assert.equal(decoded.kind === 'text' && decoded.invalidUtf8, undefined, encoding);
  }
  assert.deepEqual(decodeBytes(Buffer.from(TEXT)), { kind: 'text', encoding: 'utf-8', text: TEXT });
});

test('UTF-16 without a BOM, or any NUL byte, is binary (skipped), not a draft with no claims', () => {
  assert.deepEqual(decodeBytes(Buffer.from('ab', 'utf16le')), { kind: 'binary', nulOffset: 1 });
  assert.deepEqual(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])), { kind: 'binary', nulOffset: 8 });
  assert.deepEqual(decodeBytes(Buffer.from('text\u0000more')), { kind: 'binary', nulOffset: 4 });
});

test('invalid UTF-8: the byte offset and position of the first bad byte, and how many there are', () => {
  const bytes = Buffer.concat([Buffer.from('line one\nおk '), Buffer.from([0xff]), Buffer.from(' and '), Buffer.from([0xe2, 0x82]), Buffer.from('!')]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.kind, 'text');
  if (decoded.kind !== 'text') return;
  const offset = Buffer.byteLength('line one\nおk ');
  assert.deepEqual(decoded.invalidUtf8, { byteOffset: offset, invalidBytes: 3, line: 1, character: 3 });
  assert.equal(decoded.text.split('\n')[1][3], '\ufffd', 'the position points at the replacement character');
  // With a BOM, the offset is still counted in the file's bytes.
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0x41]), Buffer.from([0xc0, 0xaf])]));
  assert.deepEqual(bom.kind === 'text' && bom.invalidUtf8, { byteOffset: 4, invalidBytes: 2, line: 0, character: 1 });
});

test('the UTF-8 validator agrees with the standard on overlongs, surrogates and the U+10FFFF limit', () => {
  const cases: [number[], number[]][] = [
    [[0xc0, 0x80], [0, 1]], // overlong NUL
    [[0xe0, 0x80, 0x80], [0, 1, 2]], // overlong
    [[0xed, 0xa0, 0x80], [0, 1, 2]], // UTF-16 surrogate
    [[0xf4, 0x90, 0x80, 0x80], [0, 1, 2, 3]], // past U+10FFFF
    [[0xf0, 0x9f, 0x98, 0x80], []], // 😀
    [[0xe3, 0x81, 0x82], []], // あ
  ];
  for (const [bytes, offsets] of cases) {
    assert.deepEqual(invalidUtf8Offsets(Uint8Array.from(bytes)), offsets, bytes.map((b) => b.toString(16)).join(' '));
    assert.equal(offsets.length === 0, Buffer.from(bytes).toString('utf8').indexOf('\ufffd') < 0, 'same verdict as Node');
  }
});

test('a UTF-32 code point past U+10FFFF or a short tail becomes U+FFFD rather than an exception', () => {
  const bad = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32('a', true), Buffer.from([0, 0, 0x11, 0]), Buffer.from([0x62, 0])]);
  const decoded = decodeBytes(bad);
  assert.equal(decoded.kind === 'text' && decoded.text, 'a\ufffd\ufffd');
});
