import { afterEach, describe, expect, test, vi } from 'vitest'
import { openLiveUpdates } from './live-updates'

/** The browser's EventSource as far as the client uses it: a fake of the platform, not of our code. */
class FakeSource {
  static opened: FakeSource[] = []
  onopen: (() => void) | null = null
  onerror: (() => void) | null = null
  isClosed = false
  private handlers: ((message: { data: string }) => void)[] = []
  constructor(readonly url: string) {
    FakeSource.opened.push(this)
  }
  addEventListener(_type: string, handler: (message: { data: string }) => void) {
    this.handlers.push(handler)
  }
  close() {
    this.isClosed = true
  }
  send(data: unknown) {
    for (const handler of this.handlers) handler({ data: JSON.stringify(data) })
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
afterEach(() => {
  FakeSource.opened = []
  vi.useRealTimers()
})

const open = (extra: Partial<Parameters<typeof openLiveUpdates>[0]> = {}) => {
  let tickets = 0
  const live = openLiveUpdates({
    ticket: async () => ({ ticket: `t${++tickets}`, path: '/v1/events' }),
    baseUrl: () => 'https://relay.example/',
    EventSource: FakeSource as unknown as typeof EventSource,
    ...extra,
  })
  const heard: unknown[] = []
  live.onChange((event) => heard.push(event))
  return { live, heard, tickets: () => tickets }
}

describe('live updates in the widget', () => {
  test('opens one stream with a one-use ticket and passes on each change; a malformed one is dropped', async () => {
    const { live, heard } = open()
    await flush()
    expect(FakeSource.opened.map((source) => source.url)).toEqual(['https://relay.example/v1/events?ticket=t1'])
    const [source] = FakeSource.opened
    source.onopen?.()
    source.send({ kind: 'pin', account: '1001' })
    source.send({ kind: 'weather', account: '1001' })
    expect(heard).toEqual([{ kind: 'pin', account: '1001' }])
    live.close()
    expect(source.isClosed).toBe(true)
  })

  test('a lost stream is opened again with a new ticket, and the screens ask again', async () => {
    vi.useFakeTimers()
    const { heard, tickets } = open()
    await vi.advanceTimersByTimeAsync(0)
    FakeSource.opened[0].onopen?.()
    FakeSource.opened[0].onerror?.()
    expect(FakeSource.opened[0].isClosed).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(tickets()).toBe(2)
    FakeSource.opened[1].onopen?.()
    expect(heard).toEqual([null])
  })

  test('where no stream can be held, the screens are asked again every few seconds until closed', async () => {
    vi.useFakeTimers()
    const { live, heard } = open({ EventSource: undefined, pollMs: 5000 })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(heard).toEqual([null, null])
    live.close()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(heard).toHaveLength(2)
  })
})
