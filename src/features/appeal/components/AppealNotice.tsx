import type { Ref } from 'react'
import type { Notice } from '../model/notice'
import { CloseIcon } from './CloseIcon'

interface AppealNoticeProps {
  notice: Notice | null
  onUndo: () => void
  onDismiss: () => void
  messageRef: Ref<HTMLParagraphElement>
}

/**
 * A polite status line. The live region is always in the page, empty until a choice is made,
 * because screen readers only announce changes to regions they already know about.
 */
export function AppealNotice({ notice, onUndo, onDismiss, messageRef }: AppealNoticeProps) {
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
        <div className="appeal-notice__actions">
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
        </div>
      )}
    </div>
  )
}
