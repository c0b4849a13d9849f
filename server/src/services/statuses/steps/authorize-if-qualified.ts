import { authorizationOf, awaitsAuthorization } from '../../../domain/statuses/authorization-of'
import { certificateValidUntil } from '../../../domain/statuses/certificate-valid-until'
import { rankOf } from '../../../domain/statuses/rank-of'
import { statusValidUntil } from '../../../domain/statuses/status-valid-until'
import { authorizedReason } from '../../../domain/statuses/system-reasons'
import type { Trx } from '../../../store/db'
import { settledInvoicesOf } from '../../../store/queries/invoices'
import { lockPartner, updatePartner } from '../../../store/queries/partners'
import { appendAudit } from '../../audit'
import type { Deps } from '../../deps'
import { applyStatus } from './apply-status'

/**
 * AG-3.1: once the agreement is signed and an invoice making the one-time purchase has its transfer
 * received, the partner is authorized from the later of the two dates and gets its certificate.
 * Runs after either event; does nothing for a partner already authorized, so it is safe to repeat.
 * The change is the system's, named in the audit trail with both facts.
 */
export const authorizeIfQualified = async (trx: Trx, deps: Deps, { partnerId, now }: { partnerId: string; now: Date }) => {
  const rule = deps.program.authorization
  if (!rule) return false
  const partner = await lockPartner(trx, partnerId)
  const candidate = { authorizedOn: partner.authorized_on, agreementSignedOn: partner.agreement_signed_on, state: partner.state }
  if (!awaitsAuthorization(candidate)) return false
  const invoices = await settledInvoicesOf(trx, partnerId)
  const authorization = authorizationOf({
    partner: candidate,
    invoices: invoices.map((i) => ({
      id: i.id,
      listKop: i.list_kop,
      payableKop: i.payable_kop,
      rewardKop: i.reward_kop,
      transferReceivedOn: i.transfer_received_on!,
      credits: i.credit_notes.map((note) => ({
        issuedOn: note.issued_on,
        listKop: BigInt(note.list_kop),
        payableKop: BigInt(note.payable_kop),
        rewardKop: BigInt(note.reward_kop),
      })),
    })),
    rule,
  })
  if (!authorization) return false
  const { purchase, authorizedOn } = authorization
  const number = invoices.find((i) => i.id === purchase.id)!.number
  const worded = authorizedReason({ agreementSignedOn: candidate.agreementSignedOn, invoiceNumber: number, transferReceivedOn: purchase.transferReceivedOn })
  const actor = { kind: 'system' as const }
  if (rankOf(deps.program, partner.status) < rankOf(deps.program, rule.status)) {
    const validUntil = statusValidUntil({ program: deps.program, status: rule.status, effectiveOn: authorizedOn })
    await applyStatus(trx, deps, {
      actor,
      now,
      partnerId,
      toStatus: rule.status,
      effectiveOn: authorizedOn,
      validUntil,
      source: 'authorization',
      sourceId: purchase.id,
      ...worded,
    })
    return true
  }
  // A partner entered at a higher status keeps it and gains the authorization it lacked.
  const certificate = certificateValidUntil({ issuedOn: authorizedOn, monthDay: rule.certificateValidUntil })
  await updatePartner(trx, partnerId, { authorized_on: authorizedOn, certificate_valid_until: certificate, updated_at: now })
  await appendAudit(trx, actor, {
    action: 'partner.authorized',
    entity: 'partner',
    entityId: partnerId,
    after: { authorizedOn, certificateValidUntil: certificate },
    reason: worded.reason,
  })
  return true
}
