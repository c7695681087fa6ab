import type { HideDurations } from '../api/appealSchema'
import type { AppealDecision } from './storedDecision'

export const DAY_MS = 24 * 60 * 60 * 1000

/** The moment the appeal may be shown again after `decision`. */
export function returnsAt(decision: AppealDecision, durations: HideDurations): number {
  return decision.decidedAt + durations[decision.choice] * DAY_MS
}

/** Whether to show the appeal now: with no decision, or once the decision has run its course. */
export function isAppealDue(
  decision: AppealDecision | null,
  durations: HideDurations,
  now: number,
): boolean {
  return decision === null || now >= returnsAt(decision, durations)
}
