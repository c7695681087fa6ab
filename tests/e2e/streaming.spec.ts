import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'

/**
 * A proxy in front of the built app that sends the page's HTML in two parts, a pause between them,
 * as a slow network can: the browser paints what it has parsed so far, and what it painted must not
 * move when the rest arrives. Everything else passes through whole.
 */
async function startSplittingProxy(upstream: string) {
  const state = { split: 0 }
  const server = http.createServer((request, response) => {
    void (async () => {
      const reply = await fetch(new URL(request.url ?? '/', upstream))
      const body = Buffer.from(await reply.arrayBuffer())
      const type = reply.headers.get('content-type') ?? 'application/octet-stream'
      response.writeHead(reply.status, { 'content-type': type })
      if (request.url !== '/') return response.end(body)
      response.write(body.subarray(0, state.split))
      setTimeout(() => response.end(body.subarray(state.split)), 300)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    splitAt: (byte: number) => (state.split = byte),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

test.use({ viewport: { width: 412, height: 823 }, isMobile: true })

test('nothing painted moves when the rest of the HTML arrives, wherever the first part ends', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const html = Buffer.from(await (await fetch(`${baseURL}/`)).arrayBuffer())
  // The first screen above the story: the header, with the switches at its end.
  const from = html.indexOf('<header')
  const to = html.indexOf('</header>')
  expect(from).toBeGreaterThan(0)
  expect(to).toBeGreaterThan(from)

  const proxy = await startSplittingProxy(baseURL as string)
  await page.addInitScript(() => {
    const shifts: string[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        sources: { node?: Node }[]
      })[]) {
        const moved = entry.sources.map(({ node }) => node?.textContent?.slice(0, 30)).join(', ')
        shifts.push(`${entry.value.toFixed(4)} (${moved})`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const shifted: string[] = []
  try {
    // Steps shorter than one switch's markup, so that a part can end inside any of them.
    for (let split = from; split < to; split += 45) {
      proxy.splitAt(split)
      await page.goto(proxy.origin)
      await page.waitForTimeout(150)
      const shifts = await page.evaluate(
        () => (window as unknown as { layoutShifts: string[] }).layoutShifts,
      )
      for (const shift of shifts) shifted.push(`split at byte ${split}: ${shift}`)
    }
  } finally {
    await proxy.close()
  }
  expect(shifted).toEqual([])
})
