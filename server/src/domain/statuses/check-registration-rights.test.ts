import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { checkRegistrationRights } from './check-registration-rights'

const agat = loadProgram('agat-rt')

describe('checkRegistrationRights (AG-4)', () => {
  test.each([
    { label: 'an Authorized partner registers a client deal (AG-4)', status: 'authorized', kind: 'client' as const },
    { label: 'a Gold partner registers a project (AG-4)', status: 'gold', kind: 'project' as const },
    { label: 'a Project partner registers a project (AG-4)', status: 'project_partner', kind: 'project' as const },
  ])('$label', ({ status, kind }) => {
    expect(() => checkRegistrationRights({ program: agat, status, kind })).not.toThrow()
  })

  test.each([
    { label: 'no deal protection before authorization (AG-4)', status: 'unauthorized', kind: 'client' as const, reason: 'no-deal-protection' },
    { label: 'a Silver partner has no project registration (AG-4, section 4)', status: 'silver', kind: 'project' as const, reason: 'status-too-low' },
    { label: 'a Regional distributor registers no end customer (AG-REQ)', status: 'regional_distributor', kind: 'client' as const, reason: 'no-end-customers' },
  ])('$label', ({ status, kind, reason }) => {
    expect(() => checkRegistrationRights({ program: agat, status, kind })).toThrow(
      expect.objectContaining({ code: 'not_entitled', details: expect.objectContaining({ reason }) }),
    )
  })

  test('ATRealt has no such limits', () => {
    expect(() => checkRegistrationRights({ program: loadProgram('atrealt'), status: 'partner', kind: 'client' })).not.toThrow()
  })
})
