import type { TChecklist } from '../../contract/statuses'
import type { StatusText } from './use-status-text'

type Progress = NonNullable<TChecklist['items'][number]['progress']>

/** A checklist row's figures in words: money for volume, a count, or months of tenure. */
export const progressText = ({ t, i18n }: StatusText, { unit, value, target }: Progress): string => {
  const show = (figure: number) => (unit === 'kop' ? i18n.money(figure) : String(figure))
  if (target === null) return show(value)
  if (unit === 'months') return t('checklist.months', { value, target })
  return t('volume.of', { value: show(value), target: show(target) })
}
