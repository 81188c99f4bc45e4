// The figures runs (quality.md §Figures): jest with the project's TypeScript transform and the one embedded
// PostgreSQL of the test setup, over bench/rebuild-at-scale.bench.ts only (`npm run bench` runs the other cases without jest). Never part of `npm test`.
const root = require('../jest.config.js');
const { displayName: _name, testMatch: _match, ...shared } = root.projects[0];

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  rootDir: require('node:path').resolve(__dirname, '..'),
  globalSetup: root.globalSetup,
  globalTeardown: root.globalTeardown,
  displayName: 'bench',
  testMatch: ['<rootDir>/bench/rebuild-at-scale.bench.ts'],
  testTimeout: 1_800_000,
};
