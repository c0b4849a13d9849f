// @vitest-environment happy-dom
import { screen } from '@testing-library/preact'
import { afterEach, expect, test } from 'vitest'
import { en } from '../i18n/en'
import { ru } from '../i18n/ru'
import { buildHost } from '../testing/fake-host'
import { useUi } from '../ui/context'
import { mountScreen, type Unmount } from './mount-screen'

let unmount: Unmount | undefined
afterEach(() => unmount?.())

const Greeting = () => <p>{useUi().i18n.t('common.loading')}</p>

test.each([
  {
    label: 'speaks from the dictionary the CRM hands over (amoCRM i18n files)',
    messages: { ...en, 'common.loading': 'From the widget i18n' },
    expected: 'From the widget i18n',
  },
  { label: "loads the dictionary of the host's language when the CRM hands over none", messages: undefined, expected: ru['common.loading'] },
])('$label', async ({ messages, expected }) => {
  const element = document.body.appendChild(document.createElement('div'))
  unmount = mountScreen(element, buildHost({ messages }), () => <Greeting />)
  expect(await screen.findByText(expected)).toBeTruthy()
})
