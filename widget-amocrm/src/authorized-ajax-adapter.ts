import axios, { type AxiosAdapter, AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import type { AjaxOptions, JqPromise, JqXhr } from './amocrm-types'

const parseHeaders = (raw: string) =>
  AxiosHeaders.from(
    Object.fromEntries(
      raw
        .split(/\r?\n/)
        .map((line) => line.split(/:\s*/, 2))
        .filter((pair) => pair.length === 2 && pair[0])
        .map(([name, value]) => [name.toLowerCase(), value]),
    ),
  )

/**
 * An axios adapter that sends through amoCRM's `$authorizedAjax`, which adds the disposable
 * X-Auth-Token the relay verifies. The relay client stays plain axios; only the wire changes.
 */
export const authorizedAjaxAdapter =
  (ajax: (options: AjaxOptions) => JqPromise): AxiosAdapter =>
  (config: InternalAxiosRequestConfig) =>
    new Promise<AxiosResponse>((resolve, reject) => {
      const isBlob = config.responseType === 'blob'
      const headers = AxiosHeaders.from(config.headers).toJSON() as Record<string, string>
      const contentType = headers['Content-Type'] ?? headers['content-type']
      delete headers['Content-Type']
      delete headers['content-type']
      // jQuery does not hand back the body of a failed binary request: keep the XHR to read it ourselves.
      let raw: XMLHttpRequest | undefined
      const respond = (status: number, statusText: string, data: unknown, xhr: JqXhr) => {
        const response: AxiosResponse = { data, status, statusText, headers: parseHeaders(xhr.getAllResponseHeaders()), config, request: raw }
        const isOk = config.validateStatus ? config.validateStatus(status) : status >= 200 && status < 300
        if (isOk) resolve(response)
        else reject(new AxiosError(`Request failed with status code ${status}`, AxiosError.ERR_BAD_RESPONSE, config, raw, response))
      }
      ajax({
        url: axios.getUri(config),
        type: (config.method ?? 'get').toUpperCase(),
        data: typeof config.data === 'string' ? config.data : undefined,
        contentType: typeof config.data === 'string' ? (contentType ?? 'application/json') : false,
        processData: false,
        headers,
        timeout: config.timeout || undefined,
        // Text, not json: axios parses the body itself, and an empty body is not a jQuery parse error.
        dataType: isBlob ? 'binary' : 'text',
        xhrFields: isBlob ? { responseType: 'blob' } : undefined,
        xhr: () => (raw = new XMLHttpRequest()),
      })
        .done((data, _status, xhr) => respond(xhr.status, xhr.statusText, data, xhr))
        .fail((xhr, textStatus) => {
          if (!xhr.status) {
            reject(new AxiosError(`Network error (${textStatus})`, AxiosError.ERR_NETWORK, config, raw))
            return
          }
          respond(xhr.status, xhr.statusText, isBlob ? raw?.response : xhr.responseText, xhr)
        })
    })
