import { useState } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import type { TPartner } from '../../contract'
import { Button } from '../kit/button'
import { Field, TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { parseCountries } from './partner-territory'
import type { DirectoryText } from './use-directory-text'

export type PartnerDraft = {
  name: string
  inn: string
  kpp: string
  ogrn: string
  address: string
  email: string
  countries: string
  status: string
  discount: string
  reason: string
}

export const emptyDraft = (status: string): PartnerDraft => ({
  name: '',
  inn: '',
  kpp: '',
  ogrn: '',
  address: '',
  email: '',
  countries: 'RU',
  status,
  discount: '',
  reason: '',
})

export const draftOf = (partner: TPartner): PartnerDraft => ({
  name: partner.name,
  inn: partner.inn,
  kpp: partner.kpp ?? '',
  ogrn: partner.ogrn ?? '',
  address: partner.address ?? '',
  email: partner.email,
  countries: partner.countries.join(', '),
  status: partner.status,
  discount: partner.currentDiscountBps === null ? '' : String(partner.currentDiscountBps / 100).replace('.', ','),
  reason: '',
})

/** A typed percentage as basis points: '25' → 2500, '12,5' → 1250, '' → undefined; null when it is not one. */
export const discountBps = (typed: string): number | undefined | null => {
  const trimmed = typed.trim().replace(',', '.')
  if (trimmed === '') return undefined
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return null
  const bps = Math.round(Number(trimmed) * 100)
  return bps <= 10_000 ? bps : null
}

/** The fields the relay takes, the optional ones only when typed. */
export const particulars = (draft: PartnerDraft, bps: number | undefined) => ({
  name: draft.name,
  inn: draft.inn.trim(),
  email: draft.email.trim(),
  ...(draft.kpp.trim() ? { kpp: draft.kpp.trim() } : {}),
  ...(draft.ogrn.trim() ? { ogrn: draft.ogrn.trim() } : {}),
  ...(draft.address.trim() ? { address: draft.address } : {}),
  ...(bps === undefined ? {} : { currentDiscountBps: bps }),
})

type Props = {
  text: DirectoryText
  initial: PartnerDraft
  /** Creating: countries and status are asked for; editing: a reason is. */
  mode: 'create' | 'edit'
  statuses: { id: string; name: string }[]
  busy: boolean
  error: RelayError | null
  onSubmit: (draft: PartnerDraft, bps: number | undefined) => void
  onCancel: () => void
}

/** A partner's particulars, to create it or to correct them (issue 10). */
export const PartnerForm = ({ text, initial, mode, statuses, busy, error, onSubmit, onCancel }: Props) => {
  const { t, i18n } = text
  const [draft, setDraft] = useState(initial)
  const [badDiscount, setBadDiscount] = useState(false)
  const set = (field: keyof PartnerDraft) => (value: string) => setDraft({ ...draft, [field]: value })
  const fieldError = (field: string) => i18n.fieldError(error, field)
  return (
    <form
      class="pr-form pr-form--boxed"
      aria-label={mode === 'create' ? t('form.newTitle') : t('form.edit')}
      onSubmit={(event) => {
        event.preventDefault()
        const bps = discountBps(draft.discount)
        setBadDiscount(bps === null)
        if (bps !== null) onSubmit(draft, bps)
      }}
    >
      <TextField label={t('form.name')} value={draft.name} required error={fieldError('name')} onInput={set('name')} />
      <TextField label={t('form.inn')} value={draft.inn} required inputMode="numeric" error={fieldError('inn')} onInput={set('inn')} />
      <TextField label={t('form.kpp')} value={draft.kpp} error={fieldError('kpp')} onInput={set('kpp')} />
      <TextField label={t('form.ogrn')} value={draft.ogrn} inputMode="numeric" error={fieldError('ogrn')} onInput={set('ogrn')} />
      <TextField label={t('form.address')} value={draft.address} error={fieldError('address')} onInput={set('address')} />
      <TextField label={t('form.email')} type="email" value={draft.email} required error={fieldError('email')} onInput={set('email')} />
      {mode === 'create' && (
        <>
          <TextField label={t('form.countries')} value={draft.countries} error={fieldError('countries')} onInput={set('countries')} />
          <Field label={t('form.status')}>
            {(id) => (
              <select id={id} class="pr-select" value={draft.status} onChange={(event) => set('status')(event.currentTarget.value)}>
                {statuses.map((status) => (
                  <option key={status.id} value={status.id}>
                    {status.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <TextField
        label={t('form.discount')}
        hint={t('form.discountHint')}
        value={draft.discount}
        inputMode="text"
        error={badDiscount ? t('form.badDiscount') : fieldError('currentDiscountBps')}
        onInput={set('discount')}
      />
      {mode === 'edit' && <TextField label={t('form.reason')} value={draft.reason} required error={fieldError('reason')} onInput={set('reason')} />}
      {error && error.code !== 'invalid_request' && <ErrorNotice error={error} />}
      {error?.code === 'invalid_request' && <Notice kind="error">{i18n.error(error)}</Notice>}
      <div class="pr-actions">
        <Button type="submit" variant="primary" isBusy={busy}>
          {mode === 'create' ? t('form.create') : t('form.save')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

/** Countries as the relay takes them, from what staff typed. */
export const countriesOf = (draft: PartnerDraft) => parseCountries(draft.countries)
