import './status-styles'
import type { TChecklist } from '../../contract/statuses'
import { Badge } from '../kit/status'
import { ProgressBar } from './progress-bar'
import { progressText } from './progress-text'
import { useStatusText } from './use-status-text'

type Props = {
  checklists: TChecklist[]
  /** Statuses whose threshold vendor staff set for this partner (AG-REQ ***). */
  individual?: string[]
}

/** The half-year volume against each status's threshold, from the checklists' volume rows (AG-REQ). */
export const VolumeBars = ({ checklists, individual = [] }: Props) => {
  const text = useStatusText()
  const bars = checklists.flatMap((checklist) => {
    const row = checklist.items.find((item) => item.requirement === 'halfYearVolumeKop')
    return row?.progress && row.progress.target !== null ? [{ checklist, row, progress: row.progress, target: row.progress.target }] : []
  })
  if (bars.length === 0) return null
  return (
    <ul class="pr-bars">
      {bars.map(({ checklist, row, progress, target }) => (
        <li key={checklist.status}>
          <div class="pr-bars__head">
            <span>{text.status(checklist.status, checklist.statusName)}</span>
            {individual.includes(checklist.status) && <Badge tone="info">{text.t('volume.individual')}</Badge>}
          </div>
          <ProgressBar
            label={`${text.label('req', 'halfYearVolumeKop')}: ${text.status(checklist.status, checklist.statusName)}`}
            value={progress.value}
            target={target}
            text={progressText(text, progress)}
            isMet={row.isMet}
          />
        </li>
      ))}
    </ul>
  )
}
