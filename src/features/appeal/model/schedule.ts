import type { HideDurations } from '../api/appealSchema'
import type { AppealDecision } from './storedDecision'

export const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The moment the appeal may be shown again after `decision`: the start of the day, in the reader's
 * time zone, that many days after the day of the choice. The reader is told the day ("We'll remind
 * you on Wednesday"), and the choice's own time of day returned it only that evening.
 */
export function returnsAt(decision: AppealDecision, durations: HideDurations): number {
  const day = new Date(decision.decidedAt)
  day.setHours(0, 0, 0, 0)
  day.setDate(day.getDate() + durations[decision.choice])
  return day.getTime()
}

/** Whether to show the appeal now: with no decision, or once the decision has run its course. */
export function isAppealDue(
  decision: AppealDecision | null,
  durations: HideDurations,
  now: number,
): boolean {
  return decision === null || now >= returnsAt(decision, durations)
}
