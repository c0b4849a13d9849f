import type { TPinState } from '../../../../shared/src/contract'
import { DomainError } from '../domain-error'

export type PinDecision = 'approve' | 'reject' | 'release'

const ALLOWED: Record<PinDecision, { from: TPinState; to: TPinState; rule: string }> = {
  approve: { from: 'requested', to: 'approved', rule: 'AT-4.4' },
  reject: { from: 'requested', to: 'rejected', rule: 'AT-1.2a' },
  release: { from: 'approved', to: 'released', rule: 'AT-4.5' },
}

/**
 * The pin state machine: requested → approved | rejected, approved → released (AT-1.2, AT-4.5).
 * A rejection or a release must say why: the partner sees the reason.
 * @throws invalid_state when the pin is not in the state the decision needs; invalid_request without a reason.
 */
export const transitionPin = ({ state, decision, reason }: { state: TPinState; decision: PinDecision; reason?: string }): TPinState => {
  const step = ALLOWED[decision]
  if (state !== step.from) {
    throw new DomainError('invalid_state', `Only a ${step.from} pin can be ${step.to}; this one is ${state}`, { rule: step.rule })
  }
  if (decision !== 'approve' && !reason) {
    throw new DomainError('invalid_request', `A reason is required to ${decision} a pin: the partner sees it`, {
      rule: step.rule,
      details: { fields: [{ path: 'reason', message: 'Required' }] },
    })
  }
  return step.to
}
