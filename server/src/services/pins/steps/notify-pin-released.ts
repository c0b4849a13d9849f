import type { TPin } from '../../../../../shared/src/contract'
import type { Program } from '../../../domain/program/program-schema'
import type { Trx } from '../../../store/db'
import { queueEmail } from '../../../store/queries/outbox'
import { getPartner } from '../../../store/queries/partners'

/**
 * Queues the e-mail that tells a partner its client was unpinned on the client's official notice
 * (AT-4.5). Written to the outbox in the same transaction; the outbox job sends it by SMTP.
 */
export const notifyPinReleased = async (trx: Trx, program: Program, pin: TPin) => {
  const partner = await getPartner(trx, pin.partnerId)
  const reference = pin.reference ? ` (${pin.reference})` : ''
  await queueEmail(trx, {
    kind: 'pin.released.client-request',
    to: partner.email,
    subject: `${program.name}: клиент ${pin.accountNumber} откреплён по заявлению клиента`,
    body: [
      `Здравствуйте, ${partner.name}!`,
      '',
      `Клиент с номером аккаунта ${pin.accountNumber} направил официальное уведомление${reference} с просьбой сменить партнёра или перейти на сопровождение к вендору.`,
      `В соответствии с п. 4.5 Правил партнёрской программы закрепление клиента за вами снято.`,
      '',
      `${program.vendor.name}`,
    ].join('\n'),
  })
}
