import { useEffect, useState } from 'preact/hooks'
import type { RegistrationsState, RegistrationsStore } from '../../../stores/create-registrations-store'
import { Button } from '../../kit/button'
import { Field, TextField } from '../../kit/field'
import { ErrorNotice, Notice } from '../../kit/notice'
import { Loading } from '../../kit/status'
import { StatusError } from '../status-error'
import { useStatusText } from '../use-status-text'
import { leadBar } from './registration-facts'
import { RegistrationItem } from './registration-item'

const EMPTY = { partnerId: '', accountNumber: '', name: '', inn: '', email: '', phone: '', country: '' }

type Props = { state: RegistrationsState; store: RegistrationsStore; today: string }

/**
 * Vendor staff hand a customer's request to a partner (AG-PRIV): only partners whose status has the
 * leads privilege are offered, the others are listed with the reason. The relay registers a new
 * client from the data given and answers an approved registration (AG-4).
 */
export const LeadForm = ({ state, store, today }: Props) => {
  const { t, i18n, label, status } = useStatusText()
  const [form, setForm] = useState(EMPTY)
  useEffect(() => {
    void store.getState().loadPartners()
  }, [store])
  const { partners, written } = state
  if (!partners) {
    return state.partnersError ? <ErrorNotice error={state.partnersError} onRetry={() => void store.getState().loadPartners()} /> : <Loading />
  }
  const offered = partners.filter((row) => leadBar(row) === null).map((row) => row.partner)
  const others = partners.filter((row) => leadBar(row) !== null)
  const partnerId = offered.some((partner) => partner.id === form.partnerId) ? form.partnerId : (offered[0]?.id ?? '')
  const update = (patch: Partial<typeof EMPTY>) => setForm({ ...form, ...patch })
  const optional = (value: string) => value.trim() || undefined
  return (
    <>
      <form
        class="pr-form"
        aria-label={t('registrations.lead.title')}
        onSubmit={async (event) => {
          event.preventDefault()
          const { accountNumber, name, inn, email, phone, country } = form
          const body = {
            partnerId,
            accountNumber: accountNumber.trim(),
            name: optional(name),
            inn: optional(inn),
            email: optional(email),
            phone: optional(phone),
            country: optional(country.toUpperCase()),
          }
          if (await store.getState().handOverLead(body)) setForm(EMPTY)
        }}
      >
        <p class="pr-hint">{t('registrations.lead.offered', { privilege: label('privilege', 'vendorLeads') })}</p>
        {offered.length === 0 ? (
          <Notice kind="warning">{t('registrations.lead.nobody')}</Notice>
        ) : (
          <Field label={t('registrations.lead.partner')}>
            {(id) => (
              <select id={id} class="pr-select" value={partnerId} onChange={(event) => update({ partnerId: event.currentTarget.value })}>
                {offered.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name} — {status(partner.status, partner.statusName)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {others.length > 0 && (
          <details class="pr-details">
            <summary class="pr-details__summary">{t('registrations.lead.notOffered', { count: others.length })}</summary>
            <ul class="pr-list">
              {others.map((row) => (
                <li key={row.partner.id}>
                  {row.partner.name} — {t(`registrations.lead.bar.${leadBar(row)!}`, { status: status(row.partner.status, row.partner.statusName) })}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div class="pr-form__pair">
          <TextField label={t('registrations.account')} value={form.accountNumber} onInput={(accountNumber) => update({ accountNumber })} required />
          <TextField
            label={t('registrations.lead.name')}
            hint={t('registrations.lead.nameHint')}
            value={form.name}
            onInput={(name) => update({ name })}
            autoComplete="organization"
          />
        </div>
        <div class="pr-form__pair">
          <TextField
            label={t('registrations.lead.inn')}
            hint={i18n.t('common.optional')}
            value={form.inn}
            inputMode="numeric"
            onInput={(inn) => update({ inn })}
          />
          <TextField
            label={t('registrations.lead.country')}
            hint={t('registrations.lead.countryHint')}
            value={form.country}
            placeholder="RU"
            onInput={(country) => update({ country })}
          />
        </div>
        <div class="pr-form__pair">
          <TextField label={t('registrations.lead.email')} type="email" value={form.email} onInput={(email) => update({ email })} />
          <TextField label={t('registrations.lead.phone')} type="tel" value={form.phone} onInput={(phone) => update({ phone })} />
        </div>
        {state.failedAction === 'lead' && <StatusError error={state.actionError} reasons={{ outside_territory: 'lead-territory' }} />}
        <Button type="submit" variant="primary" isBusy={state.busy === 'lead'} disabled={!partnerId || !form.accountNumber.trim()}>
          {t('registrations.lead.submit')}
        </Button>
      </form>
      {written && (
        <>
          <Notice kind="success">{t('registrations.lead.done', { partner: written.partnerName, client: written.clientName })}</Notice>
          <ul class="pr-list">
            <RegistrationItem registration={written} today={today} showPartner />
          </ul>
        </>
      )}
    </>
  )
}
