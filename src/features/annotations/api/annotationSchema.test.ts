import { describe, expect, it, vi } from 'vitest'
import { ContentError, parseDocument } from '../../../shared/content'
import { annaBerg, ledgerWire } from '../testing/fixtures'
import { annotationsDocumentSchema } from './annotationSchema'

const parse = (json: unknown) => parseDocument('annotations', annotationsDocumentSchema, json)

describe('annotationsDocumentSchema', () => {
  it('keeps valid annotations as they are', () => {
    const document = parse({ articleId: 'story', annotations: [annaBerg, ledgerWire] })
    expect(document.annotations).toEqual([annaBerg, ledgerWire])
  })

  it('skips only the bad annotations, with a warning naming each', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const withoutTitle: Record<string, unknown> = { ...ledgerWire }
    delete withoutTitle.title
    const document = parse({
      articleId: 'story',
      annotations: [
        { ...annaBerg, sources: [{ label: 'Run me', url: 'javascript:alert(1)' }] },
        withoutTitle,
        {
          ...annaBerg,
          id: 'data-link',
          sources: [...annaBerg.sources, { label: 'x', url: 'data:text/html,<b>x</b>' }],
        },
        { ...annaBerg, id: 'no-source', sources: [] },
        { ...annaBerg, kind: 'rumour' },
        'not an object',
        annaBerg,
        { ...annaBerg, title: 'Second card with the same id' },
      ],
    })
    expect(document.annotations).toEqual([annaBerg])
    const warnings = warn.mock.calls.map(([message]) => String(message))
    expect(warnings).toHaveLength(7)
    expect(warnings[0]).toMatch(/#1 "anna-berg".*http\(s\).*sources\.0\.url/)
    expect(warnings[1]).toMatch(/#2 "ledger-wire".*title/)
    // A bad link anywhere in the list leaves the card out, as a card's only link would.
    expect(warnings[2]).toMatch(/#3 "data-link".*http\(s\).*sources\.1\.url/)
    expect(warnings[3]).toMatch(/#4 "no-source".*needs a source/)
    expect(warnings[4]).toMatch(/#5 "anna-berg".*at "kind"/)
    expect(warnings[5]).toMatch(/#6 is not shown/)
    expect(warnings[6]).toMatch(/#8 "anna-berg".*already uses that id/)
  })

  it('keeps the quote verbatim, spaces included', () => {
    const spaced = { ...ledgerWire, target: { exact: 'Wire', prefix: 'Ledger ', suffix: ' ' } }
    expect(parse({ articleId: 'story', annotations: [spaced] }).annotations[0]?.target).toEqual(
      spaced.target,
    )
  })

  it('rejects a document that is not the agreed outer shape', () => {
    expect(() => parse({ annotations: {} })).toThrow(ContentError)
    expect(() => parse([annaBerg])).toThrow(ContentError)
  })
})
