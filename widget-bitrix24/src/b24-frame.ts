/** The part of @bitrix24/b24jssdk's B24Frame the app uses; tests pass a fake of this shape. */
export type B24AuthData = { access_token: string; refresh_token?: string; expires: number; domain: string; member_id: string }

export type B24CallResult = { isSuccess: boolean; getData: () => unknown; getErrorMessages: () => string[] }

export type B24FrameLike = {
  auth: {
    getAuthData: () => false | B24AuthData
    refreshAuth: () => Promise<B24AuthData>
    readonly isAdmin: boolean
  }
  getLang: () => string
  readonly isInstallMode: boolean
  installFinish: () => Promise<unknown>
  placement: { readonly placement: string; readonly options: unknown }
  parent: { resizeWindow: (width: number, height: number) => Promise<unknown> }
  options: { appGet: (name: string) => unknown; appSet: (name: string, value: unknown) => Promise<void> }
  actions: { v2: { call: { make: (options: { method: string; params?: Record<string, unknown> }) => Promise<B24CallResult> } } }
}

/** Calls a portal REST method and returns `result`, or throws with the portal's message. */
export const callRest = async <T>(b24: B24FrameLike, method: string, params: Record<string, unknown>): Promise<T> => {
  const response = await b24.actions.v2.call.make({ method, params })
  if (!response.isSuccess) throw new Error(`${method}: ${response.getErrorMessages().join('; ')}`)
  return (response.getData() as { result: T }).result
}
