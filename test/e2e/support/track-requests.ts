import type { Page, Request, Response } from 'playwright-core'

/**
 * Watches the page's requests to one relay route. `settled()` stops watching, waits for every one
 * of them to be answered and tells how many were sent: a count read after that misses no late write.
 */
export const trackRequests = (page: Page, method: string, pathEnd: string) => {
  const answers: Promise<Response | null>[] = []
  const watch = (request: Request) => {
    if (request.method() === method && new URL(request.url()).pathname.endsWith(pathEnd)) answers.push(request.response())
  }
  page.on('request', watch)
  return {
    settled: async () => {
      page.off('request', watch)
      return (await Promise.all(answers)).length
    },
  }
}
