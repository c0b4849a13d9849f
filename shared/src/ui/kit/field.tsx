import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'

type FieldProps = {
  label: string
  hint?: string
  /** Renders the control with the id the label points at. */
  children: (id: string, describedBy?: string) => ComponentChildren
  class?: string
}

/** A labelled form control with an optional hint read out with it. */
export const Field = ({ label, hint, children, class: extra }: FieldProps) => {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div class={`pr-field${extra ? ` ${extra}` : ''}`}>
      <label class="pr-label" for={id}>
        {label}
      </label>
      {children(id, hintId)}
      {hint && (
        <span class="pr-hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  )
}

type InputProps = {
  label: string
  value: string
  onInput: (value: string) => void
  hint?: string
  type?: 'text' | 'email' | 'tel' | 'date' | 'url' | 'number'
  inputMode?: 'numeric' | 'text' | 'email' | 'tel' | 'url'
  required?: boolean
  disabled?: boolean
  placeholder?: string
  autoComplete?: string
  class?: string
  min?: number
  max?: number
  /** Id of a datalist of suggestions. */
  list?: string
}

export const TextField = ({ label, hint, onInput, class: extra, inputMode, ...input }: InputProps) => (
  <Field label={label} hint={hint} class={extra}>
    {(id, describedBy) => (
      <input id={id} class="pr-input" aria-describedby={describedBy} inputMode={inputMode} {...input} onInput={(event) => onInput(event.currentTarget.value)} />
    )}
  </Field>
)
