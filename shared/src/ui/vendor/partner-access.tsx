import { useEffect, useState } from 'preact/hooks'
import type { PartnerClient } from '../../client/create-partner-client'
import { newIdempotencyKey } from '../../client/idempotency-key'
import type { RelayError } from '../../client/relay-error'
import { toRelayError } from '../../client/to-relay-error'
import type { TPartner, TPartnerInstallation } from '../../contract'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { Badge, Loading } from '../kit/status'
import type { DirectoryText } from './use-directory-text'

type Props = { text: DirectoryText; partner: TPartner; client: PartnerClient }

/** A one-time link code just issued: shown to copy, with its expiry and where it was e-mailed. */
export const IssuedCode = ({ text, issued }: { text: DirectoryText; issued: { code: string; expiresAt: string; emailedTo: string | null } }) => {
  const { t, i18n } = text
  const [isCopied, setCopied] = useState(false)
  return (
    <Notice kind="success">
      <div class="pr-item__title">
        {t('code.shown')}
        <code class="pr-code">{issued.code}</code>{' '}
        <Button variant="link" onClick={() => void navigator.clipboard?.writeText(issued.code).then(() => setCopied(true))}>
          {isCopied ? t('code.copied') : t('code.copy')}
        </Button>
      </div>
      <div>{t('code.expires', { date: i18n.timestamp(issued.expiresAt) })}</div>
      {issued.emailedTo && <div>{t('code.emailed', { email: issued.emailedTo })}</div>}
    </Notice>
  )
}

/** A partner's link codes and linked CRM accounts: issue a code, see each account, revoke one with a reason (issue 10). */
export const PartnerAccess = ({ text, partner, client }: Props) => {
  const { t, i18n } = text
  const [installations, setInstallations] = useState<TPartnerInstallation[] | null>(null)
  const [sendEmail, setSendEmail] = useState(true)
  const [issued, setIssued] = useState<{ code: string; expiresAt: string; emailedTo: string | null } | null>(null)
  const [revoking, setRevoking] = useState<{ id: string; reason: string; key: string } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const [isRevoked, setRevoked] = useState(false)

  const attempt = async (kind: string, work: () => Promise<void>) => {
    setBusy(kind)
    setError(null)
    try {
      await work()
    } catch (caught) {
      setError(toRelayError(caught))
    } finally {
      setBusy(null)
    }
  }
  const load = () => attempt('load', async () => setInstallations((await client.installations(partner.id)).installations))
  useEffect(() => void load(), [partner.id])

  return (
    <div class="pr-grid">
      <div>
        <label class="pr-check">
          <input type="checkbox" checked={sendEmail} onChange={(event) => setSendEmail(event.currentTarget.checked)} />
          <span>{t('code.email', { email: partner.email })}</span>
        </label>
        <Button
          isBusy={busy === 'code'}
          onClick={() =>
            void attempt('code', async () => setIssued(await client.linkCode({ partnerId: partner.id, sendEmail }, { idempotencyKey: newIdempotencyKey() })))
          }
        >
          {t('code.issue')}
        </Button>
        {issued && <IssuedCode text={text} issued={issued} />}
      </div>
      <div>
        <h4 class="pr-subtitle">{t('inst.title')}</h4>
        {isRevoked && <Notice kind="success">{t('inst.done')}</Notice>}
        {installations === null ? (
          busy === 'load' && <Loading />
        ) : installations.length === 0 ? (
          <p class="pr-muted">{t('inst.none')}</p>
        ) : (
          <ul class="pr-list">
            {installations.map((installation) => (
              <li key={installation.id} class="pr-item" data-installation={installation.account}>
                <div class="pr-item__head">
                  <span class="pr-item__title">
                    {t(`crm.${installation.crm}`)} · {installation.domain || t('inst.account', { account: installation.account })}
                  </span>
                  {installation.revokedAt && <Badge tone="bad">{t('inst.revokedBadge')}</Badge>}
                </div>
                <div class="pr-muted">
                  {t('inst.account', { account: installation.account })} · {t('inst.linked', { date: i18n.timestamp(installation.linkedAt) })} ·{' '}
                  {installation.lastSeenAt ? t('inst.seen', { date: i18n.timestamp(installation.lastSeenAt) }) : t('inst.neverSeen')}
                </div>
                {installation.revokedAt ? (
                  <div>{t('inst.revoked', { date: i18n.timestamp(installation.revokedAt), reason: installation.revokedReason ?? '' })}</div>
                ) : revoking?.id === installation.id ? (
                  <form
                    class="pr-form pr-form--boxed"
                    aria-label={t('inst.revoke')}
                    onSubmit={(event) => {
                      event.preventDefault()
                      void attempt('revoke', async () => {
                        const answer = await client.revoke(partner.id, installation.id, revoking.reason, { idempotencyKey: revoking.key })
                        setInstallations(installations.map((one) => (one.id === installation.id ? answer.installation : one)))
                        setRevoking(null)
                        setRevoked(true)
                      })
                    }}
                  >
                    <Notice kind="warning">{t('inst.confirm', { account: installation.account, crm: t(`crm.${installation.crm}`) })}</Notice>
                    <TextField
                      label={t('inst.reason')}
                      value={revoking.reason}
                      required
                      error={i18n.fieldError(error, 'reason')}
                      onInput={(reason) => setRevoking({ ...revoking, reason, key: newIdempotencyKey() })}
                    />
                    <div class="pr-actions">
                      <Button type="submit" variant="danger" isBusy={busy === 'revoke'}>
                        {t('inst.revoke')}
                      </Button>
                      <Button variant="link" onClick={() => setRevoking(null)}>
                        {i18n.t('common.cancel')}
                      </Button>
                    </div>
                  </form>
                ) : (
                  <div class="pr-actions">
                    <Button
                      variant="danger"
                      onClick={() => {
                        setRevoked(false)
                        setRevoking({ id: installation.id, reason: '', key: newIdempotencyKey() })
                      }}
                    >
                      {t('inst.revoke')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  )
}
