/** '/v1/pins/:id/approve' + {id: 'p 1'} → '/v1/pins/p%201/approve'. */
export const fillPath = (path: string, params: Record<string, string> = {}): string =>
  path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`)
    return encodeURIComponent(value)
  })

/**
 * {cursor: 5, partnerId: undefined} → '?cursor=5'. The client builds its own query string, so the
 * widgets' bundles leave out axios's params serialiser (it is the larger part of axios's FormData code).
 */
export const queryString = (query: Record<string, string | number | undefined> = {}): string => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.append(name, String(value))
  const text = search.toString()
  return text ? `?${text}` : ''
}
