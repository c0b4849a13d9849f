import { useContext } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import { interpolate, invalidFields } from '../../i18n/error-message'
import { Notice } from '../kit/notice'
import { StatusWords, useStatusText } from './use-status-text'

type Props = {
  error: RelayError | null
  /** The form's rule, named when the relay names none. */
  rule?: string
  /** Reasons the form reads into a code the relay sends without one, e.g. a lead outside the partner's territory. */
  reasons?: Record<string, string>
}

/**
 * A failed action on a status screen in plain words with its rule: the fields to check (the status
 * screens' names first: they say what a date must hold, then the general ones), why the relay refused
 * (`details.reason`), else the usual words. The requirements table (AG-REQ) has no clause number, so
 * it is named in words; a refusal that knows a nearer clause than the relay's rule names it itself.
 */
export const StatusError = ({ error, rule, reasons }: Props) => {
  const { t, i18n } = useStatusText()
  const words: Partial<Record<string, string>> = useContext(StatusWords) ?? {}
  if (!error) return null
  const applies = error.rule ?? rule
  const clauseRef = i18n.rule(applies)
  const ref = clauseRef ?? (applies === 'AG-REQ' ? t('rule.req') : '')
  const reason = (error.details as { reason?: string } | undefined)?.reason ?? reasons?.[error.code]
  const refused = words[`refused.${reason}`]
  if (refused) return <Notice kind="error">{interpolate(refused, { ref })}</Notice>
  // Names the status words know go over in words already; the general dictionary names the rest.
  const fields = error.code === 'invalid_request' ? invalidFields(error.details, (name) => words[`field.${name}`]) : []
  const text =
    fields.length > 0
      ? i18n.error({ code: error.code, details: fields.map((field) => ({ path: [field] })) })
      : i18n.error({ code: error.code, rule: clauseRef ? applies : undefined })
  // The usual words name a clause themselves; a field list and the table need the reference added.
  return <Notice kind="error">{fields.length > 0 || !clauseRef ? [text, ref].filter(Boolean).join(' — ') : text}</Notice>
}
