import { expect, test } from 'vitest'
import { ROUTES } from '../contract/routes'
import { STATUS_ROUTES, type StatusRouteName } from './status-routes'

test.each(Object.keys(STATUS_ROUTES) as StatusRouteName[])("the status screens' %s is the contract's: method, path, schemas, idempotency", (name) => {
  const ours = STATUS_ROUTES[name]
  const contract = ROUTES[name]
  expect(ours.method).toBe(contract.method)
  expect(ours.path).toBe(contract.path)
  expect(ours.response).toBe(contract.response)
  expect('body' in ours ? ours.body : undefined).toBe('body' in contract ? contract.body : undefined)
  expect('idempotent' in ours ? ours.idempotent : undefined).toBe('idempotent' in contract ? contract.idempotent : undefined)
})
