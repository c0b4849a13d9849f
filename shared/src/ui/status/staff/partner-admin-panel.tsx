import { useState } from 'preact/hooks'
import type { TProgramResponse } from '../../../contract'
import type { TPartnerStatusResponse } from '../../../contract/statuses'
import { todayInProgramZone } from '../../../i18n/format'
import type { PartnerAdminState } from '../../../stores/create-partner-admin-store'
import type { PartnerStatusStore } from '../../../stores/create-partner-status-store'
import { TextField } from '../../kit/field'
import { Section } from '../../kit/section'
import { useStore } from '../../use-store'
import { ChecklistView } from '../checklist-view'
import { LoadGate } from '../load-gate'
import { StatusHistory } from '../status-history'
import { StatusSummary } from '../status-summary'
import { useStatusText } from '../use-status-text'
import { VolumeSection } from '../volume-section'
import { EvidenceSection } from './evidence-section'
import { NetworkForm } from './network-form'
import { ReasonAction } from './reason-action'
import { StaffForm } from './staff-form'
import { StatusChangeSection } from './status-change-section'
import { ThresholdsForm } from './thresholds-form'

type Props = { partner: PartnerStatusStore; program: TProgramResponse; admin: PartnerAdminState }
type ViewProps = Omit<Props, 'partner'> & { status: TPartnerStatusResponse }

/** One partner's status as the partner sees it, with every record vendor staff keep about it. */
export const PartnerAdminPanel = ({ partner, program, admin }: Props) => {
  const state = useStore(partner)
  return (
    <LoadGate phase={state.phase} isLoaded={state.status !== null} error={state.error} onRetry={() => void partner.getState().load()}>
      {() =>
        state.status && (
          <>
            <StatusSummary status={state.status} state={state} onCertificate={(name) => void partner.getState().downloadCertificate(name)} />
            <StaffView status={state.status} program={program} admin={admin} />
          </>
        )
      }
    </LoadGate>
  )
}

const StaffView = ({ status, program, admin }: ViewProps) => {
  const { t } = useStatusText()
  const [signedOn, setSignedOn] = useState(status.agreementSignedOn ?? todayInProgramZone())
  return (
    <>
      {status.renewalFlags.length > 0 && (
        <Section title={t('staff.renew.title')}>
          <p class="pr-hint">{t('staff.renew.hint')}</p>
          <ReasonAction kind="renew" admin={admin} rule="AG-3.2" action={t('staff.renew.submit')} isOpen onSubmit={admin.renew} />
        </Section>
      )}
      <Section title={t('staff.agreement.title')}>
        <StaffForm
          kind="agreement"
          admin={admin}
          rule="AG-3.1"
          submit={t('staff.agreement.submit')}
          canSubmit={signedOn !== ''}
          onSubmit={() => admin.recordAgreement(signedOn)}
        >
          <p class="pr-hint">{t('staff.agreement.hint')}</p>
          <TextField label={t('staff.agreement.date')} type="date" value={signedOn} onInput={setSignedOn} required />
        </StaffForm>
      </Section>
      <StatusChangeSection status={status} program={program} admin={admin} />
      <EvidenceSection status={status} admin={admin} />
      <VolumeSection status={status} />
      {status.thresholds.length > 0 && <ThresholdsForm thresholds={status.thresholds} admin={admin} />}
      <NetworkForm status={status} partners={admin.partners ?? []} admin={admin} />
      {status.checklists.length > 0 && (
        <Section title={t('checklist.title')} class="pr-span">
          {status.checklists.map((checklist) => (
            <ChecklistView key={checklist.status} checklist={checklist} />
          ))}
        </Section>
      )}
      {status.history.length > 0 && (
        <Section title={t('status.history')}>
          <StatusHistory history={status.history} />
        </Section>
      )}
    </>
  )
}
