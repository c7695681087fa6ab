import * as v from 'valibot'
import type { AppealChoice } from '../api/appealSchema'
import { DAY_MS } from './schedule'

/** One key for the whole feature; the version lets a later release change the shape safely. */
export const DECISION_KEY = 'annotated-reader:appeal:v1'
export const DECISION_VERSION = 1

export interface AppealDecision {
  version: typeof DECISION_VERSION
  choice: AppealChoice
  /** When the reader chose, in milliseconds since the epoch. */
  decidedAt: number
}

const decisionSchema = v.object({
  version: v.literal(DECISION_VERSION),
  choice: v.picklist(['remindLater', 'close', 'alreadySupporting']),
  decidedAt: v.pipe(v.number(), v.finite()),
})

export function makeDecision(choice: AppealChoice, now: number): AppealDecision {
  return { version: DECISION_VERSION, choice, decidedAt: now }
}

/**
 * Reads what was stored under DECISION_KEY. Anything else is treated as "no decision", so the
 * reader sees the appeal rather than a broken page: a value another release or extension wrote,
 * an unknown version, or a time further ahead than a clock put right (one that was 100 days fast
 * when the reader chose "Remind me later" hid the appeal for 103 days, not 3).
 */
export function parseStoredDecision(stored: unknown, now: number): AppealDecision | null {
  const result = v.safeParse(decisionSchema, stored)
  if (!result.success) return null
  // A day ahead at most: a clock put right since the choice.
  return result.output.decidedAt - now > DAY_MS ? null : result.output
}
