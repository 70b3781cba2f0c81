// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one rule per verdict, one result per
// finding at error, warning or information severity (hints are for the editor only). Written as a
// stream (results as files finish); skipped files and encoding warnings are the invocation's
// tool execution notifications, after the results.
import { pathToFileURL } from 'node:url';
import type { Severity, Verdict } from '../../core/types';
import { VERDICTS, type Shard } from '../args';
import { isFailedRead, type CheckedFile, type DatasetSummary, type FileWarning, type ReportClaim, type SkippedFile } from '../report';
import type { ReportSink } from './sink';
import { ArrayWriter, SLOT_HOLDER, splitAtArray } from './stream';

// The subset of SARIF 2.1.0 this tool writes (property names as in the OASIS schema).
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet: { text: string };
}
export interface SarifResult {
  ruleId: Verdict;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion };
  }[];
  properties: Record<string, string | number | null>;
}
export interface SarifRule {
  id: Verdict;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string };
}
/** A skipped file or an encoding warning: not a finding about a figure, so not a result. */
export interface SarifNotification {
  descriptor: { id: string };
  level: 'error' | 'warning';
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn: number } } }[];
}
export interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri?: string; rules: SarifRule[] } };
  /** Set for --shard: GitHub files each shard's upload under its own category (the id up to its last '/'). */
  automationDetails?: { id: string };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
  properties: { datasetVersion: string; datasetRecords: number; datasetAsOf?: string };
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifTool {
  version: string;
  /** Where the README lives; rule help links to its "How verdicts are decided" section. */
  informationUri: string;
  shard?: Shard;
}

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const VERDICTS_ANCHOR = '#how-verdicts-are-decided';

const RULE_TEXT: Record<Verdict, { name: string; short: string }> = {
  supported: { name: 'SupportedFigure', short: 'The figure agrees with a sourced record.' },
  contradicted: {
    name: 'ContradictedFigure',
    short: 'A sourced record for the same entity, metric and period gives a different figure.',
  },
  outdated: { name: 'OutdatedFigure', short: 'The figure matches a record that a newer report has superseded.' },
  unsourced: { name: 'UnsourcedFigure', short: 'A checkable figure that matches no record and cites no source.' },
  cited: { name: 'CitedFigure', short: 'No record matches, but the writer cites a source for the figure.' },
  inconsistent: {
    name: 'InconsistentFigures',
    short: 'Figures in the same sentence or paragraph disagree with each other.',
  },
  ignored: { name: 'IgnoredFigure', short: 'The figure is switched off by an ignore comment.' },
};

const LEVEL: Partial<Record<Severity, SarifResult['level']>> = { error: 'error', warning: 'warning', information: 'note' };

/** The repository URL from package.json, as a web address ("git+https://…/x.git" → "https://…/x");
 * '' when there is no public http(s) address (a reserved `.invalid` host is a placeholder, not a link). */
export function informationUriFrom(pkg: { homepage?: string; repository?: string | { url?: string } }): string {
  const raw = pkg.homepage
    ? pkg.homepage.replace(/#.*$/, '')
    : (typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '')).replace(/^git\+/, '').replace(/\.git$/, '');
  try {
    const url = new URL(raw);
    return /^https?:$/.test(url.protocol) && !/(^|\.)invalid$/.test(url.hostname) ? raw : '';
  } catch {
    return '';
  }
}

export function buildRules(tool: SarifTool): SarifRule[] {
  return VERDICTS.map((verdict) => ({
    id: verdict,
    name: RULE_TEXT[verdict].name,
    shortDescription: { text: RULE_TEXT[verdict].short },
    fullDescription: { text: `Figure Check verdict "${verdict}": ${RULE_TEXT[verdict].short}` },
    ...(tool.informationUri ? { helpUri: `${tool.informationUri}${VERDICTS_ANCHOR}` } : {}),
    help: { text: `${RULE_TEXT[verdict].short} See "How verdicts are decided" in the Figure Check README.` },
  }));
}

