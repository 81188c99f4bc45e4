import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const repo = join(__dirname, '..');
const depcruise = join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const run = promisify(execFile);

/** Runs the project's architecture check over a small tree of files; resolves with its exit code and output. */
async function checkTree(files: Record<string, string>): Promise<{ code: number; output: string }> {
  const root = mkdtempSync(join(tmpdir(), 'kravspar-arch-'));
  try {
    for (const top of ['apps', 'libs']) mkdirSync(join(root, top));
    copyFileSync(join(repo, '.dependency-cruiser.cjs'), join(root, '.dependency-cruiser.cjs'));
    copyFileSync(join(repo, 'tsconfig.json'), join(root, 'tsconfig.json'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const result = await run(process.execPath, [depcruise, 'apps', 'libs', '--config', '.dependency-cruiser.cjs'], { cwd: root })
      .then(({ stdout }) => ({ code: 0, output: stdout }))
      .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }));
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const eventStore = { 'libs/event-store/src/index.ts': 'export const store = 1;\n' };

describe('the architecture check', () => {
  it('fails when libs/domain imports libs/event-store', async () => {
    const { code, output } = await checkTree({
      ...eventStore,
      'libs/domain/src/index.ts': "import { store } from '@kravspar/event-store';\nexport const x = store;\n",
    });
    expect(code).not.toBe(0);
    expect(output).toContain('domain-imports: libs/domain/src/index.ts → libs/event-store/src/index.ts');
  });

  it('fails when libs/domain reaches for I/O', async () => {
    const { code, output } = await checkTree({
      'libs/domain/src/index.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    });
    expect(code).not.toBe(0);
    expect(output).toContain('domain-is-pure');
  });

  it('fails when an app imports another app', async () => {
    const { code, output } = await checkTree({
      'apps/projector/src/x.ts': 'export const x = 1;\n',
      'apps/query-api/src/y.ts': "import { x } from '../../projector/src/x';\nexport const y = x;\n",
    });
    expect(code).not.toBe(0);
    expect(output).toContain('apps-do-not-import-apps');
  });

  it('fails on an import cycle at run time, but not on one through type-only imports', async () => {
    const runtime = await checkTree({
      'libs/domain/src/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'libs/domain/src/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(runtime.code).not.toBe(0);
    expect(runtime.output).toContain('no-circular');
    const typeOnly = await checkTree({
      'libs/domain/src/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'libs/domain/src/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
    });
    expect(typeOnly.code).toBe(0);
  });

  it('passes the arrows the architecture allows', async () => {
    const { code } = await checkTree({
      ...eventStore,
      'libs/domain/src/index.ts': 'export const decide = 1;\n',
      'apps/all-in-one/src/main.ts': "import { store } from '@kravspar/event-store';\nexport const s = store;\n",
    });
    expect(code).toBe(0);
  });
});
