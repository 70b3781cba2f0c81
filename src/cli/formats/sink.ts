// How a format receives a run: the opening text, then each file as it finishes (in input order), each
// skipped file, and the closing text. Every method returns the text to print, so a format never holds
// more than one file's report, and the run decides when and how to write (with backpressure).
import type { CheckedFile, SkippedFile } from '../report';

export interface RunEnd {
  /** True when a file could not be checked and the run exits 2 for it (SARIF executionSuccessful). */
  incomplete: boolean;
}

export interface ReportSink {
  begin(): string;
  file(file: CheckedFile, fromCache: boolean): string;
  skipped(skip: SkippedFile): string;
  end(run: RunEnd): string;
}
