import { useState } from 'preact/hooks'
import type { TProgramResponse } from '../../../contract'
import type { TRegistration } from '../../../contract/registrations'
import { todayInProgramZone } from '../../../i18n/format'
import { createRegistrationsStore, type RegistrationKind, type RegistrationsState, type RegistrationsStore } from '../../../stores/create-registrations-store'
import { Button } from '../../kit/button'
import { Field } from '../../kit/field'
import { Section } from '../../kit/section'
import { Badge } from '../../kit/status'
import { useLoadedStore } from '../../use-store'
import { LoadGate } from '../load-gate'
import { useStatusClient } from '../use-status-client'
import { useStatusText } from '../use-status-text'
import { DiscountForm } from './discount-form'
import { LeadForm } from './lead-form'
import { NoteAction } from './note-action'
import { takesDiscount } from './registration-facts'
import { RegistrationList } from './registration-list'

/** Vendor staff's deal registrations (AG-4): renewals to decide first, project discounts, and leads to hand over (AG-PRIV). */
export const RegistrationBoard = ({ program }: { program: TProgramResponse }) => {
  const { t } = useStatusText()
  const client = useStatusClient()
  const [state, store] = useLoadedStore(() => createRegistrationsStore({ client }))
  const actions = store.getState()
  const today = todayInProgramZone()
  const all = state.registrations ?? []
  const waiting = all.filter((registration) => registration.renewal?.state === 'pending')
  const days = program.statusRules?.dealProtectionDays
  // The partners and their privileges are read only when staff start a hand-over.
  const [isLeadOpen, setLeadOpen] = useState(false)
  return (
    <>
      <Section
        title={t('registrations.title')}
        class="pr-span"
        aside={waiting.length > 0 && <Badge tone="warn">{t('registrations.waiting', { count: waiting.length })}</Badge>}
      >
        {!!days && <p class="pr-hint">{t('registrations.hint', { days })}</p>}
        <Field label={t('registrations.filter')}>
          {(id) => (
            <select
              id={id}
              class="pr-select"
              value={state.kind ?? ''}
              onChange={(event) => void actions.load((event.currentTarget.value || undefined) as RegistrationKind | undefined)}
            >
              <option value="">{t('registrations.filter.all')}</option>
              <option value="client">{t('registrations.filter.client')}</option>
              <option value="project">{t('registrations.filter.project')}</option>
            </select>
          )}
        </Field>
        <LoadGate phase={state.phase} isLoaded={state.registrations !== null} error={state.error} onRetry={() => void actions.load(state.kind)}>
          {() => (
            <RegistrationList
              registrations={[...waiting, ...all.filter((registration) => registration.renewal?.state !== 'pending')]}
              state={state}
              today={today}
              showPartner
              actions={(registration) => <StaffActions registration={registration} state={state} store={store} />}
            />
          )}
        </LoadGate>
      </Section>
      <Section title={t('registrations.lead.title')} class="pr-span">
        {isLeadOpen ? (
          <LeadForm state={state} store={store} today={today} />
        ) : (
          <Button onClick={() => setLeadOpen(true)}>{t('registrations.lead.open')}</Button>
        )}
      </Section>
    </>
  )
}

type ActionProps = { registration: TRegistration; state: RegistrationsState; store: RegistrationsStore }

/** A renewal waiting for a decision (AG-4) and a live project's discount (AG-DISC "per project"). */
const StaffActions = ({ registration, state, store }: ActionProps) => {
  const { t } = useStatusText()
  const { id } = registration
  const actions = store.getState()
  return (
    <>
      {registration.renewal?.state === 'pending' && (
        <div class="pr-actions">
          <Button variant="primary" isBusy={state.busy === `approve:${id}`} onClick={() => void actions.approveRenewal(id)}>
            {t('registrations.approve')}
          </Button>
          <NoteAction
            action={t('registrations.reject')}
            label={t('registrations.rejectReason')}
            isRequired
            variant="danger"
            isBusy={state.busy === `reject:${id}`}
            onSubmit={(reason) => actions.rejectRenewal(id, reason)}
          />
        </div>
      )}
      {takesDiscount(registration) && <DiscountForm registration={registration} isBusy={state.busy === `discount:${id}`} onSet={actions.setDiscount} />}
    </>
  )
}
