import { html, jsonScript, page } from '../html'

type ShellOptions = { lang: string; assets: string; config: unknown }

/**
 * The amoCRM page: one shell for every route (amoCRM is a single-page app), the real requirejs,
 * and the host script that plays amoCRM around the widget.
 */
export const amocrmShell = ({ lang, assets, config }: ShellOptions) =>
  page({
    title: 'amoCRM',
    lang,
    bodyClass: 'amo',
    head: html`<link rel="stylesheet" href="${assets}/harness.css">
<script src="${assets}/vendor/require.js"></script>`,
    body: html`<div id="amo-app"><p class="amo-loading">Загрузка…</p></div>
${jsonScript('amo-config', config)}
<script type="module" src="${assets}/amocrm/host.js"></script>`,
  })
