import type { Request } from 'express'
import { AppError, type Caller, ROUTES } from '../../../../shared/src/contract'
import { DomainError } from '../../domain/domain-error'
import type { Actor } from '../../services/context'
import type { HttpDeps, InstallationRow } from '../http-deps'
import { parseInput } from '../parse-input'
import { resolveWithDns } from './check-portal-host'
import { createAmocrmVerifier } from './create-amocrm-verifier'
import { createBitrix24Verifier } from './create-bitrix24-verifier'
import type { CrmIdentity } from './crm-identity'
import { createLinkAttempts } from './link-attempts'
import { isBitrix24Authorization, parseClaimedDomain, readBitrix24Headers } from './read-bitrix24-headers'
import { notLinked, resolveActor } from './resolve-actor'
import { verifyAdminToken } from './verify-admin-token'

/** Establishes who calls a route of the given caller kind; `anyone` routes have no actor. */
export type Authenticate = (req: Request, caller: Exclude<Caller, 'anyone'>) => Promise<Actor>

type Identified = { identity: CrmIdentity; installation: InstallationRow | null }

/** Wrong link codes allowed per 15 minutes: per CRM account claimed, and per network address. */
const LINK_FAILURE_LIMITS = { account: 10, ip: 50 }

export const createAuthenticator = (deps: HttpDeps): Authenticate => {
  const { config, installations, logger } = deps
  const now = deps.now ?? (() => new Date())
  const verifyAmocrm = createAmocrmVerifier(config.amocrm, now)
  const verifyBitrix24 = createBitrix24Verifier({
    allowHttp: config.b24AllowHttp,
    portalHosts: config.b24PortalHosts ?? [],
    resolve: deps.resolveHost ?? resolveWithDns,
    now,
    logger,
  })
  const linkAttempts = createLinkAttempts({ limits: LINK_FAILURE_LIMITS, now: () => now().getTime() })

  /**
   * A caller that links itself shows a usable code before the relay does anything on its word: in
   * particular before it connects to the portal a Bitrix24 frame names (issue: no outbound call
   * before the link code). Wrong codes count against the caller's address and claimed account.
   */
  const checkLinkCode = async (req: Request, account: string) => {
    const { code } = parseInput(ROUTES.linkInstallation.body, req.body, 'body')
    const keys = [`ip:${req.ip ?? req.socket.remoteAddress ?? ''}`, `account:${account}`]
    linkAttempts.assertAllowed(keys)
    try {
      await deps.checkLinkCode(code)
    } catch (error) {
      // Only a refused code counts: a database hiccup is not the caller's guess.
      if (error instanceof DomainError || (error instanceof AppError && error.status < 500)) linkAttempts.recordFailure(keys)
      throw error
    }
  }

  const identifyAmocrm = async (token: string): Promise<Identified> => {
    const identity = await verifyAmocrm(token)
    return { identity, installation: await installations.find('amocrm', identity.account) }
  }

  const identifyBitrix24 = async (req: Request, caller: Caller): Promise<Identified> => {
    const { authId, memberId, claimedDomain, expiresAt } = readBitrix24Headers(req)
    const installation = await installations.find('bitrix24', memberId)
    // Without a stored domain there is no portal we trust to ask, except when linking.
    if (!installation && caller !== 'unlinked-crm') throw notLinked()
    // A linked member is verified against the domain stored at link time, never the claimed one.
    const domain = installation ? installation.domain : parseClaimedDomain(claimedDomain)
    if (caller === 'unlinked-crm') await checkLinkCode(req, `bitrix24:${memberId}`)
    const userId = await verifyBitrix24({ domain, memberId, authId, expiresAt })
    return { identity: { crm: 'bitrix24', account: memberId, userId, domain }, installation }
  }

  const noteSeen = (actor: Actor): Actor => {
    if (actor.kind === 'partner' || actor.kind === 'vendor') installations.seen?.(actor.installationId)
    return actor
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
      throw new AppError(
        'unauthenticated',
        'Sign the request: X-Auth-Token from amoCRM, or Authorization: Bitrix24 <AUTH_ID> with X-B24-Member-Id and X-B24-Domain',
      )
    }
    if (amocrmToken) {
      const identified = await identifyAmocrm(amocrmToken)
      // amoCRM tokens are checked locally, so the code check may follow the signature check.
      if (caller === 'unlinked-crm') await checkLinkCode(req, `amocrm:${identified.identity.account}`)
      return noteSeen(resolveActor({ ...identified, caller }))
    }
    return noteSeen(resolveActor({ ...(await identifyBitrix24(req, caller)), caller }))
  }
}
