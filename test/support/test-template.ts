/**
 * The migrated, empty database every test database is copied from, made once per test run by
 * `global-setup.ts` and handed to the test workers through vitest's provide/inject.
 */
export type TestTemplate = { kind: 'pglite'; tarballPath: string } | { kind: 'postgres'; serverUrl: string; database: string; runId: string }

// Module augmentation needs an interface.
declare module 'vitest' {
  export interface ProvidedContext {
    relayTestTemplate: TestTemplate
  }
}
