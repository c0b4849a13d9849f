/** A token this close to its end is refreshed first, so a call made with it does not die on the way. */
export const REFRESH_MARGIN_MS = 5 * 60_000

/** Whether an access token that ends at `expiresAt` should be refreshed before use at `now` (issue 12). */
export const isRefreshDue = (expiresAt: Date, now: Date): boolean => expiresAt.getTime() - REFRESH_MARGIN_MS <= now.getTime()
