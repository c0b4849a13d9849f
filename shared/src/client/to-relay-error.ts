import { isAxiosError } from 'axios'
import { ZErrorBody } from '../contract/errors'
import { RelayError } from './relay-error'

/** Turns whatever a call threw (axios error, error body, parse failure) into one RelayError. */
export const toRelayError = (error: unknown): RelayError => {
  if (error instanceof RelayError) return error
  if (isAxiosError(error)) {
    if (!error.response) return new RelayError('network', error.message)
    const body = ZErrorBody.safeParse(error.response.data)
    if (body.success) {
      const { code, message, rule, details } = body.data.error
      return new RelayError(code, message, { rule, details })
    }
    // A proxy or a crashed relay answers without our error body: only the status class is meaningful.
    const status = error.response.status
    return new RelayError(status >= 500 ? 'unavailable' : 'invalid_response', `HTTP ${status}`)
  }
  return new RelayError('internal', error instanceof Error ? error.message : String(error))
}
