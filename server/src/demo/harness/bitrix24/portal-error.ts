/** A REST error as the portal answers it: `{error, error_description}` with an HTTP status. */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(`${error}: ${description}`)
  }
}
