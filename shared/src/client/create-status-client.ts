import type { z } from 'zod/mini'
import type { RelayCaller, WriteOptions } from './create-relay-caller'
import { STATUS_ROUTES, type StatusRouteName } from './status-routes'

type Routes = typeof STATUS_ROUTES
type In<N extends StatusRouteName> = Routes[N] extends { body: infer B extends z.ZodMiniType } ? z.input<B> : never

/**
 * The status screens' calls (AG-3): a partner's status and certificate, applications, the status
 * board and the half-year reviews, sent through the relay client's own transport.
 */
export const createStatusClient = (caller: RelayCaller) => {
  const write = <N extends StatusRouteName>(name: N, body: In<N>, options: WriteOptions = {}, params?: Record<string, string>) =>
    caller.call(STATUS_ROUTES[name], { body, params, idempotencyKey: options.idempotencyKey })
  return {
    partnerStatus: (partnerId: string) => caller.call(STATUS_ROUTES.partnerStatus, { params: { id: partnerId } }),
    certificate: (partnerId: string) => caller.download(STATUS_ROUTES.partnerCertificate, { params: { id: partnerId } }),
    applyForStatus: (body: In<'applyForStatus'>, options?: WriteOptions) => write('applyForStatus', body, options),
    statusBoard: () => caller.call(STATUS_ROUTES.statusBoard),
    approveApplication: (id: string, body: In<'approveStatusApplication'>, options?: WriteOptions) =>
      write('approveStatusApplication', body, options, { id }),
    refuseApplication: (id: string, body: In<'refuseStatusApplication'>, options?: WriteOptions) =>
      write('refuseStatusApplication', body, options, { id }),
    reviews: () => caller.call(STATUS_ROUTES.listReviews),
    computeReview: (body: In<'computeReview'>, options?: WriteOptions) => write('computeReview', body, options),
    review: (id: string) => caller.call(STATUS_ROUTES.getReview, { params: { id } }),
    confirmReview: (id: string, body: In<'confirmReview'>, options?: WriteOptions) => write('confirmReview', body, options, { id }),
  }
}

export type StatusClient = ReturnType<typeof createStatusClient>
