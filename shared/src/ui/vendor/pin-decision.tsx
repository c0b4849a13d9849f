import { useState } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import type { TPin, TPinDecisionRequest } from '../../contract'
import type { PinDecision as Decision } from '../../stores/create-card-store'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import { ErrorNotice } from '../kit/notice'
import { useStaffText } from './use-staff-text'

type Confirmation = { isConfirmed: boolean; note: string }

/** AT-4.4: staff asked the client whether it knows the partner; the note says what it answered. */
const ClientConfirmation = ({ pinId, value, onChange }: { pinId: string; value: Confirmation; onChange: (value: Confirmation) => void }) => {
  const text = useStaffText()
  if (!text) return null
  return (
    <>
      <label class="pr-check">
        <input
          type="checkbox"
          name={`confirmed-${pinId}`}
          checked={value.isConfirmed}
          onChange={(event) => onChange({ ...value, isConfirmed: event.currentTarget.checked })}
        />
        <span>{text.t('confirm.mark')}</span>
      </label>
      {value.isConfirmed && (
        <TextField label={text.t('confirm.note')} hint={text.i18n.t('common.optional')} value={value.note} onInput={(note) => onChange({ ...value, note })} />
      )}
    </>
  )
}

type PinDecisionProps = {
  pin: TPin
  busy: string | null
  failedAction: string | null
  actionError: RelayError | null
  onDecide: (decision: Decision, pinId: string, input: TPinDecisionRequest) => Promise<boolean>
}

/**
 * Vendor staff's decision on a pin: approve or reject a request (AT-4.4, AT-1.2a), release an approved
 * pin on the client's notice with its reference (AT-4.5). A refusal or release always says why; an
 * approval may say that the client confirmed it knows the partner, with a note (AT-4.4).
 */
export const PinDecisionForm = ({ pin, busy, failedAction, actionError, onDecide }: PinDecisionProps) => {
  const i18n = useI18n()
  const [open, setOpen] = useState<Decision | null>(null)
  const [kind, setKind] = useState<'client-request' | 'other'>('client-request')
  const [reason, setReason] = useState('')
  const [reference, setReference] = useState('')
  const [confirmation, setConfirmation] = useState<Confirmation>({ isConfirmed: false, note: '' })
  const isBusy = (decision: Decision) => busy === `${decision}:${pin.id}`
  const error = failedAction?.endsWith(`:${pin.id}`) ? actionError : null

  const submit = async (decision: Decision, input: TPinDecisionRequest) => {
    if (await onDecide(decision, pin.id, input)) setOpen(null)
  }

  if (pin.state === 'requested' && open !== 'reject') {
    return (
      <div class="pr-block">
        <ClientConfirmation pinId={pin.id} value={confirmation} onChange={setConfirmation} />
        <div class="pr-actions">
          <Button
            variant="primary"
            isBusy={isBusy('approve')}
            onClick={() =>
              void submit(
                'approve',
                confirmation.isConfirmed
                  ? { confirmedWithClient: true, ...(confirmation.note.trim() ? { confirmationNote: confirmation.note.trim() } : {}) }
                  : {},
              )
            }
          >
            {i18n.t('vendor.approve')}
          </Button>
          <Button variant="danger" onClick={() => setOpen('reject')}>
            {i18n.t('vendor.reject')}
          </Button>
          <ErrorNotice error={error} />
        </div>
      </div>
    )
  }
  if (pin.state === 'approved' && open !== 'release') {
    return (
      <div class="pr-actions">
        <Button variant="danger" onClick={() => setOpen('release')}>
          {i18n.t('vendor.release')}
        </Button>
      </div>
    )
  }
  if (!open) return null
  const isRelease = open === 'release'
  const isClientRequest = isRelease && kind === 'client-request'
  const input = { reason: isClientRequest ? 'client-request' : reason, reference }
  return (
    <form
      class="pr-form pr-form--boxed"
      aria-label={isRelease ? i18n.t('vendor.release') : i18n.t('vendor.reject')}
      onSubmit={(event) => {
        event.preventDefault()
        void submit(open, input)
      }}
    >
      {isRelease && (
        <fieldset class="pr-radios">
          <legend class="pr-label">{i18n.t('vendor.reasonKind')}</legend>
          <label class="pr-check">
            <input type="radio" name={`kind-${pin.id}`} checked={kind === 'client-request'} onChange={() => setKind('client-request')} />
            <span>{i18n.t('vendor.reasonClientRequest')}</span>
          </label>
          <label class="pr-check">
            <input type="radio" name={`kind-${pin.id}`} checked={kind === 'other'} onChange={() => setKind('other')} />
            <span>{i18n.t('vendor.reasonOther')}</span>
          </label>
        </fieldset>
      )}
      {!isClientRequest && <TextField label={i18n.t('vendor.reason')} value={reason} onInput={setReason} required />}
      {isRelease && <TextField label={i18n.t('vendor.reference')} value={reference} onInput={setReference} required={isClientRequest} />}
      <ErrorNotice error={error} />
      <div class="pr-actions">
        <Button type="submit" variant="danger" isBusy={isBusy(open)} disabled={!input.reason.trim() || (isClientRequest && !reference.trim())}>
          {i18n.t('vendor.confirm')}
        </Button>
        <Button variant="link" onClick={() => setOpen(null)}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
