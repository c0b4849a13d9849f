import type { TProgramResponse } from '../../../contract'
import type { TPartnerStatusResponse } from '../../../contract/statuses'
import { todayInProgramZone } from '../../../i18n/format'
import { createRegistrationsStore } from '../../../stores/create-registrations-store'
import { Notice } from '../../kit/notice'
import { PartnerStateNotice } from '../../kit/partner-state-notice'
import { Section } from '../../kit/section'
import { useLoadedStore } from '../../use-store'
import { LoadGate } from '../load-gate'
import { useStatusClient } from '../use-status-client'
import { useStatusText } from '../use-status-text'
import { NoteAction } from './note-action'
import { ProjectForm } from './project-form'
import { canRenew } from './registration-facts'
import { RegistrationList } from './registration-list'

type Props = { status: TPartnerStatusResponse; program: TProgramResponse }

/** The partner's deal registrations (AG-4): validity, renewals, project discounts; register a project, ask for a renewal. */
export const PartnerRegistrations = ({ status, program }: Props) => {
  const { t, status: statusName } = useStatusText()
  const client = useStatusClient()
  const [state, store] = useLoadedStore(() => createRegistrationsStore({ client }))
  const actions = store.getState()
  const rules = program.statusRules
  const from = rules?.projectRegistrationFrom
  const rank = (id: string) => program.statuses.findIndex((candidate) => candidate.id === id)
  const today = todayInProgramZone()
  // No new deal registrations or renewals while the status is being taken away (AT-4.1, AG-1.5).
  const isLosingStatus = status.partnerState === 'expulsion_pending' || status.partnerState === 'expelled'
  return (
    <Section title={t('registrations.title')} class="pr-span">
      {!!rules?.dealProtectionDays && <p class="pr-hint">{t('registrations.hint', { days: rules.dealProtectionDays })}</p>}
      <LoadGate phase={state.phase} isLoaded={state.registrations !== null} error={state.error} onRetry={() => void actions.load()}>
        {() => (
          <RegistrationList
            registrations={state.registrations ?? []}
            state={state}
            today={today}
            actions={(registration) =>
              !isLosingStatus &&
              canRenew(registration) && (
                <NoteAction
                  action={t('registrations.renew')}
                  label={t('registrations.renewNote')}
                  isBusy={state.busy === `renew:${registration.id}`}
                  onSubmit={(note) => actions.requestRenewal(registration.id, note)}
                />
              )
            }
          />
        )}
      </LoadGate>
      {state.written && <Notice kind="success">{t('registrations.project.done', { project: state.written.projectName ?? state.written.clientName })}</Notice>}
      {isLosingStatus ? (
        <PartnerStateNotice state={status.partnerState} rule={status.statusRule} />
      ) : !from || rank(status.effectiveStatus) >= rank(from) ? (
        <ProjectForm state={state} store={store} />
      ) : (
        <p class="pr-hint">{t('registrations.project.from', { status: statusName(from) })}</p>
      )}
    </Section>
  )
}
