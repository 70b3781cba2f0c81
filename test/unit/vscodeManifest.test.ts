// package.json contributions, their nls strings, the runtime l10n bundle and the injection grammar
// agree with each other and with the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_SEVERITIES, checkOptionsFor, readSettings } from '../../src/vscode/settings';

const root = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls = JSON.parse(read('package.nls.json'));
const nlsJa = JSON.parse(read('package.nls.ja.json'));

function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) out.push(m[1]);
  else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

test('every %key% in contributes and capabilities has an English and a Japanese string', () => {
  const keys = placeholders([pkg.contributes, pkg.capabilities]);
  assert.ok(keys.length > 20);
  for (const k of keys) {
    assert.ok(typeof nls[k] === 'string' && nls[k], `package.nls.json lacks ${k}`);
    assert.ok(typeof nlsJa[k] === 'string' && nlsJa[k], `package.nls.ja.json lacks ${k}`);
  }
  assert.deepEqual(Object.keys(nlsJa).sort(), Object.keys(nls).sort());
});

test('settings in package.json match the defaults the code uses', () => {
  const props = pkg.contributes.configuration.properties;
  for (const [verdict, severity] of Object.entries(DEFAULT_SEVERITIES)) {
    assert.equal(props[`figureCheck.severity.${verdict}`].default, severity, verdict);
  }
  const defaults = readSettings((key) => props[`figureCheck.${key}`]?.default);
  assert.equal(defaults.run, 'onType');
  assert.equal(defaults.language, 'auto');
  assert.equal(defaults.maxFileSize, props['figureCheck.maxFileSize'].default);
  assert.equal(defaults.enable, true);
  for (const p of Object.values(props) as { description?: string }[]) assert.ok(p.description, 'every setting is described');
});

test('readSettings falls back on bad values', () => {
  const s = readSettings((key) => ({ run: 'sometimes', maxFileSize: -1, 'severity.contradicted': 'fatal', 'severity.unsourced': 'off', datasets: ['a.json', 3, ''] } as Record<string, unknown>)[key]);
  assert.equal(s.run, 'onType');
  assert.equal(s.maxFileSize, DEFAULT_MAX_FILE_SIZE);
  assert.equal(s.severities.contradicted, 'error');
  assert.equal(s.severities.unsourced, 'off');
  assert.deepEqual(s.datasets, ['a.json']);
});

test('every command the code registers is contributed, with a title', () => {
  const src = read('src/vscode/commands.ts') + read('src/vscode/codeActions.ts');
  const registered = new Set([...src.matchAll(/'(figureCheck\.[A-Za-z]+)'/g)].map((m) => m[1]));
  const contributed = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
  for (const c of registered) assert.ok(contributed.has(c), `${c} not in contributes.commands`);
  for (const c of ['figureCheck.checkDocument', 'figureCheck.checkWorkspace', 'figureCheck.showReport', 'figureCheck.openDataset', 'figureCheck.toggle']) {
    assert.ok(contributed.has(c), c);
  }
});

test('activation, capabilities, jsonValidation and files referenced by the manifest', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'workspaceContains:**/*.figures.json']);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['figureCheck.datasets'], 'an untrusted folder cannot point the extension at other files');
  assert.equal(pkg.capabilities.virtualWorkspaces, true);
  assert.equal(pkg.contributes.jsonValidation[0].fileMatch, '*.figures.json');
  assert.ok(existsSync(join(root, 'media/icon.png')));
  assert.ok(existsSync(join(root, pkg.contributes.grammars[0].path)));
  const png = readFileSync(join(root, 'media/icon.png'));
  assert.equal(png.readUInt32BE(16), 128, 'icon width');
  assert.equal(png.readUInt32BE(20), 128, 'icon height');
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every runtime string passed to vscode.l10n.t has a Japanese translation with the same placeholders', () => {
  const bundle = JSON.parse(read('l10n/bundle.l10n.ja.json')) as Record<string, string>;
  const used = new Set<string>();
  for (const file of sourceFiles(join(root, 'src/vscode'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
  }
  assert.ok(used.size > 20);
  for (const s of used) {
    assert.ok(bundle[s], `missing ja translation: ${s}`);
    const holes = (x: string) => (x.match(/\{\d\}/g) ?? []).sort().join();
    assert.equal(holes(bundle[s]), holes(s), `placeholders differ: ${s}`);
  }
});

