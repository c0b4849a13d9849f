/** What a partner certificate prints (AG-3.1): who certifies whom, in which status, until when. */
export type CertificateDocument = {
  number: string
  vendor: { name: string; website?: string; signatory?: { title: string; name: string } }
  partner: { name: string; inn: string }
  programName: string
  statusName: string
  authorizedOn: string
  validUntil: string
  /** The day the document is printed for; fixes the PDF's creation date. */
  issuedOn: string
}
