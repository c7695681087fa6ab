import type { HideDurations } from '../api/appealSchema'
import type { AppealDecision } from './storedDecision'

export const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The moment the appeal may be shown again after `decision`: the start of the day its time runs out
 * on, in the reader's time zone. The note names that day ("We’ll remind you on Sunday"), which at
 * the hour of the choice was untrue for most of it (a choice at 23:50 came back at 23:50 on Sunday).
 */
export function returnsAt(decision: AppealDecision, durations: HideDurations): number {
  return new Date(decision.decidedAt + durations[decision.choice] * DAY_MS).setHours(0, 0, 0, 0)
}

/** Whether to show the appeal now: with no decision, or once the decision has run its course. */
export function isAppealDue(
  decision: AppealDecision | null,
  durations: HideDurations,
  now: number,
): boolean {
  return decision === null || now >= returnsAt(decision, durations)
}
