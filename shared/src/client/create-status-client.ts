import type { z } from 'zod/mini'
import { STATUS_ROUTES } from '../contract/routes/status'
import type { RelayCaller, WriteOptions } from './create-relay-caller'

type Routes = typeof STATUS_ROUTES
type StatusRouteName = keyof Routes
type In<N extends StatusRouteName> = Routes[N] extends { body: infer B extends z.ZodMiniType } ? z.input<B> : never

/**
 * The status screens' calls (AG-3): a partner's status and certificate, applications, the status
 * board, the half-year reviews, staff's records of a partner's status (AG-REQ) and deal registrations (AG-4),
 * sent through the relay client's own transport.
 */
export const createStatusClient = (caller: RelayCaller) => {
  const write = <N extends StatusRouteName>(name: N, body: In<N>, options: WriteOptions = {}, params?: Record<string, string>) =>
    caller.call(STATUS_ROUTES[name], { body, params, idempotencyKey: options.idempotencyKey })
  return {
    partnerStatus: (partnerId: string) => caller.call(STATUS_ROUTES.partnerStatus, { params: { id: partnerId } }),
    certificate: (partnerId: string) => caller.download(STATUS_ROUTES.partnerCertificate, { params: { id: partnerId } }),
    applyForStatus: (body: In<'applyForStatus'>, options?: WriteOptions) => write('applyForStatus', body, options),
    statusBoard: () => caller.call(STATUS_ROUTES.statusBoard),
    approveApplication: (id: string, body: In<'approveStatusApplication'>, options?: WriteOptions) => write('approveStatusApplication', body, options, { id }),
    refuseApplication: (id: string, body: In<'refuseStatusApplication'>, options?: WriteOptions) => write('refuseStatusApplication', body, options, { id }),
    reviews: () => caller.call(STATUS_ROUTES.listReviews),
    computeReview: (body: In<'computeReview'>, options?: WriteOptions) => write('computeReview', body, options),
    review: (id: string) => caller.call(STATUS_ROUTES.getReview, { params: { id } }),
    confirmReview: (id: string, body: In<'confirmReview'>, options?: WriteOptions) => write('confirmReview', body, options, { id }),
    recordAgreement: (id: string, body: In<'recordAgreement'>, options?: WriteOptions) => write('recordAgreement', body, options, { id }),
    recordEvidence: (id: string, body: In<'recordEvidence'>, options?: WriteOptions) => write('recordEvidence', body, options, { id }),
    voidEvidence: (id: string, body: In<'voidEvidence'>, options?: WriteOptions) => write('voidEvidence', body, options, { id }),
    setThresholds: (id: string, body: In<'setThresholds'>, options?: WriteOptions) => write('setThresholds', body, options, { id }),
    setNetworkParent: (id: string, body: In<'setNetworkParent'>, options?: WriteOptions) => write('setNetworkParent', body, options, { id }),
    changeStatus: (id: string, body: In<'changeStatus'>, options?: WriteOptions) => write('changeStatus', body, options, { id }),
    cancelStatusChange: (id: string, body: In<'cancelStatusChange'>, options?: WriteOptions) => write('cancelStatusChange', body, options, { id }),
    renewPartner: (id: string, body: In<'renewPartner'>, options?: WriteOptions) => write('renewPartner', body, options, { id }),
    partners: () => caller.call(STATUS_ROUTES.listPartners),
    registrations: (kind?: 'client' | 'project') => caller.call(STATUS_ROUTES.listRegistrations, { query: { kind } }),
    registerProject: (body: In<'registerProject'>, options?: WriteOptions) => write('registerProject', body, options),
    setProjectDiscount: (id: string, body: In<'setProjectDiscount'>, options?: WriteOptions) => write('setProjectDiscount', body, options, { id }),
    requestRenewal: (id: string, body: In<'requestRenewal'>, options?: WriteOptions) => write('requestRenewal', body, options, { id }),
    approveRenewal: (id: string, body: In<'approveRenewal'>, options?: WriteOptions) => write('approveRenewal', body, options, { id }),
    rejectRenewal: (id: string, body: In<'rejectRenewal'>, options?: WriteOptions) => write('rejectRenewal', body, options, { id }),
    handOverLead: (body: In<'handOverLead'>, options?: WriteOptions) => write('handOverLead', body, options),
  }
}

export type StatusClient = ReturnType<typeof createStatusClient>
