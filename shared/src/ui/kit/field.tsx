import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'

type FieldProps = {
  label: string
  hint?: string
  /** What is wrong with the value: shown under the control and read out with it. */
  error?: string | null
  /** Renders the control with the id the label points at. */
  children: (id: string, describedBy?: string) => ComponentChildren
  class?: string
}

/** A labelled form control with an optional hint, and its error, read out with it. */
export const Field = ({ label, hint, error, children, class: extra }: FieldProps) => {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div class={`pr-field${extra ? ` ${extra}` : ''}`}>
      <label class="pr-label" for={id}>
        {label}
      </label>
      {children(id, describedBy)}
      {hint && (
        <span class="pr-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="pr-field__error" id={`${id}-error`} role="alert">
          {error}
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
  error?: string | null
  type?: 'text' | 'email' | 'tel' | 'date' | 'url' | 'number'
  inputMode?: 'numeric' | 'text' | 'email' | 'tel' | 'url'
  required?: boolean
  disabled?: boolean
  placeholder?: string
  autoComplete?: string
  class?: string
  min?: number | string
  max?: number | string
  /** Id of a datalist of suggestions. */
  list?: string
}

export const TextField = ({ label, hint, error, onInput, class: extra, inputMode, ...input }: InputProps) => (
  <Field label={label} hint={hint} error={error} class={extra}>
    {(id, describedBy) => (
      <input
        id={id}
        class="pr-input"
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        inputMode={inputMode}
        {...input}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    )}
  </Field>
)
