import { useState } from 'preact/hooks'
import type { TProgramResponse } from '../../contract'
import type { TReview } from '../../contract/reviews'
import { changedDecisions, type ReviewState, type ReviewStore } from '../../stores/create-review-store'
import { Button } from '../kit/button'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Badge, Empty, Facts } from '../kit/status'
import { ReviewProposalItem } from './review-proposal-item'
import { useStatusText } from './use-status-text'

type Props = { review: TReview; program: TProgramResponse; state: ReviewState; store: ReviewStore }

/** One half-year review: every partner's proposal and decision, and the confirmation of the list (AG-3.3b). */
export const ReviewDetail = ({ review, program, state, store }: Props) => {
  const { t, i18n } = useStatusText()
  const [isConfirming, setConfirming] = useState(false)
  const actions = store.getState()
  const isDraft = review.state === 'draft'
  const changed = changedDecisions(review, state.decisions).length
  // Project deals count only for the partners staff name (AG-REQ **): toggling one recomputes the review.
  const toggleProjectDeals = (partnerId: string, include: boolean) =>
    void actions.compute(
      review.period,
      review.proposals.filter((p) => (p.partnerId === partnerId ? include : p.includeProjectDeals)).map((p) => p.partnerId),
    )
  const rows: [string, string][] = [
    [t('review.range'), `${i18n.date(review.from)} — ${i18n.date(review.to)}`],
    [t('review.publicationOn'), i18n.date(review.publicationOn)],
    [t('review.computedAt'), i18n.timestamp(review.computedAt)],
  ]
  if (review.confirmedAt) rows.push([t('review.confirmedAt'), i18n.timestamp(review.confirmedAt)])
  return (
    <Section
      title={t('review.title', { period: review.period })}
      aside={<Badge tone={isDraft ? 'warn' : 'ok'}>{t(`review.${review.state}`)}</Badge>}
      class="pr-span"
    >
      <Facts rows={rows} />
      {!isDraft && <Notice kind="success">{t('review.confirmedNotice')}</Notice>}
      <h4 class="pr-subtitle">{t('review.proposals')}</h4>
      {review.proposals.length === 0 ? (
        <Empty>{t('review.noProposals')}</Empty>
      ) : (
        <ul class="pr-list">
          {review.proposals.map((proposal) => (
            <ReviewProposalItem
              key={proposal.partnerId}
              proposal={proposal}
              program={program}
              isDraft={isDraft}
              isBusy={state.busy !== null}
              decision={state.decisions[proposal.partnerId]}
              onDecide={(decision) => actions.decide(proposal.partnerId, decision)}
              onProjectDeals={(include) => toggleProjectDeals(proposal.partnerId, include)}
            />
          ))}
        </ul>
      )}
      {state.failedAction === 'compute' && <ErrorNotice error={state.actionError} />}
      {isDraft && review.proposals.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of a question and its buttons, not a form's fieldset
        <div class="pr-form pr-form--boxed" role="group" aria-label={t('review.confirm')}>
          <p class="pr-hint">{t('review.confirmHint', { date: i18n.date(review.publicationOn), count: changed })}</p>
          {isConfirming && <p>{t('review.confirmAsk', { period: review.period })}</p>}
          {state.failedAction === 'confirm' && <ErrorNotice error={state.actionError} />}
          <div class="pr-actions">
            <Button
              variant="primary"
              isBusy={state.busy === 'confirm'}
              onClick={async () => {
                if (!isConfirming) return setConfirming(true)
                if (await actions.confirm()) setConfirming(false)
              }}
            >
              {t('review.confirm')}
            </Button>
            {isConfirming && (
              <Button variant="link" onClick={() => setConfirming(false)}>
                {i18n.t('common.cancel')}
              </Button>
            )}
          </div>
        </div>
      )}
    </Section>
  )
}
