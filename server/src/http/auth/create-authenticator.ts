import type { Request } from 'express'
import { AppError, type Caller } from '../../../../shared/src/contract'
import type { Actor } from '../../services/context'
import type { HttpDeps, InstallationRow } from '../http-deps'
import type { CrmIdentity } from './crm-identity'
import { isBitrix24Authorization, parseClaimedDomain, readBitrix24Headers } from './read-bitrix24-headers'
import { notLinked, resolveActor } from './resolve-actor'
import { verifyAdminToken } from './verify-admin-token'
import { createAmocrmVerifier } from './create-amocrm-verifier'
import { createBitrix24Verifier } from './create-bitrix24-verifier'

/** Establishes who calls a route of the given caller kind; `anyone` routes have no actor. */
export type Authenticate = (req: Request, caller: Exclude<Caller, 'anyone'>) => Promise<Actor>

type Identified = { identity: CrmIdentity; installation: InstallationRow | null }

export const createAuthenticator = (deps: HttpDeps): Authenticate => {
  const { config, installations, logger } = deps
  const now = deps.now ?? (() => new Date())
  const verifyAmocrm = createAmocrmVerifier(config.amocrm, now)
  const verifyBitrix24 = createBitrix24Verifier({
    fetch: deps.fetch ?? globalThis.fetch,
    allowHttp: config.b24AllowHttp,
    now,
    logger,
  })

  const identifyAmocrm = async (token: string): Promise<Identified> => {
    const identity = await verifyAmocrm(token)
    return { identity, installation: await installations.find('amocrm', identity.account) }
  }

  const identifyBitrix24 = async (req: Request, caller: Caller): Promise<Identified> => {
    const { authId, memberId, claimedDomain } = readBitrix24Headers(req)
    const installation = await installations.find('bitrix24', memberId)
    // Without a stored domain there is no portal we trust to ask, except when linking.
    if (!installation && caller !== 'unlinked-crm') throw notLinked()
    // A linked member is verified against the domain stored at link time, never the claimed one.
    const domain = installation ? installation.domain : parseClaimedDomain(claimedDomain)
    const userId = await verifyBitrix24({ domain, memberId, authId })
    return { identity: { crm: 'bitrix24', account: memberId, userId, domain }, installation }
  }

  return async (req, caller) => {
    if (caller === 'admin') {
      verifyAdminToken(req.get('authorization'), config.adminToken)
      return { kind: 'admin' }
    }
    const amocrmToken = req.get('x-auth-token')
    const isBitrix24 = isBitrix24Authorization(req.get('authorization'))
    if (amocrmToken && isBitrix24) {
      throw new AppError('unauthenticated', 'Send one identity: either X-Auth-Token (amoCRM) or Authorization: Bitrix24 (Bitrix24)')
    }
    if (!amocrmToken && !isBitrix24) {
      throw new AppError('unauthenticated', 'Sign the request: X-Auth-Token from amoCRM, or Authorization: Bitrix24 <AUTH_ID> with X-B24-Member-Id and X-B24-Domain')
    }
    const identified = amocrmToken ? await identifyAmocrm(amocrmToken) : await identifyBitrix24(req, caller)
    return resolveActor({ ...identified, caller })
  }
}
