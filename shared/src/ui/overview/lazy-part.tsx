import type { VNode } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { RelayError } from '../../client/relay-error'
import { ErrorNotice } from '../kit/notice'
import { Loading } from '../kit/status'

// biome-ignore lint/suspicious/noExplicitAny: each part states its own props where it is used
type Part = (props: any) => VNode | null

/**
 * A part of the overview that is a chunk of its own (the ledger statement, an opened client or
 * partner), fetched on first use so the overview page stays within its size budget; a failed
 * download says so and can be retried.
 */
export const LazyPart = ({ load, ...props }: { load: () => Promise<Part> } & Record<string, unknown>) => {
  const [part, setPart] = useState<{ Part: Part } | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const attempt = () => {
    setError(null)
    // Through a resolved promise, so a loader that throws at once is caught like a failed download.
    Promise.resolve()
      .then(load)
      .then(
        (Part) => setPart({ Part }),
        () => setError(new RelayError('network', 'A part of the page did not load')),
      )
  }
  useEffect(attempt, [])
  if (error) return <ErrorNotice error={error} onRetry={attempt} />
  return part ? <part.Part {...props} /> : <Loading />
}
