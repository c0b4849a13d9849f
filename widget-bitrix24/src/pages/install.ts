import { toLocale } from '../../../shared/src/i18n/locale'
import { bindPlacements } from '../bind-placements'
import { startFrame } from '../start-frame'

const TEXT = {
  ru: {
    working: 'Подключаем вкладки в карточках компаний, контактов, сделок и лидов…',
    done: 'Приложение установлено.',
    failed: 'Не удалось подключить вкладки: ',
  },
  en: { working: 'Adding the tab to company, contact, deal and lead cards…', done: 'The app is installed.', failed: 'Could not add the card tabs: ' },
}

/** The install page: binds the four card tabs, then tells Bitrix24 the installation is finished. */
const root = document.getElementById('app') as HTMLElement
const b24 = await startFrame(root)
if (b24) {
  const text = TEXT[toLocale(b24.getLang())]
  root.textContent = text.working
  try {
    await bindPlacements(b24, new URL('card.html', window.location.href).href)
    root.textContent = text.done
    // The portal reloads the app once it hears this; the promise never settles.
    if (b24.isInstallMode) void b24.installFinish()
  } catch (error) {
    root.textContent = text.failed + (error instanceof Error ? error.message : String(error))
  }
}
