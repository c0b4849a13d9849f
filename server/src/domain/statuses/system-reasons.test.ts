import { expect, test } from 'vitest'
import { ZSystemReason } from '../../../../shared/src/contract'
import { applicationApprovedReason, authorizedReason, enteredReason, requirementsHeldReason, reviewConfirmedReason, scheduledReason } from './system-reasons'

test.each([
  { label: 'the status entered with', built: enteredReason(), reason: 'Entered by the vendor', systemReason: { code: 'entered', params: {} } },
  {
    label: 'authorization names the agreement and the transfer (AG-3.1)',
    built: authorizedReason({ agreementSignedOn: '2026-05-04', invoiceNumber: '2026-000012', transferReceivedOn: '2026-05-13' }),
    reason: 'AG-3.1: agreement signed on 2026-05-04, transfer for invoice 2026-000012 received on 2026-05-13',
    systemReason: { code: 'authorized', params: { agreementSignedOn: '2026-05-04', invoiceNumber: '2026-000012', transferReceivedOn: '2026-05-13' } },
  },
  {
    label: 'an approved application names both dates (AG-3.3a)',
    built: applicationApprovedReason({ appliedOn: '2026-05-12', approvedOn: '2026-05-14' }),
    reason: 'Application of 2026-05-12 approved on 2026-05-14 (AG-3.3a)',
    systemReason: { code: 'applicationApproved', params: { appliedOn: '2026-05-12', approvedOn: '2026-05-14' } },
  },
  {
    label: 'a confirmed review names the half-year and its list (AG-3.3b)',
    built: reviewConfirmedReason({ period: '2026-H1', publicationOn: '2026-07-30' }),
    reason: 'Half-year review 2026-H1, list of 2026-07-30 (AG-3.3b)',
    systemReason: { code: 'reviewConfirmed', params: { period: '2026-H1', publicationOn: '2026-07-30' } },
  },
  {
    label: 'a scheduled change without a reason names its date and rule (AG-3.3b)',
    built: scheduledReason({ effectiveOn: '2026-07-30', source: 'review' }),
    reason: 'Scheduled change effective 2026-07-30 (AG-3.3b)',
    systemReason: { code: 'scheduled', params: { effectiveOn: '2026-07-30' } },
  },
  {
    label: 'a renewed status names the day its requirements held (AG-3.3a)',
    built: requirementsHeldReason({ kind: 'status', statusName: 'Серебряный партнёр', checkedOn: '2027-01-01' }),
    reason: 'AG-3.3a: requirements of "Серебряный партнёр" hold on 2027-01-01',
    systemReason: { code: 'requirementsHeld', params: { checkedOn: '2027-01-01' } },
  },
  {
    label: 'a renewed certificate cites its own rule (AG-3.2)',
    built: requirementsHeldReason({ kind: 'certificate', statusName: 'Авторизованный партнёр', checkedOn: '2027-01-31' }),
    reason: 'AG-3.2: requirements of "Авторизованный партнёр" hold on 2027-01-31',
    systemReason: { code: 'requirementsHeld', params: { checkedOn: '2027-01-31' } },
  },
])('$label', ({ built, reason, systemReason }) => {
  expect(built).toEqual({ reason, systemReason })
  expect(ZSystemReason.parse(built.systemReason)).toEqual(systemReason)
})
