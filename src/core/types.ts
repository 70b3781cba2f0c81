// The contracts shared by every part of Figure Check. Pure data, no behaviour, no `vscode` import.
// Offsets are UTF-16 code-unit offsets into the document text; lines and characters are 0-based.

export type Lang = 'en' | 'ja';

/** How the writer (or the source) hedged a figure. */
export type Qualifier =
  | 'exact' // no hedge: "$115B"
  | 'approx' // about, roughly, nearly, almost, some, around, 約, およそ, ほぼ, 近く, 程度
  | 'at-least' // at least, more than, over, above, 以上, 超, 超え, あまり
  | 'up-to' // up to, as much as, as many as, 最大, まで
  | 'less-than' // less than, under, below, 未満, 以下
  | 'range'; // "$14–17 billion", "between $14B and $17B", "140億〜170億ドル" (low/high set)

/** Units a figure can carry. Currencies are ISO 4217 codes. */
export type Unit =
  | 'USD' | 'EUR' | 'GBP' | 'JPY' | 'CNY' | 'KRW' | 'INR'
  | 'percent'
  | 'percentage-points'
  | 'count' // a plain count; the counted noun goes in `noun`
  | 'multiple' // 2x, doubled, 2倍
  | 'GW' | 'MW';

/** A span of time, inclusive ISO dates (YYYY-MM-DD). Either end may be open. */
export interface Period {
  /** The wording it was read from: "2026", "H1 2025", "through 2029", "2026年だけで". */
  text: string;
  from?: string;
  to?: string;
  /** True for accumulations over the span: "through 2029", "2025..2029", "2029年までに". */
  cumulative?: boolean;
  /** Written without a year ("the fourth quarter", "10-12月期"): placed by the document's date. */
  yearless?: { quarter?: number; fromMonth?: number; toMonth?: number; fiscal: boolean };
}

export type Direction = 'up' | 'down';

export interface TextRange {
  start: number;
  end: number;
}

export interface Citation {
  kind: 'link' | 'footnote' | 'source-note';
  /** The cited text: link label + URL, footnote label, or the "(Source: …)" text. */
  text: string;
  url?: string;
}

/**
 * Where a slot of a claim's frame (its entity, metric or period) was read from, nearest first.
 * The verifier weighs a verdict by it: a red squiggle needs a frame read from the figure's own
 * sentence, or an unambiguous reference back to it.
 */
export type FrameSource =
  | 'clause' // the figure's own clause
  | 'sentence' // elsewhere in its sentence
  | 'earlier-sentence' // an earlier sentence of the same paragraph (a pronoun, a dropped subject)
  | 'earlier-paragraph' // the subject of an earlier paragraph of the same section
  | 'heading' // the heading of the section
  | 'lead-in' // the sentence that introduces a list ("Microsoft reported:")
  | 'row-header' // the first cell of a table row
  | 'column-header' // the header cell above a table cell
  | 'carried' // the metric of the sentence before, continued
  | 'object'; // the sentence names the entity only as the object of a preposition ("a deal with OpenAI")

/** How sure the reading of a claim is, slot by slot, and what makes it a part rather than a whole. */
export interface ClaimFrame {
  entityFrom?: FrameSource;
  /** The entity was the only candidate where it was found (one entity named, none since). */
  entityUnambiguous?: boolean;
  /** The words that named the entity when it came from beyond the sentence ("Nvidia" in the heading). */
  entityWords?: string;
  metricFrom?: FrameSource;
  periodFrom?: FrameSource;
  /**
   * The figure is a part or a combination, not the whole a record states: "tranche", "ad revenue",
   * "combined", "per share". The words that said so.
   */
  part?: string;
  /**
   * The sentence states someone's expectation, goal or ask rather than a reported level: analysts'
   * estimates, a target, talks, an IPO. `forecast` marks the company's own outlook (guidance).
   */
  stance?: 'estimate' | 'aim' | 'forecast';
  /** The words that set the stance. */
  stanceWords?: string;
  /** Words that point at two parties named before ("the deal", "両社"): the figure is about both. */
  dealWords?: string;
  /** The sentence tells of the past ("raised", "was", "調達した"): a match with an older record is history. */
  past?: boolean;
  /** Words placing the figure at an earlier time than the sentence's ("a year ago", "半年前"). */
  earlier?: string;
  /** The clause speaks of a change ("growth", "rose", "伸び"): a percentage there is a rate, not a level. */
  change?: boolean;
  /** Entities the section named before this figure (the discourse layer), beyond the sentence's own. */
  context?: string[];
}

