import { useState } from 'preact/hooks'
import type { TPartnerStatusResponse } from '../../../contract/statuses'
import type { PartnerAdminState } from '../../../stores/create-partner-admin-store'
import { Button } from '../../kit/button'
import { TextField } from '../../kit/field'
import { Notice } from '../../kit/notice'
import { Section } from '../../kit/section'
import { useStatusText } from '../use-status-text'
import { StaffForm } from './staff-form'

type Props = { thresholds: TPartnerStatusResponse['thresholds']; admin: PartnerAdminState }

/** Whole rubles as typed, spaces allowed ("7 000 000") → kopecks; null for anything else. */
const toKop = (rubles: string) => {
  const digits = rubles.replace(/\s/g, '')
  return /^\d{1,13}$/.test(digits) ? Number(digits) * 100 : null
}

/** Individual half-year volume thresholds per status (AG-REQ ***): a field left empty keeps the program's. */
export const ThresholdsForm = ({ thresholds, admin }: Props) => {
  const { t, i18n, status } = useStatusText()
  const individual = () => Object.fromEntries(thresholds.filter((row) => row.isIndividual).map((row) => [row.status, String(row.thresholdKop / 100)]))
  const [values, setValues] = useState(individual)
  const [isInvalid, setInvalid] = useState(false)
  const filled = Object.entries(values).filter(([, rubles]) => rubles.trim() !== '')
  const clear = async () => {
    if (await admin.setThresholds({})) setValues({})
  }
  return (
    <Section title={t('staff.thresholds.title')}>
      <StaffForm
        kind="thresholds"
        admin={admin}
        rule="AG-REQ"
        submit={t('staff.thresholds.submit')}
        extra={
          thresholds.some((row) => row.isIndividual) && (
            <Button variant="link" disabled={admin.busy !== null} onClick={() => void clear()}>
              {t('staff.thresholds.clear')}
            </Button>
          )
        }
        onSubmit={async () => {
          const kop = filled.flatMap(([status, rubles]) => {
            const value = toKop(rubles)
            return value === null ? [] : [[status, value] as const]
          })
          setInvalid(kop.length < filled.length)
          if (kop.length === filled.length) await admin.setThresholds(Object.fromEntries(kop))
        }}
      >
        <p class="pr-hint">{t('staff.thresholds.hint')}</p>
        <div class="pr-form__pair">
          {thresholds.map((row) => (
            <TextField
              key={row.status}
              label={status(row.status, row.statusName)}
              hint={t(row.isIndividual ? 'staff.thresholds.individual' : 'staff.thresholds.program', { amount: i18n.money(row.thresholdKop) })}
              inputMode="numeric"
              value={values[row.status] ?? ''}
              onInput={(rubles) => setValues({ ...values, [row.status]: rubles })}
            />
          ))}
        </div>
        {isInvalid && <Notice kind="error">{t('staff.thresholds.invalid')}</Notice>}
      </StaffForm>
    </Section>
  )
}
