import { describe, expect, test } from 'vitest'
import { DomainError } from '../domain-error'
import { clientConfirmation } from './client-confirmation'

const refusedField = (input: Parameters<typeof clientConfirmation>[0]) => {
  try {
    clientConfirmation(input)
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, rule: error.rule, path: (error.details as { fields: { path: string }[] }).fields[0]?.path }
    throw error
  }
  return null
}

describe('confirmed with the client (AT-4.4)', () => {
  test.each([
    { label: 'an approval without the mark', input: { decision: 'approve' as const }, stored: { confirmed: false, note: null } },
    {
      label: 'an approval with the mark and its note',
      input: { decision: 'approve' as const, confirmedWithClient: true, confirmationNote: 'Директор знает партнёра' },
      stored: { confirmed: true, note: 'Директор знает партнёра' },
    },
    { label: 'an approval with the mark alone', input: { decision: 'approve' as const, confirmedWithClient: true }, stored: { confirmed: true, note: null } },
    { label: 'a rejection stores nothing of it', input: { decision: 'reject' as const }, stored: null },
  ])('$label', ({ input, stored }) => {
    expect(clientConfirmation(input)).toEqual(stored)
  })

  test.each([
    { label: 'a note without the mark', input: { decision: 'approve' as const, confirmationNote: 'звонил' }, path: 'confirmationNote' },
    {
      label: 'a note with the mark unset',
      input: { decision: 'approve' as const, confirmedWithClient: false, confirmationNote: 'x' },
      path: 'confirmationNote',
    },
    { label: 'the mark on a rejection', input: { decision: 'reject' as const, confirmedWithClient: true }, path: 'confirmedWithClient' },
    { label: 'a note on a release', input: { decision: 'release' as const, confirmationNote: 'x' }, path: 'confirmationNote' },
  ])('refuses $label', ({ input, path }) => {
    expect(refusedField(input)).toEqual({ code: 'invalid_request', rule: 'AT-4.4', path })
  })
})
