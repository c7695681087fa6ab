import { vi } from 'vitest'

type Reply = { status?: number; body?: unknown; rawBody?: string } | Error

/** Replaces fetch with one that answers each content document as told (a queue per document). */
export function mockContentFetch(replies: Record<string, Reply[]>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input)
    const name = /content\/([\w-]+)\.json$/.exec(url)?.[1]
    const queue = name ? replies[name] : undefined
    const reply = queue && (queue.length > 1 ? queue.shift() : queue[0])
    if (!reply) throw new Error(`unexpected request in test: ${url}`)
    if (reply instanceof Error) throw reply
    const text = reply.rawBody ?? JSON.stringify(reply.body)
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
