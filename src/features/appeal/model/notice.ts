import type { WriteOutcome } from '../../../shared/storage'
import type { AppealChoice } from '../api/appealSchema'
import { formatReminderDate } from './reminderDate'

export interface Notice {
  text: string
  /** Only "Remind me later" is undone in place: the other choices are deliberate goodbyes. */
  canUndo: boolean
}

const CANNOT_REMEMBER: Record<Exclude<WriteOutcome, 'saved'>, string> = {
  blocked: 'your browser won’t let this page remember your choice',
  full: 'your browser’s storage for this site is full',
}

/** What the reader is told after a choice; nothing when a goodbye was simply remembered. */
export function noticeFor(
  choice: AppealChoice,
  outcome: WriteOutcome,
  returnsAt: number,
  timeZone?: string,
): Notice | null {
  const canUndo = choice === 'remindLater'
  if (outcome !== 'saved') {
    return {
      text: `Hidden for this visit only: ${CANNOT_REMEMBER[outcome]}.`,
      canUndo,
    }
  }
  if (!canUndo) return null
  return { text: `We’ll remind you on ${formatReminderDate(returnsAt, timeZone)}.`, canUndo }
}
