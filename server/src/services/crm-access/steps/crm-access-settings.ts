import { AppError } from '../../../../../shared/src/contract'
import type { Deps } from '../../deps'
import type { AmocrmClient } from './oauth-grants'
import { createTokenBox, type SecretKeys, type TokenBox } from './token-box'

/** What the relay needs to hold CRM tokens: its secret keys and each CRM's OAuth client. */
export type CrmAccessSettings = {
  keys?: SecretKeys
  amocrm?: AmocrmClient
  bitrix24: { oauthUrl: string; client?: { id: string; secret: string } }
}

const boxes = new WeakMap<SecretKeys, TokenBox>()

/**
 * The settings and the token box, or why this relay cannot hold tokens.
 * @throws invalid_state without RELAY_SECRET_KEY: tokens are never stored in the clear.
 */
export const crmAccessOf = (deps: Deps) => {
  const settings = deps.crmAccess
  if (!settings?.keys) throw new AppError('invalid_state', 'This relay holds no CRM tokens: set RELAY_SECRET_KEY (see the README)')
  const keys = settings.keys
  const box = boxes.get(keys) ?? createTokenBox(keys)
  boxes.set(keys, box)
  return { ...settings, keys, box }
}

/** The authenticated context of a sealed token: its installation and slot. */
export const sealContext = (installationId: string, slot: 'access' | 'refresh') => `crm-access:${installationId}:${slot}`

export const sealGrant = (box: TokenBox, installationId: string, grant: { accessToken: string; refreshToken: string; expiresAt: Date }) => ({
  accessToken: box.seal(grant.accessToken, sealContext(installationId, 'access')),
  refreshToken: box.seal(grant.refreshToken, sealContext(installationId, 'refresh')),
  accessExpiresAt: grant.expiresAt,
})
