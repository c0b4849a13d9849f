import { useEffect, useMemo, useState } from 'preact/hooks'
import { createPartnerClient, type PartnerClient } from '../../client/create-partner-client'
import { newIdempotencyKey } from '../../client/idempotency-key'
import type { RelayError } from '../../client/relay-error'
import { toRelayError } from '../../client/to-relay-error'
import type { TPartner, TPartnerState } from '../../contract'
import { useUi } from '../context'
import { Button } from '../kit/button'
import { Field, TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { Empty } from '../kit/status'
import { IssuedCode, PartnerAccess } from './partner-access'
import { countriesOf, draftOf, emptyDraft, PartnerForm, particulars } from './partner-form'
import { PARTNER_STATES, PartnerStateBadge } from './partner-state'
import { type DirectoryText, useDirectoryText } from './use-directory-text'

type Statuses = { id: string; name: string }[]
type Search = { q: string; state: '' | TPartnerState; status: string }

/** One partner of the directory: its particulars to edit, its link codes and installations. */
const DirectoryItem = (props: { text: DirectoryText; partner: TPartner; client: PartnerClient; statuses: Statuses }) => {
  const { text, client, statuses } = props
  const { t } = text
  const [partner, setPartner] = useState(props.partner)
  const [isOpen, setOpen] = useState(false)
  const [isEditing, setEditing] = useState(false)
  const [isSaved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<RelayError | null>(null)
  return (
    <li class="pr-item" data-partner={partner.inn}>
      <div class="pr-item__head">
        <span class="pr-item__title">{partner.name}</span>
        <PartnerStateBadge state={partner.state} />
      </div>
      <div class="pr-muted">
        {t('partner.inn', { inn: partner.inn })} · {partner.statusName} · {partner.email}
      </div>
      <Button variant="link" onClick={() => setOpen(!isOpen)}>
        {isOpen ? t('partner.close') : t('partner.open')}
      </Button>
      {isOpen && (
        <>
          {isSaved && <Notice kind="success">{t('form.saved')}</Notice>}
          {isEditing ? (
            <PartnerForm
              text={text}
              mode="edit"
              initial={draftOf(partner)}
              statuses={statuses}
              busy={busy}
              error={error}
              onCancel={() => setEditing(false)}
              onSubmit={async (draft, bps) => {
                setBusy(true)
                setError(null)
                try {
                  const answer = await client.update(partner.id, { ...particulars(draft, bps), reason: draft.reason }, { idempotencyKey: newIdempotencyKey() })
                  setPartner(answer.partner)
                  setEditing(false)
                  setSaved(true)
                } catch (caught) {
                  setError(toRelayError(caught))
                } finally {
                  setBusy(false)
                }
              }}
            />
          ) : (
            <div class="pr-actions">
              <Button
                onClick={() => {
                  setSaved(false)
                  setEditing(true)
                }}
              >
                {t('form.edit')}
              </Button>
            </div>
          )}
          <PartnerAccess text={text} partner={partner} client={client} />
        </>
      )}
    </li>
  )
}

/**
 * The partner directory vendor staff run from their CRM (issue 10): search by name or INN, state and
 * status, a page at a time; add a partner; edit one with a reason; issue link codes, for a partner or
 * a new staff account; see each partner's linked CRM accounts and revoke one.
 */
export const PartnerDirectoryAdmin = () => {
  const { client: relay } = useUi()
  const client = useMemo(() => createPartnerClient(relay.caller), [relay])
  const text = useDirectoryText()
  const [statuses, setStatuses] = useState<Statuses>([])
  const [search, setSearch] = useState<Search>({ q: '', state: '', status: '' })
  const [page, setPage] = useState<{ partners: TPartner[]; total: number; nextCursor: string | null } | null>(null)
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<string | null>(null)
  const [staffEmail, setStaffEmail] = useState('')
  const [staffCode, setStaffCode] = useState<{ code: string; expiresAt: string; emailedTo: string | null } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<RelayError | null>(null)

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
  const query = (after?: string) => ({
    ...(search.q.trim() ? { q: search.q.trim() } : {}),
    ...(search.state ? { state: search.state } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(after ? { after } : {}),
  })
  const find = () => attempt('find', async () => setPage(await client.search(query())))
  const more = () =>
    attempt('more', async () => {
      if (!page?.nextCursor) return
      const next = await client.search(query(page.nextCursor))
      setPage({ ...next, partners: [...page.partners, ...next.partners] })
    })

  useEffect(() => {
    void find()
    void relay.program().then((program) => setStatuses(program.statuses.map((status) => ({ id: status.id, name: status.name }))))
  }, [])

  if (!text) return null
  const { t, i18n } = text
  return (
    <div>
      <form
        class="pr-form"
        aria-label={t('search.find')}
        onSubmit={(event) => {
          event.preventDefault()
          void find()
        }}
      >
        <TextField label={t('search.label')} value={search.q} onInput={(q) => setSearch({ ...search, q })} />
        <Field label={t('search.state')}>
          {(id) => (
            <select
              id={id}
              class="pr-select"
              value={search.state}
              onChange={(event) => setSearch({ ...search, state: event.currentTarget.value as Search['state'] })}
            >
              <option value="">{t('search.any')}</option>
              {PARTNER_STATES.map((state) => (
                <option key={state} value={state}>
                  {i18n.t(`partnerState.${state}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('search.status')}>
          {(id) => (
            <select id={id} class="pr-select" value={search.status} onChange={(event) => setSearch({ ...search, status: event.currentTarget.value })}>
              <option value="">{t('search.any')}</option>
              {statuses.map((status) => (
                <option key={status.id} value={status.id}>
                  {status.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="pr-actions">
          <Button type="submit" variant="primary" isBusy={busy === 'find'}>
            {t('search.find')}
          </Button>
          <Button
            onClick={() => {
              setCreated(null)
              setCreating(true)
            }}
          >
            {t('form.new')}
          </Button>
        </div>
      </form>
      {created && <Notice kind="success">{t('form.created', { name: created })}</Notice>}
      {creating && statuses.length > 0 && (
        <PartnerForm
          text={text}
          mode="create"
          initial={emptyDraft(statuses[0].id)}
          statuses={statuses}
          busy={busy === 'create'}
          error={error}
          onCancel={() => setCreating(false)}
          onSubmit={(draft, bps) =>
            void attempt('create', async () => {
              const body = { ...particulars(draft, bps), countries: countriesOf(draft), status: draft.status }
              const answer = await client.create(body, { idempotencyKey: newIdempotencyKey() })
              setCreating(false)
              setCreated(answer.partner.name)
              setSearch({ q: answer.partner.inn, state: '', status: '' })
              setPage({ partners: [answer.partner], total: 1, nextCursor: null })
            })
          }
        />
      )}
      {error && !creating && <ErrorNotice error={error} />}
      {page && (
        <>
          <p class="pr-muted">{t('search.found', { count: page.total })}</p>
          {page.partners.length === 0 ? (
            <Empty>{t('search.none')}</Empty>
          ) : (
            <ul class="pr-list">
              {page.partners.map((partner) => (
                <DirectoryItem key={partner.id} text={text} partner={partner} client={client} statuses={statuses} />
              ))}
            </ul>
          )}
          {page.nextCursor && (
            <Button isBusy={busy === 'more'} onClick={() => void more()}>
              {t('search.more')}
            </Button>
          )}
        </>
      )}
      <form
        class="pr-form pr-form--boxed"
        aria-label={t('code.staff')}
        onSubmit={(event) => {
          event.preventDefault()
          void attempt('staff', async () =>
            setStaffCode(
              await client.linkCode({ role: 'vendor', ...(staffEmail.trim() ? { email: staffEmail.trim() } : {}) }, { idempotencyKey: newIdempotencyKey() }),
            ),
          )
        }}
      >
        <TextField label={t('code.staffEmail')} type="email" value={staffEmail} onInput={setStaffEmail} />
        <Button type="submit" isBusy={busy === 'staff'}>
          {t('code.staff')}
        </Button>
        {staffCode && <IssuedCode text={text} issued={staffCode} />}
      </form>
    </div>
  )
}
