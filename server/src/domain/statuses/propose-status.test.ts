import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { proposeStatus } from './propose-status'

const agat = loadProgram('agat-rt')
const met = (...statuses: string[]) =>
  Object.fromEntries(['authorized', 'silver', 'gold', 'regional_distributor', 'project_partner'].map((s) => [s, statuses.includes(s)]))

describe('proposeStatus (AG-3.3b)', () => {
  test.each([
    {
      label: 'a Silver partner meeting Gold is proposed Gold',
      current: 'silver',
      isMet: met('authorized', 'silver', 'gold'),
      proposed: 'gold',
      eligible: ['gold'],
    },
    {
      label: 'an Authorized partner meeting Gold skips to Gold',
      current: 'authorized',
      isMet: met('authorized', 'gold'),
      proposed: 'gold',
      eligible: ['gold'],
    },
    { label: 'a Gold partner meeting Gold keeps it', current: 'gold', isMet: met('authorized', 'silver', 'gold'), proposed: 'gold', eligible: ['gold'] },
    {
      label: 'the highest status met wins',
      current: 'gold',
      isMet: met('authorized', 'silver', 'gold', 'project_partner'),
      proposed: 'project_partner',
      eligible: ['project_partner', 'gold'],
    },
    { label: 'a Gold partner below its volume goes down to Silver', current: 'gold', isMet: met('authorized', 'silver'), proposed: 'silver', eligible: [] },
    {
      label: 'a Gold partner without certified staff goes down to Authorized',
      current: 'gold',
      isMet: met('authorized'),
      proposed: 'authorized',
      eligible: [],
    },
    {
      label: 'a Project partner meeting nothing above Silver goes down past Gold to Silver',
      current: 'project_partner',
      isMet: met('authorized', 'silver'),
      proposed: 'silver',
      eligible: [],
    },
    { label: 'a review never takes the authorization away', current: 'gold', isMet: met(), proposed: 'authorized', eligible: [] },
    { label: 'a Silver partner meeting no review status keeps Silver', current: 'silver', isMet: met('authorized'), proposed: 'silver', eligible: [] },
  ])('$label', ({ current, isMet, proposed, eligible }) => {
    expect(proposeStatus({ program: agat, current, isMet })).toEqual({ proposed, eligible })
  })
})
