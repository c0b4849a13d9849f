import { useEffect, useState } from 'preact/hooks'
import { RelayError } from '../../client/relay-error'
import { loadStatusMessages } from '../../i18n/load-status-messages'
import type { StatusMessages } from '../../i18n/status-ru'
import type { StatusScreenProps } from '../status/status-screen'
import { useI18n } from '../context'
import { ErrorNotice } from '../kit/notice'
import { Loading } from '../kit/status'

type Loaded = { module: typeof import('../status/status-screen'); messages: StatusMessages }

/** A separate chunk: only a program with live statuses (AG-3) downloads these screens. */
const load = () => import('../status/status-screen')

/** Loads the status screens and their words on first use; a failed download says so and can be retried. */
export const LazyStatusScreen = (props: Omit<StatusScreenProps, 'messages'>) => {
  const { locale } = useI18n()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const attempt = () => {
    setError(null)
    Promise.all([load(), loadStatusMessages(locale)]).then(
      ([module, messages]) => setLoaded({ module, messages }),
      () => setError(new RelayError('network', 'The status screens did not load')),
    )
  }
  useEffect(attempt, [])
  if (error) return <ErrorNotice error={error} onRetry={attempt} />
  return loaded ? <loaded.module.StatusScreen {...props} messages={loaded.messages} /> : <Loading />
}
