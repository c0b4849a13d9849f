import type { TStatusBoard } from '../../stores/create-status-board-store'
import { Badge } from '../kit/status'
import { useStatusText } from './use-status-text'

/** Partners whose yearly renewal did not go through by itself, with what is missing (AG-3.2, AG-3.3a). */
export const FlaggedList = ({ flagged }: { flagged: TStatusBoard['flagged'] }) => {
  const { t, i18n, label, status } = useStatusText()
  return (
    <ul class="pr-list">
      {flagged.map((partner) => (
        <li key={partner.partnerId}>
          <div class="pr-item__head">
            <strong>{partner.partnerName}</strong>
            <span class="pr-muted">{status(partner.status, partner.statusName)}</span>
          </div>
          {partner.renewalFlags.map((flag) => (
            <div key={flag.kind}>
              <Badge tone="warn">{t(`board.flag.${flag.kind}`)}</Badge> <span class="pr-muted">{t('board.flag.due', { date: i18n.date(flag.dueOn) })}</span>
              <div>{t('board.flag.missing', { missing: flag.missing.map((id) => label('req', id)).join(', ') })}</div>
            </div>
          ))}
        </li>
      ))}
    </ul>
  )
}
