import { describe, expect, it } from 'vitest'
import { FIRST_SCREEN_CHARACTERS, MARKS_PER_STEP, markingSteps } from './markingSteps'

const block = (characters: number, marks: number) => ({ characters, marks })

describe('markingSteps', () => {
  it('marks a short article in one step', () => {
    expect(markingSteps([block(40, 1), block(900, 4), block(500, 3)])).toEqual([3])
  })

  it('marks the first screen of text first, then the rest', () => {
    const half = FIRST_SCREEN_CHARACTERS / 2
    const blocks = [block(half, 2), block(half, 2), block(half, 2), block(half, 2)]
    expect(markingSteps(blocks)).toEqual([2, 4])
  })

  it('includes the block that crosses the first screen whole', () => {
    const blocks = [block(100, 1), block(FIRST_SCREEN_CHARACTERS, 5), block(100, 1)]
    expect(markingSteps(blocks)).toEqual([2, 3])
  })

  it('adds about MARKS_PER_STEP marks per later step', () => {
    const first = block(FIRST_SCREEN_CHARACTERS, 20)
    const later = Array.from({ length: 10 }, () => block(1_000, MARKS_PER_STEP / 2))
    expect(markingSteps([first, ...later])).toEqual([1, 3, 5, 7, 9, 11])
  })

  it('makes no step for blocks without marks', () => {
    const first = block(FIRST_SCREEN_CHARACTERS, 3)
    const unmarked = Array.from({ length: 50 }, () => block(2_000, 0))
    expect(markingSteps([first, ...unmarked, block(100, MARKS_PER_STEP)])).toEqual([1, 52])
  })

  it('gives one empty step for an article without text', () => {
    expect(markingSteps([])).toEqual([0])
  })
})
