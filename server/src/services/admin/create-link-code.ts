import { randomBytes } from 'node:crypto'
import type { TStaffLinkCodeRequest } from '../../../../shared/src/contract'
import { formatDateRu } from '../../documents/format-date-ru'
import { todayIn } from '../../domain/calendar/today-in'
import { insertLinkCode } from '../../store/queries/link-codes'
import { queueEmail } from '../../store/queries/outbox'
import { getPartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'

const LINK_CODE_TTL_MS = 7 * 24 * 3600 * 1000
// No 0/O or 1/I: people read these codes off an e-mail and type them into a CRM.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

const newCode = () => {
  const chars = [...randomBytes(12)].map((b) => ALPHABET[b % ALPHABET.length])
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((c) => c.join('')).join('-')
}

/**
 * A one-time code that links one CRM account to a partner, or to the vendor for staff installations;
 * with `sendEmail` (a partner's code: to the partner's e-mail) or `email` (a staff code), the outbox
 * sends it in the same transaction that issues it (issue 10).
 */
export const createLinkCode = (deps: Deps, ctx: Ctx, body: TStaffLinkCodeRequest, route = 'createLinkCode') =>
  runWrite(deps, ctx, { route, body }, async (trx) => {
    const partner = 'partnerId' in body ? await getPartner(trx, body.partnerId) : null
    const code = newCode()
    const expiresAt = new Date(ctx.now.getTime() + LINK_CODE_TTL_MS)
    await insertLinkCode(trx, { code, role: partner ? 'partner' : 'vendor', partnerId: partner?.id ?? null, expiresAt })
    const emailTo = 'partnerId' in body ? (body.sendEmail ? partner?.email : undefined) : body.email
    if (emailTo) {
      const until = formatDateRu(todayIn(deps.program.timeZone, expiresAt))
      await queueEmail(trx, {
        kind: 'link-code.issued',
        to: emailTo,
        subject: `${deps.program.name}: код подключения виджета`,
        body: [
          partner ? `Здравствуйте, ${partner.name}!` : 'Здравствуйте!',
          '',
          `Код подключения: ${code}`,
          `Введите его в настройках виджета ${deps.program.vendor.name} в вашей CRM (amoCRM или Битрикс24). Код одноразовый, действует до ${until} включительно.`,
          '',
          deps.program.vendor.name,
        ].join('\n'),
      })
    }
    await appendAudit(trx, ctx.actor, {
      action: 'link-code.created',
      entity: 'link-code',
      entityId: code,
      after: { partnerId: partner?.id ?? null, expiresAt, emailedTo: emailTo ?? null },
    })
    return { code, expiresAt: expiresAt.toISOString(), emailedTo: emailTo ?? null }
  })
