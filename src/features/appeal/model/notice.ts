import type { WriteOutcome } from '../../../shared/storage'
import type { AppealChoice } from '../api/appealSchema'
import { formatReminderDate } from './reminderDate'

export interface Notice {
  text: string
  /** Only "Remind me later" is undone in place: the other choices are deliberate goodbyes. */
  canUndo: boolean
  /**
   * Said to screen readers only. A goodbye that was remembered needs no note on screen, where the
   * banner is seen to go; without one, a screen reader would hear nothing but the focus moving.
   */
  announceOnly?: boolean
}

const GOODBYES: Record<Exclude<AppealChoice, 'remindLater'>, string> = {
  close: 'The message is closed.',
  alreadySupporting: 'Thank you for your support. The message is closed.',
}

const CANNOT_REMEMBER: Record<Exclude<WriteOutcome, 'saved'>, string> = {
  blocked: 'your browser won’t let this page remember your choice',
  full: 'your browser’s storage for this site is full',
}

/** What the reader is told after a choice. */
export function noticeFor(
  choice: AppealChoice,
  outcome: WriteOutcome,
  returnsAt: number,
  timeZone?: string,
): Notice {
  const canUndo = choice === 'remindLater'
  if (outcome !== 'saved') {
    return {
      text: `Hidden for this visit only: ${CANNOT_REMEMBER[outcome]}.`,
      canUndo,
    }
  }
  if (choice !== 'remindLater') return { text: GOODBYES[choice], canUndo, announceOnly: true }
  return { text: `We’ll remind you on ${formatReminderDate(returnsAt, timeZone)}.`, canUndo }
}
