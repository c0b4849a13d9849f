import { useState } from 'preact/hooks'
import type { TRegistration } from '../../../contract/registrations'
import { Button } from '../../kit/button'
import { TextField } from '../../kit/field'
import { Notice } from '../../kit/notice'
import { useStatusText } from '../use-status-text'
import { percentToBps } from './registration-facts'

type Props = { registration: TRegistration; isBusy: boolean; onSet: (id: string, discountBps: number) => Promise<boolean> }

/** Vendor staff set a project's discount (AG-DISC "per project"): typed in percent, sent in basis points. */
export const DiscountForm = ({ registration, isBusy, onSet }: Props) => {
  const { t, i18n } = useStatusText()
  const current = registration.projectDiscountBps
  const [percent, setPercent] = useState(current === null ? '' : String(current / 100).replace('.', i18n.locale === 'ru' ? ',' : '.'))
  const [isInvalid, setInvalid] = useState(false)
  return (
    <form
      class="pr-inline-form"
      onSubmit={(event) => {
        event.preventDefault()
        const bps = percentToBps(percent)
        setInvalid(bps === null)
        if (bps !== null) void onSet(registration.id, bps)
      }}
    >
      <TextField label={t('registrations.discountLabel')} value={percent} onInput={setPercent} placeholder="12,5" required />
      <Button type="submit" isBusy={isBusy} disabled={!percent.trim()}>
        {t('registrations.discountSet')}
      </Button>
      {isInvalid && <Notice kind="error">{t('registrations.discountInvalid')}</Notice>}
    </form>
  )
}
