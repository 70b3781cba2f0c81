// The human output: one line per finding, `path:line:col  severity  verdict  message  [record-id]`,
// with 1-based line and column, then a one-line summary.
import type { CheckedClaim, FigureRecord, Severity } from '../../core/types';
import { VERDICTS } from '../args';
import { countVerdicts, isFinding, type CheckedFile } from '../report';

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
export function recordLabel(record: FigureRecord): string {
  const fromUserFile = record.origin !== undefined && record.origin !== 'bundled';
  return toSafeLine(fromUserFile ? `${record.id} from ${record.origin}` : record.id);
}

export function formatFindingLine(path: string, claim: CheckedClaim, color: boolean): string {
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

/** "5 claims in 2 files: 3 supported, 1 contradicted, 1 unsourced; 1 error, 1 warning". */
export function formatSummary(files: readonly CheckedFile[], skipped: number): string {
  const counts = countVerdicts(files);
  const claims = files.reduce((sum, file) => sum + file.result.claims.length, 0);
  const verdicts = VERDICTS.filter((verdict) => counts[verdict] > 0).map((verdict) => `${counts[verdict]} ${verdict}`);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) for (const claim of file.result.claims) if (claim.severity) bySeverity[claim.severity]++;
  const severities = [plural(bySeverity.error, 'error'), plural(bySeverity.warning, 'warning')];
  if (bySeverity.information > 0) severities.push(`${bySeverity.information} information`);
  if (bySeverity.hint > 0) severities.push(plural(bySeverity.hint, 'hint'));
  let summary = `${plural(claims, 'claim')} in ${plural(files.length, 'file')}`;
  if (verdicts.length > 0) summary += `: ${verdicts.join(', ')}`;
  summary += `; ${severities.join(', ')}`;
  if (skipped > 0) summary += `; ${plural(skipped, 'file')} skipped (too large)`;
  return summary;
}

export function formatText(files: readonly CheckedFile[], style: TextStyle, skipped: number): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const claim of file.result.claims) {
      if (isFinding(claim)) lines.push(formatFindingLine(file.path, claim, style.color));
    }
  }
  if (!style.quiet) lines.push(formatSummary(files, skipped));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
