import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingNames } from '@kravspar/config';

const repo = join(__dirname, '..');

/** The TypeScript source under `dir`, tests excluded: they set variables for processes they spawn. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every `process.env.X` (or `process.env['X']`) read in apps/ and libs/. */
function variablesReadDirectly(): Set<string> {
  const found = new Set<string>();
  for (const file of [...sourceFiles(join(repo, 'apps')), ...sourceFiles(join(repo, 'libs'))]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\])/g)) {
      found.add(match[1] ?? match[2]);
    }
  }
  return found;
}

describe('.env.example', () => {
  const documented = new Set(
    [...readFileSync(join(repo, '.env.example'), 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]),
  );

  it('documents every setting of KravsparSettings', () => {
    const settings = settingNames();
    expect(settings).toContain('DATABASE_URL');
    expect(settings.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('documents every variable read from process.env in apps/ and libs/', () => {
    const read = variablesReadDirectly();
    // The scan must find the known direct reads, or it proves nothing.
    expect([...read]).toEqual(expect.arrayContaining(['TEST_PG_PORT', 'DATABASE_URL']));
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
  });
});
