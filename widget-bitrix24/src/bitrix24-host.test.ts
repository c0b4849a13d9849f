// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { B24FrameLike } from './b24-frame'
import { createB24Host } from './bitrix24-host'

const buildFrame = (options: Record<string, string> = {}, placement = 'CRM_COMPANY_DETAIL_TAB') => {
  const make = vi.fn(async ({ method, params }: { method: string; params?: Record<string, unknown> }) => ({
    isSuccess: true,
    getErrorMessages: () => [],
    getData: () => ({ result: { item: { id: Number(params?.id), title: 'ООО «Вектор»', UF_CRM_1687188367: 'A-1001' } }, method }),
  }))
  const b24 = {
    auth: { getAuthData: () => false, refreshAuth: vi.fn(), isAdmin: true },
    getLang: () => 'en',
    placement: { placement, options: { ID: '8061' } },
    parent: { resizeWindow: vi.fn(async () => undefined) },
    options: {
      appGet: (name: string) => {
        if (!options[name]) throw new Error(`app.option.${name} not set`)
        return options[name]
      },
      appSet: vi.fn(async (name: string, value: unknown) => {
        options[name] = String(value)
      }),
    },
    actions: { v2: { call: { make } } },
  } as unknown as B24FrameLike
  return { b24, make }
}

test('a company tab reads its item with original field names and finds the account number', async () => {
  const { b24, make } = buildFrame({ account_field: 'ufCrm_1687188367' })
  const host = createB24Host({ b24, defaultRelayUrl: 'https://relay.example.ru' })
  expect(host.entity).toEqual({ type: 'company', id: '8061' })
  expect(host.locale).toBe('en')
  expect(await host.readCard()).toEqual({ accountNumber: 'A-1001', title: 'ООО «Вектор»' })
  expect(make).toHaveBeenCalledWith({ method: 'crm.item.get', params: { entityTypeId: 4, id: '8061', useOriginalUfNames: 'Y' } })
})

test('the relay is the one that served the app unless the settings name another', async () => {
  const { b24 } = buildFrame()
  const host = createB24Host({ b24, defaultRelayUrl: 'https://relay.example.ru' })
  expect(host.settings.get()).toEqual({ relayUrl: 'https://relay.example.ru', accountField: '' })
  await host.settings.set({ relayUrl: 'https://other.example.ru', accountField: 'UF_CRM_5' })
  expect(host.settings.get()).toEqual({ relayUrl: 'https://other.example.ru', accountField: 'UF_CRM_5' })
})

test.each([
  { placement: 'CRM_LEAD_DETAIL_TAB', entityTypeId: 1 },
  { placement: 'CRM_DEAL_DETAIL_TAB', entityTypeId: 2 },
  { placement: 'CRM_CONTACT_DETAIL_TAB', entityTypeId: 3 },
])('$placement reads crm.item with entityTypeId $entityTypeId', async ({ placement, entityTypeId }) => {
  const { b24, make } = buildFrame({}, placement)
  await createB24Host({ b24, defaultRelayUrl: '' }).readCard()
  expect(make.mock.calls[0][0].params).toMatchObject({ entityTypeId })
})

test('the tab is sized to its content, shrinking as well as growing, once per change of height', async () => {
  const { b24 } = buildFrame()
  const host = createB24Host({ b24, defaultRelayUrl: '' })
  const contentHeights = [640.2, 640.2, 180, 320]
  for (const height of contentHeights) {
    vi.spyOn(document.body, 'getBoundingClientRect').mockReturnValue({ height } as DOMRect)
    host.resize?.(height)
  }
  expect(vi.mocked(b24.parent.resizeWindow).mock.calls.map(([, height]) => height)).toEqual([641, 180, 320])
})

test('a confirmed account number is written with crm.item.update under the camelCased field name', async () => {
  const { b24, make } = buildFrame({ account_field: 'UF_CRM_1687188367' })
  await createB24Host({ b24, defaultRelayUrl: '' }).saveAccountNumber?.('31000009')
  expect(make).toHaveBeenCalledWith({ method: 'crm.item.update', params: { entityTypeId: 4, id: '8061', fields: { ufCrm_1687188367: '31000009' } } })
})

test("the portal's refusal to save rejects with its words", async () => {
  const { b24, make } = buildFrame({ account_field: 'UF_CRM_1687188367' })
  const refused = { isSuccess: false, getErrorMessages: () => ['ACCESS_DENIED: Доступ запрещён'], getData: () => ({}) }
  make.mockResolvedValueOnce(refused as unknown as Awaited<ReturnType<typeof make>>)
  await expect(createB24Host({ b24, defaultRelayUrl: '' }).saveAccountNumber?.('31000009')).rejects.toThrow(/ACCESS_DENIED/)
})
