import * as v from 'valibot'
import { contentId, httpsUrl, text } from '../../../shared/content'

/**
 * How long a choice keeps the appeal away: whole days, at least one, at most two years. It comes
 * back as the day after them begins (see schedule.ts).
 */
const days = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(730))

const choice = v.object({ label: text, hideForDays: days })

/** The shape of public/content/appeal.json (documented in the README). */
export const appealSchema = v.object({
  id: contentId,
  heading: text,
  greeting: text,
  paragraphs: v.pipe(v.array(text), v.minLength(1)),
  donate: v.object({
    label: text,
    url: httpsUrl,
  }),
  choices: v.object({
    remindLater: choice,
    close: choice,
    alreadySupporting: choice,
  }),
})

export type AppealDocument = v.InferOutput<typeof appealSchema>

/** What the reader can choose; also the names stored in their browser. */
export type AppealChoice = keyof AppealDocument['choices']

export type HideDurations = Record<AppealChoice, number>

export function hideDurations(appeal: AppealDocument): HideDurations {
  const { remindLater, close, alreadySupporting } = appeal.choices
  return {
    remindLater: remindLater.hideForDays,
    close: close.hideForDays,
    alreadySupporting: alreadySupporting.hideForDays,
  }
}
