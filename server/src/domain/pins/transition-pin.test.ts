import { describe, expect, test } from 'vitest'
import { transitionPin } from './transition-pin'

describe('the pin state machine (AT-1.2, AT-4.5)', () => {
  test.each([
    { label: 'requested → approved (AT-4.4)', state: 'requested', decision: 'approve', to: 'approved' },
    { label: 'requested → rejected with a reason (AT-1.2a)', state: 'requested', decision: 'reject', reason: 'другой партнёр', to: 'rejected' },
    { label: 'approved → released with a reason (AT-4.5)', state: 'approved', decision: 'release', reason: 'client-request', to: 'released' },
  ] as const)('$label', ({ state, decision, to, ...rest }) => {
    expect(transitionPin({ state, decision, reason: 'reason' in rest ? rest.reason : undefined })).toBe(to)
  })

  test.each([
    { label: 'refuses to approve a released pin', state: 'released', decision: 'approve', code: 'invalid_state' },
    { label: 'refuses to release a request', state: 'requested', decision: 'release', reason: 'x', code: 'invalid_state' },
    { label: 'refuses to reject an approved pin', state: 'approved', decision: 'reject', reason: 'x', code: 'invalid_state' },
    { label: 'refuses a rejection without a reason', state: 'requested', decision: 'reject', code: 'invalid_request' },
    { label: 'refuses a release without a reason', state: 'approved', decision: 'release', code: 'invalid_request' },
  ] as const)('$label', ({ state, decision, code, ...rest }) => {
    expect(() => transitionPin({ state, decision, reason: 'reason' in rest ? rest.reason : undefined })).toThrow(expect.objectContaining({ code }))
  })
})
