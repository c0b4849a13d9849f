import { describe, expect, test } from 'vitest'
import { checkPortalHost, isPublicAddress, type ResolveHost } from './check-portal-host'

const resolvingTo =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))

describe('isPublicAddress', () => {
  test.each([
    ['93.158.134.3', true],
    ['2a02:6b8::2:242', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:93.158.134.3', true],
    ['not an address', false],
  ])('%s is public: %s', (address, isPublic) => {
    expect(isPublicAddress(address)).toBe(isPublic)
  })
})

describe('checkPortalHost', () => {
  test('a cloud portal name that resolves to public addresses is called at the address checked', async () => {
    const target = await checkPortalHost({ host: 'company.bitrix24.ru', allowedHosts: [], resolve: resolvingTo('93.158.134.3', '2a02:6b8::2:242') })
    expect(target).toEqual({ host: 'company.bitrix24.ru', hostname: 'company.bitrix24.ru', port: undefined, address: '93.158.134.3', family: 4 })
  })

  test('a host the vendor listed is trusted without a lookup, port and all', async () => {
    const resolve: ResolveHost = async () => {
      throw new Error('must not be asked')
    }
    expect(await checkPortalHost({ host: 'crm.vendor.lan:8443', allowedHosts: ['crm.vendor.lan:8443'], resolve })).toMatchObject({
      hostname: 'crm.vendor.lan',
      port: 8443,
      address: undefined,
    })
    expect(await checkPortalHost({ host: 'localhost', allowedHosts: ['localhost'], resolve })).toMatchObject({ hostname: 'localhost' })
  })

  test('a listed host name does not open other ports of that host', async () => {
    await expect(checkPortalHost({ host: 'localhost:22', allowedHosts: ['localhost'], resolve: resolvingTo('127.0.0.1') })).rejects.toMatchObject({
      code: 'invalid_request',
    })
  })

  test.each([
    { label: 'an IPv4 literal', host: '93.158.134.3' },
    { label: 'an IPv4 literal in short form', host: '2130706433' },
    { label: 'localhost', host: 'localhost:8080' },
    { label: 'a single label', host: 'portal' },
    { label: 'a .local name', host: 'portal.local' },
    { label: 'an .internal name', host: 'portal.internal' },
    { label: 'a numeric top-level domain', host: '0x7f.1' },
  ])('$label is refused without a lookup', async ({ host }) => {
    const resolve: ResolveHost = async () => {
      throw new Error('must not be asked')
    }
    await expect(checkPortalHost({ host, allowedHosts: [], resolve })).rejects.toMatchObject({ code: 'invalid_request' })
  })

  test('a DNS server that does not answer is 503, not the caller’s fault', async () => {
    const resolve: ResolveHost = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' })
    }
    await expect(checkPortalHost({ host: 'company.bitrix24.ru', allowedHosts: [], resolve })).rejects.toMatchObject({ code: 'unavailable' })
  })
})
