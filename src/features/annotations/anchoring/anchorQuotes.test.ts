import { describe, expect, it } from 'vitest'
import { anchorQuotes, type TextBlock } from './anchorQuotes'

const blocks: TextBlock[] = [
  { id: 'publisher', text: 'The Daily Ledger' },
  { id: 'p1', text: 'Minister Anna Berg said TASS reported it. Later TASS said more.' },
  { id: 'p2', text: 'Berg met Berg. The ledger closed.' },
]

/** What the content's editor is told about a quote that is nowhere in the article. */
const notFound = (id: string) =>
  expect.stringMatching(new RegExp(`^"${id}": .* is not in the article`))

describe('anchorQuotes', () => {
  it('anchors a quote that occurs once, with offsets inside its block', () => {
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'anna-berg', target: { exact: 'Anna Berg' } },
    ])
    expect(problems).toEqual([])
    expect(anchors).toEqual([{ annotationId: 'anna-berg', blockId: 'p1', start: 9, end: 18 }])
    expect(blocks[1]?.text.slice(9, 18)).toBe('Anna Berg')
  })

  it('tells repeated quotes apart by their suffix', () => {
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'tass', target: { exact: 'TASS', suffix: ' reported' } },
    ])
    expect(problems).toEqual([])
    expect(anchors).toEqual([{ annotationId: 'tass', blockId: 'p1', start: 24, end: 28 }])
  })

  it('tells repeated quotes apart by their prefix', () => {
    const { anchors } = anchorQuotes(blocks, [
      { id: 'tass-later', target: { exact: 'TASS', prefix: 'Later ' } },
    ])
    expect(anchors).toEqual([{ annotationId: 'tass-later', blockId: 'p1', start: 48, end: 52 }])
  })

  it('does not take the start of a block for a prefix', () => {
    // Nothing precedes the first "The" (it opens the article) or the first "Berg met" (it opens
    // p2), so these prefixes cannot be there; they are the quotes' own first letters.
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'the', target: { exact: 'The', prefix: 'Th' } },
      { id: 'berg-met', target: { exact: 'Berg met', prefix: 'Be' } },
    ])
    expect(anchors).toEqual([])
    expect(problems).toEqual([notFound('the'), notFound('berg-met')])
  })

  it('refuses a quote that is still ambiguous with its prefix and suffix', () => {
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'tass', target: { exact: 'TASS', prefix: ' ', suffix: ' ' } },
    ])
    expect(anchors).toEqual([])
    expect(problems).toEqual([expect.stringMatching(/^"tass": .* occurs 2 times; /)])
  })

  it('counts overlapping repeats of a quote as ambiguous', () => {
    const { problems } = anchorQuotes(
      [{ id: 'p1', text: 'aaa' }],
      [{ id: 'double-a', target: { exact: 'aa' } }],
    )
    expect(problems).toEqual([expect.stringMatching(/^"double-a": .* occurs 2 times; /)])
  })

  it('reports a quote that is not in the text, or not with its prefix', () => {
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'missing', target: { exact: 'Vladimir Putin' } },
      { id: 'wrong-prefix', target: { exact: 'Anna Berg', prefix: 'President ' } },
    ])
    expect(anchors).toEqual([])
    expect(problems).toEqual([notFound('missing'), notFound('wrong-prefix')])
    expect(problems[1]).toContain('prefix "President "')
  })

  it('refuses the later of two overlapping quotes and names both', () => {
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'said-tass', target: { exact: 'said TASS' } },
      { id: 'anna-berg', target: { exact: 'Anna Berg said' } },
    ])
    expect(anchors.map((anchor) => anchor.annotationId)).toEqual(['anna-berg'])
    expect(problems).toEqual([expect.stringMatching(/^"said-tass" overlaps "anna-berg"/)])
  })

  it('keeps quotes that only touch end to start', () => {
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'berg-met', target: { exact: 'met ' } },
      { id: 'second-berg', target: { exact: 'Berg.' } },
    ])
    expect(problems).toEqual([])
    expect(anchors.map((anchor) => [anchor.blockId, anchor.start, anchor.end])).toEqual([
      ['p2', 5, 9],
      ['p2', 9, 14],
    ])
  })

  it('does not match a quote, a prefix or a suffix across two blocks', () => {
    const { anchors, problems } = anchorQuotes(blocks, [
      { id: 'spanning', target: { exact: 'more. Berg met' } },
      { id: 'joined', target: { exact: 'more.Berg' } },
      { id: 'prefix-across', target: { exact: 'Berg met', prefix: 'more.' } },
    ])
    expect(anchors).toEqual([])
    expect(problems).toEqual([notFound('spanning'), notFound('joined'), notFound('prefix-across')])
  })

  it('returns anchors in reading order whatever order the selectors come in', () => {
    const { anchors } = anchorQuotes(blocks, [
      { id: 'closed', target: { exact: 'closed' } },
      { id: 'ledger', target: { exact: 'Ledger' } },
      { id: 'anna-berg', target: { exact: 'Anna Berg' } },
    ])
    expect(anchors.map((anchor) => `${anchor.blockId}:${anchor.annotationId}`)).toEqual([
      'publisher:ledger',
      'p1:anna-berg',
      'p2:closed',
    ])
  })

  it('stays fast on a long article with thousands of annotations', () => {
    const words = Array.from({ length: 2000 }, (_, index) => `entity${index}x`)
    const longBlocks = Array.from({ length: 800 }, (_, index) => ({
      id: `p${index + 1}`,
      text: `${'Filler words that say nothing in particular. '.repeat(6)}${words[index % 2000]} ${
        words[(index + 800) % 2000]
      } ${words[(index + 1600) % 2000]}.`,
    }))
    const selectors = words.map((word) => ({ id: word, target: { exact: word } }))
    const began = performance.now()
    const { anchors, problems } = anchorQuotes(longBlocks, selectors)
    const took = performance.now() - began
    expect(anchors.length + problems.length).toBe(2000)
    expect(took).toBeLessThan(1500)
  })
})
