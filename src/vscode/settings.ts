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
  };
}

/** The options passed to the core's checkDocument for these settings. */
export function checkOptionsFor(settings: FigureCheckSettings, cache?: unknown): CheckOptions {
  return { lang: settings.language, severities: { ...settings.severities, ignored: 'off' }, cache };
}
