import type { AxiosAdapter } from 'axios'

/**
 * How a CRM gets requests to the relay. amoCRM replaces the HTTP adapter with its authorised ajax
 * (which adds the disposable token); Bitrix24 keeps axios's own and adds the frame's auth headers.
 */
export type RelayTransport = {
  /** Identity headers, asked for on every request so a refreshed token is always the one sent. */
  headers?: () => Promise<Record<string, string>> | Record<string, string>
  /** Replaces axios's HTTP adapter. */
  adapter?: AxiosAdapter
}
