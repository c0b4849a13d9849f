import { useState } from 'preact/hooks'
import { todayInProgramZone } from '../../i18n/format'
import { Button } from './button'
import { Confirm } from './confirm'
import { TextField } from './field'

/** A question the relay asked about the date (AT-1.6): `token` is the refusal it came with, so a "no" dismisses just that one. */
export type DateConfirm = { token: object; lines: string[]; ask: string; action: string; onConfirm: (date: string) => void }

type DateActionProps = {
  label: string
  action: string
  isBusy: boolean
  onSubmit: (date: string) => void
  /** The latest date allowed; the browser's picker stops there. */
  max?: string
  /** What is wrong with the date, in words; the date stays as typed. */
  error?: string | null
  confirm?: DateConfirm | null
}

/** "On which date?" and a button: client payment, transfer received; a late date is confirmed in place. */
export const DateAction = ({ label, action, isBusy, onSubmit, max, error, confirm }: DateActionProps) => {
  const [date, setDate] = useState(todayInProgramZone())
  const [dismissed, setDismissed] = useState<object | null>(null)
  const asking = confirm && confirm.token !== dismissed ? confirm : null
  return (
    <form
      class="pr-inline-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (date && !asking) onSubmit(date)
      }}
    >
      <TextField
        label={label}
        type="date"
        value={date}
        max={max}
        error={error}
        onInput={(next) => {
          setDate(next)
          if (confirm) setDismissed(confirm.token)
        }}
        required
      />
      {asking ? (
        <Confirm
          lines={asking.lines}
          ask={asking.ask}
          action={asking.action}
          isBusy={isBusy}
          onConfirm={() => asking.onConfirm(date)}
          onCancel={() => setDismissed(asking.token)}
        />
      ) : (
        <Button type="submit" isBusy={isBusy} disabled={!date}>
          {action}
        </Button>
      )}
    </form>
  )
}
