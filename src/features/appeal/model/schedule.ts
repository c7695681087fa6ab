import type { HideDurations } from '../api/appealSchema'
import type { AppealDecision } from './storedDecision'

export const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The moment the appeal may be shown again after `decision`: the start of the day after its days
 * have run, in the reader's time zone. So it stays away at least the days an editor set, and the
 * day the note names ("We’ll remind you on Tuesday") is true from its start: counted to the hour, a
 * choice at 23:50 came back at 23:50 on the day named. Counted in calendar days (the hours past
 * midnight roll over into days, in local time), not in 24-hour steps, which a change to or from
 * summer time set an hour off, onto the day before or after.
 */
export function returnsAt(decision: AppealDecision, durations: HideDurations): number {
  return new Date(decision.decidedAt).setHours(24 * (durations[decision.choice] + 1), 0, 0, 0)
}

/** Whether to show the appeal now: with no decision, or once the decision has run its course. */
export function isAppealDue(
  decision: AppealDecision | null,
  durations: HideDurations,
  now: number,
): boolean {
  return decision === null || now >= returnsAt(decision, durations)
}
