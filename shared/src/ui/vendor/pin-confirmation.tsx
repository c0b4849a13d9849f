import type { TPin } from '../../contract'
import { useStaffText } from './use-staff-text'

/** In the pin history: staff confirmed with the client, before approving, that it knows the partner, and what it said (AT-4.4). */
export const PinConfirmation = ({ pin }: { pin: TPin }) => {
  const text = useStaffText()
  if (!text || !pin.confirmedWithClient) return null
  return <div class="pr-muted">{pin.confirmationNote ? text.t('confirm.shownWithNote', { note: pin.confirmationNote }) : text.t('confirm.shown')}</div>
}
