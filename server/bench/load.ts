import { Worker } from 'node:worker_threads'
export type LoadJob = {
  url: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  /** 'rate': open loop at `rate` requests/s, latency counted from the scheduled start so queueing shows; 'max': `concurrency` requests in flight. */
  mode: 'rate' | 'max'
  rate?: number
  concurrency?: number
  durationMs: number
}
type LoadResult = { sent: number; ok: number; failed: number; elapsedMs: number; latenciesMs: number[] }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/** Runs one load job in a worker thread and summarises it. */
export const load = async (job: LoadJob) => {
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: job })
  const result = await new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  await worker.terminate()
  const sorted = [...result.latenciesMs].sort((a, b) => a - b)
  return {
    rps: result.ok / (result.elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    failed: result.failed,
    sent: result.sent,
  }
}
