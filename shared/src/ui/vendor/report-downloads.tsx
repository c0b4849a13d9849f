import { useMemo, useState } from 'preact/hooks'
import { createReportClient } from '../../client/create-report-client'
import type { RelayError } from '../../client/relay-error'
import { toRelayError } from '../../client/to-relay-error'
import type { TReportName, TVendorOverview } from '../../contract'
import { todayInProgramZone } from '../../i18n/format'
import { saveFile } from '../../stores/save-file'
import { useUi } from '../context'
import { Button } from '../kit/button'
import { Field, TextField } from '../kit/field'
import { ErrorNotice } from '../kit/notice'

const REPORTS: TReportName[] = ['invoices', 'overdue-transfers', 'receivables', 'expelled-clients', 'pins']

type Props = { partners: TVendorOverview['partners'] }

/**
 * The CSV files a vendor sends to its accountant, for a period (the current month up to today by
 * default): each opens in Excel as is. The ledger statement is one partner's.
 */
export const ReportDownloads = ({ partners }: Props) => {
  const { client, i18n } = useUi()
  const reports = useMemo(() => createReportClient(client.caller), [client])
  const today = todayInProgramZone()
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`)
  const [to, setTo] = useState(today)
  const [partnerId, setPartnerId] = useState(partners[0]?.id ?? '')
  const [busy, setBusy] = useState<TReportName | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const download = async (name: TReportName) => {
    setBusy(name)
    setError(null)
    try {
      const query = { from, to, lang: i18n.locale, ...(name === 'ledger' ? { partnerId } : {}) }
      saveFile(await reports.download(name, query), `${name}_${from}_${to}.csv`)
    } catch (caught) {
      setError(toRelayError(caught))
    } finally {
      setBusy(null)
    }
  }
  return (
    <div>
      <p class="pr-hint">{i18n.t('vendor.reports.hint')}</p>
      <div class="pr-inline-form">
        <TextField label={i18n.t('vendor.reports.from')} type="date" value={from} onInput={setFrom} />
        <TextField label={i18n.t('vendor.reports.to')} type="date" value={to} onInput={setTo} />
      </div>
      <div class="pr-actions">
        {REPORTS.map((name) => (
          <Button key={name} isBusy={busy === name} disabled={busy !== null} onClick={() => void download(name)}>
            {i18n.t(`vendor.reports.${name}`)}
          </Button>
        ))}
      </div>
      {partners.length > 0 && (
        <div class="pr-inline-form">
          <Field label={i18n.t('vendor.reports.partner')}>
            {(id) => (
              <select id={id} class="pr-select" value={partnerId} onChange={(event) => setPartnerId(event.currentTarget.value)}>
                {partners.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button isBusy={busy === 'ledger'} disabled={busy !== null} onClick={() => void download('ledger')}>
            {i18n.t('vendor.reports.ledger')}
          </Button>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  )
}
