/** About the text a tall desktop screen shows under the headline; a phone shows less. */
export const FIRST_SCREEN_CHARACTERS = 1_500
/**
 * Marks added by each later step: the render and layout of a hundred phrases take a few
 * milliseconds on a phone, so no step holds up a reader's tap.
 */
export const MARKS_PER_STEP = 100

export interface BlockLoad {
  characters: number
  marks: number
}

/**
 * How many of the article's blocks carry their marks after each step of a client render: the
 * first step covers the first screen of text, each later one adds about MARKS_PER_STEP marks, and
 * the last covers every block. Blocks without marks cost nothing extra, so they never make a step.
 */
export function markingSteps(blocks: readonly BlockLoad[]): number[] {
  let index = 0
  let characters = 0
  while (index < blocks.length && characters < FIRST_SCREEN_CHARACTERS) {
    characters += blocks[index]?.characters ?? 0
    index += 1
  }
  const steps = [index]
  let marks = 0
  for (; index < blocks.length; index += 1) {
    marks += blocks[index]?.marks ?? 0
    if (marks >= MARKS_PER_STEP) {
      steps.push(index + 1)
      marks = 0
    }
  }
  if (steps.at(-1) !== blocks.length) steps.push(blocks.length)
  return steps
}
