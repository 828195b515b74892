import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            'packages/core/test/**/*.test.ts',
            'packages/server/test/unit/**/*.test.ts',
            'packages/web/test/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['packages/server/test/integration/**/*.test.ts'],
          globalSetup: [
            'packages/server/test/support/postgresGlobalSetup.ts',
            'packages/server/test/support/buildServer.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
          // Files share their worker's loaded modules and its PGlite template: importing the
          // server and preparing a template once per worker, not once per file. No test file
          // changes process-wide state.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
