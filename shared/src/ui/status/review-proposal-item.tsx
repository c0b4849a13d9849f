import './status-styles'
import type { TProgramResponse } from '../../contract'
import type { TReviewProposal } from '../../contract/reviews'
import type { ReviewDecision } from '../../stores/create-review-store'
import { Field } from '../kit/field'
import { Badge, type Tone } from '../kit/status'
import { ChecklistView } from './checklist-view'
import { useStatusText } from './use-status-text'
import { VolumeBars } from './volume-bars'

const CHANGE_TONE: Record<TReviewProposal['change'], Tone> = { upgrade: 'ok', downgrade: 'bad', keep: 'muted' }

type Props = {
  proposal: TReviewProposal
  program: TProgramResponse
  isDraft: boolean
  isBusy: boolean
  decision: ReviewDecision | undefined
  onDecide: (decision: ReviewDecision) => void
  onProjectDeals: (include: boolean) => void
}

/** One partner in a half-year review: current → proposed status, volume against thresholds, requirements, decision. */
export const ReviewProposalItem = ({ proposal, program, isDraft, isBusy, decision, onDecide, onProjectDeals }: Props) => {
  const { t, i18n, label, status: statusName } = useStatusText()
  const chosen = decision ?? { status: proposal.proposedStatus, note: '' }
  const optionName = (id: string) => {
    const name = statusName(id)
    if (id === proposal.proposedStatus) return t('proposal.proposed', { status: name })
    return proposal.eligible.includes(id) ? t('proposal.eligible', { status: name }) : name
  }
  return (
    <li class="pr-proposal">
      <div class="pr-item__head">
        <strong>{proposal.partnerName}</strong>
        <Badge tone={CHANGE_TONE[proposal.change]}>{t(`change.${proposal.change}`)}</Badge>
      </div>
      <div>
        {t('proposal.statuses', {
          from: statusName(proposal.currentStatus, proposal.currentStatusName),
          to: statusName(proposal.proposedStatus, proposal.proposedStatusName),
        })}
      </div>
      <div class="pr-muted">
        {label('req', 'halfYearVolumeKop')}: {i18n.money(proposal.countedVolumeKop)}
      </div>
      <VolumeBars checklists={proposal.checklists} />
      {proposal.projectDealsVolumeKop > 0 && (
        <label class="pr-check">
          <input
            type="checkbox"
            checked={proposal.includeProjectDeals}
            disabled={!isDraft || isBusy}
            onChange={(event) => onProjectDeals(event.currentTarget.checked)}
          />
          <span>{t('proposal.projectDeals', { amount: i18n.money(proposal.projectDealsVolumeKop) })}</span>
        </label>
      )}
      <div class="pr-proposal__checklists">
        {proposal.checklists.map((checklist) => (
          <ChecklistView key={checklist.status} checklist={checklist} />
        ))}
      </div>
      {isDraft ? (
        <div class="pr-form pr-decision">
          <Field label={t('proposal.decision')}>
            {(id) => (
              <select
                id={id}
                class="pr-select"
                value={chosen.status}
                disabled={isBusy}
                onChange={(event) => onDecide({ ...chosen, status: event.currentTarget.value })}
              >
                {program.statuses.map((status) => (
                  <option key={status.id} value={status.id}>
                    {optionName(status.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {(chosen.status !== proposal.proposedStatus || chosen.note) && (
            <Field label={`${t('proposal.note')} (${i18n.t('common.optional')})`}>
              {(id) => (
                <input
                  id={id}
                  class="pr-input"
                  maxLength={2000}
                  value={chosen.note}
                  onInput={(event) => onDecide({ ...chosen, note: event.currentTarget.value })}
                />
              )}
            </Field>
          )}
        </div>
      ) : (
        proposal.decidedStatus && (
          <div>
            <strong>{t('proposal.decided', { status: statusName(proposal.decidedStatus) })}</strong>
            {proposal.decisionNote && <span class="pr-muted"> · {proposal.decisionNote}</span>}
          </div>
        )
      )}
    </li>
  )
}
