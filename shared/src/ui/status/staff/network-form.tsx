import { useState } from 'preact/hooks'
import type { TPartner } from '../../../contract/partners'
import type { TPartnerStatusResponse } from '../../../contract/statuses'
import type { PartnerAdminState } from '../../../stores/create-partner-admin-store'
import { Field } from '../../kit/field'
import { Section } from '../../kit/section'
import { useStatusText } from '../use-status-text'
import { StaffForm } from './staff-form'

type Props = { status: TPartnerStatusResponse; partners: TPartner[]; admin: PartnerAdminState }

/**
 * Attaches a partner without its own authorization to a distributor's network, or detaches it
 * (AG-REQ: a Regional distributor counts at least 30 such partners).
 */
export const NetworkForm = ({ status, partners, admin }: Props) => {
  const { t, status: statusName } = useStatusText()
  const [parent, setParent] = useState('')
  const { parentPartner } = status
  const others = partners.filter((partner) => partner.id !== status.partnerId).sort((a, b) => a.name.localeCompare(b.name))
  return (
    <Section title={t('staff.network.title')}>
      {parentPartner ? (
        <StaffForm kind="network" admin={admin} rule="AG-REQ" submit={t('staff.network.detach')} variant="danger" onSubmit={() => admin.setNetworkParent(null)}>
          <p>{t('staff.network.in', { name: parentPartner.name })}</p>
        </StaffForm>
      ) : status.authorizedOn ? (
        <p class="pr-muted">{t('staff.network.authorized')}</p>
      ) : (
        <StaffForm
          kind="network"
          admin={admin}
          rule="AG-REQ"
          submit={t('staff.network.attach')}
          canSubmit={parent !== ''}
          onSubmit={() => admin.setNetworkParent(parent)}
        >
          <p class="pr-hint">{t('staff.network.hint')}</p>
          <Field label={t('staff.network.parent')}>
            {(id) => (
              <select id={id} class="pr-select" value={parent} onChange={(event) => setParent(event.currentTarget.value)}>
                <option value="">{t('staff.choose')}</option>
                {others.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name} — {statusName(partner.status, partner.statusName)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </StaffForm>
      )}
    </Section>
  )
}
