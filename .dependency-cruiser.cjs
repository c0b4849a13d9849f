// The import boundaries of ARCHITECTURE.md, checked by `npm run lint:boundaries`.
// Layer rules (domain, store, services) bind product code; tests beside it may import what they test with.

const TEST_FILE = '\\.(test|e2e)\\.tsx?$'
/** Code that only tests run: the test tree, the API tests, test fixtures and test files themselves. */
const TEST_SUPPORT = ['^test/', '^server/api-tests/', '^shared/src/testing/', '^server/src/http/test-support/', TEST_FILE]
/** What ships: the relay, its CLI and bench, the shared UI and the two widgets. */
const PRODUCT = '^(server/src/|server/bench/|server/main\\.ts$|server/admin-cli\\.ts$|shared/src/|widget-[^/]+/src/)'

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'The domain is rules and nothing else: it imports itself, the contract (types, and the pure helpers of its own modules), ' +
        'the pure checks shared with the widgets (shared/src/checks) and zod for the program schema. ' +
        'No node modules, no express, kysely, pg, pino or pglite, no other relay layer.',
      severity: 'error',
      from: { path: '^server/src/domain/', pathNot: TEST_FILE },
      to: {
        pathNot: ['^server/src/domain/', '^shared/src/contract/', '^shared/src/checks/', '(^|/)node_modules/zod/'],
      },
    },
    {
      name: 'domain-throws-its-own-errors',
      comment:
        "The domain throws DomainError, which http maps to the wire error: it does not load the contract's AppError, " +
        'directly or through the contract index (types from there are fine).',
      severity: 'error',
      from: { path: '^server/src/domain/', pathNot: TEST_FILE },
      to: { path: '^shared/src/contract/(errors|index)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'store-below-services',
      comment: 'The store owns SQL and its Db/Trx types; it never reaches up into services or http.',
      severity: 'error',
      from: { path: '^server/src/store/', pathNot: TEST_FILE },
      to: { path: '^server/src/(services|http)/' },
    },
    {
      name: 'services-below-http',
      comment: 'A use case does not know it is called over HTTP.',
      severity: 'error',
      from: { path: '^server/src/services/', pathNot: TEST_FILE },
      to: { path: '^server/src/http/' },
    },
    {
      name: 'services-without-sql',
      comment: 'Services call the named statements of store/queries and never see Kysely.',
      severity: 'error',
      from: { path: '^server/src/services/', pathNot: TEST_FILE },
      to: { path: '(^|/)node_modules/kysely/' },
    },
    {
      name: 'product-without-tests',
      comment: 'Product code never imports tests or test support; the demo lives in server/src/demo and tests import it from there.',
      severity: 'error',
      from: { path: PRODUCT, pathNot: TEST_SUPPORT },
      to: { path: TEST_SUPPORT },
    },
    {
      name: 'shared-stands-alone',
      comment: 'shared/ is used by the relay and both widgets, so it imports neither.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(server|widget-[^/]+)/' },
    },
    {
      name: 'widgets-talk-http',
      comment: 'A widget reaches the relay over HTTP through shared/src/client, never by importing it.',
      severity: 'error',
      from: { path: '^widget-[^/]+/' },
      to: { path: '^server/' },
    },
    {
      name: 'widgets-apart',
      comment: 'Each CRM adapter implements CrmHost on its own; what both need belongs in shared/.',
      severity: 'error',
      from: { path: '^widget-amocrm/' },
      to: { path: '^widget-bitrix24/' },
    },
    {
      name: 'widgets-apart-too',
      comment: 'Each CRM adapter implements CrmHost on its own; what both need belongs in shared/.',
      severity: 'error',
      from: { path: '^widget-bitrix24/' },
      to: { path: '^widget-amocrm/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output of our own folders; a library's dist/ inside node_modules is still seen.
    exclude: { path: ['^(server|shared|widget-[^/]+)/dist/', '^data/', '^test/artifacts/', '^\\.tmp/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
