import type { TCrm } from '../../../../shared/src/contract'

/** A CRM caller whose token has been verified; `account` is the amoCRM account id or the Bitrix24 member_id. */
export type CrmIdentity = { crm: TCrm; account: string; userId: string | null; domain: string }
