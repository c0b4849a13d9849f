import type { ReviewState, TReviewSummary } from '../../stores/create-review-store'
import { Button } from '../kit/button'
import { ErrorNotice } from '../kit/notice'
import { Badge, Empty } from '../kit/status'
import { useStatusText } from './use-status-text'

type Props = { reviews: TReviewSummary[]; state: ReviewState; onOpen: (id: string) => void }

/** The half-year reviews computed so far: draft or confirmed, and how many statuses move. */
export const ReviewList = ({ reviews, state, onOpen }: Props) => {
  const { t, i18n } = useStatusText()
  if (reviews.length === 0) return <Empty>{t('review.none')}</Empty>
  return (
    <ul class="pr-list">
      {reviews.map((review) => (
        <li key={review.id} aria-current={state.review?.id === review.id || undefined}>
          <div class="pr-item__head">
            <strong>{review.period}</strong>
            <Badge tone={review.state === 'confirmed' ? 'ok' : 'warn'}>{t(`review.${review.state}`)}</Badge>
            <span class="pr-muted">{t('review.publication', { date: i18n.date(review.publicationOn) })}</span>
          </div>
          <div class="pr-muted">{t('review.counts', { partners: review.partners, upgrades: review.upgrades, downgrades: review.downgrades })}</div>
          <Button
            variant="link"
            label={t('review.openLabel', { period: review.period })}
            isBusy={state.busy === `open:${review.id}`}
            onClick={() => onOpen(review.id)}
          >
            {t('review.open')}
          </Button>
          {state.failedAction === `open:${review.id}` && <ErrorNotice error={state.actionError} />}
        </li>
      ))}
    </ul>
  )
}
