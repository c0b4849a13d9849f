import { AppError } from '../../../../shared/src/contract'
import { renderCertificatePdf } from '../../documents/render-certificate-pdf'
import { getPartner } from '../../store/queries/partners'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { statusName } from '../dto/to-partner'

/**
 * The certificate of an official partner as a PDF (AG-3.1), for the partner itself or vendor
 * staff: the current status, the authorization date and the certificate's last day.
 * @throws not_found for another partner; invalid_state before authorization.
 */
export const partnerCertificate = async (deps: Deps, ctx: Ctx, partnerId: string) => {
  const own = partnerIdOf(ctx)
  if (own && own !== partnerId) throw new AppError('not_found', 'No such partner')
  const partner = await getPartner(deps.db, partnerId)
  if (!partner.authorized_on || !partner.certificate_valid_until) {
    throw new AppError('invalid_state', 'No certificate yet: the partner is authorized after the agreement and a qualifying first purchase', { rule: 'AG-3.1' })
  }
  const { vendor } = deps.program
  // One number per yearly term: the INN and the year the term began.
  const number = `${partner.inn}-${Number(partner.certificate_valid_until.slice(0, 4)) - 1}`
  const body = await renderCertificatePdf({
    number,
    vendor: { name: vendor.name, website: vendor.website, signatory: vendor.signatory },
    partner: { name: partner.name, inn: partner.inn },
    programName: deps.program.name,
    statusName: statusName(deps.program, partner.status),
    authorizedOn: partner.authorized_on,
    validUntil: partner.certificate_valid_until,
    // The certificate of a term is issued when the term starts: its bytes do not change from day to day.
    issuedOn: partner.authorized_on,
  })
  return { contentType: 'application/pdf', filename: `Сертификат ${number}.pdf`, body }
}
