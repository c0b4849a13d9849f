import { useState } from 'preact/hooks'
import { todayInProgramZone } from '../../i18n/format'
import { Button } from './button'
import { TextField } from './field'

type DateActionProps = {
  label: string
  action: string
  isBusy: boolean
  onSubmit: (date: string) => void
}

/** "On which date?" and a button: client payment, transfer received. */
export const DateAction = ({ label, action, isBusy, onSubmit }: DateActionProps) => {
  const [date, setDate] = useState(todayInProgramZone())
  return (
    <form
      class="pr-inline-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (date) onSubmit(date)
      }}
    >
      <TextField label={label} type="date" value={date} onInput={setDate} required />
      <Button type="submit" isBusy={isBusy} disabled={!date}>
        {action}
      </Button>
    </form>
  )
}
