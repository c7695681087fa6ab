import { useRef, type ReactNode, type Ref } from 'react'
import { useRemovedWithFocus } from '../../../shared/ui/useRemovedWithFocus'
import type { Notice } from '../model/notice'
import { CloseIcon } from './CloseIcon'

interface AppealNoticeProps {
  notice: Notice | null
  onUndo: () => void
  onDismiss: () => void
  /** Called if the notice goes while the focus is on it, its text or its buttons. */
  onRemovedWithFocus: () => void
  messageRef: Ref<HTMLParagraphElement>
}

/**
 * A polite status line. The live region is always in the page, empty until a choice is made,
 * because screen readers only announce changes to regions they already know about.
 */
export function AppealNotice({
  notice,
  onUndo,
  onDismiss,
  onRemovedWithFocus,
  messageRef,
}: AppealNoticeProps) {
  const shown = notice?.kind === 'shown' ? notice : null
  return (
    <div className={shown ? 'appeal-notice' : undefined}>
      <p
        ref={messageRef}
        role="status"
        tabIndex={-1}
        className={shown ? 'appeal-notice__text' : 'appeal-notice__text visually-hidden'}
      >
        {notice?.text}
      </p>
      {shown && (
        <NoticeActions onRemovedWithFocus={onRemovedWithFocus}>
          {shown.canUndo && (
            <button type="button" className="button button--quiet" onClick={onUndo}>
              Undo
            </button>
          )}
          <button
            type="button"
            className="appeal__icon-button"
            aria-label="Dismiss this note"
            onClick={onDismiss}
          >
            <CloseIcon />
          </button>
        </NoticeActions>
      )}
    </div>
  )
}

/**
 * The shown notice's buttons. They go with it, so their clean-up tells when the focus was on the
 * notice (its text or its buttons) as it went.
 */
function NoticeActions({
  onRemovedWithFocus,
  children,
}: {
  onRemovedWithFocus: () => void
  children: ReactNode
}) {
  const actions = useRef<HTMLDivElement>(null)
  useRemovedWithFocus(actions, onRemovedWithFocus, 'parent')
  return (
    <div ref={actions} className="appeal-notice__actions">
      {children}
    </div>
  )
}
