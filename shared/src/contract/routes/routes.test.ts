import { expect, test } from 'vitest'
import { ADMIN_ROUTES } from './admin'
import { BANK_ROUTES } from './bank'
import { CRM_WRITE_ROUTES } from './crm-writes'
import { ROUTES } from './index'
import { NOTICE_ROUTES } from './notices'
import { OVERVIEW_ROUTES } from './overview'
import { PARTNER_ROUTES } from './partners'
import { RENEWAL_ROUTES } from './renewals'
import { REPORT_ROUTES } from './reports'
import { STATUS_ROUTES } from './status'
import { VENDOR_ROUTES } from './vendor'
import { WIDGET_ROUTES } from './widget'

const GROUPS = {
  widget: WIDGET_ROUTES,
  status: STATUS_ROUTES,
  vendor: VENDOR_ROUTES,
  reports: REPORT_ROUTES,
  bank: BANK_ROUTES,
  crmWrites: CRM_WRITE_ROUTES,
  partners: PARTNER_ROUTES,
  notices: NOTICE_ROUTES,
  overview: OVERVIEW_ROUTES,
  renewals: RENEWAL_ROUTES,
  admin: ADMIN_ROUTES,
}

test('each route is in exactly one group, and ROUTES holds every group entry as it is', () => {
  const names = Object.values(GROUPS).flatMap((group) => Object.keys(group))
  expect(new Set(names).size).toBe(names.length)
  expect(Object.keys(ROUTES).sort()).toEqual([...names].sort())
  for (const group of Object.values(GROUPS)) {
    for (const [name, route] of Object.entries(group)) expect(ROUTES[name as keyof typeof ROUTES]).toBe(route)
  }
})

test('no two routes answer the same method and path', () => {
  const keys = Object.values(ROUTES).map((route) => `${route.method} ${route.path}`)
  expect(new Set(keys).size).toBe(keys.length)
})

test("vendor staff alone correct and void (AT-1.6, AT-4.1, X-3): each vendor route is the vendor's, idempotent and takes a reason", () => {
  for (const route of Object.values(VENDOR_ROUTES)) {
    expect(route.caller).toBe('vendor')
    expect(route.idempotent).toBe(true)
    expect(route.body.safeParse({ paidOn: '2026-12-01' }).success).toBe(false)
  }
  expect(VENDOR_ROUTES.correctClientPayment.body.safeParse({ paidOn: '2026-02-30', reason: 'опечатка' }).success).toBe(false)
  expect(VENDOR_ROUTES.correctClientPayment.body.safeParse({ paidOn: '2026-12-01', reason: '   ' }).success).toBe(false)
  expect(VENDOR_ROUTES.correctClientPayment.body.safeParse({ paidOn: '2026-12-01', reason: 'опечатка' }).success).toBe(true)
})
