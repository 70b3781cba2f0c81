// The per-block cache of incremental re-checks: block text → the block's claims with offsets
// relative to the block start. A bounded LRU (a Map re-inserted on every hit). It belongs to one
// vocabulary and one language setting; a change of either empties it.

import type { Directive } from '../markdown';
import type { Claim } from '../types';
import type { Topic, Vocabulary } from '../context';

/** A claim before it is placed in a document: no id, no line/character, no ignore flag. */
export type BlockClaim = Omit<Claim, 'id' | 'line' | 'character' | 'endLine' | 'endCharacter' | 'ignored'>;

export interface BlockResult {
  claims: BlockClaim[];
  directives: Directive[];
  /** What each prose block of the block is about (block-relative offsets), for the discourse layer. */
  topics: Topic[];
}

/** A block of the last document read, with its result and the index of its first claim. */
export interface PlacedBlock {
  start: number;
  end: number;
  result: BlockResult;
  firstClaim: number;
}

/** The last document read through this cache. */
export interface DocumentState {
  text: string;
  starts: number[];
  blocks: PlacedBlock[];
  claims: Claim[];
  /** End of the closing line of the front matter, when the document has one (closed). */
  frontMatterEnd?: number;
}

/**
 * How the claims of the last call relate to those of the call before (generation - 1): the first
 * `kept` are the same objects; from `shiftedAt` on they are copies of the previous claims from
 * `oldShiftedAt` on, moved by `delta` characters and `lineDelta` lines (same blocks, same text);
 * the ones between were read again. Lets the verifier reuse verdicts of claims whose text did not change.
 */
export interface ClaimMatch {
  fromGeneration: number;
  previousCount: number;
  kept: number;
  shiftedAt: number;
  oldShiftedAt: number;
  delta: number;
  lineDelta: number;
}

export interface ExtractCache {
  maxBlocks: number;
  /** Block text → its result, least recently used first. */
  blocks: Map<string, CachedBlock>;
  vocabulary?: Vocabulary;
  lang?: string;
  document?: DocumentState;
  /** Blocks parsed and reused by the last extractClaims call (for tests and the benchmark). */
  lastRun: { parsed: number; reused: number };
  /** Counts extractClaims calls through this cache. */
  generation: number;
  /** The last call's claims against the call before; undefined after a full read. */
  lastMatch?: ClaimMatch;
  /** The discourse layer's output of the last call, for the claims an edit left in place. */
  discourse?: { generation: number; docDate: string | undefined; claims: Claim[] };
}

export function createExtractCache(maxBlocks = 50_000): ExtractCache {
  return { maxBlocks, blocks: new Map(), lastRun: { parsed: 0, reused: 0 }, generation: 0 };
}

/** A cached block: its own copy of the text (the map key) and what was read from it. */
export interface CachedBlock {
  text: string;
  result: BlockResult;
}

export function cacheGet(cache: ExtractCache, key: string): BlockResult | undefined {
  const hit = cache.blocks.get(key);
  if (hit) {
    // Refreshed under the entry's own copy of the text: re-keying with `key`, a slice of the
    // current document, would keep that whole version of the document alive with the entry.
    cache.blocks.delete(key);
    cache.blocks.set(hit.text, hit);
  }
  return hit?.result;
}

/** Stores a result under `text`, which must be a copy that shares no storage with the document. */
export function cacheSet(cache: ExtractCache, text: string, value: BlockResult): void {
  cache.blocks.set(text, { text, result: value });
  while (cache.blocks.size > cache.maxBlocks) {
    const oldest = cache.blocks.keys().next().value as string;
    cache.blocks.delete(oldest);
  }
}

/** Empties the cache when it was filled for another vocabulary or language. */
export function bindCache(cache: ExtractCache, vocabulary: Vocabulary, lang: string): void {
  if (cache.vocabulary !== vocabulary || cache.lang !== lang) {
    cache.blocks.clear();
    cache.document = undefined;
    cache.discourse = undefined;
    cache.vocabulary = vocabulary;
    cache.lang = lang;
  }
}
