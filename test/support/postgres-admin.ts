import pg from 'pg'

/** The server URL with another database name in it. */
export const databaseUrl = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Runs statements on the server's own database in a short-lived session (CREATE/DROP DATABASE). */
export const onServer = async <T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export const dropDatabase = (serverUrl: string, database: string) =>
  onServer(serverUrl, (client) => client.query(`drop database if exists "${database}" with (force)`))
