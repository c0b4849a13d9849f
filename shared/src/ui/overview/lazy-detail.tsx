import type { VNode } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { RelayError } from '../../client/relay-error'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { ErrorNotice } from '../kit/notice'
import type { Detail } from '../kit/open-detail'
import { Loading } from '../kit/status'

type Screen = (props: { detail: Detail }) => VNode | null

/**
 * A client or partner opened from a list, in place of the overview, with a way back. The client
 * card and the partner panel are a chunk of their own: the overview page stays within its budget,
 * and only staff or a partner who opens a name downloads them.
 */
export const LazyDetail = ({ detail, onBack }: { detail: Detail; onBack: () => void }) => {
  const i18n = useI18n()
  const [Screen, setScreen] = useState<Screen | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const back = useRef<HTMLDivElement>(null)
  const attempt = () => {
    setError(null)
    Promise.resolve()
      .then(() => import('./detail-screen'))
      .then(
        (module) => setScreen(() => module.DetailScreen),
        () => setError(new RelayError('network', 'The detail view did not load')),
      )
  }
  useEffect(attempt, [])
  // Keyboard users land on the way back, not at the top of a page they did not ask for.
  useEffect(() => back.current?.querySelector('button')?.focus(), [detail])
  return (
    <div class="pr-detail">
      <div class="pr-actions" ref={back}>
        <Button variant="link" onClick={onBack}>
          {i18n.t('detail.back')}
        </Button>
      </div>
      <h3 class="pr-detail__title">
        {i18n.t(detail.kind === 'client' ? 'detail.client' : 'detail.partner', {
          name: detail.kind === 'client' ? (detail.name ?? detail.accountNumber) : detail.name,
        })}
      </h3>
      {error ? <ErrorNotice error={error} onRetry={attempt} /> : Screen ? <Screen key={JSON.stringify(detail)} detail={detail} /> : <Loading />}
    </div>
  )
}
