import './status-styles'

type Props = {
  /** Names the bar for screen readers. */
  label: string
  value: number
  target: number
  /** The figures in words, e.g. "1 200 000,00 ₽ из 7 000 000,00 ₽". */
  text: string
  /** The relay's verdict; the bar only draws it. */
  isMet: boolean
}

/** How far a figure is toward its target, as a bar with the figures beside it. */
export const ProgressBar = ({ label, value, target, text, isMet }: Props) => {
  const share = target > 0 ? Math.min(1, Math.max(0, value / target)) : 1
  return (
    <div class="pr-progress">
      <div
        class="pr-progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={Math.min(Math.max(value, 0), target)}
        aria-valuetext={text}
      >
        <span class={`pr-progress__fill${isMet ? ' pr-progress__fill--met' : ''}`} style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span class="pr-progress__text">{text}</span>
    </div>
  )
}
