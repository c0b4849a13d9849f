import { expect, test } from 'vitest'
import { ROUTES } from '../contract/routes'
import { RELAY_ROUTES, type RelayRouteName } from './relay-routes'

test.each(Object.keys(RELAY_ROUTES) as RelayRouteName[])("the client's %s is the contract's: method, path, schemas, idempotency", (name) => {
  const ours = RELAY_ROUTES[name]
  const contract = ROUTES[name]
  expect(ours.method).toBe(contract.method)
  expect(ours.path).toBe(contract.path)
  expect(ours.response).toBe(contract.response)
  expect('body' in ours ? ours.body : undefined).toBe('body' in contract ? contract.body : undefined)
  expect('idempotent' in ours ? ours.idempotent : undefined).toBe('idempotent' in contract ? contract.idempotent : undefined)
})
