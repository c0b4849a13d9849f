// @vitest-environment happy-dom
// The certificate arrives as a Blob, and its error body is read back from one, only through a browser's XHR.
import { HttpResponse, http } from 'msw'
import { expect, test, vi } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { createStatusClient } from '../client/create-status-client'
import { buildHost } from '../testing/fake-host'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../testing/relay-server'
import { buildPartnerStatus, buildStatusApplication } from '../testing/status-fixtures'
import { createPartnerStatusStore } from './create-partner-status-store'

const server = useRelayServer()

const setup = (saveFile = vi.fn()) => {
  const client = createStatusClient(createRelayClient({ baseUrl: RELAY_URL }).caller)
  return { saveFile, store: createPartnerStatusStore({ client, host: buildHost({ saveFile }), partnerId: 'p-1' }) }
}

test('applying for Silver sends the status and shows the application pending (AG-3.3a)', async () => {
  const sent: unknown[] = []
  let status = buildPartnerStatus()
  server.use(
    http.get(`${RELAY_URL}/v1/partners/p-1/status`, () => HttpResponse.json(status)),
    http.post(`${RELAY_URL}/v1/status-applications`, async ({ request }) => {
      sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') })
      const application = buildStatusApplication({ note: 'Два сертифицированных специалиста' })
      status = buildPartnerStatus({ canApplyFor: [], applications: [application] })
      return HttpResponse.json({ application }, { status: 201 })
    }),
  )
  const { store } = setup()
  await store.getState().load()
  expect(store.getState().status?.canApplyFor).toEqual(['silver'])
  expect(await store.getState().applyFor('silver', '  Два сертифицированных специалиста ')).toBe(true)
  expect(sent).toEqual([{ body: { status: 'silver', note: 'Два сертифицированных специалиста' }, key: expect.any(String) }])
  expect(store.getState().status?.applications.map((application) => application.state)).toEqual(['pending'])
  expect(store.getState().status?.canApplyFor).toEqual([])
})

test.each([
  { label: 'an application the status does not allow keeps its rule for the screen (AG-3.3a)', code: 'not_entitled', status: 403 },
  { label: 'a second application while one is pending is refused with its rule (AG-3.3a)', code: 'invalid_state', status: 409 },
])('$label', async ({ code, status }) => {
  server.use(relayGet('/v1/partners/p-1/status', buildPartnerStatus()), relayError('post', '/v1/status-applications', code, status, 'AG-3.3a'))
  const { store } = setup()
  await store.getState().load()
  expect(await store.getState().applyFor('silver', '')).toBe(false)
  expect(store.getState()).toMatchObject({ failedAction: 'apply', actionError: { code, rule: 'AG-3.3a' }, busy: null })
})

test('the certificate is saved through the host under the name given (AG-3.1)', async () => {
  server.use(
    relayGet('/v1/partners/p-1/status', buildPartnerStatus()),
    http.get(`${RELAY_URL}/v1/partners/p-1/certificate`, () => new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } })),
  )
  const { store, saveFile } = setup()
  await store.getState().load()
  expect(await store.getState().downloadCertificate('Сертификат.pdf')).toBe(true)
  expect(saveFile).toHaveBeenCalledWith(expect.any(Blob), 'Сертификат.pdf')
  expect(store.getState().busy).toBeNull()
})

test('a certificate asked for before authorization reads the error body of the PDF request (AG-3.1)', async () => {
  server.use(relayGet('/v1/partners/p-1/status', buildPartnerStatus()), relayError('get', '/v1/partners/p-1/certificate', 'invalid_state', 409, 'AG-3.1'))
  const { store, saveFile } = setup()
  await store.getState().load()
  expect(await store.getState().downloadCertificate('Сертификат.pdf')).toBe(false)
  expect(saveFile).not.toHaveBeenCalled()
  expect(store.getState()).toMatchObject({ failedAction: 'certificate', actionError: { code: 'invalid_state', rule: 'AG-3.1' } })
})
