import { useId, useState } from 'preact/hooks'
import type { TVendorCard } from '../../contract'
import type { CardProps } from '../card/card-props'
import { useI18n } from '../context'
import { TextField } from '../kit/field'
import { ErrorNotice } from '../kit/notice'

/** The direct-negotiation mark: while it is set, pin requests for this client are refused (AT-1.2a). */
export const NegotiationToggle = ({ card, state, store }: CardProps & { card: TVendorCard }) => {
  const i18n = useI18n()
  const [note, setNote] = useState(card.negotiation.note ?? '')
  const isBusy = state.busy === 'negotiation'
  const hintId = useId()
  return (
    <div class="pr-block">
      <label class="pr-switch">
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a checkbox carries its checked state itself; ARIA in HTML asks for no aria-checked on it
          role="switch"
          checked={card.negotiation.open}
          disabled={isBusy}
          aria-describedby={hintId}
          onChange={(event) => void store.getState().setNegotiation(event.currentTarget.checked, note)}
        />
        <span class="pr-switch__track" aria-hidden="true" />
        <span>{i18n.t('vendor.negotiation')}</span>
      </label>
      <p class="pr-hint" id={hintId}>
        {i18n.t('vendor.negotiationHint')}
      </p>
      {card.negotiation.open ? (
        card.negotiation.note && <p class="pr-quote-text">{card.negotiation.note}</p>
      ) : (
        <TextField label={i18n.t('vendor.negotiationNote')} hint={i18n.t('common.optional')} value={note} onInput={setNote} />
      )}
      {state.failedAction === 'negotiation' && <ErrorNotice error={state.actionError} />}
    </div>
  )
}
