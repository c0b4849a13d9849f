import type { z } from 'zod/mini'
import { createStore } from 'zustand/vanilla'
import type { StatusClient } from '../client/create-status-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TReview, ZReviewSummary } from '../contract/reviews'
import { createAttemptKeys } from './attempt-keys'
import { type ActionSlice, runAction } from './run-action'

export type TReviewSummary = z.infer<typeof ZReviewSummary>
/** Staff's decision on one proposal, kept until the review is confirmed. */
export type ReviewDecision = { status: string; note: string }

export type ReviewState = {
  phase: 'loading' | 'ready' | 'failed'
  /** Newest first, as the relay lists them; null until the first load. */
  reviews: TReviewSummary[] | null
  /** The review open on screen, with every proposal. */
  review: TReview | null
  /** Decisions staff changed, by partner id; a partner left out takes the proposed status. */
  decisions: Record<string, ReviewDecision>
  error: RelayError | null
  /** 'compute', 'open:<id>' or 'confirm' while it is sent. */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  load: () => Promise<void>
  open: (reviewId: string) => Promise<boolean>
  /** Computes or recomputes a half-year's proposals (AG-3.3b); project deals count only for the partners named. */
  compute: (period: string, includeProjectDeals?: string[]) => Promise<boolean>
  decide: (partnerId: string, decision: ReviewDecision) => void
  confirm: () => Promise<boolean>
}

/** The decisions that differ from the proposals, or carry a note: what confirming sends (AG-3.3b). */
export const changedDecisions = (review: TReview, decisions: Record<string, ReviewDecision>) =>
  review.proposals.flatMap(({ partnerId, proposedStatus }) => {
    const decision = decisions[partnerId]
    const note = decision?.note.trim()
    if (!decision || (decision.status === proposedStatus && !note)) return []
    return [{ partnerId, status: decision.status, note: note || undefined }]
  })

/** The half-year reviews (AG-3.3b): compute the proposals, change decisions, confirm the list. */
export const createReviewStore = ({ client }: { client: StatusClient }) => {
  const keys = createAttemptKeys()
  return createStore<ReviewState>()((set, get) => {
    const slice: ActionSlice = { get, set: (patch) => set(patch as Partial<ReviewState>) }
    const reload = async () => {
      try {
        set({ reviews: (await client.reviews()).reviews, phase: 'ready', error: null })
      } catch (caught) {
        set({ phase: 'failed', error: toRelayError(caught) })
      }
    }
    // A recomputed review keeps the decisions staff already changed on it.
    const show = (review: TReview) => set({ review, decisions: get().review?.id === review.id ? get().decisions : {} })

    return {
      phase: 'loading',
      reviews: null,
      review: null,
      decisions: {},
      error: null,
      busy: null,
      actionError: null,
      failedAction: null,

      load: async () => {
        set({ phase: 'loading', error: null })
        await reload()
      },

      open: (id) => runAction({ ...slice, keys, kind: `open:${id}`, attempt: id, write: async () => show((await client.review(id)).review) }),

      compute: (period, includeProjectDeals) => {
        const body = { period: period.trim(), includeProjectDeals }
        return runAction({
          ...slice,
          keys,
          kind: 'compute',
          attempt: body,
          after: reload,
          write: async (key) => show((await client.computeReview(body, { idempotencyKey: key })).review),
        })
      },

      decide: (partnerId, decision) => set({ decisions: { ...get().decisions, [partnerId]: decision } }),

      confirm: () => {
        const review = get().review
        if (!review) return Promise.resolve(false)
        const decisions = changedDecisions(review, get().decisions)
        const body = decisions.length > 0 ? { decisions } : {}
        return runAction({
          ...slice,
          keys,
          kind: 'confirm',
          attempt: [review.id, body],
          after: reload,
          write: async (key) => show((await client.confirmReview(review.id, body, { idempotencyKey: key })).review),
        })
      },
    }
  })
}

export type ReviewStore = ReturnType<typeof createReviewStore>
