import type { Page } from 'playwright-core'
import type { Actor, Ctx } from '../../../server/src/services/context'
import { findInstallation } from '../../../server/src/store/queries/installations'
import { createLinkCode } from './admin-api'
import { installAndLink } from './amocrm-ui'
import { PARTNERS } from './e2e-world'
import type { Stack } from './start-stack'

/** The use cases as one linked amoCRM account calls them, for facts a screen needs but a test is not about. */
export const amoCtxOf = async (stack: Stack, crmAccount: number): Promise<Ctx> => {
  const installation = (await findInstallation(stack.relay.deps.db, 'amocrm', String(crmAccount)))!
  const base = { crm: 'amocrm' as const, account: String(crmAccount), userId: '1', installationId: installation.id }
  const actor: Actor = installation.partnerId ? { kind: 'partner', ...base, partnerId: installation.partnerId } : { kind: 'vendor', ...base }
  return { actor, now: new Date() }
}

/** Vendor staff and partner alpha install the widget in their amoCRM accounts and link them with one-time codes. */
export const linkVendorAndAlpha = async (stack: Stack, pages: { vendor: Page; alpha: Page }, alphaId: string) => {
  await installAndLink(pages.vendor, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
  await installAndLink(pages.alpha, {
    stack,
    who: 'alpha',
    code: await createLinkCode(stack, { partnerId: alphaId }),
    linkedText: `Привязано к партнёру «${PARTNERS.alpha.name}»`,
  })
}
