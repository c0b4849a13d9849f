import axios from 'axios'
import { expect, test } from 'vitest'
import { createRelayClient } from '../../shared/src/client/create-relay-client'
import { buildMePartner } from '../../shared/src/testing/fixtures'
import type { AjaxOptions, JqPromise, JqXhr } from './amocrm-types'
import { authorizedAjaxAdapter } from './authorized-ajax-adapter'

type Answer = { status: number; body?: string }

/** A stand-in for amoCRM's $authorizedAjax: records the options, answers like jQuery would. */
const fakeAjax = (answer: Answer) => {
  const sent: AjaxOptions[] = []
  const ajax = (options: AjaxOptions): JqPromise => {
    sent.push(options)
    const xhr: JqXhr = { status: answer.status, statusText: '', responseText: answer.body, getAllResponseHeaders: () => 'content-type: application/json\r\n' }
    const isOk = answer.status >= 200 && answer.status < 300
    const promise: JqPromise = {
      done: (callback) => {
        if (isOk) queueMicrotask(() => callback(answer.body, 'success', xhr))
        return promise
      },
      fail: (callback) => {
        if (!isOk) queueMicrotask(() => callback(xhr, answer.status ? 'error' : 'timeout', ''))
        return promise
      },
    }
    return promise
  }
  return { ajax, sent }
}

test('a relay call goes through $authorizedAjax as JSON text and comes back parsed by the contract', async () => {
  const { ajax, sent } = fakeAjax({ status: 200, body: JSON.stringify(buildMePartner()) })
  const client = createRelayClient({ baseUrl: 'https://relay.example.ru/', transport: { adapter: authorizedAjaxAdapter(ajax) } })
  expect((await client.me()).partner?.name).toBe('ООО «Ромашка»')
  expect(sent[0]).toMatchObject({ url: 'https://relay.example.ru/v1/me', type: 'GET', dataType: 'text', contentType: false, processData: false })
})

test('a write sends its body, content type and Idempotency-Key', async () => {
  const { ajax, sent } = fakeAjax({
    status: 201,
    body: JSON.stringify({
      pin: {
        id: 'p',
        accountNumber: 'A-1',
        clientName: 'ООО «Клиент»',
        partnerId: 'p-1',
        partnerName: 'X',
        state: 'requested',
        reason: null,
        reference: null,
        requestedAt: 't',
        decidedAt: null,
        releasedAt: null,
        confirmedWithClient: false,
        confirmationNote: null,
      },
    }),
  })
  const client = createRelayClient({ baseUrl: 'https://relay.example.ru', transport: { adapter: authorizedAjaxAdapter(ajax) } })
  await client.requestPin({ accountNumber: 'A-1' }, { idempotencyKey: 'k-1' })
  expect(sent[0]).toMatchObject({ type: 'POST', data: '{"accountNumber":"A-1"}', contentType: 'application/json' })
  expect(sent[0].headers).toMatchObject({ 'Idempotency-Key': 'k-1' })
})

test.each([
  {
    label: 'an error body becomes its code and rule',
    answer: { status: 409, body: '{"error":{"code":"pin_conflict","message":"m","rule":"AT-1.2"}}' },
    code: 'pin_conflict',
    rule: 'AT-1.2',
  },
  { label: 'no answer at all is a network error', answer: { status: 0 }, code: 'network', rule: undefined },
])('$label', async ({ answer, code, rule }) => {
  const { ajax } = fakeAjax(answer)
  const client = createRelayClient({ baseUrl: 'https://relay.example.ru', transport: { adapter: authorizedAjaxAdapter(ajax) } })
  await expect(client.requestPin({ accountNumber: 'A-1' })).rejects.toMatchObject({ code, rule })
})

test('the adapter is a plain axios adapter', async () => {
  const { ajax } = fakeAjax({ status: 200, body: '{"ok":true}' })
  const response = await axios.create({ adapter: authorizedAjaxAdapter(ajax) }).get('https://relay.example.ru/x')
  expect(response.data).toEqual({ ok: true })
})
