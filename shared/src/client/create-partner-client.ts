import type { z } from 'zod/mini'
import type { TPartnerSearchQuery } from '../contract/partner-admin'
import { PARTNER_ROUTES } from '../contract/routes/partners'
import type { RelayCaller, WriteOptions } from './create-relay-caller'

type Routes = typeof PARTNER_ROUTES
type In<N extends 'staffCreatePartner' | 'updatePartner' | 'staffCreateLinkCode'> = z.input<Routes[N]['body']>

/** The partner directory vendor staff run from their CRM (issue 10); only the directory's chunk loads it. */
export const createPartnerClient = (caller: RelayCaller) => ({
  search: (query: TPartnerSearchQuery) => caller.call(PARTNER_ROUTES.searchPartners, { query }),
  create: (body: In<'staffCreatePartner'>, options: WriteOptions = {}) =>
    caller.call(PARTNER_ROUTES.staffCreatePartner, { body, idempotencyKey: options.idempotencyKey }),
  update: (id: string, body: In<'updatePartner'>, options: WriteOptions = {}) =>
    caller.call(PARTNER_ROUTES.updatePartner, { body, params: { id }, idempotencyKey: options.idempotencyKey }),
  linkCode: (body: In<'staffCreateLinkCode'>, options: WriteOptions = {}) =>
    caller.call(PARTNER_ROUTES.staffCreateLinkCode, { body, idempotencyKey: options.idempotencyKey }),
  installations: (id: string) => caller.call(PARTNER_ROUTES.listPartnerInstallations, { params: { id } }),
  revoke: (id: string, installationId: string, reason: string, options: WriteOptions = {}) =>
    caller.call(PARTNER_ROUTES.revokeInstallation, { body: { reason }, params: { id, installationId }, idempotencyKey: options.idempotencyKey }),
})

export type PartnerClient = ReturnType<typeof createPartnerClient>
