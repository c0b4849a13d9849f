import { randomBytes } from 'node:crypto'
import type { HarnessClient } from '../harness-clients'

/** `mayEditCards: false` plays a user whose role may read CRM items but not change them (ACCESS_DENIED). */
export type PortalUser = { id: number; name: string; lastName: string; isAdmin: boolean; mayEditCards?: boolean }

/** One Bitrix24 portal with our app: its users, the app's install state, placements and options. */
export type PortalSpec = {
  memberId: string
  title: string
  users: PortalUser[]
  /** True when an admin already ran the install page to its end (`installFinish`). */
  installed?: boolean
  placements?: PlacementBinding[]
  appOptions?: Record<string, string>
}

export type PlacementBinding = { placement: string; handler: string; title: string }

export type PortalTokens = { AUTH_ID: string; AUTH_EXPIRES: number; REFRESH_ID: string }

type Portal = Required<PortalSpec> & { userOptions: Map<number, Record<string, string>> }
type Token = { memberId: string; userId: number; expiresAt: number; isRevoked: boolean }
export type PortalCall = { method: string; memberId: string | null; status: number }

const AUTH_TTL_SECONDS = 3600
const token = () => randomBytes(24).toString('hex')

/**
 * The portals the harness plays, with one token table for all of them: tokens are random and
 * unique, so `profile` can tell which portal and user a token belongs to, as a real portal would.
 */
export const createFakePortal = (specs: PortalSpec[], clients: HarnessClient[]) => {
  const portals = new Map<string, Portal>(specs.map((s) => [s.memberId, { installed: false, placements: [], appOptions: {}, ...s, userOptions: new Map() }]))
  const tokens = new Map<string, Token>()
  const refreshIds = new Map<string, { memberId: string; userId: number }>()
  const calls: PortalCall[] = []
  const bornExpired = new Set<string>()

  const portalOf = (memberId: string) => {
    const portal = portals.get(memberId)
    if (!portal) throw new Error(`No portal with member_id ${memberId}`)
    return portal
  }
  const issue = (memberId: string, userId: number): PortalTokens => {
    const AUTH_ID = token()
    const REFRESH_ID = token()
    tokens.set(AUTH_ID, { memberId, userId, expiresAt: Date.now() + AUTH_TTL_SECONDS * 1000, isRevoked: bornExpired.delete(memberId) })
    refreshIds.set(REFRESH_ID, { memberId, userId })
    return { AUTH_ID, AUTH_EXPIRES: AUTH_TTL_SECONDS, REFRESH_ID }
  }

  return {
    clients,
    calls,
    portal: portalOf,
    memberIds: () => [...portals.keys()],
    user: (memberId: string, userId: number) => {
      const user = portalOf(memberId).users.find((u) => u.id === userId)
      if (!user) throw new Error(`No user ${userId} on portal ${memberId}`)
      return user
    },
    /** What the parent frame hands the app in `getInitData` and on the handler's POST. */
    issueTokens: issue,
    /** The parent frame's `refreshAuth`: a new pair for a known refresh token. */
    refresh: (refreshId: string): PortalTokens | null => {
      const owner = refreshIds.get(refreshId)
      return owner ? issue(owner.memberId, owner.userId) : null
    },
    /** Resolves an AUTH_ID the way the portal's REST does: the user, or why it is refused. */
    resolve: (authId: string | undefined) => {
      const found = authId ? tokens.get(authId) : undefined
      if (!found) return { kind: 'unknown' as const }
      if (found.isRevoked || found.expiresAt <= Date.now()) return { kind: 'expired' as const }
      return { kind: 'valid' as const, portal: portalOf(found.memberId), user: portalOf(found.memberId).users.find((u) => u.id === found.userId)! }
    },
    /** Makes every token issued so far answer `expired_token`, as after an hour of inactivity. */
    expireTokens: (memberId?: string) => {
      for (const each of tokens.values()) if (!memberId || each.memberId === memberId) each.isRevoked = true
    },
    /**
     * The next token of this portal is refused as expired from the start, though it claims an hour
     * of life: what an app sees when its page sat open past the token's end.
     */
    expireNextToken: (memberId: string) => void bornExpired.add(memberId),
    userOptions: (memberId: string, userId: number) => portalOf(memberId).userOptions.get(userId) ?? {},
    setUserOption: (memberId: string, userId: number, name: string, value: string) => {
      const portal = portalOf(memberId)
      portal.userOptions.set(userId, { ...portal.userOptions.get(userId), [name]: value })
    },
  }
}

export type FakePortal = ReturnType<typeof createFakePortal>
