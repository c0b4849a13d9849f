import type { Db, Trx } from './db'

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export const inTransaction = <T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> => db.transaction().execute(work)
