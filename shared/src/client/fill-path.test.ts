import { describe, expect, it } from 'vitest'
import { fillPath, queryString } from './fill-path'

describe('fillPath and queryString', () => {
  it('encodes path parameters and refuses a missing one', () => {
    expect(fillPath('/v1/pins/:id/approve', { id: 'p 1' })).toBe('/v1/pins/p%201/approve')
    expect(() => fillPath('/v1/pins/:id/approve')).toThrow('Missing path parameter id')
  })

  it('writes the query the relay reads, leaving out what is not set', () => {
    expect(queryString({ partnerId: 'a&b', cursor: 5, limit: undefined })).toBe('?partnerId=a%26b&cursor=5')
    expect(queryString({ limit: undefined })).toBe('')
    expect(queryString()).toBe('')
  })
})
