import type { ComponentChildren } from 'preact'
import type { RelayError } from '../../client/relay-error'
import { ErrorNotice } from '../kit/notice'
import { Loading } from '../kit/status'

type Props = { phase: 'loading' | 'ready' | 'failed'; isLoaded: boolean; error: RelayError | null; onRetry: () => void; children: () => ComponentChildren }

/** A screen's first load: a spinner, the failure with a retry, or the screen once its data is there. */
export const LoadGate = ({ phase, isLoaded, error, onRetry, children }: Props) => {
  if (phase === 'failed' && !isLoaded) return <ErrorNotice error={error} onRetry={onRetry} />
  if (!isLoaded) return <Loading />
  return (
    <>
      {phase === 'failed' && <ErrorNotice error={error} onRetry={onRetry} />}
      {children()}
    </>
  )
}
