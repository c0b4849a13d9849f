import type { TPin, TPinState } from '../../contract'
import { useI18n } from '../context'
import { Badge, Empty } from '../kit/status'
import { PIN_TONE, PinSummary } from '../partner/pin-summary'
import { ClientLink } from './detail-links'

const ORDER: TPinState[] = ['requested', 'approved', 'rejected', 'released']

/** The partner's pins, counted by state, then listed. */
export const PinList = ({ pins }: { pins: TPin[] }) => {
  const i18n = useI18n()
  if (pins.length === 0) return <Empty>{i18n.t('overview.noPins')}</Empty>
  const sorted = [...pins].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state))
  return (
    <>
      <div class="pr-counts">
        {ORDER.map((state) => {
          const count = pins.filter((pin) => pin.state === state).length
          return count > 0 ? (
            <Badge key={state} tone={PIN_TONE[state]}>
              {i18n.t(`pin.state.${state}`)}: {count}
            </Badge>
          ) : null
        })}
      </div>
      <ul class="pr-list">
        {sorted.map((pin) => (
          <li key={pin.id} class="pr-item">
            <div class="pr-item__title">
              <ClientLink name={pin.clientName} accountNumber={pin.accountNumber} />
            </div>
            <PinSummary pin={pin} />
          </li>
        ))}
      </ul>
    </>
  )
}