test('the injection grammar scopes money, percentages and counts in English and Japanese', () => {
  const grammar = JSON.parse(read('syntaxes/figures.injection.tmLanguage.json'));
  assert.equal(grammar.scopeName, pkg.contributes.grammars[0].scopeName);
  assert.match(grammar.injectionSelector, /text\.html\.markdown/);
  const rules: { name: string; re: RegExp }[] = [];
  const collect = (r: { name?: string; match?: string; patterns?: unknown[] }, name?: string) => {
    if (r.match) rules.push({ name: r.name ?? name ?? '', re: new RegExp(r.match, 'g') });
    for (const p of (r.patterns ?? []) as typeof r[]) collect(p, r.name);
  };
  Object.values(grammar.repository).forEach((r) => collect(r as { patterns?: unknown[] }));
  const scopeOf = (text: string, figure: string) => {
    for (const { name, re } of rules) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) if (m[0] === figure) return name;
    }
    return undefined;
  };
  const cases: [string, string, string][] = [
    ['OpenAI burned $2.5B in H1.', '$2.5B', 'money'],
    ['a US$115 billion plan', 'US$115 billion', 'money'],
    ['about 115 billion dollars', '115 billion dollars', 'money'],
    ['€11.7B in revenue', '€11.7B', 'money'],
    ['a 49% stake', '49%', 'percent'],
    ['grew 64 percent', '64 percent', 'percent'],
    ['800M weekly users', '800M', 'count'],
    ['10 GW of chips', '10 GW', 'count'],
    ['1150億ドルを燃やす', '1150億ドル', 'money'],
    ['1兆4000億ドルの契約', '1兆4000億ドル', 'money'],
    ['４億1100万件の訪問', '４億1100万件', 'count'],
    ['株式の２７％', '２７％', 'percent'],
    ['2倍以上', '2倍', 'count'],
  ];
  for (const [text, figure, kind] of cases) {
    assert.equal(scopeOf(text, figure), `constant.numeric.figure.${kind}.figure-check`, `${figure} in "${text}"`);
  }
  for (const { re } of rules) {
    re.lastIndex = 0;
    assert.equal(re.test('In 2026 and in 2025, version 5.'), false, `${re} matches a bare year or version`);
  }
});

test('the dataset schema gives every pattern a readable message and bounds figure values (issue 16)', () => {
  const schema = JSON.parse(readFileSync(join(root, 'data', 'figures.schema.json'), 'utf8'));
  const missing: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.pattern === 'string' && typeof n.patternErrorMessage !== 'string') missing.push(path);
    if (typeof n.patternErrorMessage === 'string') assert.doesNotMatch(n.patternErrorMessage, /[\^$\\]/, `${path}: a message, not a pattern`);
    for (const [key, child] of Object.entries(n)) walk(child, `${path}/${key}`);
  };
  walk(schema, '');
  assert.deepEqual(missing, [], 'patterns without patternErrorMessage');
  for (const field of ['value', 'low', 'high']) {
    const def = schema.definitions.record.properties[field];
    assert.ok(def.maximum <= 1e15 && def.minimum >= -1e15, `${field} is bounded`);
  }
});

test('the getting-started walkthrough has three steps whose media ship in the package', () => {
  const walkthroughs = pkg.contributes.walkthroughs as { steps: { id: string; media: { image?: string; markdown?: string } }[] }[];
  assert.equal(walkthroughs.length, 1);
  const steps = walkthroughs[0]!.steps;
  assert.deepEqual(steps.map((s) => s.id), ['openExample', 'hoverFigure', 'addDataset']);
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
  for (const step of steps) {
    const file = step.media.image ?? step.media.markdown!;
    assert.ok(existsSync(join(root, file)), `${file} exists`);
    if (file.startsWith('media/screenshots/')) assert.ok(ignore.includes(`!${file}`), `${file} is packaged`);
  }
  assert.ok(existsSync(join(root, 'media', 'walkthrough', 'example-draft.md')), 'the example draft ships');
});

test('figureCheck.asOf and figureCheck.staleAfterDays: empty by default, checked, passed to the engine', () => {
  const props = pkg.contributes.configuration.properties;
  assert.equal(props['figureCheck.asOf'].default, '');
  assert.equal(props['figureCheck.staleAfterDays'].default, null);
  assert.ok(new RegExp(props['figureCheck.asOf'].pattern).test('2026-02-26') && new RegExp(props['figureCheck.asOf'].pattern).test(''));
  const defaults = readSettings((key) => props[`figureCheck.${key}`]?.default);
  assert.equal(defaults.asOf, undefined, "empty: the document's own date, else today");
  assert.equal(defaults.staleAfterDays, undefined, "null: each metric's own window");
  const plain = checkOptionsFor(defaults);
  assert.ok(!('asOf' in plain) && !('staleAfterDays' in plain), 'nothing passed when unset');
  const set = readSettings((key) => ({ asOf: ' 2026-02-26 ', staleAfterDays: 90 } as Record<string, unknown>)[key]);
  assert.deepEqual([checkOptionsFor(set).asOf, checkOptionsFor(set).staleAfterDays], ['2026-02-26', 90]);
  for (const asOf of ['2026-02-30', '26-02-2026', 'today', 20260226]) {
    assert.equal(readSettings((key) => (key === 'asOf' ? asOf : undefined)).asOf, undefined, String(asOf));
  }
  for (const days of [-1, Number.NaN, '90', Infinity]) {
    assert.equal(readSettings((key) => (key === 'staleAfterDays' ? days : undefined)).staleAfterDays, undefined, String(days));
  }
  assert.equal(readSettings((key) => (key === 'staleAfterDays' ? 0 : undefined)).staleAfterDays, 0, 'zero is a window');
});
