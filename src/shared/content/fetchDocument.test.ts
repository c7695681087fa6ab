import * as v from 'valibot'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockContentFetch } from '../../../tests/unit/mockFetch'
import { ContentError, fetchDocument } from './fetchDocument'

const greetingSchema = v.object({ greeting: v.string() })

afterEach(() => vi.unstubAllGlobals())

async function failureOf(promise: Promise<unknown>): Promise<ContentError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ContentError))
    throw new Error(`expected a ContentError, got ${String(error)}`)
  return error
}

describe('fetchDocument', () => {
  it('requests the document from public/content and returns it validated', async () => {
    const fetchMock = mockContentFetch({ greeting: [{ body: { greeting: 'hello', extra: 1 } }] })
    await expect(fetchDocument('greeting', greetingSchema)).resolves.toEqual({ greeting: 'hello' })
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('/content/greeting.json')
  })

  it('reports an HTTP failure with its status', async () => {
    mockContentFetch({ greeting: [{ status: 503, body: {} }] })
    const error = await failureOf(fetchDocument('greeting', greetingSchema))
    expect(error.reason).toBe('http')
    expect(error.message).toContain('503')
  })

  it('reports a network failure', async () => {
    mockContentFetch({ greeting: [new TypeError('Failed to fetch')] })
    expect((await failureOf(fetchDocument('greeting', greetingSchema))).reason).toBe('network')
  })

  it('reports text that is not JSON as malformed', async () => {
    mockContentFetch({ greeting: [{ rawBody: '<html>Not found</html>' }] })
    expect((await failureOf(fetchDocument('greeting', greetingSchema))).reason).toBe('malformed')
  })

  it('reports a document of the wrong shape as malformed, naming the field', async () => {
    mockContentFetch({ greeting: [{ body: { greeting: 42 } }] })
    const error = await failureOf(fetchDocument('greeting', greetingSchema))
    expect(error.reason).toBe('malformed')
    expect(error.message).toContain('greeting')
  })

  it('passes an aborted request on as an abort, not as a content error', async () => {
    const controller = new AbortController()
    vi.stubGlobal(
      'fetch',
      vi.fn(() => {
        controller.abort()
        return Promise.reject(new DOMException('Aborted', 'AbortError'))
      }),
    )
    await expect(
      fetchDocument('greeting', greetingSchema, controller.signal),
    ).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})
