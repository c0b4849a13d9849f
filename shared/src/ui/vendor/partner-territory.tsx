import { useState } from 'preact/hooks'
import type { TPartner, TProgramResponse } from '../../contract'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Facts } from '../kit/status'
import { useStaffMarks } from './use-staff-marks'
import { useStaffText } from './use-staff-text'

/** 'ru, kz;by' → ['RU', 'KZ', 'BY']: codes as staff type them, the relay judges each. */
export const parseCountries = (typed: string): string[] =>
  typed
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase())

type Props = { partner: TPartner; program: TProgramResponse | null }

/**
 * Where the partner may sell (AG-1.3): the countries it is resident in and those its agreement adds,
 * with the basis staff gave; staff change them here, with a reason kept in the audit trail.
 */
export const PartnerTerritory = ({ partner: given, program }: Props) => {
  const text = useStaffText()
  const { state, store } = useStaffMarks()
  const partner = state.outcome?.kind === 'countriesSet' && state.outcome.partner.id === given.id ? state.outcome.partner : given
  const [form, setForm] = useState<{ countries: string; extraCountries: string; reason: string } | null>(null)
  if (!text) return null
  const { i18n, t } = text
  const kind = `countries:${partner.id}`
  const error = state.failedAction === kind ? state.actionError : null
  const list = (codes: string[]) => (codes.length > 0 ? codes.join(', ') : t('territory.none'))
  return (
    <Section title={t('territory.title')} class="pr-span">
      <Facts
        rows={[
          [t('territory.countries'), list(partner.countries)],
          [t('territory.extraCountries'), list(partner.extraCountries)],
        ]}
      />
      {partner.territoryReason && <p class="pr-muted">{t('territory.reasonNow', { reason: partner.territoryReason })}</p>}
      {program && !program.enforcesTerritory && <p class="pr-hint">{t('territory.notEnforced')}</p>}
      {state.outcome?.kind === 'countriesSet' && !form && <Notice kind="success">{t('territory.saved')}</Notice>}
      {form ? (
        <form
          class="pr-form pr-form--boxed"
          aria-label={t('territory.edit')}
          onSubmit={async (event) => {
            event.preventDefault()
            const input = { countries: parseCountries(form.countries), extraCountries: parseCountries(form.extraCountries), reason: form.reason }
            if (await store.getState().setPartnerCountries(partner.id, input)) setForm(null)
          }}
        >
          <TextField
            label={t('territory.countries')}
            hint={t('territory.codesHint')}
            value={form.countries}
            error={i18n.fieldError(error, 'countries')}
            onInput={(countries) => setForm({ ...form, countries })}
            required
          />
          <TextField
            label={t('territory.extraCountries')}
            hint={t('territory.codesHint')}
            value={form.extraCountries}
            error={i18n.fieldError(error, 'extraCountries')}
            onInput={(extraCountries) => setForm({ ...form, extraCountries })}
          />
          <TextField
            label={t('territory.reason')}
            value={form.reason}
            error={i18n.fieldError(error, 'reason')}
            onInput={(reason) => setForm({ ...form, reason })}
            required
          />
          <ErrorNotice error={error} />
          <div class="pr-actions">
            <Button type="submit" variant="primary" isBusy={state.busy === kind} disabled={!form.countries.trim() || !form.reason.trim()}>
              {t('territory.save')}
            </Button>
            <Button variant="link" onClick={() => setForm(null)}>
              {i18n.t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div class="pr-actions">
          <Button
            variant="link"
            onClick={() => setForm({ countries: partner.countries.join(', '), extraCountries: partner.extraCountries.join(', '), reason: '' })}
          >
            {t('territory.edit')}
          </Button>
        </div>
      )}
    </Section>
  )
}