/** One numeric claim found in a document. */
export interface Claim {
  /** Stable within one result: `c<index>`. */
  id: string;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The figure exactly as written: text.slice(start, end). */
  text: string;
  /** Value in base units: 115000000000 for "$115B", 64 for "64%". For ranges the upper bound. */
  value: number;
  low?: number;
  high?: number;
  unit: Unit;
  /** The counted noun when there is one: "weekly users", "visits", "GPUs". */
  noun?: string;
  qualifier: Qualifier;
  /**
   * The rounding step implied by how the writer wrote the figure: "$115B" → 1e9, "$1.4T" → 1e11,
   * "64%" → 1, "22.4%" → 0.1. Used for tolerance.
   */
  precision: number;
  /** Sign given explicitly (+64%, -8%) or a direction word (grew, fell, 増加, 減少). */
  direction?: Direction;
  /** Entity id (from the dataset vocabulary) the figure is about, if one was found. */
  entity?: string;
  /** Every entity id mentioned in the sentence, nearest first (for deals: "Nvidia … OpenAI"). */
  entities: string[];
  /** Metric id (from the dataset vocabulary), if one was found. */
  metric?: string;
  period?: Period;
  lang: Lang;
  /** The sentence and paragraph holding the figure, as offsets into the document. */
  sentence: TextRange;
  paragraph: TextRange;
  /** A citation the writer gave in the same sentence, if any. */
  citation?: Citation;
  /** Set when an ignore comment covers the figure. */
  ignored?: boolean;
  /** Where entity, metric and period were read from, and the sentence's stance (see ClaimFrame). */
  frame?: ClaimFrame;
}

// ---------------------------------------------------------------------------------------------
// Dataset

export type Confidence = 'high' | 'medium' | 'low';

/** What kind of number the source gave: a reported actual, a projection, guidance, an estimate. */
export type Basis = 'reported' | 'projected' | 'guidance' | 'estimate' | 'target';

/** primary: the company's own release or filing; wire: Reuters, Bloomberg…; press: an edited newsroom; secondary: the rest. */
export type SourceKind = 'primary' | 'wire' | 'press' | 'secondary';

export interface Source {
  publisher: string;
  title: string | null;
  url: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY (as precise as the page gave it); null only when `undated` is true. */
  date: string | null;
  undated?: boolean;
  originalReporter?: string;
}

export interface EntityDef {
  id: string;
  name: string;
  nameJa?: string;
  /** Spellings that refer to this entity, English and Japanese ("OpenAI社", "オープンAI"). */
  aliases: string[];
  /** For products: the company behind it (ChatGPT → openai). */
  parent?: string;
}

export interface MetricDef {
  id: string;
  label: string;
  labelJa: string;
  /** Metrics of different families never confirm or contradict each other. */
  family: string;
  /** Unit the metric is measured in: a currency code means "money". */
  unit: Unit | 'currency';
  /** flow: accumulates over a period (revenue, burn); stock: a level at a point (valuation, users). */
  kind: 'flow' | 'stock';
  /** Cue words and phrases, English and Japanese, that signal this metric in a sentence. */
  cues: string[];
  /** For a stock: days after which a level no longer proves a present-tense figure wrong. */
  staleAfterDays?: number;
}

