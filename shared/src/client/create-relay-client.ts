import type { z } from 'zod'
import { WIDGET_ROUTES } from '../contract/routes/widget'
import { type CallOptions, createRelayCaller, type RelayCaller, type RelayClientOptions, type WriteOptions } from './create-relay-caller'

export type { RelayClientOptions, WriteOptions } from './create-relay-caller'

type Routes = typeof WIDGET_ROUTES
type RelayRouteName = keyof Routes
type Out<N extends RelayRouteName> = z.output<Routes[N]['response']>
type In<N extends RelayRouteName> = Routes[N] extends { body: infer B extends z.core.$ZodType } ? z.input<B> : never

/**
 * One typed method per route the widgets call; every answer is parsed with the contract's schema.
 * `caller` sends any other group of routes (the status screens') through the same transport.
 */
export const createRelayClient = (options: RelayClientOptions) => {
  const caller: RelayCaller = createRelayCaller(options)
  const call = <N extends RelayRouteName>(name: N, callOptions: CallOptions = {}): Promise<Out<N>> =>
    caller.call(WIDGET_ROUTES[name], callOptions) as Promise<Out<N>>

  const write = <N extends RelayRouteName>(name: N, body: In<N>, write: WriteOptions = {}, params?: Record<string, string>) =>
    call(name, { body, params, idempotencyKey: write.idempotencyKey })

  return {
    caller,
    me: () => call('me'),
    streamTicket: () => call('streamTicket'),
    program: () => call('program'),
    linkInstallation: (body: In<'linkInstallation'>) => call('linkInstallation', { body }),
    clientCard: (accountNumber: string) => call('clientCard', { params: { accountNumber } }),
    createClient: (body: In<'createClient'>, options?: WriteOptions) => write('createClient', body, options),
    setNegotiation: (accountNumber: string, body: In<'setNegotiation'>, options?: WriteOptions) => write('setNegotiation', body, options, { accountNumber }),
    requestPin: (body: In<'requestPin'>, options?: WriteOptions) => write('requestPin', body, options),
    approvePin: (id: string, body: In<'approvePin'>, options?: WriteOptions) => write('approvePin', body, options, { id }),
    rejectPin: (id: string, body: In<'rejectPin'>, options?: WriteOptions) => write('rejectPin', body, options, { id }),
    releasePin: (id: string, body: In<'releasePin'>, options?: WriteOptions) => write('releasePin', body, options, { id }),
    quote: (body: In<'quote'>) => call('quote', { body }),
    createInvoice: (body: In<'createInvoice'>, options?: WriteOptions) => write('createInvoice', body, options),
    invoicePdf: (id: string): Promise<Blob> => caller.download(WIDGET_ROUTES.invoicePdf, { params: { id } }),
    creditNotePdf: (id: string): Promise<Blob> => caller.download(WIDGET_ROUTES.creditNotePdf, { params: { id } }),
    recordClientPayment: (id: string, body: In<'recordClientPayment'>, options?: WriteOptions) => write('recordClientPayment', body, options, { id }),
    recordTransfer: (id: string, body: In<'recordTransfer'>, options?: WriteOptions) => write('recordTransfer', body, options, { id }),
    recordViolation: (partnerId: string, body: In<'recordViolation'>, options?: WriteOptions) => write('recordViolation', body, options, { id: partnerId }),
    expelPartner: (id: string, options: WriteOptions = {}) => call('expelPartner', { params: { id }, idempotencyKey: options.idempotencyKey }),
  }
}

export type RelayClient = ReturnType<typeof createRelayClient>
