// In-memory claims and records for the extension's pure-helper tests (no vscode, no dataset file).
// The sources here are deliberately fictional (example.com / example.org): they test rendering only.
import type { CheckedClaim, Dataset, FigureRecord, Source } from '../../src/core/types';

export function source(overrides: Partial<Source> = {}): Source {
  return { publisher: 'Example Wire', title: 'A test article', url: 'https://example.com/story', date: '2025-10-28', ...overrides };
}

export function record(overrides: Partial<FigureRecord> = {}): FigureRecord {
  return {
    id: 'test-openai-burn-2026',
    entity: 'openai',
    metric: 'burn',
    value: 17e9,
    unit: 'USD',
    period: { text: '2026', from: '2026-01-01', to: '2026-12-31' },
    qualifier: 'exact',
    basis: 'projected',
    source: source(),
    confidence: 'high',
    paraphrase: 'A fictional paraphrase for tests.',
    origin: 'bundled',
    ...overrides,
  };
}

/** A claim over `text` at the first occurrence of `figure`. */
export function claimIn(text: string, figure: string, overrides: Partial<CheckedClaim> = {}): CheckedClaim {
  const start = text.indexOf(figure);
  if (start < 0) throw new Error(`${figure} not in text`);
  const end = start + figure.length;
  const before = text.slice(0, start);
  const line = before.split('\n').length - 1;
  const character = start - (before.lastIndexOf('\n') + 1);
  const sentenceEnd = (() => {
    const m = /[.。!?]/.exec(text.slice(end));
    return m ? end + m.index : text.length;
  })();
  const sentenceStart = Math.max(before.lastIndexOf('. ') + 2, before.lastIndexOf('\n') + 1, 0);
  const paraStart = Math.max(before.lastIndexOf('\n\n') + 2, 0);
  const nextBlank = text.indexOf('\n\n', end);
  return {
    id: 'c0',
    start,
    end,
    line,
    character,
    endLine: line,
    endCharacter: character + figure.length,
    text: figure,
    value: 49e9,
    unit: 'USD',
    qualifier: 'exact',
    precision: 1e9,
    entity: 'openai',
    entities: ['openai'],
    metric: 'burn',
    period: { text: '2026', from: '2026-01-01', to: '2026-12-31' },
    lang: 'en',
    sentence: { start: sentenceStart, end: sentenceEnd },
    paragraph: { start: paraStart, end: nextBlank === -1 ? text.length : nextBlank },
    verdict: 'contradicted',
    severity: 'error',
    message: 'OpenAI burn in 2026 is $17B (Example Wire, 2025-10-28), not $49B.',
    record: record(),
    history: [],
    ...overrides,
  };
}

export function fakeDataset(): Pick<Dataset, 'entityById' | 'metricById' | 'version'> {
  return {
    version: 'bundled 2026-11-23',
    entityById: new Map([['openai', { id: 'openai', name: 'OpenAI', nameJa: 'オープンAI', aliases: [] }]]),
    metricById: new Map([
      ['burn', { id: 'burn', label: 'cash burn', labelJa: '資金燃焼', family: 'burn', unit: 'currency' as const, kind: 'flow' as const, cues: [] }],
    ]),
  };
}

/** A stand-in display formatter with a visible, predictable shape. */
export function fakeFormat(value: number, unit: string): string {
  if (unit === 'percent') return `${value}%`;
  return `${unit}:${value / 1e9}B`;
}
