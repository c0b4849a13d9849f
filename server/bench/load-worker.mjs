import http from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'

// Plain JavaScript: a worker thread starts without the TypeScript loader. Job and result shapes are
// declared in load.ts.

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

/** One request; resolves with the status code (0 on a network error). */
const send = (job) =>
  new Promise((resolve) => {
    const request = http.request(job.url, { method: job.method, headers: job.headers, agent }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    request.on('error', () => resolve(0))
    request.end(job.body)
  })

/** Runs in its own thread so the load generator never competes with the relay's event loop. */
const run = async (job) => {
  const latenciesMs = []
  let ok = 0
  let failed = 0
  const record = async (scheduledAt) => {
    const status = await send(job)
    latenciesMs.push(performance.now() - scheduledAt)
    if (status >= 200 && status < 300) ok += 1
    else failed += 1
  }
  const start = performance.now()
  const end = start + job.durationMs
  if (job.mode === 'rate') {
    const interval = 1000 / job.rate
    const inFlight = []
    for (let i = 0; ; i += 1) {
      const scheduledAt = start + i * interval
      if (scheduledAt >= end) break
      const wait = scheduledAt - performance.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      inFlight.push(record(scheduledAt))
    }
    await Promise.all(inFlight)
  } else {
    const lane = async () => {
      while (performance.now() < end) await record(performance.now())
    }
    await Promise.all(Array.from({ length: job.concurrency }, lane))
  }
  return { sent: ok + failed, ok, failed, elapsedMs: performance.now() - start, latenciesMs }
}

run(workerData).then((result) => parentPort.postMessage(result))
