// Pure: one glob from the `files.exclude` and `search.exclude` settings (entries set to true; the
// `{ when: … }` form depends on sibling files and is skipped).
export function excludeGlobFrom(...settings: Record<string, unknown>[]): string | undefined {
  const patterns = new Set<string>();
  for (const setting of settings) {
    for (const [pattern, on] of Object.entries(setting)) if (on === true && pattern.trim()) patterns.add(pattern);
  }
  if (patterns.size === 0) return undefined;
  return patterns.size === 1 ? [...patterns][0] : `{${[...patterns].join(',')}}`;
}
