import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { RelayError } from '../../client/relay-error'
import { ErrorNotice } from './notice'
import { Loading } from './status'

/**
 * A part of a screen that is a chunk of its own, fetched on first use; a failed download says so
 * and can be retried. The chunk keeps what only some callers see off every other caller's page.
 */
export const LazyPart = <P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) => {
  const [loaded, setLoaded] = useState<{ Part: ComponentType<P> } | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const attempt = () => {
    setError(null)
    // Another part asked for: the one shown so far goes until it is here.
    setLoaded(null)
    // Through a resolved promise, so a loader that throws at once is caught like a failed download.
    Promise.resolve()
      .then(load)
      .then(
        (Part) => setLoaded({ Part }),
        () => setError(new RelayError('network', 'A part of the screen did not load')),
      )
  }
  useEffect(attempt, [load])
  if (error) return <ErrorNotice error={error} onRetry={attempt} />
  return loaded ? <loaded.Part {...props} /> : <Loading />
}
