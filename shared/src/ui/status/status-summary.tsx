import type { ComponentChildren } from 'preact'
import type { TPartnerStatusResponse } from '../../contract/statuses'
import type { PartnerStatusState } from '../../stores/create-partner-status-store'
import { Button } from '../kit/button'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Facts } from '../kit/status'
import { PendingChanges } from './pending-changes'
import { StatusExplanations } from './status-explanations'
import { useStatusText } from './use-status-text'

type Props = { status: TPartnerStatusResponse; state: PartnerStatusState; onCertificate: (fileName: string) => void }

/** The partner's status, its dates and the certificate (AG-3.1), renewals held back (AG-3.2) and what is scheduled. */
export const StatusSummary = ({ status, state, onCertificate }: Props) => {
  const { t, i18n, label, status: statusName } = useStatusText()
  const rows: [string, ComponentChildren][] = [[t('status.current'), <strong>{statusName(status.status, status.statusName)}</strong>]]
  const dated = [
    ['status.validUntil', status.statusValidUntil],
    ['status.agreementSignedOn', status.agreementSignedOn],
    ['status.authorizedOn', status.authorizedOn],
    ['status.certificateValidUntil', status.certificateValidUntil],
    ['status.nextReviewOn', status.nextReviewOn],
  ] as const
  for (const [key, date] of dated) if (date) rows.push([t(key), i18n.date(date)])
  if (status.parentPartner) rows.push([t('status.network'), status.parentPartner.name])
  return (
    <Section title={t('status.title')} class="pr-span">
      <Facts rows={rows} />
      <StatusExplanations status={status} />
      {status.renewalFlags.map((flag) => (
        <Notice key={flag.kind} kind="warning">
          {t(`status.flag.${flag.kind}`, { date: i18n.date(flag.dueOn), missing: flag.missing.map((id) => label('req', id)).join(', ') })}
        </Notice>
      ))}
      {status.certificateValidUntil && (
        <div class="pr-actions">
          <Button isBusy={state.busy === 'certificate'} onClick={() => onCertificate(t('status.certificateFile', { name: status.partnerName }))}>
            {t('status.certificate')}
          </Button>
          {state.failedAction === 'certificate' && <ErrorNotice error={state.actionError} />}
        </div>
      )}
      {status.pendingChanges.length > 0 && (
        <>
          <h4 class="pr-subtitle">{t('status.pending')}</h4>
          <PendingChanges changes={status.pendingChanges} />
        </>
      )}
    </Section>
  )
}
