// The extension's settings as one typed object. Pure: reads through a getter so tests need no vscode.
import type { CheckOptions, Lang, Severity, Verdict } from '../core/types';

export type RunMode = 'onType' | 'onSave' | 'manual';
export type SeveritySetting = Severity | 'off';

export interface FigureCheckSettings {
  enable: boolean;
  run: RunMode;
  language: Lang | 'auto';
  /** Documents longer than this many characters are not checked automatically. */
  maxFileSize: number;
  /** Extra dataset files: absolute paths or paths relative to the first workspace folder. */
  datasets: string[];
  severities: Record<Exclude<Verdict, 'ignored'>, SeveritySetting>;
  /**
   * The drafts' date (YYYY-MM-DD) for figures written in the present tense; undefined (the setting
   * empty) means the document's own date (front matter, as-of comment) or else today.
   */
  asOf: string | undefined;
  /** Days after which a level no longer proves a present-tense figure wrong, for every metric; undefined: each metric's own. */
  staleAfterDays: number | undefined;
}

export const DEFAULT_SEVERITIES: FigureCheckSettings['severities'] = {
  contradicted: 'error',
  inconsistent: 'warning',
  outdated: 'warning',
  unsourced: 'information',
  cited: 'off',
  supported: 'off',
};

/** Default cap: 60 000 characters, where a first full check took about 200 ms here (docs/extension.md). */
export const DEFAULT_MAX_FILE_SIZE = 60_000;

const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];
const LANGUAGES: readonly (Lang | 'auto')[] = ['auto', 'en', 'ja'];
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads a setting under `figureCheck.`; returns undefined when unset. */
export type SettingGetter = (key: string) => unknown;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function readSettings(get: SettingGetter): FigureCheckSettings {
  const severities = { ...DEFAULT_SEVERITIES };
  for (const verdict of Object.keys(severities) as (keyof typeof severities)[]) {
    severities[verdict] = oneOf(get(`severity.${verdict}`), SEVERITIES, DEFAULT_SEVERITIES[verdict]);
  }
  const maxFileSize = get('maxFileSize');
  const datasets = get('datasets');
  const asOf = get('asOf');
  const staleAfterDays = get('staleAfterDays');
  return {
    enable: get('enable') !== false,
    run: oneOf(get('run'), RUN_MODES, 'onType'),
    language: oneOf(get('language'), LANGUAGES, 'auto'),
    maxFileSize:
      typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize >= 0
        ? maxFileSize
        : DEFAULT_MAX_FILE_SIZE,
    datasets: Array.isArray(datasets) ? datasets.filter((d): d is string => typeof d === 'string' && d.trim() !== '') : [],
    severities,
    asOf: isIsoDate(typeof asOf === 'string' ? asOf.trim() : asOf) ? (asOf as string).trim() : undefined,
    staleAfterDays:
      typeof staleAfterDays === 'number' && Number.isFinite(staleAfterDays) && staleAfterDays >= 0 ? Math.floor(staleAfterDays) : undefined,
  };
}

/** The options passed to the core's checkDocument for these settings. */
export function checkOptionsFor(settings: FigureCheckSettings, cache?: unknown): CheckOptions {
  const options: CheckOptions = { lang: settings.language, severities: { ...settings.severities, ignored: 'off' }, cache };
  if (settings.asOf) options.asOf = settings.asOf;
  if (settings.staleAfterDays !== undefined) options.staleAfterDays = settings.staleAfterDays;
  return options;
}