export interface FigureRecord {
  id: string;
  entity: string;
  /** The other side of a deal: Nvidia → OpenAI investment has entity nvidia, counterparty openai. */
  counterparty?: string;
  metric: string;
  value: number;
  low?: number;
  high?: number;
  unit: Unit;
  period: Period;
  qualifier: Qualifier;
  basis: Basis;
  /** How far a writer's figure may be from `value` and still agree, relative (0.05 = 5%). */
  tolerance?: number;
  source: Source;
  /** What kind of page the source is (primary, wire, press, secondary); confidence follows it. */
  sourceKind?: SourceKind;
  alternateSources?: Source[];
  confidence: Confidence;
  /** What the source says, in our own words. */
  paraphrase: string;
  supersedes?: string[];
  supersededBy?: string;
  notes?: string;
  /** Filled in by the loader: "bundled" or the user dataset's path. Not in the JSON. */
  origin?: string;
}

/**
 * A dated fact that is not a figure (when a memo was sent, when a statement was made). Kept with its
 * source; claims are not compared with events yet.
 */
export interface EventRecord {
  id: string;
  entity: string;
  counterparty?: string;
  /** YYYY-MM-DD. */
  date: string;
  description: string;
  source: Source;
  alternateSources?: Source[];
  confidence: Confidence;
  paraphrase: string;
  notes?: string;
  origin?: string;
}

export interface DatasetFile {
  version: string;
  asOf?: string; // newest source date among the records (YYYY-MM-DD); optional in user files
  entities: EntityDef[];
  metrics: MetricDef[];
  records: FigureRecord[];
  /** Optional dated facts (see EventRecord). */
  events?: EventRecord[];
}

/** Where in a dataset file something is wrong. */
export interface DatasetProblem {
  file: string;
  line: number; // 0-based
  column: number; // 0-based
  /** JSON pointer of the field: "/records/12/source/url". */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

// ---------------------------------------------------------------------------------------------
// Verification

export type Verdict =
  | 'supported'
  | 'contradicted'
  | 'outdated'
  | 'unsourced'
  | 'cited'
  | 'inconsistent'
  | 'ignored';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface CheckedClaim extends Claim {
  verdict: Verdict;
  severity: Severity | null;
  /** One line, in the document's language, naming the source where there is one. */
  message: string;
  /** The record that decided the verdict (for outdated: the older record the figure matched). */
  record?: FigureRecord;
  /** For outdated: the newest record in the supersession chain. */
  newer?: FigureRecord;
  /** For unsourced: the record the figure was compared with but not judged by ("possibly …"). */
  nearest?: FigureRecord;
  /** Other records of the same entity and metric, oldest first, so the writer sees the history. */
  history: FigureRecord[];
}

export interface CheckOptions {
  lang?: Lang | 'auto';
  severities?: Partial<Record<Verdict, Severity | 'off'>>;
  /** Opaque cache carried between checks of the same document (see core/cache). */
  cache?: unknown;
  /**
   * The document's date (YYYY-MM-DD) when the caller knows it (CLI `--as-of`, setting
   * `figureCheck.asOf`). A date in the document itself (front matter `date:`, a
   * `<!-- figure-check-as-of: … -->` comment) wins; without either, today.
   */
  asOf?: string;
  /** Today (YYYY-MM-DD), for tests; defaults to the clock. */
  today?: string;
  /** Overrides every metric's staleness window (days; see verify/staleness). */
  staleAfterDays?: number;
}

export interface CheckResult {
  lang: Lang;
  /** The date present-tense figures were judged as of, and where it came from. */
  documentDate?: { date: string; from: 'comment' | 'front-matter' | 'option' | 'today' };
  claims: CheckedClaim[];
  counts: Record<Verdict, number>;
}

/** A loaded, validated, merged dataset with its lookup indexes (built by core/dataset). */
export interface Dataset {
  /** "bundled 2026-11-23" or "bundled 2026-11-23 + 2 user files". */
  version: string;
  entities: EntityDef[];
  metrics: MetricDef[];
  records: FigureRecord[];
  byId: Map<string, FigureRecord>;
  /** Records keyed `${entity}|${metric}`, oldest source date first. */
  byEntityMetric: Map<string, FigureRecord[]>;
  entityById: Map<string, EntityDef>;
  metricById: Map<string, MetricDef>;
  /** Dated facts from every file, oldest first (optional: absent in hand-built datasets). */
  events?: EventRecord[];
  /** Problems found while loading user files; the records of a broken file are left out, nothing else. */
  problems: DatasetProblem[];
}
