import { existsSync, readFileSync } from 'node:fs'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { articleSchema } from './articleSchema'

const published = JSON.parse(readFileSync('public/content/article.json', 'utf8')) as Record<
  string,
  unknown
>
// The seed sits beside the repository on our machines and in CI, not in a bare clone.
const SEED = '../shared/seed/article.txt'
const seedLines = existsSync(SEED)
  ? readFileSync(SEED, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
  : null

describe('the article document', () => {
  it('in public/content is valid', () => {
    expect(v.safeParse(articleSchema, published).success).toBe(true)
  })

  it.skipIf(!seedLines)('holds the eight story paragraphs of the seed word for word', () => {
    const article = v.parse(articleSchema, published)
    expect(article.paragraphs).toEqual(seedLines?.slice(0, 8))
  })

  it('holds nothing of the donation appeal', () => {
    const article = v.parse(articleSchema, published)
    expect(article.paragraphs.join(' ')).not.toContain('A Message from The Moscow Times')
  })
})

describe('articleSchema', () => {
  const valid = {
    id: 'a-story',
    headline: 'A headline',
    publisher: { name: 'A paper', url: 'https://paper.example/' },
    published: { datetime: '2014-11', label: 'November 2014' },
    paragraphs: ['One.'],
  }

  it.each([
    ['an empty headline', { headline: '  ' }],
    ['no paragraphs', { paragraphs: [] }],
    ['an empty paragraph', { paragraphs: ['One.', ''] }],
    ['a date that is not a datetime value', { published: { datetime: 'Nov 2014', label: 'x' } }],
    [
      'a publisher link that is not https',
      { publisher: { name: 'P', url: 'javascript:alert(1)' } },
    ],
    ['an id with spaces', { id: 'a story' }],
  ])('rejects %s', (_, change) => {
    expect(v.safeParse(articleSchema, { ...valid, ...change }).success).toBe(false)
  })

  it('accepts a full date as well as a month', () => {
    const withDay = { ...valid, published: { datetime: '2014-11-19', label: '19 November 2014' } }
    expect(v.safeParse(articleSchema, withDay).success).toBe(true)
  })
})
