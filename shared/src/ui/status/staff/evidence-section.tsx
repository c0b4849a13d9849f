import { useState } from 'preact/hooks'
import { EVIDENCE_REQUIREMENTS, type TEvidenceRequirement, type TPartnerStatusResponse } from '../../../contract/statuses'
import { todayInProgramZone } from '../../../i18n/format'
import type { PartnerAdminState } from '../../../stores/create-partner-admin-store'
import { Field, TextField } from '../../kit/field'
import { Section } from '../../kit/section'
import { Badge, Empty } from '../../kit/status'
import { useStatusText } from '../use-status-text'
import { ReasonAction } from './reason-action'
import { StaffForm } from './staff-form'

type Props = { status: TPartnerStatusResponse; admin: PartnerAdminState }

const blank = () => ({ requirement: EVIDENCE_REQUIREMENTS[0] as TEvidenceRequirement, recordedOn: todayInProgramZone(), validUntil: '', note: '' })

/** What staff hold as proof that a requirement is met, with its dates (AG-REQ); a record made in error is voided, never deleted. */
export const EvidenceSection = ({ status, admin }: Props) => {
  const { t, i18n, label } = useStatusText()
  const [form, setForm] = useState(blank)
  // One event is one record; the checklist counts them per half-year under its own row.
  const nameOf = (id: TEvidenceRequirement) => (id === 'marketingEvent' ? t('staff.evidence.event') : label('req', id))
  return (
    <Section title={t('staff.evidence.title')} class="pr-span">
      <StaffForm
        kind="evidence"
        admin={admin}
        rule="AG-REQ"
        submit={t('staff.evidence.submit')}
        canSubmit={form.recordedOn !== '' && form.note.trim() !== ''}
        onSubmit={async () => {
          if (await admin.recordEvidence({ ...form, validUntil: form.validUntil || undefined })) setForm(blank())
        }}
      >
        <Field label={t('staff.evidence.requirement')}>
          {(id) => (
            <select
              id={id}
              class="pr-select"
              value={form.requirement}
              onChange={(event) => setForm({ ...form, requirement: event.currentTarget.value as TEvidenceRequirement })}
            >
              {EVIDENCE_REQUIREMENTS.map((requirement) => (
                <option key={requirement} value={requirement}>
                  {nameOf(requirement)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="pr-form__pair">
          <TextField
            label={t('staff.evidence.recordedOn')}
            type="date"
            value={form.recordedOn}
            onInput={(recordedOn) => setForm({ ...form, recordedOn })}
            required
          />
          <TextField
            label={`${t('staff.evidence.validUntil')} (${i18n.t('common.optional')})`}
            type="date"
            value={form.validUntil}
            onInput={(validUntil) => setForm({ ...form, validUntil })}
          />
        </div>
        <Field label={t('staff.evidence.note')}>
          {(id) => (
            <textarea
              id={id}
              class="pr-input pr-textarea"
              rows={2}
              maxLength={2000}
              required
              value={form.note}
              onInput={(event) => setForm({ ...form, note: event.currentTarget.value })}
            />
          )}
        </Field>
      </StaffForm>
      <h4 class="pr-subtitle">{t('staff.evidence.recorded')}</h4>
      {status.evidence.length === 0 ? (
        <Empty>{t('staff.evidence.none')}</Empty>
      ) : (
        <ul class="pr-list">
          {status.evidence.map((evidence) => (
            <li key={evidence.id} class={evidence.voidedAt ? 'pr-item--voided' : undefined}>
              <div class="pr-item__head">
                <strong>{nameOf(evidence.requirement)}</strong>
                {evidence.voidedAt && <Badge tone="muted">{t('staff.evidence.voided', { reason: evidence.voidReason ?? '' })}</Badge>}
              </div>
              <div class="pr-muted">
                {t('staff.evidence.on', { date: i18n.date(evidence.recordedOn) })}
                {evidence.validUntil && ` · ${t('status.until', { date: i18n.date(evidence.validUntil) })}`} · {evidence.recordedBy}
              </div>
              <div class="pr-quote-text">{evidence.note}</div>
              {!evidence.voidedAt && (
                <ReasonAction
                  kind={`void:${evidence.id}`}
                  admin={admin}
                  rule="AG-REQ"
                  action={t('staff.evidence.void')}
                  label={t('staff.evidence.voidLabel', { name: nameOf(evidence.requirement), date: i18n.date(evidence.recordedOn) })}
                  onSubmit={(reason) => admin.voidEvidence(evidence.id, reason)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
