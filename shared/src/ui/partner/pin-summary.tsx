import type { TPin, TPinState } from '../../contract'
import type { I18n } from '../../i18n/create-i18n'
import { useI18n } from '../context'
import { Badge, type Tone } from '../kit/status'

export const PIN_TONE: Record<TPinState, Tone> = { requested: 'warn', approved: 'ok', rejected: 'bad', released: 'muted' }

/** Known release reasons read as words; anything else is shown as the staff wrote it. */
export const reasonText = (i18n: I18n, reason: string) =>
  reason === 'client-request' || reason === 'partner-expelled' ? i18n.t(`pin.reason.${reason}`) : reason

/** The date that matters for a pin in its state. */
export const pinDate = (i18n: I18n, pin: TPin) => {
  if (pin.state === 'approved' && pin.decidedAt) return i18n.t('pin.approvedAt', { date: i18n.timestamp(pin.decidedAt) })
  if (pin.state === 'released' && pin.releasedAt) return i18n.t('pin.releasedAt', { date: i18n.timestamp(pin.releasedAt) })
  if (pin.state === 'rejected' && pin.decidedAt) return i18n.t('pin.decidedAt', { date: i18n.timestamp(pin.decidedAt) })
  return i18n.t('pin.requestedAt', { date: i18n.timestamp(pin.requestedAt) })
}

/** A pin's state, its date, and the reason and notice reference when there are any (AT-1.2a, AT-4.5). */
export const PinSummary = ({ pin, showPartner = false }: { pin: TPin; showPartner?: boolean }) => {
  const i18n = useI18n()
  return (
    <div class="pr-pin">
      <div class="pr-pin__head">
        <Badge tone={PIN_TONE[pin.state]}>{i18n.t(`pin.state.${pin.state}`)}</Badge>
        <span class="pr-muted">{pinDate(i18n, pin)}</span>
      </div>
      {showPartner && <div class="pr-pin__partner">{pin.partnerName}</div>}
      {pin.reason && <div class="pr-pin__line">{i18n.t('pin.reason', { reason: reasonText(i18n, pin.reason) })}</div>}
      {pin.reference && <div class="pr-pin__line">{i18n.t('pin.reference', { reference: pin.reference })}</div>}
    </div>
  )
}
