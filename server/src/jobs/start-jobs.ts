import type { Transporter } from 'nodemailer'
import type { Deps } from '../services/deps'
import { deliverCrmWritesPass } from './deliver-crm-writes'
import { deliverOutbox } from './deliver-outbox'
import { noticeReminders } from './notice-reminders'
import { scanOverdue } from './scan-overdue'
import { statusTransitions } from './status-transitions'

/** One step of a pass as it ended, for /metrics. A step skipped because another relay ran it is ok. */
export type JobRun = { job: string; isOk: boolean; endedAt: number; seconds: number }

type JobOptions = {
  deps: Deps
  mailer?: { transport: Transporter; from: string }
  intervalMs?: number
  now?: () => Date
  onJobRun?: (run: JobRun) => void
}

/**
 * Runs the periodic passes in this relay process: once at start, then every interval (a minute by
 * default, DESIGN: jobs). Passes never overlap within a process; across processes the advisory
 * locks keep one pass at a time.
 */
export const startJobs = ({ deps, mailer, intervalMs = 60_000, now = () => new Date(), onJobRun }: JobOptions) => {
  let running: Promise<void> | null = null
  let isStopping = false
  // One failing job does not hold back the others: each logs its own failure. A stop lets the step
  // under way finish and skips the rest of the pass.
  const step = async (job: string, run: () => Promise<void>) => {
    if (isStopping) return
    const started = performance.now()
    let isOk = true
    try {
      await run()
    } catch (error) {
      isOk = false
      deps.logger.error({ err: error, job }, 'job pass failed')
    }
    onJobRun?.({ job, isOk, endedAt: Date.now(), seconds: (performance.now() - started) / 1000 })
  }
  const pass = async () => {
    await step('scan-overdue', async () => {
      const scan = await scanOverdue(deps, now())
      if (scan.raised > 0) deps.logger.info({ raised: scan.raised }, 'overdue transfers turned into violations')
    })
    await step('notice-reminders', async () => void (await noticeReminders(deps, now())))
    await step('status-transitions', async () => {
      const { ran, ...transitions } = await statusTransitions(deps, now())
      if (ran && Object.values(transitions).some(Boolean)) deps.logger.info(transitions, 'status transitions applied')
    })
    if (mailer) await step('deliver-outbox', async () => void (await deliverOutbox(deps, mailer.transport, mailer.from, now())))
    // Only a relay that can hold CRM tokens (RELAY_SECRET_KEY) writes into the CRMs.
    if (deps.crmAccess?.keys) await step('deliver-crm-writes', async () => void (await deliverCrmWritesPass(deps, now())))
  }
  const tick = () => {
    running ??= pass().finally(() => {
      running = null
    })
    return running
  }
  const first = tick()
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return {
    firstPass: first,
    /** No new step starts; resolves once the step under way has finished. */
    stop: async () => {
      isStopping = true
      clearInterval(timer)
      await running
    },
  }
}
