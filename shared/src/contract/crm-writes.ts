import { z } from 'zod/mini'
import { ZCrmAccess } from './crm-access'

export type { TBitrix24TokensRequest } from './crm-access'

/** The CRM card kinds the relay writes on: amoCRM has companies, contacts and leads; Bitrix24 companies, contacts and deals. */
export const ZCrmEntityType = z.enum(['company', 'contact', 'lead', 'deal'])
export type TCrmEntityType = z.infer<typeof ZCrmEntityType>

/** Which card kinds each CRM offers for the relay's tasks and notes. */
export const CRM_ENTITY_TYPES = { amocrm: ['company', 'lead', 'contact'], bitrix24: ['company', 'deal', 'contact'] } as const

/**
 * The widget's card, sent with its requests as `X-Crm-Card: <type>:<id>` so the relay knows where
 * to write about that client in the caller's own CRM (issue 12).
 */
export const CRM_CARD_HEADER = 'X-Crm-Card'
export const parseCrmCard = (value: string | undefined): { type: TCrmEntityType; id: string } | null => {
  const match = value ? /^(company|contact|lead|deal):([0-9]{1,20})$/.exec(value) : null
  return match ? { type: match[1] as TCrmEntityType, id: match[2] } : null
}

/**
 * What an installation lets the relay write into its own CRM (issue 12), all off until it turns
 * them on: partners get transfer tasks, pin-decision notes and violation notes on the client's
 * card; vendor staff get a task for each new pin request. `entityType` is the card kind written on
 * when the client has several; `responsibleUserId` the CRM user a vendor task is for.
 */
export const ZCrmWriteSettings = z.strictObject({
  transferTasks: z.boolean(),
  pinNotes: z.boolean(),
  violationNotes: z.boolean(),
  pinRequestTasks: z.boolean(),
  entityType: ZCrmEntityType,
  responsibleUserId: z.nullable(z.string().check(z.regex(/^[0-9]{1,20}$/, 'A CRM user id is digits'))),
})
export type TCrmWriteSettings = z.infer<typeof ZCrmWriteSettings>

/** How the writes went lately: what waits, what was written, what could not be. */
export const ZCrmWriteCounts = z.object({ pending: z.number(), done: z.number(), skipped: z.number(), failed: z.number() })

export const ZCrmWriteSettingsResponse = z.object({
  settings: ZCrmWriteSettings,
  crmAccess: ZCrmAccess,
  writes: ZCrmWriteCounts,
})
export type TCrmWriteSettingsResponse = z.infer<typeof ZCrmWriteSettingsResponse>
