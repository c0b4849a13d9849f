import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'

type SectionProps = { title: string; children: ComponentChildren; aside?: ComponentChildren; class?: string }

/** A titled block of the panel; the title names the region for screen readers. */
export const Section = ({ title, children, aside, class: extra }: SectionProps) => {
  const id = useId()
  return (
    <section class={`pr-section${extra ? ` ${extra}` : ''}`} aria-labelledby={id}>
      <div class="pr-section__head">
        <h3 class="pr-section__title" id={id}>
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  )
}
