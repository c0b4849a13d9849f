import { z } from 'zod/mini'

/**
 * One AG-PRIV row for the partner's status: granted, not granted, or granted on request. Apart
 * from statuses.ts because `/v1/me` carries it on every card, and zod schemas are not tree-shaken:
 * importing one from there would bring every status schema with it.
 */
export const ZPrivilegeValue = z.union([z.boolean(), z.literal('on-request')])
export const ZPrivilege = z.object({ id: z.string(), value: ZPrivilegeValue })
export type TPrivilege = z.infer<typeof ZPrivilege>
