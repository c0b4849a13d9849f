import { useMemo, useState } from 'preact/hooks'
import { createBankClient } from '../../client/create-bank-client'
import { newIdempotencyKey } from '../../client/idempotency-key'
import type { RelayError } from '../../client/relay-error'
import { toRelayError } from '../../client/to-relay-error'
import { BANK_STATEMENT_MAX_BYTES, type TBankPaymentMatch, type TBankStatementPreview } from '../../contract'
import { useUi } from '../context'
import { Button } from '../kit/button'
import { Field } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { readAsBase64 } from './read-as-base64'

/** Only an exact agreement of money and invoices is recorded in one click (AT-1.6); the rest are said, not guessed. */
const isRecordable = (payment: TBankPaymentMatch) => !payment.recorded && (payment.kind === 'exact' || payment.kind === 'several')

/**
 * Vendor staff load the bank statement their client-bank exported (1CClientBankExchange), see each
 * incoming payment against the open invoices and record the ones that agree as transfers, dated as
 * the money reached the bank (AT-1.6). A statement loaded again records nothing twice.
 */
export const BankReconciliation = ({ onRecorded }: { onRecorded: () => Promise<void> }) => {
  const { client, i18n } = useUi()
  const bank = useMemo(() => createBankClient(client.caller), [client])
  const [file, setFile] = useState<string | null>(null)
  const [preview, setPreview] = useState<TBankStatementPreview | null>(null)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [attempt, setAttempt] = useState(newIdempotencyKey)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<RelayError | string | null>(null)
  const [recordedCount, setRecordedCount] = useState<number | null>(null)

  const load = async (picked: File | undefined) => {
    setPreview(null)
    setRecordedCount(null)
    setError(null)
    if (!picked) return
    if (picked.size > BANK_STATEMENT_MAX_BYTES) return setError(i18n.t('vendor.bank.tooLarge', { mb: BANK_STATEMENT_MAX_BYTES / 1024 / 1024 }))
    setBusy(true)
    try {
      const content = await readAsBase64(picked)
      const answer = await bank.preview(content)
      setFile(content)
      setPreview(answer)
      setChosen(new Set(answer.payments.filter(isRecordable).map((payment) => payment.key)))
      setAttempt(newIdempotencyKey())
    } catch (caught) {
      setError(toRelayError(caught))
    } finally {
      setBusy(false)
    }
  }

  const record = async () => {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const answer = await bank.record(file, [...chosen], { idempotencyKey: attempt })
      setRecordedCount(answer.recorded.length)
      setPreview(await bank.preview(file))
      setChosen(new Set())
      setAttempt(newIdempotencyKey())
      await onRecorded()
    } catch (caught) {
      setError(toRelayError(caught))
    } finally {
      setBusy(false)
    }
  }

  const toggle = (key: string) => {
    const next = new Set(chosen)
    if (!next.delete(key)) next.add(key)
    setChosen(next)
    setAttempt(newIdempotencyKey())
  }

  return (
    <div>
      <p class="pr-hint">{i18n.t('vendor.bank.hint')}</p>
      <Field label={i18n.t('vendor.bank.file')}>
        {(id) => <input id={id} type="file" accept=".txt,text/plain" disabled={busy} onChange={(event) => void load(event.currentTarget.files?.[0])} />}
      </Field>
      {error && (typeof error === 'string' ? <Notice kind="error">{error}</Notice> : <ErrorNotice error={error} />)}
      {recordedCount !== null && <Notice kind="success">{i18n.t('vendor.bank.recorded', { count: recordedCount })}</Notice>}
      {preview && (
        <>
          {preview.problems.map((problem) => (
            <Notice key={problem.line} kind="warning">
              {i18n.t('vendor.bank.problem', { line: problem.line, message: problem.message })}
            </Notice>
          ))}
          {preview.payments.length === 0 && <p class="pr-muted">{i18n.t('vendor.bank.empty')}</p>}
          <ul class="pr-list">
            {preview.payments.map((payment) => (
              <li key={payment.key} class="pr-item">
                <label class="pr-check">
                  <input type="checkbox" checked={chosen.has(payment.key)} disabled={busy || !isRecordable(payment)} onChange={() => toggle(payment.key)} />
                  <span class="pr-item__title">
                    {i18n.t('vendor.bank.payment', { number: payment.number, date: i18n.date(payment.receivedOn), amount: i18n.money(payment.amountKop) })}
                  </span>
                </label>
                <div class="pr-muted">{[payment.payerName, payment.payerInn].filter(Boolean).join(', ')}</div>
                <div class="pr-muted">{payment.purpose}</div>
                <div>
                  {payment.recorded
                    ? i18n.t('vendor.bank.kind.recorded')
                    : i18n.t(`vendor.bank.kind.${payment.kind}`, {
                        invoices: payment.invoices.map((invoice) => invoice.number).join(', '),
                        due: i18n.money(payment.invoicesKop),
                      })}
                </div>
              </li>
            ))}
          </ul>
          <Button variant="primary" isBusy={busy} disabled={chosen.size === 0} onClick={() => void record()}>
            {i18n.t('vendor.bank.record', { count: chosen.size })}
          </Button>
        </>
      )}
    </div>
  )
}
