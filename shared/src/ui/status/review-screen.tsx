import type { TProgramResponse } from '../../contract'
import { createReviewStore } from '../../stores/create-review-store'
import { Section } from '../kit/section'
import { useLoadedStore } from '../use-store'
import { ComputeForm } from './compute-form'
import { LoadGate } from './load-gate'
import { ReviewDetail } from './review-detail'
import { ReviewList } from './review-list'
import { PartnerAdmin } from './staff/partner-admin'
import { useStatusClient } from './use-status-client'
import { useStatusText } from './use-status-text'

/** The half-year reviews (AG-3.3b): compute a period, open a review, change decisions, confirm the list. */
export const ReviewScreen = ({ program }: { program: TProgramResponse }) => {
  const { t } = useStatusText()
  const client = useStatusClient()
  const [state, store] = useLoadedStore(() => createReviewStore({ client }))
  const actions = store.getState()
  return (
    <LoadGate phase={state.phase} isLoaded={state.reviews !== null} error={state.error} onRetry={() => void actions.load()}>
      {() => (
        <div class="pr-grid">
          <Section title={t('review.compute')}>
            <ComputeForm
              isBusy={state.busy === 'compute'}
              error={state.failedAction === 'compute' ? state.actionError : null}
              onCompute={(period) => void actions.compute(period)}
            />
          </Section>
          <Section title={t('review.list')}>
            <ReviewList reviews={state.reviews ?? []} state={state} onOpen={(id) => void actions.open(id)} />
          </Section>
          {state.review && <ReviewDetail review={state.review} program={program} state={state} store={store} />}
          {/* A proposal's partner opens in one click: staff record the evidence it lacks, then compute again. */}
          {state.review && <PartnerAdmin program={program} named={state.review.proposals} />}
        </div>
      )}
    </LoadGate>
  )
}
