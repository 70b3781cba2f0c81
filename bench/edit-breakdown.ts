// node --import tsx bench/edit-breakdown.ts: where a re-check after a one-paragraph edit of the 1 MB draft
// spends its time (language detection, extraction with the block cache, verification with its cache),
// in one process, the same edits as the benchmark's edit path. A diagnostic, not part of npm run bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary, bundledDataset, checkDocument, createCheckCache, detectLanguage, extractClaims, verifyClaims } from '../src/core/index';
import { languageSample } from '../src/core/check';
import { applyParagraphEdit, proseParagraphs } from './edits';
import { seededRandom } from './random';
import { median, percentile } from './stats';

const corpus = join('bench', 'corpus');
const dataset = bundledDataset();
const vocabulary = buildVocabulary(dataset);
checkDocument(readFileSync(join(corpus, 'warmup.md'), 'utf8'), dataset, {});
let text = readFileSync(join(corpus, '1MB.md'), 'utf8');
const cache = createCheckCache();
const lang = detectLanguage(languageSample(text));
let claims = extractClaims(text, vocabulary, { lang: 'auto', cache: cache.extract });
verifyClaims(claims, dataset, { lang, cache: cache.verify, text });

const rng = seededRandom(4242);
const stages = { language: [] as number[], extract: [] as number[], verify: [] as number[] };
for (let i = 0; i < 60; i++) {
  text = applyParagraphEdit(text, rng.pick(proseParagraphs(text)), i);
  const t0 = performance.now();
  detectLanguage(languageSample(text));
  const t1 = performance.now();
  claims = extractClaims(text, vocabulary, { lang: 'auto', cache: cache.extract });
  const t2 = performance.now();
  verifyClaims(claims, dataset, { lang, cache: cache.verify, text });
  const t3 = performance.now();
  if (i < 10) continue; // warm-up edits
  stages.language.push(t1 - t0);
  stages.extract.push(t2 - t1);
  stages.verify.push(t3 - t2);
}
console.log(`1 MB draft, ${claims.length} claims, 50 edits after 10 warm-up edits`);
for (const [stage, times] of Object.entries(stages)) {
  console.log(`${stage.padEnd(9)} median ${median(times).toFixed(2)} ms, p90 ${percentile(times, 90).toFixed(2)} ms`);
}
