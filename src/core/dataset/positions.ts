// Maps JSON pointers to 0-based line/column positions in the dataset's text, using the syntax tree
// jsonc-parser builds (it keeps UTF-16 offsets, which is what editors count in).
import type { Node as JsonNode } from 'jsonc-parser';

export interface TextPosition {
  line: number;
  column: number;
}

/** Offsets of the first character of each line; "\r\n", "\n" and a lone "\r" all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(starts: number[], offset: number): TextPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - starts[lo] };
}

/** "/records/3/source/url" → ["records", 3, "source", "url"] (RFC 6901 unescaping). */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function escapePointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The node a pointer names, or the deepest existing ancestor when the field is missing.
 * With `key`, an object property's key node is returned instead of its value (for "unknown field").
 */
export function nodeAtPointer(root: JsonNode, pointer: string, key = false): JsonNode {
  let node = root;
  const segments = pointerSegments(pointer);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (node.type === 'object') {
      const prop = node.children?.find((p) => p.children?.[0]?.value === String(seg));
      if (!prop?.children) return node;
      node = key && last ? prop.children[0] : (prop.children[1] ?? prop.children[0]);
    } else if (node.type === 'array' && typeof seg === 'number') {
      const item = node.children?.[seg];
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}
