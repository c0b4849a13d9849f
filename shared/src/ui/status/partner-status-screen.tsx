import type { TProgramResponse } from '../../contract'
import type { TPartnerStatusResponse } from '../../contract/statuses'
import { createPartnerStatusStore, type PartnerStatusState, type PartnerStatusStore } from '../../stores/create-partner-status-store'
import { useUi } from '../context'
import { Section } from '../kit/section'
import { useLoadedStore } from '../use-store'
import { ApplicationList } from './application-list'
import { ApplyForm } from './apply-form'
import { ChecklistView } from './checklist-view'
import { LoadGate } from './load-gate'
import { PrivilegeList } from './privilege-list'
import { PartnerRegistrations } from './registrations/partner-registrations'
import { StatusHistory } from './status-history'
import { StatusSummary } from './status-summary'
import { useStatusClient } from './use-status-client'
import { useStatusText } from './use-status-text'
import { VolumeSection } from './volume-section'

type ViewProps = { status: TPartnerStatusResponse; program: TProgramResponse; state: PartnerStatusState; store: PartnerStatusStore }

/** The partner's status page (AG-3): standing and certificate, volume, applications, requirements, privileges. */
export const PartnerStatusScreen = ({ partnerId, program }: { partnerId: string; program: TProgramResponse }) => {
  const { host } = useUi()
  const client = useStatusClient()
  const [state, store] = useLoadedStore(() => createPartnerStatusStore({ client, host, partnerId }))
  return (
    <LoadGate phase={state.phase} isLoaded={state.status !== null} error={state.error} onRetry={() => void store.getState().load()}>
      {() => state.status && <PartnerStatusView status={state.status} program={program} state={state} store={store} />}
    </LoadGate>
  )
}

const PartnerStatusView = ({ status, program, state, store }: ViewProps) => {
  const { t } = useStatusText()
  const actions = store.getState()
  // Open the requirements of the next status up; the current one is usually met.
  const opened = status.checklists.find((checklist) => checklist.status !== status.status) ?? status.checklists[0]
  return (
    <div class="pr-grid">
      <StatusSummary status={status} state={state} onCertificate={(name) => void actions.downloadCertificate(name)} />
      <VolumeSection status={status} />
      {(status.canApplyFor.length > 0 || status.applications.length > 0) && (
        <Section title={t('applications.title')}>
          {status.canApplyFor.length > 0 && (
            <ApplyForm
              canApplyFor={status.canApplyFor}
              isBusy={state.busy === 'apply'}
              error={state.failedAction === 'apply' ? state.actionError : null}
              onApply={actions.applyFor}
            />
          )}
          <ApplicationList applications={status.applications} />
        </Section>
      )}
      {status.checklists.length > 0 && (
        <Section title={t('checklist.title')} class="pr-span">
          {status.checklists.map((checklist) => (
            <ChecklistView key={checklist.status} checklist={checklist} isOpen={checklist === opened} />
          ))}
        </Section>
      )}
      {status.privileges.some((privilege) => privilege.value !== false) && (
        <Section title={t('privileges.title')}>
          <PrivilegeList privileges={status.privileges} />
        </Section>
      )}
      {status.history.length > 0 && (
        <Section title={t('status.history')}>
          <StatusHistory history={status.history} />
        </Section>
      )}
      {program.statusRules?.dealProtectionDays != null && <PartnerRegistrations status={status} program={program} />}
    </div>
  )
}
