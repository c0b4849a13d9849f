import type { TPin } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { setSubjectNoticesRead } from '../../../store/queries/notices'
import { addNotice } from './add-notice'

const PARTNER_KIND = { approved: 'pin.approved', rejected: 'pin.rejected', released: 'pin.released' } as const
// AT-1.2: a pin is approved or rejected; AT-4.5: one is released on the client's notice, or on expulsion (AT-4.1).
const RULE = { approved: 'AT-1.2', rejected: 'AT-1.2', released: 'AT-4.5' } as const

const pinFacts = (pin: TPin) => ({ accountNumber: pin.accountNumber, clientName: pin.clientName, partnerName: pin.partnerName })

/**
 * Tells the partner its pin was approved, rejected or released, with the reason (AT-1.2, AT-4.5), and
 * marks staff's notices of the request read: the decision is made.
 */
export const tellPinDecided = async (trx: Trx, { pin, at }: { pin: TPin; at: Date }) => {
  if (pin.state === 'requested') return
  await setSubjectNoticesRead(trx, { subject: `pin:${pin.id}`, at })
  await addNotice(trx, [{ partnerId: pin.partnerId }], {
    kind: PARTNER_KIND[pin.state],
    rule: RULE[pin.state],
    partnerId: pin.partnerId,
    facts: { ...pinFacts(pin), reason: pin.reason ?? undefined },
    subject: `pin:${pin.id}`,
    eventKey: `${PARTNER_KIND[pin.state]}:${pin.id}`,
    at,
  })
}

/** Tells vendor staff a partner asked for a pin that waits for their decision (AT-1.2a, AT-4.4). */
export const tellPinRequested = async (trx: Trx, { pin, at }: { pin: TPin; at: Date }) => {
  if (pin.state !== 'requested') return
  await addNotice(trx, ['staff'], {
    kind: 'staff.pinRequested',
    rule: 'AT-1.2a',
    partnerId: pin.partnerId,
    facts: pinFacts(pin),
    subject: `pin:${pin.id}`,
    eventKey: `staff.pinRequested:${pin.id}`,
    at,
  })
}
