import { HttpResponse, http } from 'msw'

/** One call the fake amoCRM API got: method, path and the JSON it was sent. */
export type AmocrmApiCall = { method: string; path: string; body: unknown; status: number }

/**
 * One amoCRM account's REST API v4 for what the relay writes (PLATFORMS.md): `POST /api/v4/tasks`,
 * `PATCH /api/v4/tasks/{id}`, `POST /api/v4/{entity}/notes`. A request counts only with an access
 * token the account's OAuth server issued and that has not expired (else 401). It can be made to
 * answer a status for the next requests (503 down, 429 over the rate limit, 401 a refused token).
 * Every call is recorded.
 */
export const createAmocrmApi = ({ host, accountOf }: { host: string; accountOf: (token: string | undefined) => string | null }) => {
  const calls: AmocrmApiCall[] = []
  const failures: number[] = []
  const tasks = new Map<number, { text: string; isCompleted: boolean }>()
  let nextId = 9001

  const answer = async (request: Request, path: string, make: (body: unknown) => { status: number; body: unknown }) => {
    const body: unknown = await request.json().catch(() => null)
    const failure = failures.shift()
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '')
    const made = failure
      ? { status: failure, body: { title: 'Error', status: failure } }
      : !accountOf(token)
        ? { status: 401, body: { title: 'Unauthorized', status: 401 } }
        : make(body)
    calls.push({ method: request.method, path, body, status: made.status })
    return HttpResponse.json(made.body as Record<string, unknown>, { status: made.status })
  }

  const handlers = [
    http.post(`https://${host}/api/v4/tasks`, ({ request }) =>
      answer(request, '/api/v4/tasks', (body) => {
        const created = (body as { text: string }[]).map((task) => {
          const id = nextId++
          tasks.set(id, { text: task.text, isCompleted: false })
          return { id, request_id: '0' }
        })
        return { status: 200, body: { _embedded: { tasks: created } } }
      }),
    ),
    http.patch(`https://${host}/api/v4/tasks/:id`, ({ request, params }) =>
      answer(request, `/api/v4/tasks/${params.id}`, (body) => {
        const task = tasks.get(Number(params.id))
        if (!task) return { status: 404, body: { title: 'Not found', status: 404 } }
        task.isCompleted = (body as { is_completed?: boolean }).is_completed === true
        return { status: 200, body: { id: Number(params.id), updated_at: 1 } }
      }),
    ),
    http.post(`https://${host}/api/v4/:entity/notes`, ({ request, params }) =>
      answer(request, `/api/v4/${params.entity}/notes`, (body) => ({
        status: 200,
        body: { _embedded: { notes: (body as unknown[]).map(() => ({ id: nextId++, request_id: '0' })) } },
      })),
    ),
  ]

  return {
    handlers,
    calls,
    tasks,
    /** The next requests answer these statuses, whatever they are. */
    failNext: (...statuses: number[]) => void failures.push(...statuses),
    reset: () => {
      calls.length = 0
      failures.length = 0
      tasks.clear()
    },
  }
}
