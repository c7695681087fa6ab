import type { BrowserContext, Page } from '@playwright/test'

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

/**
 * How many of the pixels the screen shows in `area` (CSS pixels of the window) have each colour,
 * keyed as getComputedStyle writes an opaque colour: "rgb(r, g, b)". For what only painting shows,
 * such as a shape drawn as a background. The screenshot is decoded in a blank page of the same
 * browser, so the page under test runs nothing of it.
 */
export async function paintedColours(page: Page, area: Area): Promise<Record<string, number>> {
  const png = await page.screenshot({ clip: area, scale: 'css', animations: 'disabled' })
  return (await decoderFor(page)).evaluate(
    async (source) => {
      const image = new Image()
      image.src = source
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.naturalWidth
      canvas.height = image.naturalHeight
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D canvas to decode the screenshot in')
      context.drawImage(image, 0, 0)
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      const counts: Record<string, number> = {}
      for (let i = 0; i < data.length; i += 4) {
        const colour = `rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`
        counts[colour] = (counts[colour] ?? 0) + 1
      }
      return counts
    },
    `data:image/png;base64,${png.toString('base64')}`,
  )
}

/** One blank page per browser context decodes its screenshots; it closes with the context. */
const decoders = new WeakMap<BrowserContext, Promise<Page>>()

function decoderFor(page: Page): Promise<Page> {
  const context = page.context()
  let decoder = decoders.get(context)
  if (!decoder) {
    decoder = context.newPage()
    decoders.set(context, decoder)
  }
  return decoder
}

/** A colour as this page resolves it (a custom property or a system colour), opaque, as above. */
export function resolvedColour(page: Page, colour: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement('span')
    probe.style.setProperty('forced-color-adjust', 'none')
    probe.style.color = value
    document.body.append(probe)
    const resolved = getComputedStyle(probe).color
    probe.remove()
    return resolved
  }, colour)
}

/**
 * The colour the screen shows for a background of `colour` over the page's own (a system colour
 * may be translucent): painted on a small probe at the window's corner, then taken away.
 */
export async function paintedColourOf(page: Page, colour: string): Promise<string> {
  const area = { x: 0, y: 0, width: 8, height: 8 }
  const probe = await page.evaluateHandle(
    ([value, size]) => {
      const element = document.createElement('div')
      element.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${size}px; height: ${size}px; forced-color-adjust: none`
      element.style.background = value
      document.body.append(element)
      return element
    },
    [colour, area.width] as const,
  )
  try {
    const painted = mostPainted(await paintedColours(page, area))
    if (!painted) throw new Error(`nothing painted for ${colour}`)
    return painted
  } finally {
    await probe.evaluate((element) => element.remove())
  }
}

const channels = (colour: string) => (colour.match(/\d+/g) ?? []).map(Number)

/**
 * How many painted pixels are `colour`, give or take `tolerance` in each channel: blending and
 * the compositor's rounding can shift a flat colour by a step or two.
 */
export function pixelsOf(painted: Record<string, number>, colour: string, tolerance = 3): number {
  const wanted = channels(colour)
  return Object.entries(painted)
    .filter(([found]) =>
      channels(found).every((value, i) => Math.abs(value - (wanted[i] ?? NaN)) <= tolerance),
    )
    .reduce((sum, [, count]) => sum + count, 0)
}

/** The colour most of the pixels have. */
export function mostPainted(painted: Record<string, number>): string | undefined {
  return Object.entries(painted).sort(([, a], [, b]) => b - a)[0]?.[0]
}

/** The area of a box given by its edges, as a screenshot clips it. */
export function areaOf(edges: { left: number; top: number; right: number; bottom: number }): Area {
  const { left, top, right, bottom } = edges
  return { x: left, y: top, width: right - left, height: bottom - top }
}
