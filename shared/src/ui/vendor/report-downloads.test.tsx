// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeAll, expect, test, vi } from 'vitest'
import { mountOverview } from '../../mount'
import { buildHost } from '../../testing/fake-host'
import { buildMeVendor, buildPartner, buildProgram, buildVendorOverview } from '../../testing/fixtures'
import { preloadLazyParts } from '../../testing/preload-lazy-parts'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../../testing/relay-server'

beforeAll(preloadLazyParts)

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
  vi.restoreAllMocks()
})

const showVendorOverview = () => {
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildVendorOverview({ partners: [buildPartner({ id: 'p-1', name: 'ООО «Альфа»' })] })),
  )
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountOverview(element, buildHost({ entity: null }))
}

/** The reports open on demand, in a chunk of their own. */
const openReports = async () => {
  const summary = await screen.findByText('Выгрузить CSV для Excel')
  const details = summary.closest('details') as HTMLDetailsElement
  details.open = true
  fireEvent(details, new Event('toggle'))
}

test('staff download a report for the period they chose, as a CSV file named after it', async () => {
  const asked: URL[] = []
  server.use(
    http.get(`${RELAY_URL}/v1/reports/:name`, ({ request }) => {
      asked.push(new URL(request.url))
      return new HttpResponse('\uFEFFПартнёр;ИНН\r\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    }),
  )
  const saved: string[] = []
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report')
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download)
  })
  showVendorOverview()
  await openReports()
  fireEvent.input(await screen.findByLabelText('С'), { target: { value: '2026-11-01' } })
  fireEvent.input(screen.getByLabelText('По'), { target: { value: '2026-11-30' } })
  fireEvent.click(screen.getByRole('button', { name: 'Долги партнёров' }))
  await waitFor(() => expect(saved).toEqual(['receivables_2026-11-01_2026-11-30.csv']))
  expect(asked[0].pathname).toBe('/v1/reports/receivables.csv')
  expect(Object.fromEntries(asked[0].searchParams)).toEqual({ from: '2026-11-01', to: '2026-11-30', lang: 'ru' })

  fireEvent.click(screen.getByRole('button', { name: 'Выписка партнёра за период' }))
  await waitFor(() => expect(saved).toHaveLength(2))
  expect(Object.fromEntries(asked[1].searchParams)).toMatchObject({ partnerId: 'p-1' })
})

test('a refused report is said in words, and the buttons stay usable', async () => {
  server.use(relayError('get', '/v1/reports/:name', 'invalid_request', 400))
  showVendorOverview()
  await openReports()
  fireEvent.click(await screen.findByRole('button', { name: 'Счета за период' }))
  expect(await screen.findByRole('alert')).toBeTruthy()
  expect((screen.getByRole('button', { name: 'Счета за период' }) as HTMLButtonElement).disabled).toBe(false)
})
