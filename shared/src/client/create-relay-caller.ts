import axios from 'axios'
import type { z } from 'zod/mini'
import type { RouteSpec } from '../contract/routes/route-spec'
import { fillPath, queryString } from './fill-path'
import { newIdempotencyKey } from './idempotency-key'
import { RelayError } from './relay-error'
import { toRelayError } from './to-relay-error'
import type { RelayTransport } from './transport'

/** A route as the browser calls it: the contract's entry without the server's own fields. */
export type ClientRoute = Pick<RouteSpec, 'method' | 'path' | 'body' | 'response' | 'idempotent'>

/** Sent with a write; without it every call is its own attempt. */
export type WriteOptions = { idempotencyKey?: string }

export type CallOptions = WriteOptions & {
  params?: Record<string, string>
  body?: unknown
  query?: Record<string, string | number | undefined>
}

export type RelayClientOptions = {
  /** The relay's origin (and path prefix, if any); read per request so a changed setting applies at once. */
  baseUrl: string | (() => string)
  transport?: RelayTransport
}

/**
 * Calls any route given as a value, so each group of routes (the widgets' everyday ones, the
 * status screens') ships its schemas only with the code that calls them. Bodies are checked
 * before the round trip and every JSON answer is parsed with the route's schema.
 */
export const createRelayCaller = ({ baseUrl, transport = {} }: RelayClientOptions) => {
  const http = axios.create({ adapter: transport.adapter, timeout: 30_000 })
  const resolveBase = () => (typeof baseUrl === 'function' ? baseUrl() : baseUrl).trim().replace(/\/+$/, '')

  const send = async (route: ClientRoute, options: CallOptions, responseType: 'json' | 'blob') => {
    const base = resolveBase()
    if (!base) throw new RelayError('not_configured', 'The relay URL is not set')
    let data: unknown
    if (route.body) {
      // Catch a bad form before the round trip; the relay checks again.
      const parsed = route.body.safeParse(options.body ?? {})
      if (!parsed.success) throw new RelayError('invalid_request', 'Request failed validation', { details: parsed.error.issues })
      data = parsed.data
    }
    const headers: Record<string, string> = { Accept: responseType === 'blob' ? 'application/pdf' : 'application/json' }
    Object.assign(headers, await transport.headers?.())
    if (route.idempotent) headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey()
    if (data !== undefined) headers['Content-Type'] = 'application/json'
    try {
      return await http.request({
        method: route.method,
        url: base + fillPath(route.path, options.params) + queryString(options.query),
        data: data === undefined ? undefined : JSON.stringify(data),
        headers,
        responseType,
      })
    } catch (error) {
      throw toRelayError(await withJsonErrorBody(error))
    }
  }

  return {
    call: async <R extends ClientRoute>(route: R, options: CallOptions = {}): Promise<z.output<R['response']>> => {
      const response = await send(route, options, 'json')
      const parsed = route.response.safeParse(response.data)
      if (!parsed.success) throw new RelayError('invalid_response', `Unexpected answer from ${route.path}`, { details: parsed.error.issues })
      return parsed.data as z.output<R['response']>
    },
    /** A document (PDF) as a Blob; its JSON error body, if any, is read back into a RelayError. */
    download: async (route: ClientRoute, options: CallOptions = {}): Promise<Blob> => (await send(route, options, 'blob')).data as Blob,
  }
}

export type RelayCaller = ReturnType<typeof createRelayCaller>

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
