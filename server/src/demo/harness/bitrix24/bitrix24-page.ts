import { html, jsonScript, page } from '../html'

type ShellOptions = { lang: string; assets: string; config: unknown }

/** The portal page around the app frames; the parent script draws it and speaks to the frames. */
export const bitrix24Shell = ({ lang, assets, config }: ShellOptions) =>
  page({
    title: 'Bitrix24',
    lang,
    bodyClass: 'b24',
    head: html`<link rel="stylesheet" href="${assets}/harness.css">`,
    body: html`<div id="b24-app"><p class="b24-loading">Загрузка…</p></div>
${jsonScript('b24-config', config)}
<script type="module" src="${assets}/bitrix24/parent.js"></script>`,
  })
