import type { TProgramResponse } from '../../../contract'
import { createPartnerAdminStore } from '../../../stores/create-partner-admin-store'
import { useUi } from '../../context'
import { Button } from '../../kit/button'
import { Field } from '../../kit/field'
import { ErrorNotice } from '../../kit/notice'
import { Section } from '../../kit/section'
import { useLoadedStore } from '../../use-store'
import { useStatusClient } from '../use-status-client'
import { useStatusText } from '../use-status-text'
import { PartnerAdminPanel } from './partner-admin-panel'

type Props = {
  program: TProgramResponse
  /** Partners the screen names (renewals held back, applications, changes): one click opens each. */
  named: { partnerId: string; partnerName: string }[]
  /** Told after each change, so the screen re-reads what it shows. */
  onChanged?: () => void
}

/** Vendor staff pick a partner and keep its status records: agreement, evidence, thresholds, network, changes, renewal. */
export const PartnerAdmin = ({ program, named, onChanged }: Props) => {
  const { t, status } = useStatusText()
  const { host } = useUi()
  const client = useStatusClient()
  const [admin] = useLoadedStore(() => createPartnerAdminStore({ client, host, onChanged }), 'loadPartners')
  const quick = [...new Map(named.map((partner) => [partner.partnerId, partner.partnerName])).entries()]
  const partners = [...(admin.partners ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <>
      <Section title={t('staff.title')} class="pr-span">
        <Field label={t('staff.partner')}>
          {(id) => (
            <select
              id={id}
              class="pr-select"
              value={admin.partnerId ?? ''}
              disabled={admin.busy !== null}
              onChange={(event) => event.currentTarget.value && admin.open(event.currentTarget.value)}
            >
              <option value="">{t('staff.choose')}</option>
              {partners.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name} — {status(partner.status, partner.statusName)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorNotice error={admin.partnersError} onRetry={() => void admin.loadPartners()} />
        {quick.length > 0 && (
          <div class="pr-actions">
            <span class="pr-muted">{t('staff.named')}</span>
            {quick.map(([id, name]) => (
              <Button key={id} variant="link" label={t('staff.openLabel', { name })} disabled={admin.busy !== null} onClick={() => admin.open(id)}>
                {name}
              </Button>
            ))}
          </div>
        )}
      </Section>
      {admin.partner && <PartnerAdminPanel key={admin.partnerId} partner={admin.partner} program={program} admin={admin} />}
    </>
  )
}
