import { describe, expect, it } from 'vitest'
import { ContentError, parseDocument } from '../../../shared/content'
import published from '../../../../public/content/appeal.json'
import { appealSchema, hideDurations } from './appealSchema'

const parse = (json: unknown) => parseDocument('appeal', appealSchema, json)

describe('appealSchema', () => {
  it('accepts the published appeal and reads its durations', () => {
    expect(hideDurations(parse(published))).toEqual({
      remindLater: 3,
      close: 30,
      alreadySupporting: 180,
    })
  })

  it('rejects a donation address that is not https', () => {
    const insecure = { ...published, donate: { ...published.donate, url: 'http://example.com' } }
    expect(() => parse(insecure)).toThrow(ContentError)
  })

  it.each([0, -3, 2.5, '3'])('rejects %j as a number of days', (days) => {
    const choices = {
      ...published.choices,
      close: { ...published.choices.close, hideForDays: days },
    }
    expect(() => parse({ ...published, choices })).toThrow(/malformed/)
  })

  it('rejects an appeal without paragraphs', () => {
    expect(() => parse({ ...published, paragraphs: [] })).toThrow(ContentError)
  })
})
