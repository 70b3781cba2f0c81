// checkDocument: THE entry point used by the extension, the CLI, the tests and the benchmark.
// Language → claims (extractor, with the dataset's vocabulary) → verdicts → counts.
import { buildVocabulary } from './context/index';
import { createExtractCache, detectLanguage, extractClaims, type ExtractCache } from './extract/index';
import type { CheckOptions, CheckResult, Dataset, Lang, Verdict } from './types';
import { createVerifyCache, verifyClaims, type VerifyCache } from './verify/index';
import { documentDate } from './discourse/documentDate';

/** What a document carries between checks: the extractor's block cache and the verifier's verdicts. */
export interface CheckCache {
  readonly kind: 'figure-check-cache';
  extract: ExtractCache;
  verify: VerifyCache;
}

/** A cache for one document; pass it as `options.cache` on every check of that document. */
export function createCheckCache(): CheckCache {
  return { kind: 'figure-check-cache', extract: createExtractCache(), verify: createVerifyCache() };
}

function asCheckCache(cache: unknown): CheckCache | undefined {
  if (cache && typeof cache === 'object' && (cache as CheckCache).kind === 'figure-check-cache') return cache as CheckCache;
  return undefined;
}

export const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'outdated', 'unsourced', 'cited', 'inconsistent', 'ignored'];

export function emptyCounts(): Record<Verdict, number> {
  return { supported: 0, contradicted: 0, outdated: 0, unsourced: 0, cited: 0, inconsistent: 0, ignored: 0 };
}

const LANGUAGE_SAMPLE_CHUNKS = 16;
const LANGUAGE_SAMPLE_CHUNK = 4096;

/**
 * The text the document's language is read from: all of it up to 64K characters, beyond that 16
 * evenly spaced 4K slices, so a re-check of a large document does not rescan it all. Deterministic:
 * the same text always gives the same sample, with or without a cache.
 */
export function languageSample(text: string): string {
  const budget = LANGUAGE_SAMPLE_CHUNKS * LANGUAGE_SAMPLE_CHUNK;
  if (text.length <= budget) return text;
  const step = Math.floor((text.length - LANGUAGE_SAMPLE_CHUNK) / (LANGUAGE_SAMPLE_CHUNKS - 1));
  let sample = '';
  for (let i = 0; i < LANGUAGE_SAMPLE_CHUNKS; i++) sample += text.slice(i * step, i * step + LANGUAGE_SAMPLE_CHUNK);
  return sample;
}

/** Checks a markdown document against a dataset. Never throws on document text. */
export function checkDocument(text: string, dataset: Dataset, options: CheckOptions = {}): CheckResult {
  const forced = options.lang && options.lang !== 'auto' ? options.lang : undefined;
  const lang: Lang = forced ?? detectLanguage(languageSample(text));
  const cache = asCheckCache(options.cache);
  const vocabulary = buildVocabulary(dataset); // cached per dataset object by the context module
  const date = documentDate(text, options.asOf, options.today);
  const claims = extractClaims(text, vocabulary, { lang: forced ?? 'auto', cache: cache?.extract, docDate: date.date });
  const extractCache = cache?.extract;
  const checked = verifyClaims(claims, dataset, {
    context: { docDate: date.date, staleAfterDays: options.staleAfterDays },
    lang,
    severities: options.severities,
    cache: cache?.verify,
    text,
    generation: extractCache?.generation,
    match: extractCache?.lastMatch,
  });
  const counts = emptyCounts();
  for (const claim of checked) counts[claim.verdict]++;
  return { lang, documentDate: date, claims: checked, counts };
}
