import { describe, expect, test } from 'vitest'
import { partnerStateFor } from './partner-state-for'

const manual = { autoExpel: false }
const automatic = { autoExpel: true }

describe('partner state from violations (AT-4.1, AG-1.5)', () => {
  test.each([
    { label: 'no violation: active', current: 'active', episodes: 0, policy: manual, state: 'active' },
    { label: 'the first episode restricts', current: 'active', episodes: 1, policy: manual, state: 'restricted' },
    { label: 'a repeat episode makes expulsion pending', current: 'restricted', episodes: 2, policy: manual, state: 'expulsion_pending' },
    { label: 'a repeat episode expels when the program says so', current: 'restricted', episodes: 2, policy: automatic, state: 'expelled' },
    { label: 'voiding one of two resolves a pending expulsion to restricted', current: 'expulsion_pending', episodes: 1, policy: manual, state: 'restricted' },
    { label: 'voiding the only violation restores active', current: 'restricted', episodes: 0, policy: manual, state: 'active' },
    { label: 'expulsion is final even with no live violation', current: 'expelled', episodes: 0, policy: manual, state: 'expelled' },
  ] as const)('$label', ({ current, episodes, policy, state }) => {
    expect(partnerStateFor({ current, episodes, policy })).toBe(state)
  })
})
