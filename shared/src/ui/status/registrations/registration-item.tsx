import type { ComponentChildren } from 'preact'
import type { TRegistration } from '../../../contract/registrations'
import { Badge, type Tone } from '../../kit/status'
import { reasonText } from '../../partner/pin-summary'
import { useStatusText } from '../use-status-text'
import { daysLeft, type Standing, standingOf } from './registration-facts'

const TONE: Record<Standing, Tone> = { requested: 'warn', active: 'ok', lapsed: 'bad', expired: 'bad', released: 'muted', rejected: 'bad' }
/** Days left at which the partner is reminded to ask for a renewal. */
const NEAR_END_DAYS = 14

type Props = { registration: TRegistration; today: string; showPartner?: boolean; children?: ComponentChildren }

/** One deal registration (AG-4): what is protected, until when, its latest renewal and, for a project, its discount. */
export const RegistrationItem = ({ registration: r, today, showPartner = false, children }: Props) => {
  const { t, i18n } = useStatusText()
  const standing = standingOf(r, today)
  const left = r.validUntil === null ? null : daysLeft(r.validUntil, today)
  const renewal = r.renewal
  return (
    <li class="pr-item">
      <div class="pr-item__head">
        <strong>{r.projectName ?? r.clientName}</strong>
        <Badge tone={standing === 'active' && left !== null && left <= NEAR_END_DAYS ? 'warn' : TONE[standing]}>
          {t(`registrations.standing.${standing}`)}
        </Badge>
      </div>
      <div class="pr-muted">
        {[
          t(`registrations.kind.${r.kind}`),
          r.projectName && r.clientName,
          r.accountNumber,
          showPartner && r.partnerName,
          r.source === 'vendor-lead' && t('registrations.fromVendor'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {r.validUntil && (standing === 'active' || standing === 'requested') && (
        <div>
          {t('registrations.validUntil', { date: i18n.date(r.validUntil) })}
          {standing === 'active' && ` · ${t('registrations.daysLeft', { n: left ?? 0 })}`}
        </div>
      )}
      {r.validUntil && (standing === 'lapsed' || standing === 'expired') && <div>{t('registrations.endedOn', { date: i18n.date(r.validUntil) })}</div>}
      {r.reason && standing !== 'expired' && <div>{t('registrations.reason', { reason: reasonText(i18n, r.reason) })}</div>}
      {renewal && (
        <div>
          {renewal.state === 'pending'
            ? t('registrations.renewal.pending', { date: i18n.timestamp(renewal.requestedAt) })
            : renewal.state === 'approved'
              ? t('registrations.renewal.approved', { until: renewal.validUntilAfter ? i18n.date(renewal.validUntilAfter) : '—' })
              : t('registrations.renewal.rejected', { reason: renewal.reason ?? '—' })}
          {renewal.note && <div class="pr-quote-text">{renewal.note}</div>}
        </div>
      )}
      {r.kind === 'project' && (
        <div>
          {r.projectDiscountBps === null ? t('registrations.noDiscount') : t('registrations.discount', { percent: i18n.percent(r.projectDiscountBps) })}
        </div>
      )}
      {children}
    </li>
  )
}
