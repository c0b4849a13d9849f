import { useState } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import { ErrorNotice } from '../kit/notice'
import { useStatusText } from './use-status-text'

type Props = { isBusy: boolean; error: RelayError | null; onCompute: (period: string) => void }

/** Vendor staff compute a half-year's proposals, or compute them again (AG-3.3b). */
export const ComputeForm = ({ isBusy, error, onCompute }: Props) => {
  const { t } = useStatusText()
  const [period, setPeriod] = useState('')
  return (
    <form
      class="pr-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (period.trim()) onCompute(period)
      }}
    >
      <TextField label={t('review.period')} hint={t('review.periodHint')} value={period} onInput={setPeriod} placeholder="2026-H1" required />
      <Button type="submit" isBusy={isBusy} disabled={!period.trim()}>
        {t('review.computeSubmit')}
      </Button>
      <ErrorNotice error={error} />
    </form>
  )
}
