// node --import tsx bench/profile.ts [300KB] [3MB] [edit]: CPU profiles of checkDocument on the corpora
// (node --cpu-prof on the bundled child, the check repeated 3 times so it dominates the profile), or of
// the one-paragraph edit path on the 1 MB draft ("edit"), summarised by self time per function and file.
// Raw .cpuprofile files stay in bench/corpus/profiles/ (open them in Chrome DevTools or VS Code).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBenchBundles } from './build';
import { summarizeProfile, type CpuProfile } from './profile-summary';

const ROOT = process.cwd();
const CORPUS_DIR = join(ROOT, 'bench', 'corpus');
const BUILD_DIR = join(CORPUS_DIR, '.build');
const PROFILE_DIR = join(CORPUS_DIR, 'profiles');

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['300KB', '3MB'];
  const { childScript } = await buildBenchBundles(ROOT, BUILD_DIR);
  const bundleText = readFileSync(childScript, 'utf8');
  const warmup = join(CORPUS_DIR, 'warmup.md');
  for (const size of sizes) {
    const task = size === 'edit' ? 'edit' : 'check';
    const file = join(CORPUS_DIR, `${size === 'edit' ? '1MB' : size}.md`);
    if (!existsSync(file) || !existsSync(warmup)) throw new Error(`${file} missing: run npm run bench first (it writes the corpora)`);
    const dir = join(PROFILE_DIR, size);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', childScript, task, file, warmup], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_REPEAT: '3' },
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const profileFile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!profileFile) throw new Error('no profile written');
    const profile = JSON.parse(readFileSync(join(dir, profileFile), 'utf8')) as CpuProfile;
    const what = task === 'edit' ? 'edit path on 1MB (first check, 55 edits, 2 full checks)' : `${size} (3 timed runs + warm-up)`;
    const text = `# checkDocument profile, ${what}; ${r.stdout.trim()}\n\n${summarizeProfile(profile, bundleText, 25)}`;
    writeFileSync(join(PROFILE_DIR, `${size}.txt`), text);
    process.stdout.write(`${text}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
