import { useContext, useEffect, useMemo, useState } from 'preact/hooks'
import { createNoticeClient } from '../../client/create-notice-client'
import { interpolate } from '../../i18n/error-message'
import { loadNoticeMessages } from '../../i18n/load-notice-messages'
import type { NoticeMessageKey, NoticeMessages } from '../../i18n/notices-ru'
import { createNoticesStore } from '../../stores/create-notices-store'
import { useUi } from '../context'
import { Button } from '../kit/button'
import { ErrorNotice } from '../kit/notice'
import { Badge, Empty, Loading } from '../kit/status'
import { OpenDetail } from '../overview/detail-links'
import { useStore } from '../use-store'
import { noticeText } from './notice-text'

/**
 * The caller's notices, newest first, with the unread count: each says what is due or what happened,
 * opens the client it names, and is marked read one by one or all at once. A chunk of its own, with
 * its own words, fetched when the overview's fold is first opened.
 */
export const NoticeList = () => {
  const { i18n, client } = useUi()
  const open = useContext(OpenDetail)
  const store = useMemo(() => createNoticesStore({ client: createNoticeClient(client.caller) }), [client])
  const state = useStore(store)
  const [words, setWords] = useState<NoticeMessages | null>(null)
  useEffect(() => {
    void store.getState().load()
    void loadNoticeMessages(i18n.locale).then(setWords)
  }, [store, i18n.locale])
  if (state.phase === 'failed') return <ErrorNotice error={state.error} onRetry={() => void store.getState().load()} />
  if (!words || state.phase !== 'ready') return <Loading />
  const t = (key: NoticeMessageKey, vars: Record<string, string | number> = {}) => interpolate(words[key], vars)
  const actions = store.getState()
  return (
    <div class="pr-notices">
      {state.error && <ErrorNotice error={state.error} />}
      <div class="pr-item__head">
        <span>{t('notices.unread', { count: state.unread })}</span>
        {state.unread > 0 && (
          <Button variant="link" isBusy={state.busy === 'read:all'} onClick={() => void actions.markRead()}>
            {t('notices.markAll')}
          </Button>
        )}
      </div>
      {state.notices.length === 0 ? (
        <Empty>{t('notices.empty')}</Empty>
      ) : (
        <ul class="pr-list">
          {state.notices.map((notice) => {
            const { link } = notice
            return (
              <li key={notice.id} class={`pr-item${notice.readAt ? ' pr-item--read' : ''}`} data-notice={notice.kind}>
                <div class="pr-item__head">
                  {!notice.readAt && <Badge tone="info">•</Badge>}
                  <span class="pr-muted">{i18n.timestamp(notice.createdAt)}</span>
                  {notice.rule && <span class="pr-muted">{i18n.rule(notice.rule) ?? notice.rule}</span>}
                </div>
                <div>{noticeText(i18n, t, notice)}</div>
                <div class="pr-actions">
                  {link.screen === 'card' && open && (
                    <Button variant="link" onClick={() => open({ kind: 'client', accountNumber: link.accountNumber, name: notice.facts.clientName ?? null })}>
                      {t('notices.open')}
                    </Button>
                  )}
                  {!notice.readAt && (
                    <Button variant="link" isBusy={state.busy === `read:${notice.id}`} onClick={() => void actions.markRead(notice.id)}>
                      {t('notices.markRead')}
                    </Button>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
