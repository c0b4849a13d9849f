import type { ComponentChildren } from 'preact'

type ButtonProps = {
  children: ComponentChildren
  onClick?: (event: MouseEvent) => void
  variant?: 'primary' | 'secondary' | 'danger' | 'link'
  type?: 'button' | 'submit'
  isBusy?: boolean
  disabled?: boolean
  label?: string
}

/** A button that says when it is working and cannot be pressed twice meanwhile. */
export const Button = ({ children, onClick, variant = 'secondary', type = 'button', isBusy = false, disabled, label }: ButtonProps) => (
  <button type={type} class={`pr-btn pr-btn--${variant}`} onClick={onClick} disabled={disabled || isBusy} aria-busy={isBusy || undefined} aria-label={label}>
    {isBusy && <span class="pr-spinner" aria-hidden="true" />}
    {children}
  </button>
)
