import axios from 'axios'
import type { z } from 'zod'
import { fillPath } from './fill-path'
import { newIdempotencyKey } from './idempotency-key'
import { RelayError } from './relay-error'
import { RELAY_ROUTES, type RelayRouteName } from './relay-routes'
import { toRelayError } from './to-relay-error'
import type { RelayTransport } from './transport'

type Routes = typeof RELAY_ROUTES
type Out<N extends RelayRouteName> = z.output<Routes[N]['response']>
type In<N extends RelayRouteName> = Routes[N] extends { body: infer B extends z.ZodType } ? z.input<B> : never

/** Sent with a write; without it every call is its own attempt. */
export type WriteOptions = { idempotencyKey?: string }

type CallOptions = {
  params?: Record<string, string>
  body?: unknown
  query?: Record<string, string | number | undefined>
  idempotencyKey?: string
}

export type RelayClientOptions = {
  /** The relay's origin (and path prefix, if any); read per request so a changed setting applies at once. */
  baseUrl: string | (() => string)
  transport?: RelayTransport
}

/** One typed method per route the widgets call; every answer is parsed with the contract's schema. */
export const createRelayClient = ({ baseUrl, transport = {} }: RelayClientOptions) => {
  const http = axios.create({ adapter: transport.adapter, timeout: 30_000 })
  const resolveBase = () => (typeof baseUrl === 'function' ? baseUrl() : baseUrl).trim().replace(/\/+$/, '')

  const send = async (name: RelayRouteName, options: CallOptions, responseType: 'json' | 'blob' = 'json') => {
    const route: Routes[RelayRouteName] = RELAY_ROUTES[name]
    const base = resolveBase()
    if (!base) throw new RelayError('not_configured', 'The relay URL is not set')
    let data: unknown
    if ('body' in route && route.body) {
      // Catch a bad form before the round trip; the relay checks again.
      const parsed = route.body.safeParse(options.body ?? {})
      if (!parsed.success) throw new RelayError('invalid_request', 'Request failed validation', { details: parsed.error.issues })
      data = parsed.data
    }
    const headers: Record<string, string> = { Accept: responseType === 'blob' ? 'application/pdf' : 'application/json' }
    Object.assign(headers, await transport.headers?.())
    if ('idempotent' in route && route.idempotent) headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey()
    if (data !== undefined) headers['Content-Type'] = 'application/json'
    try {
      return await http.request({
        method: route.method,
        url: base + fillPath(route.path, options.params),
        params: options.query,
        data: data === undefined ? undefined : JSON.stringify(data),
        headers,
        responseType,
      })
    } catch (error) {
      throw toRelayError(await withJsonErrorBody(error))
    }
  }

  const call = async <N extends RelayRouteName>(name: N, options: CallOptions = {}): Promise<Out<N>> => {
    const response = await send(name, options)
    const parsed = RELAY_ROUTES[name].response.safeParse(response.data)
    if (!parsed.success) throw new RelayError('invalid_response', `Unexpected answer from ${name}`, { details: parsed.error.issues })
    return parsed.data as Out<N>
  }

  const write = <N extends RelayRouteName>(name: N, body: In<N>, write: WriteOptions = {}, params?: Record<string, string>) =>
    call(name, { body, params, idempotencyKey: write.idempotencyKey })

  return {
    me: () => call('me'),
    program: () => call('program'),
    overview: () => call('overview'),
    linkInstallation: (body: In<'linkInstallation'>) => call('linkInstallation', { body }),
    clientCard: (accountNumber: string) => call('clientCard', { params: { accountNumber } }),
    createClient: (body: In<'createClient'>, options?: WriteOptions) => write('createClient', body, options),
    setNegotiation: (accountNumber: string, body: In<'setNegotiation'>, options?: WriteOptions) =>
      write('setNegotiation', body, options, { accountNumber }),
    requestPin: (body: In<'requestPin'>, options?: WriteOptions) => write('requestPin', body, options),
    approvePin: (id: string, body: In<'approvePin'>, options?: WriteOptions) => write('approvePin', body, options, { id }),
    rejectPin: (id: string, body: In<'rejectPin'>, options?: WriteOptions) => write('rejectPin', body, options, { id }),
    releasePin: (id: string, body: In<'releasePin'>, options?: WriteOptions) => write('releasePin', body, options, { id }),
    quote: (body: In<'quote'>) => call('quote', { body }),
    createInvoice: (body: In<'createInvoice'>, options?: WriteOptions) => write('createInvoice', body, options),
    invoicePdf: async (id: string): Promise<Blob> => (await send('invoicePdf', { params: { id } }, 'blob')).data as Blob,
    recordClientPayment: (id: string, body: In<'recordClientPayment'>, options?: WriteOptions) =>
      write('recordClientPayment', body, options, { id }),
    recordTransfer: (id: string, body: In<'recordTransfer'>, options?: WriteOptions) => write('recordTransfer', body, options, { id }),
    recordViolation: (partnerId: string, body: In<'recordViolation'>, options?: WriteOptions) =>
      write('recordViolation', body, options, { id: partnerId }),
    expelPartner: (id: string, options: WriteOptions = {}) =>
      call('expelPartner', { params: { id }, idempotencyKey: options.idempotencyKey }),
    ledger: (query: { partnerId?: string; cursor?: number; limit?: number } = {}) => call('ledger', { query }),
  }
}

export type RelayClient = ReturnType<typeof createRelayClient>

/** A PDF request that fails still answers a JSON error body, delivered as a Blob: read it back. */
const withJsonErrorBody = async (error: unknown): Promise<unknown> => {
  const response = (error as { response?: { data?: unknown } }).response
  if (response && typeof Blob !== 'undefined' && response.data instanceof Blob) {
    try {
      response.data = JSON.parse(await response.data.text())
    } catch {
      // Not JSON: leave it, the status class is all that is left to go on.
    }
  }
  return error
}
