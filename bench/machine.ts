// The machine and tool versions a benchmark ran on, for bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  commit: string;
  /** One-minute load average when the run started (other processes compete for the cores). */
  loadAverage?: number;
  versions: Record<string, string>;
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function gitCommit(root: string): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'data'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${hash} (+ uncommitted changes in src/ or data/)` : hash;
  } catch {
    return 'unknown';
  }
}

export function machineInfo(root: string): MachineInfo {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    commit: gitCommit(root),
    loadAverage: loadavg()[0],
    versions: Object.fromEntries(['markdownlint', 'markdown-it', 'compromise', 'numeral', 'esbuild', 'typescript'].map((n) => [n, packageVersion(root, n)])),
  };
}