/** A relative path becomes a percent-encoded relative URI against %SRCROOT%; an absolute one a file: URI. */
export function artifactLocation(displayPath: string): { uri: string; uriBaseId?: string } {
  if (displayPath.startsWith('/') || /^[A-Za-z]:\//.test(displayPath)) return { uri: pathToFileURL(displayPath).href };
  return { uri: displayPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** The source that backs the message: for an outdated figure, the newer record's. */
function citedSource(
  claim: ReportClaim,
): { id: string; url: string; publisher: string; date: string | null; origin: string | null; sourceKind: string | null } | undefined {
  const record = claim.verdict === 'outdated' && claim.newer ? claim.newer : claim.record;
  if (!record) return undefined;
  return { id: record.id, url: record.source.url, publisher: record.source.publisher, date: record.source.date, origin: record.origin, sourceKind: record.sourceKind };
}

export function buildResult(path: string, claim: ReportClaim): SarifResult | undefined {
  const level = claim.severity ? LEVEL[claim.severity] : undefined;
  if (!level) return undefined;
  const source = citedSource(claim);
  return {
    ruleId: claim.verdict,
    ruleIndex: VERDICTS.indexOf(claim.verdict),
    level,
    message: { text: source ? `${claim.message} Source: ${source.url}` : claim.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(path),
          region: {
            // SARIF lines and columns are 1-based; columns count UTF-16 code units (see columnKind).
            startLine: claim.line + 1,
            startColumn: claim.character + 1,
            endLine: claim.endLine + 1,
            endColumn: claim.endCharacter + 1,
            charOffset: claim.start,
            charLength: claim.end - claim.start,
            snippet: { text: claim.text },
          },
        },
      },
    ],
    properties: {
      verdict: claim.verdict,
      severity: claim.severity,
      figure: claim.text,
      recordId: claim.record?.id ?? null,
      sourceUrl: source?.url ?? null,
      sourcePublisher: source?.publisher ?? null,
      sourceDate: source?.date ?? null,
      sourceKind: source?.sourceKind ?? null,
      /** "bundled" or the path of the --dataset file the record came from. */
      datasetOrigin: source?.origin ?? null,
    },
  };
}

/** The shard's own category, so the shards' uploads do not replace each other's alerts. */
export function shardCategory(shard: Shard): string {
  return `figure-check/shard-${shard.index}-of-${shard.count}/`;
}

function skipNotification(skip: SkippedFile): SarifNotification {
  return {
    descriptor: { id: `skipped-${skip.reason}` },
    level: isFailedRead(skip.reason) ? 'error' : 'warning',
    message: { text: skip.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(skip.path) } }],
  };
}

function warningNotification(path: string, warning: FileWarning): SarifNotification {
  return {
    descriptor: { id: warning.kind },
    level: 'warning',
    message: { text: warning.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(path), region: { startLine: warning.line + 1, startColumn: warning.character + 1 } } }],
  };
}

function logWith(dataset: DatasetSummary, tool: SarifTool, results: unknown, notifications: SarifNotification[], successful: boolean): SarifLog {
  const run: SarifRun = {
    tool: {
      driver: {
        name: 'figure-check',
        version: tool.version,
        semanticVersion: tool.version,
        ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
        rules: buildRules(tool),
      },
    },
    ...(tool.shard ? { automationDetails: { id: shardCategory(tool.shard) } } : {}),
    columnKind: 'utf16CodeUnits',
    results: results as SarifResult[],
    invocations: [{ executionSuccessful: successful, toolExecutionNotifications: notifications }],
    properties: { datasetVersion: dataset.version, datasetRecords: dataset.records, ...(dataset.asOf ? { datasetAsOf: dataset.asOf } : {}) },
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** The whole log at once (tests, and small callers); the CLI streams the same text with sarifSink. */
export function buildSarif(files: readonly CheckedFile[], dataset: DatasetSummary, tool: SarifTool, skipped: readonly SkippedFile[] = [], successful = true): SarifLog {
  const results = files.flatMap((file) => file.claims.map((claim) => buildResult(file.path, claim)).filter((r): r is SarifResult => r !== undefined));
  const notifications = [
    ...files.flatMap((file) => file.warnings.map((w) => warningNotification(file.path, w))),
    ...skipped.map(skipNotification),
  ];
  return logWith(dataset, tool, results, notifications, successful);
}

export function sarifSink(dataset: DatasetSummary, tool: SarifTool): ReportSink {
  const notifications: SarifNotification[] = [];
  const opening = splitAtArray(logWith(dataset, tool, SLOT_HOLDER, notifications, true));
  const results = new ArrayWriter(opening.indent);
  return {
    begin: () => opening.prefix,
    file(file) {
      for (const warning of file.warnings) notifications.push(warningNotification(file.path, warning));
      let text = '';
      for (const claim of file.claims) {
        const result = buildResult(file.path, claim);
        if (result) text += results.element(result);
      }
      return text;
    },
    skipped(skip) {
      notifications.push(skipNotification(skip));
      return '';
    },
    end: ({ incomplete }) => `${results.close()}${splitAtArray(logWith(dataset, tool, SLOT_HOLDER, notifications, !incomplete)).suffix}
`,
  };
}
