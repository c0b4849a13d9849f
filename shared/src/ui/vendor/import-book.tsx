import { useMemo, useState } from 'preact/hooks'
import { createBankClient } from '../../client/create-bank-client'
import { newIdempotencyKey } from '../../client/idempotency-key'
import type { RelayError } from '../../client/relay-error'
import { toRelayError } from '../../client/to-relay-error'
import { IMPORT_MAX_BYTES, type TImportKind, type TImportResult } from '../../contract'
import { useUi } from '../context'
import { Button } from '../kit/button'
import { Field } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { readAsBase64 } from './read-as-base64'
import { useStaffText } from './use-staff-text'

/** Lines listed: every error and conflict first, then the rest up to this many; the counts say the whole. */
const SHOWN = 200
const KINDS: TImportKind[] = ['partners', 'clients', 'invoices']

/**
 * Vendor staff bring the book of the cabinet they leave (issue 10): a CSV of partners, of clients
 * with their pins and paid terms, or of historic invoices. The dry run says what each line would do,
 * with the column and the reason of each error or conflict; the import then writes it in one go.
 */
export const ImportBook = ({ onImported }: { onImported: () => Promise<void> }) => {
  const { client, i18n } = useUi()
  const text = useStaffText()
  const relay = useMemo(() => createBankClient(client.caller), [client])
  const [kind, setKind] = useState<TImportKind | ''>('')
  const [file, setFile] = useState<string | null>(null)
  const [result, setResult] = useState<TImportResult | null>(null)
  const [attempt, setAttempt] = useState(newIdempotencyKey)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<RelayError | string | null>(null)
  if (!text) return null

  const preview = async (content: string, chosen: TImportKind | '') => {
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      setResult(await relay.previewImport(content, chosen || undefined))
      setAttempt(newIdempotencyKey())
    } catch (caught) {
      setError(toRelayError(caught))
    } finally {
      setBusy(false)
    }
  }

  const load = async (picked: File | undefined) => {
    setFile(null)
    setResult(null)
    setError(null)
    if (!picked) return
    if (picked.size > IMPORT_MAX_BYTES) return setError(text.t('import.tooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }))
    const content = await readAsBase64(picked)
    setFile(content)
    await preview(content, kind)
  }

  const apply = async () => {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      setResult(await relay.applyImport(file, kind || undefined, { idempotencyKey: attempt }))
      setAttempt(newIdempotencyKey())
      await onImported()
    } catch (caught) {
      setError(toRelayError(caught))
    } finally {
      setBusy(false)
    }
  }

  const lines = result ? [...result.lines].sort((a, b) => Number(b.problems.length > 0) - Number(a.problems.length > 0) || a.line - b.line) : []
  const kindName = result ? text.t(`import.kind.${result.kind}`) : ''
  const language = i18n.locale === 'en' ? 'en' : 'ru'
  return (
    <div class="pr-import">
      <p class="pr-hint">{text.t('import.hint')}</p>
      <Field label={text.t('import.kind')}>
        {(id) => (
          <select
            id={id}
            class="pr-select"
            value={kind}
            disabled={busy}
            onChange={(event) => {
              const chosen = event.currentTarget.value as TImportKind | ''
              setKind(chosen)
              if (file) void preview(file, chosen)
            }}
          >
            <option value="">{text.t('import.kind.auto')}</option>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {text.t(`import.kind.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={text.t('import.file')}>
        {(id) => (
          <input id={id} type="file" accept=".csv,text/csv,text/plain" disabled={busy} onChange={(event) => void load(event.currentTarget.files?.[0])} />
        )}
      </Field>
      {error && (typeof error === 'string' ? <Notice kind="error">{error}</Notice> : <ErrorNotice error={error} />)}
      {result && (
        <>
          <Notice kind={result.applied ? 'success' : result.summary.error > 0 ? 'warning' : 'info'}>
            {text.t(result.applied ? 'import.appliedSummary' : 'import.summary', { kind: kindName, ...result.summary })}
          </Notice>
          {!result.applied && result.summary.error > 0 && <p class="pr-muted">{text.t('import.fixErrors')}</p>}
          <ul class="pr-list">
            {lines.slice(0, SHOWN).map((line) => (
              <li key={line.line} class="pr-item" data-outcome={line.outcome}>
                <div class="pr-item__title">
                  {text.t('import.line', { line: line.line, key: line.key })} — {text.t(`import.outcome.${line.outcome}`)}
                </div>
                {line.problems.map((problem) => (
                  <div key={problem.field} class={line.outcome === 'error' ? 'pr-field__error' : 'pr-muted'}>
                    {problem.column ? `${problem.column}: ${problem[language]}` : problem[language]}
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {lines.length > SHOWN && <p class="pr-muted">{text.t('import.more', { count: lines.length - SHOWN })}</p>}
          {!result.applied && (
            <Button variant="primary" isBusy={busy} disabled={result.summary.error > 0 || result.summary.created === 0} onClick={() => void apply()}>
              {text.t('import.apply')}
            </Button>
          )}
        </>
      )}
    </div>
  )
}
