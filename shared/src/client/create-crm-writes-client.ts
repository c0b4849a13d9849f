import type { TBitrix24TokensRequest, TCrmWriteSettings } from '../contract/crm-writes'
import { CRM_WRITE_ROUTES } from '../contract/routes/crm-writes'
import type { RelayCaller, WriteOptions } from './create-relay-caller'

/** The settings part about the relay acting in this CRM (issue 12); only that part loads it. */
export const createCrmWritesClient = (caller: RelayCaller) => ({
  settings: () => caller.call(CRM_WRITE_ROUTES.crmWriteSettings),
  save: (body: TCrmWriteSettings, options: WriteOptions = {}) =>
    caller.call(CRM_WRITE_ROUTES.setCrmWriteSettings, { body, idempotencyKey: options.idempotencyKey }),
  startAmocrmAuthorisation: () => caller.call(CRM_WRITE_ROUTES.startAmocrmAuthorisation),
  handOverBitrix24Tokens: (body: TBitrix24TokensRequest) => caller.call(CRM_WRITE_ROUTES.handOverBitrix24Tokens, { body }),
})

export type CrmWritesClient = ReturnType<typeof createCrmWritesClient>
