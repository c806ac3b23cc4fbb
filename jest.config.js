/**
 * Two tiers: `unit` needs no database; `integration` runs against a real Neo4j that
 * tests/support/global-setup.ts provides (NEO4J_URI, Testcontainers, or a local server).
 * @type {import('jest').Config}
 */
const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
};

module.exports = {
  // Integration tests talk to a real Neo4j on a shared, noisy machine; speed is measured in benchmarks.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.int.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
