// Bundles the benchmark's child processes with esbuild so each measured process runs plain JavaScript
// (no tsx loader in the timings or the RSS). Output goes to bench/corpus/.build (git-ignored).
import { build } from 'esbuild';
import { join } from 'node:path';

export async function buildBenchBundles(root: string, outDir: string): Promise<{ childScript: string; activationScript: string }> {
  const childScript = join(outDir, 'child.mjs');
  const activationScript = join(outDir, 'activation.cjs');
  await build({
    entryPoints: [join(root, 'bench', 'child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    // markdownlint is ESM-only and is the peer, not ours: load it from node_modules as its users do.
    external: ['markdownlint', 'markdownlint/*'],
    // Bundled CommonJS dependencies (markdown-it, compromise) may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    // jsonc-parser's "main" is a UMD file whose require() calls esbuild cannot follow; take its ESM build.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  // Same settings as the production extension bundle (esbuild.mjs --production): minified, everything in.
  await build({
    entryPoints: [join(root, 'bench', 'activation.ts')],
    outfile: activationScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return { childScript, activationScript };
}
