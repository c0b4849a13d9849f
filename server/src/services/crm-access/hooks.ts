import type { TAmocrmCallbackQuery, TAmocrmDisabledQuery, TBitrix24EventBody } from '../../../../shared/src/contract'
import type { Deps } from '../deps'
import { completeAmocrmAuthorisation } from './complete-amocrm-authorisation'
import { handleBitrix24Event } from './handle-bitrix24-event'
import { revokeAmocrmAccess } from './revoke-amocrm-access'

/** The calls the CRMs themselves make to the relay (issue 12): no CRM user's token comes with them. */
export const createCrmHooks = (deps: Deps) => ({
  amocrmCallback: (query: TAmocrmCallbackQuery, now: Date) => completeAmocrmAuthorisation(deps, query, now),
  amocrmDisabled: (query: TAmocrmDisabledQuery, now: Date) => revokeAmocrmAccess(deps, query, now),
  bitrix24Event: (body: TBitrix24EventBody, now: Date) => handleBitrix24Event(deps, body, now),
})

export type CrmHooks = ReturnType<typeof createCrmHooks>
