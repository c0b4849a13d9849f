import type { TNotice } from '../../contract/notices'
import type { I18n } from '../../i18n/create-i18n'
import type { NoticeMessageKey } from '../../i18n/notices-ru'

type Words = (key: NoticeMessageKey, vars?: Record<string, string | number>) => string

/** A notice in the user's language, from its kind and facts: dates as ДД.ММ.ГГГГ, money as «17 820,00 ₽». */
export const noticeText = (i18n: I18n, t: Words, { kind, facts }: Pick<TNotice, 'kind' | 'facts'>): string => {
  const client = facts.clientName ? `${facts.clientName} (${facts.accountNumber})` : (facts.accountNumber ?? '')
  const vars = {
    amount: facts.amountKop === undefined ? '' : i18n.money(facts.amountKop),
    invoice: facts.invoiceNumber ?? '',
    date: facts.dueOn ? i18n.date(facts.dueOn) : '',
    client,
    partner: facts.partnerName ?? '',
    reason: facts.reason ?? '',
    state: facts.state ? t(`state.${facts.state}`) : '',
  }
  // An overdue transfer's violation is worded from its facts; one staff recorded keeps their words.
  if (kind === 'violation.recorded' && facts.invoiceNumber) return t('notice.violation.transferOverdue', vars)
  return t(`notice.${kind}`, vars)
}
