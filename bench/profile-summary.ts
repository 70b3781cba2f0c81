// Summarises a V8 .cpuprofile: self and inclusive time per function, and self time per source file.
// Source files are recovered from esbuild's `// src/...` module markers in the (unminified) bundle.

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Line index → source file, from the `// path/to/file.ts` comments esbuild writes before each module. */
function moduleMarkers(bundleText: string): { line: number; file: string }[] {
  const markers: { line: number; file: string }[] = [];
  const lines = bundleText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:src|bench|node_modules|data)\/\S+)$/.exec(lines[i] as string);
    if (m) markers.push({ line: i, file: m[1] as string });
  }
  return markers;
}

function fileAt(markers: { line: number; file: string }[], line: number): string {
  let lo = 0;
  let hi = markers.length - 1;
  let found = '(bundle)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const marker = markers[mid] as { line: number; file: string };
    if (marker.line <= line) {
      found = marker.file;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found.replace(/^node_modules\/([^/]+)\/.*$/, 'node_modules/$1');
}

/** `bundleUrlPart`: a piece of the bundle's file URL, to tell its frames from Node's own. */
export function summarizeProfile(profile: CpuProfile, bundleText: string, top: number, bundleUrlPart = '.build/child'): string {
  const markers = moduleMarkers(bundleText);
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map<number, string>();
  const fileOf = new Map<number, string>();
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    const inBundle = cf.url.includes(bundleUrlPart);
    const file = inBundle ? fileAt(markers, cf.lineNumber) : cf.url === '' ? '(native/V8)' : cf.url.replace(/^.*node_modules\//, 'node_modules/');
    fileOf.set(n.id, file);
    keyOf.set(n.id, `${cf.functionName || '(anonymous)'}  ${file}:${cf.lineNumber + 1}`);
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const key = keyOf.get(id) ?? '?';
    self.set(key, (self.get(key) ?? 0) + dt);
    const file = fileOf.get(id) ?? '?';
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf.get(cur) ?? '?';
      if (!seen.has(k)) {
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    }
  }
  const rows = (m: Map<string, number>, n: number): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `${ms.toFixed(1).padStart(9)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  return [
    `total sampled: ${total.toFixed(0)} ms`,
    '',
    '## self time by source file',
    ...rows(selfByFile, 15),
    '',
    '## self time by function',
    ...rows(self, top),
    '',
    '## inclusive time by function',
    ...rows(inclusive, top),
    '',
  ].join('\n');
}
