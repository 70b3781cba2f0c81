// The human output: one line per finding, `path:line:col  severity  verdict  message  [record-id]`,
// with 1-based line and column, then a one-line summary. Lines are printed as each file finishes.
import type { Severity, Verdict } from '../../core/types';
import { VERDICTS } from '../args';
import { isFinding, type CheckedFile, type ReportClaim, type ReportRecord, type SkipReason, type SkippedFile } from '../report';
import type { ReportSink } from './sink';

export interface TextStyle {
  color: boolean;
  /** --quiet: the finding lines only, no summary. */
  quiet: boolean;
}

const ANSI = { reset: '\u001b[0m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', dim: '\u001b[2m' };
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, information: ANSI.blue, hint: ANSI.dim };

/**
 * Dataset and document text reach the terminal: drop control characters (ESC sequences could
 * rewrite the screen) and fold line breaks so each finding stays on one line.
 */
export function toSafeLine(text: string): string {
  // One character class, no quantifier nesting: linear.
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${ANSI.reset}` : text;
}

/** The record's id, and the user dataset it came from when it is not the bundled one. */
export function recordLabel(record: Pick<ReportRecord, 'id' | 'origin'>): string {
  const fromUserFile = record.origin !== null && record.origin !== undefined && record.origin !== 'bundled';
  return toSafeLine(fromUserFile ? `${record.id} from ${record.origin}` : record.id);
}

export function formatFindingLine(path: string, claim: ReportClaim, color: boolean): string {
  const severity = claim.severity ?? 'hint';
  const location = `${toSafeLine(path)}:${claim.line + 1}:${claim.character + 1}`;
  const parts = [
    location,
    paint(severity.padEnd(11), SEVERITY_COLOR[severity], color),
    claim.verdict.padEnd(12),
    toSafeLine(claim.message),
  ];
  if (claim.record) parts.push(paint(`[${recordLabel(claim.record)}]`, ANSI.dim, color));
  return parts.join('  ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const SKIP_WORDS: Record<SkipReason, string> = {
  'too-large': 'too large',
  binary: 'binary',
  vanished: 'vanished',
  unreadable: 'unreadable',
  'not-a-file': 'not a regular file',
};

/** Running totals of a run, for the summary line. */
export class TextTotals {
  files = 0;
  claims = 0;
  fromCache = 0;
  readonly verdicts: Record<Verdict, number> = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  readonly severities: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  readonly skipped = new Map<SkipReason, number>();

  addFile(file: CheckedFile, fromCache: boolean): void {
    this.files++;
    if (fromCache) this.fromCache++;
    this.claims += file.claims.length;
    for (const claim of file.claims) {
      this.verdicts[claim.verdict]++;
      if (claim.severity) this.severities[claim.severity]++;
    }
  }

  addSkip(reason: SkipReason): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }
}

/** "5 claims in 2 files: 3 supported, 1 contradicted, 1 unsourced; 1 error, 1 warning; 2 skipped (1 too large, 1 binary)". */
export function formatSummary(totals: TextTotals): string {
  const verdicts = VERDICTS.filter((verdict) => totals.verdicts[verdict] > 0).map((verdict) => `${totals.verdicts[verdict]} ${verdict}`);
  const bySeverity = totals.severities;
  const severities = [plural(bySeverity.error, 'error'), plural(bySeverity.warning, 'warning')];
  if (bySeverity.information > 0) severities.push(`${bySeverity.information} information`);
  if (bySeverity.hint > 0) severities.push(plural(bySeverity.hint, 'hint'));
  let summary = `${plural(totals.claims, 'claim')} in ${plural(totals.files, 'file')}`;
  if (verdicts.length > 0) summary += `: ${verdicts.join(', ')}`;
  summary += `; ${severities.join(', ')}`;
  const skipped = [...totals.skipped.values()].reduce((sum, n) => sum + n, 0);
  if (skipped > 0) {
    const reasons = (Object.keys(SKIP_WORDS) as SkipReason[]).filter((r) => totals.skipped.has(r)).map((r) => `${totals.skipped.get(r)} ${SKIP_WORDS[r]}`);
    summary += `; ${skipped} skipped (${reasons.join(', ')})`;
  }
  if (totals.fromCache > 0) summary += `; ${totals.fromCache} from the cache`;
  return summary;
}

/** The finding lines of one file, each ending in a newline. */
export function formatFileFindings(file: CheckedFile, color: boolean): string {
  let text = '';
  for (const claim of file.claims) if (isFinding(claim)) text += `${formatFindingLine(file.path, claim, color)}\n`;
  return text;
}

export function textSink(style: TextStyle): ReportSink {
  const totals = new TextTotals();
  return {
    begin: () => '',
    file(file, fromCache) {
      totals.addFile(file, fromCache);
      return formatFileFindings(file, style.color);
    },
    skipped(skip: SkippedFile) {
      totals.addSkip(skip.reason);
      return '';
    },
    end: () => (style.quiet ? '' : `${formatSummary(totals)}\n`),
  };
}
