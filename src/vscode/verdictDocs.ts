// Where each verdict is explained: media/verdicts.md, shipped in the package under that exact
// lower-case name (the packager renames README.md to readme.md, which broke links on case-sensitive
// file systems). A diagnostic's code links to the verdict's heading by line (`#L7`), the fragment
// VS Code's opener turns into a selection for any file URI, local or remote, on every OS.
import type { Verdict } from '../core/types';

export const VERDICT_DOC_PATH = ['media', 'verdicts.md'] as const;

/** 1-based line of each verdict's `## <verdict>` heading in media/verdicts.md (a unit test holds them to the file). */
export const VERDICT_DOC_LINE: Record<Verdict, number> = {
  contradicted: 7,
  inconsistent: 13,
  outdated: 19,
  unsourced: 25,
  cited: 31,
  supported: 36,
  ignored: 41,
};

/** The link target for a verdict: the doc's URI with its heading's line as the fragment. */
export function verdictDocTarget<U extends { with(change: { fragment: string }): U }>(doc: U, verdict: Verdict): U {
  return doc.with({ fragment: `L${VERDICT_DOC_LINE[verdict]}` });
}
