import { dueRenewals } from '../../../domain/statuses/due-renewals'
import { requirementsHeldReason } from '../../../domain/statuses/system-reasons'
import type { Trx } from '../../../store/db'
import { getPartner, partnersDueForRenewal, updatePartner } from '../../../store/queries/partners'
import { appendAudit } from '../../audit'
import type { Deps } from '../../deps'
import { currentChecklist } from './current-checklist'
import { renewTerm } from './renew-term'

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i])

/**
 * The yearly renewals (AG-3.2 on 31 January for the certificate, AG-3.3a on 1 January for a Silver
 * term): a partner whose requirements hold today is renewed for a year; otherwise it is flagged
 * for vendor staff with what is missing, keeping its status until they decide. A flagged partner
 * is checked again on every pass and renewed once the evidence is in. Nothing changes on a pass
 * that finds the same facts.
 */
export const runRenewals = async (trx: Trx, deps: Deps, { now, today }: { now: Date; today: string }) => {
  const candidates = await partnersDueForRenewal(trx, today)
  const outcome = { renewed: 0, flagged: 0 }
  for (const { id } of candidates) {
    const partner = await getPartner(trx, id)
    const due = dueRenewals({ certificateValidUntil: partner.certificate_valid_until, statusValidUntil: partner.status_valid_until, today })
    const checklist = await currentChecklist(trx, deps, { partner, status: partner.status, now, scope: 'renewal' })
    for (const { kind, dueOn } of due) {
      const fresh = await getPartner(trx, id)
      const rule = kind === 'certificate' ? 'AG-3.2' : 'AG-3.3a'
      if (checklist.isMet) {
        const worded = requirementsHeldReason({ kind, statusName: checklist.statusName, checkedOn: today })
        await renewTerm(trx, { actor: { kind: 'system' }, now, today, partner: fresh, kind, dueOn, ...worded })
        outcome.renewed += 1
        continue
      }
      const flag = fresh.renewal_flags.find((f) => f.kind === kind)
      if (flag && flag.dueOn === dueOn && sameList(flag.missing, checklist.missing)) continue
      const next = { kind, dueOn, flaggedOn: flag?.dueOn === dueOn ? flag.flaggedOn : today, missing: checklist.missing }
      const flags = [...fresh.renewal_flags.filter((f) => f.kind !== kind), next]
      await updatePartner(trx, id, { renewal_flags: JSON.stringify(flags), updated_at: now })
      await appendAudit(
        trx,
        { kind: 'system' },
        {
          action: 'partner.renewal-flagged',
          entity: 'partner',
          entityId: id,
          before: flag ?? null,
          after: next,
          reason: `${rule}: missing ${checklist.missing.join(', ')}`,
        },
      )
      outcome.flagged += 1
    }
  }
  return outcome
}
