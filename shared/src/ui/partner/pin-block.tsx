import type { TPartnerCard, TPin } from '../../contract'
import type { CardProps } from '../card/card-props'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { ErrorNotice, Notice } from '../kit/notice'
import { PinSummary } from './pin-summary'

/**
 * Where the client stands for this partner, and the next step: request a pin (AT-1.2). Without one
 * the hint says what a pin means in this program: the reward's condition, or deal protection (AG-4).
 * Where the relay says it would refuse the request (AT-1.2a), its reason takes the button's place.
 */
export const PinBlock = ({
  pin,
  requiresPin,
  refusal,
  state,
  store,
  canAct,
}: CardProps & { pin: TPin | null; requiresPin: boolean; refusal: TPartnerCard['pinRefusal']; canAct: boolean }) => {
  const i18n = useI18n()
  const mayRegister = state.me?.partner?.mayRequestPins ?? true
  const isOpen = canAct && (!pin || pin.state === 'rejected' || pin.state === 'released')
  const canRequest = isOpen && mayRegister && !refusal
  // A pending expulsion is said in words where the button would be (AT-4.1, AG-1.5); other refusals only to a partner that may register.
  const showsRefusal = isOpen && refusal && (mayRegister || refusal.code === 'partner_expulsion_pending')
  // AG-4: the relay says whether this partner's status registers deals; the hint follows it, so a
  // Silver partner is never told registration waits for authorization.
  const hint = requiresPin ? 'pin.noneHint' : mayRegister ? 'pin.protectionHint' : 'pin.protectionLocked'
  return (
    <div class="pr-block">
      {pin ? <PinSummary pin={pin} /> : <Notice kind="info">{i18n.t(hint)}</Notice>}
      {showsRefusal && <Notice kind="warning">{i18n.error(refusal)}</Notice>}
      {canRequest && (
        <Button variant="primary" isBusy={state.busy === 'requestPin'} onClick={() => void store.getState().requestPin()}>
          {pin ? i18n.t('pin.requestAgain') : i18n.t('pin.request')}
        </Button>
      )}
      {(state.failedAction === 'requestPin' || state.failedAction === 'register') && <ErrorNotice error={state.actionError} />}
    </div>
  )
}
