import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { AppError } from '../../../../shared/src/contract'

/** Where the relay may connect for a portal host: the address it checked, never a fresh lookup. */
export type PortalTarget = { host: string; hostname: string; port: number | undefined; address: string | undefined; family: 4 | 6 | undefined }

export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>

export const resolveWithDns: ResolveHost = (hostname) => lookup(hostname, { all: true, verbatim: true })

// Names that never belong to a cloud portal: they point into the vendor's own network.
const PRIVATE_SUFFIXES = ['.local', '.internal', '.localhost', '.localdomain', '.lan', '.intranet', '.corp', '.home', '.home.arpa']

const refuse = (host: string, why: string) =>
  new AppError(
    'invalid_request',
    `X-B24-Domain "${host}" is not a portal the relay may call: ${why}. An on-premise portal is listed by the vendor in B24_PORTAL_HOSTS`,
    { details: { fields: [{ path: 'X-B24-Domain', message: why }] } },
  )

const splitHost = (host: string): { hostname: string; port: number | undefined } => {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(host)
  const port = match?.[2] === undefined ? undefined : Number(match[2])
  return { hostname: match?.[1] ?? host, port }
}

/** Public unicast only: no loopback, private, link-local, carrier-grade NAT, multicast or reserved range. */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false
  // `process` turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) back into the IPv4 it carries.
  return ipaddr.process(address).range() === 'unicast'
}

/**
 * Decides whether the relay may call a portal named by a Bitrix24 frame, before anything is sent
 * there. A host the vendor listed (`B24_PORTAL_HOSTS`) is trusted as is. Any other must be a DNS name
 * with at least two labels, not a local suffix, whose every address is public; the caller then
 * connects to the address checked here, so a second lookup cannot point it elsewhere.
 * @throws AppError invalid_request naming the host and the reason; unavailable when DNS does not answer
 */
export const checkPortalHost = async (options: { host: string; allowedHosts: readonly string[]; resolve: ResolveHost }): Promise<PortalTarget> => {
  const { host, allowedHosts, resolve } = options
  const { hostname, port } = splitHost(host)
  if (allowedHosts.includes(host) || (port === undefined && allowedHosts.includes(hostname))) {
    return { host, hostname, port, address: undefined, family: undefined }
  }
  if (isIP(hostname) || /^[\d.]+$/.test(hostname) || hostname.startsWith('[')) throw refuse(host, 'an IP address is not a portal name')
  if (hostname === 'localhost' || !hostname.includes('.')) throw refuse(host, 'a single-label or local name is not a portal name')
  if (PRIVATE_SUFFIXES.some((suffix) => hostname.endsWith(suffix))) throw refuse(host, 'a local network name is not a portal name')
  if (/\.\d+$/.test(hostname)) throw refuse(host, 'a numeric top-level domain is not a portal name')
  let addresses: { address: string; family: number }[]
  try {
    addresses = await resolve(hostname)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTFOUND' || code === 'ENODATA') throw refuse(host, 'the name does not resolve')
    throw new AppError('unavailable', `The portal name "${host}" could not be resolved just now (${code ?? 'DNS error'}): try again shortly`)
  }
  if (addresses.length === 0) throw refuse(host, 'the name does not resolve')
  // Every address must be public: a resolver may hand any of them to the next connection.
  if (!addresses.every(({ address }) => isPublicAddress(address))) throw refuse(host, 'the name resolves to a private or local address')
  const [first] = addresses
  return { host, hostname, port, address: first.address, family: first.family === 6 ? 6 : 4 }
}
