import type { Messages } from '../../shared/src/i18n/ru'

/** What jQuery's ajax hands to done/fail callbacks. */
export type JqXhr = {
  status: number
  statusText: string
  responseText?: string
  getAllResponseHeaders: () => string
}

export type JqPromise = {
  done: (callback: (data: unknown, textStatus: string, xhr: JqXhr) => void) => JqPromise
  fail: (callback: (xhr: JqXhr, textStatus: string, error: string) => void) => JqPromise
}

export type AjaxOptions = {
  url: string
  type: string
  data?: string
  contentType?: string | false
  headers?: Record<string, string>
  dataType?: string
  processData?: boolean
  timeout?: number
  xhrFields?: Record<string, unknown>
  xhr?: () => XMLHttpRequest
}

/** The widget settings amoCRM keeps (manifest `settings`) plus what it adds itself. */
export type AmoSettings = {
  relay_url?: string
  account_field?: string
  path?: string
  version?: string
  widget_code?: string
}

/** The methods amoCRM puts on the widget's prototype before the constructor runs. */
export type AmoWidget = {
  get_settings: () => AmoSettings
  set_settings?: (values: Partial<AmoSettings>) => void
  system: () => { area?: string; amouser_id?: string | number; subdomain?: string; domain?: string }
  render_template: (options: { caption: { class_name: string }; body: string; render: string }) => void
  $authorizedAjax: (options: AjaxOptions) => JqPromise
  /** The widget's i18n/<lang>.json for the interface language; the build puts the UI's dictionary in `ui`. */
  langs?: { ui?: Messages }
  callbacks: Record<string, unknown>
}

/** amoCRM's page global (APP; AMOCRM is its deprecated twin). */
export type AmoApp = {
  isCard?: () => boolean
  getBaseEntity?: () => string
  data?: { current_card?: { id: number | string } | false }
  lang_id?: string
  notifications?: {
    show_message?: (message: { header: string; text: string; date?: number }) => void
    show_message_error?: (message: { header: string; text: string; date?: number }) => void
  }
}

export const amoApp = (): AmoApp | undefined => {
  const scope = globalThis as { APP?: AmoApp; AMOCRM?: AmoApp }
  return scope.APP ?? scope.AMOCRM
}
