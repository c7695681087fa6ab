import type { WriteOutcome } from '../../../shared/storage'
import type { AppealChoice } from '../api/appealSchema'
import { formatReminderDate } from './reminderDate'

/**
 * What the reader is told after a choice: a note on screen, or words said to screen readers only.
 * A goodbye that was remembered needs no note on screen, where the banner is seen to go; without
 * words, a screen reader would hear nothing but the focus moving.
 */
export type Notice =
  | {
      kind: 'shown'
      text: string
      /** Only "Remind me later" is undone in place: the other choices are deliberate goodbyes. */
      canUndo: boolean
    }
  | { kind: 'announced'; text: string }

const CANNOT_REMEMBER: Record<Exclude<WriteOutcome, 'saved'>, string> = {
  blocked: 'your browser won’t let this page remember your choice',
  full: 'your browser’s storage for this site is full',
}

export function noticeFor(choice: AppealChoice, outcome: WriteOutcome, returnsAt: number): Notice {
  // A supporter is thanked whatever the browser kept: the note on why the banner will be back, when
  // it could not be kept, comes after the thanks, not in their place.
  const thanks = choice === 'alreadySupporting' ? 'Thank you for your support. ' : ''
  if (outcome !== 'saved') {
    return {
      kind: 'shown',
      text: `${thanks}Hidden for this visit only: ${CANNOT_REMEMBER[outcome]}.`,
      canUndo: choice === 'remindLater',
    }
  }
  if (choice !== 'remindLater') {
    return { kind: 'announced', text: `${thanks}The message is closed.` }
  }
  return {
    kind: 'shown',
    text: `We’ll remind you on ${formatReminderDate(returnsAt)}.`,
    canUndo: true,
  }
}
