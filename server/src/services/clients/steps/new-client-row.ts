/** The client as a partner or vendor staff typed it: what is not given is empty, the country Russia. */
export const newClientRow = (body: { accountNumber: string; name: string; inn?: string; email?: string; phone?: string; country?: string }) => ({
  account_number: body.accountNumber,
  name: body.name,
  inn: body.inn ?? null,
  email: body.email ?? null,
  phone: body.phone ?? null,
  country: body.country ?? 'RU',
})
