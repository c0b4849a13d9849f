import { defineConfig } from 'vitest/config'

/**
 * The browser tests: the real relay, the host harnesses (`server/src/demo/harness`), headless
 * Chromium. One file at a time: each browser file drives Chromium, and two cores are the budget.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/e2e/support/require-build.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
