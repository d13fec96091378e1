import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          // the extension suites alone: npm run test:extension
          include:
            process.env.SECOND_LOOK_EXTENSION_E2E === '1'
              ? ['tests/e2e/extension-*.e2e.test.ts']
              : ['tests/e2e/**/*.e2e.test.ts'],
          // Builds the replicas and the extension, starts the HTTPS replica server (tests/e2e/harness/README.md).
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // real browsers driven by real keystrokes occasionally drop one (seen: Lexical in Firefox); a test
          // that fails three times in a row is a real failure
          retry: 2,
        },
      },
    ],
  },
});
