/**
 * Three tiers: `unit` needs no database; `integration` runs against a real Neo4j that
 * tests/support/global-setup.ts provides (NEO4J_URI, Testcontainers, or a local server);
 * `browser` drives the pages in headless Chromium against that same Neo4j (one setup for both).
 * @type {import('jest').Config}
 */
const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
};

const realNeo4j = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};

module.exports = {
  // Integration tests talk to a real Neo4j on a shared, noisy machine; speed is measured in benchmarks.
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      // Unit tests live in tests/unit or beside the code they test (src/**/*.test.ts).
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
    },
    {
      ...common,
      ...realNeo4j,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.int.test.ts'],
    },
    {
      ...common,
      ...realNeo4j,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.browser.test.ts'],
    },
  ],
};
