import { expect, test, type Locator, type Page } from '@playwright/test'
import { contentSecurityPolicyOf } from '../../src/prerender/contentSecurityPolicy'
import { glyphPixelsAbove, letterLines } from './support/annotations'
import { appeal as appealDocument } from './support/appeal'
import { readContent, type ArticleDocument } from './support/content'
import { resolvedColour } from './support/pixels'

const article = readContent<ArticleDocument>('article')

/** The appeal's every paragraph and its link, below the story's last paragraph. */
async function expectWholeAppealAfterStory(page: Page, appeal: Locator) {
  for (const text of [appealDocument.greeting, ...appealDocument.paragraphs]) {
    await expect(appeal.getByText(text, { exact: true })).toBeVisible()
  }
  await expect(appeal.getByRole('link', { name: appealDocument.donate.label })).toHaveAttribute(
    'href',
    appealDocument.donate.url,
  )
  const story = await page.getByRole('article').getByRole('paragraph').last().boundingBox()
  const appealBox = await appeal.boundingBox()
  expect(story && appealBox && appealBox.y).toBeGreaterThan((story?.y ?? 0) + (story?.height ?? 0))
}

/** Content documents the app may fetch itself: the appeal waits for the reader's storage by design. */
const FETCHED_AFTER_HYDRATION = ['appeal']

/** Waits until React has taken over the prerendered headline, then lets post-hydration effects run. */
async function waitForHydration(page: Page) {
  await page.waitForLoadState('networkidle')
  // React links each hydrated DOM node to its fiber; there is no user-visible sign of hydration.
  await page.waitForFunction(() => {
    const headline = document.querySelector('h1')
    return !!headline && Object.keys(headline).some((key) => key.startsWith('__reactFiber$'))
  })
  await page.waitForTimeout(300)
}

/**
 * Runs before the app's script: remembers the headline the server rendered, so that a test can
 * tell a real hydration from React throwing the HTML away and rendering it again.
 */
async function rememberPrerenderedHeadline(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        Object.assign(window, { prerenderedHeadline: document.querySelector('h1') })
      }
    })
  })
}

/** The headline on the page is still the one the server rendered (rememberPrerenderedHeadline). */
function keptPrerenderedHeadline(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const { prerenderedHeadline } = window as unknown as { prerenderedHeadline?: Element }
    return (
      !!prerenderedHeadline?.isConnected && prerenderedHeadline === document.querySelector('h1')
    )
  })
}

/** Runs every CSS animation to its end: the page's delayed notices, without the wait. */
function finishAnimations(page: Page) {
  return page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()))
}

/** Directive name -> source list, as a browser reads a policy. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the built page already shows the headline and the whole story', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
    const story = page.getByRole('article')
    for (const text of article.paragraphs) {
      await expect(story.getByRole('paragraph').filter({ hasText: text })).toBeVisible()
    }
  })

  test('shows no switch or button that would do nothing', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
    await expect(page.getByRole('group', { name: 'Show annotations' })).toBeHidden()
    await expect(page.getByRole('checkbox')).toHaveCount(0)
    // The phrases stay in the text, and the index after the story gives their context.
    await expect(page.getByRole('article')).toContainText('Sergei Shoigu')
    await expect(page.getByRole('button')).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'In this article' })).toContainText('Shoigu')
  })

  test('a link from the list lands on its phrase and tints it, so the reader sees which', async ({
    page,
  }) => {
    await page.goto('/')
    const tass = page.getByRole('article').getByRole('paragraph').getByText('TASS', { exact: true })
    const tint = () => tass.evaluate((element) => getComputedStyle(element).backgroundImage)
    const untinted = await tint()
    await page
      .getByRole('region', { name: 'In this article' })
      .getByRole('link', { name: /^TASS/ })
      .click()
    await expect(tass).toBeInViewport()
    expect(await tint()).not.toBe(untinted)
    expect(await tint()).toContain(
      await resolvedColour(page, 'color-mix(in srgb, var(--color-accent) 14%, transparent)'),
    )
  })

  test('keeps the paper’s appeal, whole, after the story', async ({ page }) => {
    await page.goto('/')
    const appeal = page.getByRole('complementary', { name: appealDocument.heading })
    await expectWholeAppealAfterStory(page, appeal)
    // Nothing docked over the story: with no app to keep a choice, it would be back at every visit.
    await expect(appeal).not.toHaveCSS('position', 'fixed')
    await expect(appeal.getByRole('button')).toHaveCount(0)
  })

  test('never shows the notice for a script that did not run', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
    await finishAnimations(page)
    await expect(page.getByRole('status')).toHaveCount(0)
  })
})

/** Serves the built page with its query cache damaged, as a broken deploy or proxy might. */
async function serveDamagedCache(page: Page) {
  await page.route('/', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(
      /(<script[^>]*id="prerendered-state"[^>]*>)[^<]*/,
      '$1{broken',
    )
    await route.fulfill({ response, body: html })
  })
}

test('with a damaged query cache, hydrates the story on screen instead of replacing it', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await serveDamagedCache(page)
  await rememberPrerenderedHeadline(page)
  await page.goto('/')

  await expect(page.getByRole('button', { name: 'Sergei Shoigu', exact: true })).toBeVisible()
  expect(
    await keptPrerenderedHeadline(page),
    'the story on screen was hydrated, not rendered again',
  ).toBe(true)
  await expect(page.getByText('Loading the article…')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('with a damaged query cache and annotations changed since the build, the page is whole', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  const logged: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text())
  })
  await serveDamagedCache(page)
  // Served now without TASS's annotation, and with one that fails its schema: the HTML, built
  // with TASS marked, no longer matches what the app renders.
  await page.route('**/content/annotations.json', async (route) => {
    const response = await route.fetch()
    const document = (await response.json()) as { annotations: { id: string }[] }
    const annotations = document.annotations.filter(({ id }) => id !== 'tass')
    await route.fulfill({
      response,
      json: { ...document, annotations: [...annotations, { id: 'broken', kind: 'planet' }] },
    })
  })
  await page.goto('/')

  await expect(page.getByRole('button', { name: 'Sergei Shoigu', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'TASS', exact: true })).toHaveCount(0)
  await expect(page.getByRole('article')).toContainText('agency TASS reported')
  expect(problems).toEqual([])
  // The mismatch happened, and was logged for the maintainer, once.
  expect(logged.filter((text) => text.startsWith('React rendered again'))).toHaveLength(1)
})

for (const { document, what } of [
  { document: 'article', what: 'the story' },
  { document: 'annotations', what: 'the annotations' },
]) {
  test(`with a damaged query cache and ${what} unavailable, the story on screen stays`, async ({
    page,
  }) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await serveDamagedCache(page)
    await page.route(`**/content/${document}.json`, (route) =>
      route.fulfill({ status: 503, body: 'unavailable' }),
    )
    await page.goto('/')

    const notice = page.getByRole('status').filter({ hasText: 'The annotations couldn’t start.' })
    await expect(notice).toContainText('The story below is complete.')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
    for (const text of article.paragraphs) {
      await expect(page.getByRole('article').getByText(text)).toBeVisible()
    }
    // Not hydrated against HTML it cannot match (React would report the mismatch as an error).
    expect(problems).toEqual([])
  })
}

test('hydrates the prerendered page without a single console error or warning', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  await rememberPrerenderedHeadline(page)

  await page.goto('/')
  await waitForHydration(page)

  expect(problems).toEqual([])
  expect(
    await keptPrerenderedHeadline(page),
    'hydration kept the server-rendered headline element',
  ).toBe(true)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
})

test('is served with a strict Content-Security-Policy and no inline script', async ({
  request,
}) => {
  const response = await request.get('/')
  expect(response.ok()).toBe(true)
  const html = await response.text()

  const metaTag = html.match(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i)
  const metaPolicy = contentSecurityPolicyOf(html)
  const headerPolicy = response.headers()['content-security-policy']
  const policies = [metaPolicy, headerPolicy].filter((policy): policy is string => !!policy)
  expect(policies.length, 'a CSP in a meta tag or a header').toBeGreaterThan(0)

  for (const policy of policies) {
    const directives = parsePolicy(policy)
    expect(directives.get('script-src'), policy).toContain("'self'")
    expect(directives.get('script-src'), policy).not.toContain("'unsafe-inline'")
    expect(directives.get('script-src'), policy).not.toContain("'unsafe-eval'")
    expect(directives.get('style-src'), policy).not.toContain("'unsafe-inline'")
    expect(directives.get('object-src'), policy).toEqual(["'none'"])
    expect(directives.get('base-uri'), policy).toEqual(["'none'"])
  }

  // A policy in a meta tag only covers what comes after it.
  if (metaTag) {
    const firstLoad = html.search(/<(?:script|link|style)\b/i)
    expect(metaTag.index ?? Infinity, 'CSP meta tag before any script or stylesheet').toBeLessThan(
      firstLoad === -1 ? Infinity : firstLoad,
    )
  }

  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map(([tag, attributes = '']) => ({
    tag,
    type: attributes.match(/\btype=["']?([^"'\s>]+)/i)?.[1]?.toLowerCase(),
    src: attributes.match(/\bsrc=["']?([^"'\s>]+)/i)?.[1],
  }))
  expect(scripts.length).toBeGreaterThan(0)
  for (const { tag, type, src } of scripts) {
    const isModuleFile = type === 'module' && !!src?.startsWith('/')
    const isDataBlock = type === 'application/json' && !src
    expect(isModuleFile || isDataBlock, `only module files and JSON data: ${tag}`).toBe(true)
  }
  expect(html, 'no inline event handlers').not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
})

test('loads no content the first paint needs: it is already in the HTML', async ({
  page,
}, testInfo) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))

  await page.goto('/')
  await waitForHydration(page)

  await testInfo.attach('requests', { body: requests.join('\n'), contentType: 'text/plain' })
  const contentDocuments = requests
    .map((pathname) => pathname.match(/^\/content\/(.+)\.json$/)?.[1])
    .filter((name): name is string => !!name)
  expect(contentDocuments, 'the article is prerendered, never fetched').not.toContain('article')
  expect(
    contentDocuments.filter((name) => !FETCHED_AFTER_HYDRATION.includes(name)),
    `content fetched on load (a waterfall); all requests: ${requests.join(', ')}`,
  ).toEqual([])
})

test('paints the story before it asks for any of the app’s code', async ({ page }) => {
  await page.goto('/')
  await waitForHydration(page)

  const timing = await page.evaluate(async () => {
    const largestPaint = await new Promise<number>((resolve) => {
      new PerformanceObserver((list) => {
        // The first entry: the paint the boot script waits for.
        resolve(list.getEntries()[0]?.startTime ?? Number.NaN)
      }).observe({ type: 'largest-contentful-paint', buffered: true })
    })
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.js$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime }))
    return { largestPaint, scripts }
  })

  expect(timing.largestPaint).toBeGreaterThan(0)
  const bootScriptTag = page.locator('script[type="module"]')
  // Fetched after what the paint needs: the script does nothing until the paint anyway.
  await expect(bootScriptTag).toHaveAttribute('fetchpriority', 'low')
  const bootScript = await bootScriptTag.getAttribute('src')
  const appCode = timing.scripts.filter(({ path }) => path !== bootScript)
  // React DOM and the app itself, at least.
  expect(appCode.length, `scripts: ${JSON.stringify(timing.scripts)}`).toBeGreaterThanOrEqual(2)
  for (const { path, startTime } of appCode) {
    expect(startTime, `${path} requested before the largest paint`).toBeGreaterThanOrEqual(
      timing.largestPaint,
    )
  }
})

test('the app’s own code, and only it, asks Chromium to compile it as it loads', async ({
  page,
}) => {
  const scripts = new Map<string, string>()
  page.on('response', async (response) => {
    const { pathname } = new URL(response.url())
    if (pathname.endsWith('.js')) scripts.set(pathname, await response.text())
  })
  await page.goto('/')
  await waitForHydration(page)
  // V8's explicit compile hint: the first tap on a phrase then runs code compiled in advance.
  const hinted = [...scripts]
    .filter(([, code]) => code.split('\n', 1)[0] === '//# allFunctionsCalledOnLoad')
    .map(([path]) => path)
  expect(hinted, `scripts: ${[...scripts.keys()].join(', ')}`).toEqual([
    expect.stringMatching(/\/assets\/main-[^/]*\.js$/),
  ])
})

test('if the app’s code cannot load, the story stays and a notice offers a reload', async ({
  page,
}) => {
  const uncaught: string[] = []
  page.on('pageerror', (error) => uncaught.push(error.message))
  await page.route(/\/assets\/main-[^/]*\.js$/, (route) => route.abort('internetdisconnected'))

  await page.goto('/')

  const notice = page.getByRole('status').filter({ hasText: 'The annotations couldn’t start.' })
  await expect(notice).toContainText('The story below is complete. Reload the page to try again.')
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
  for (const text of article.paragraphs) {
    await expect(page.getByRole('article').getByText(text)).toBeVisible()
  }
  // Nothing on the page offers what only the app could do.
  await expect(page.getByRole('button', { name: 'Sergei Shoigu' })).toHaveCount(0)
  const people = page.getByRole('checkbox', { name: 'People' })
  await people.click({ force: true })
  await expect(people).toBeChecked()
  // The switches, which cannot work, stop looking as if they could.
  await expect(page.getByRole('group', { name: 'Show annotations' })).not.toHaveCSS('opacity', '1')
  // The appeal the app would have docked is not lost with it.
  const appeal = page.getByRole('complementary', { name: appealDocument.heading })
  await expectWholeAppealAfterStory(page, appeal)
  expect(uncaught).toEqual([])
})

test('a kind the reader switched off on an earlier visit stays off before the app starts', async ({
  page,
}) => {
  const uncaught: string[] = []
  page.on('pageerror', (error) => uncaught.push(error.message))
  await page.addInitScript(() => {
    const choice = { enabled: true, kinds: { person: false, source: true, history: true } }
    localStorage.setItem('annotated-reader:annotations:v1', JSON.stringify(choice))
  })
  // The app's code is held back: the page as a reader on a slow link sees it for seconds.
  let releaseApp = () => {}
  const appHeld = new Promise<void>((resolve) => {
    releaseApp = resolve
  })
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await appHeld
    await route.continue()
  })
  // The boot script runs before DOMContentLoaded; the page's load may wait for the held code.
  await page.goto('/', { waitUntil: 'domcontentloaded' })

  const paragraph = page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ hasText: 'Russian Defense Minister' })
  const shoigu = paragraph.getByText('Sergei Shoigu', { exact: true })
  const tass = paragraph.getByText('TASS', { exact: true })
  await expect(shoigu).toHaveCSS('text-decoration-line', 'none')
  await expect(tass).toHaveCSS('text-decoration-line', 'underline')
  // The kind's glyph, as the screen shows it above the end of the phrase.
  const accent = await resolvedColour(page, 'var(--color-accent)')
  const glyph = async (locator: typeof shoigu) => {
    const { lines, em } = await letterLines(locator)
    const last = lines.at(-1)
    if (!last) throw new Error('the phrase has no lines')
    return glyphPixelsAbove(page, accent, { x: last.right, top: last.top, em })
  }
  expect(await glyph(shoigu)).toBe(0)
  expect(await glyph(tass)).toBeGreaterThanOrEqual(4)
  // The switches, which would show People on, are out of sight, and the index has no People.
  await expect(page.getByRole('group', { name: 'Show annotations' })).toBeHidden()
  const index = page.getByRole('region', { name: 'In this article' })
  await expect(index.getByRole('heading', { name: 'Sources' })).toBeVisible()
  await expect(index.getByRole('heading', { name: 'People' })).toBeHidden()

  // The hand-over: when the page stops hiding People, the app must already show them as text.
  await page.evaluate(() => {
    const root = document.documentElement
    new MutationObserver(() => {
      if (root.hasAttribute('data-annotations-hidden')) return
      const marked = document.querySelectorAll('.annotation-phrase.annotation-mark--person').length
      Object.assign(window, { peopleMarkedAtHandOver: marked })
    }).observe(root, { attributes: true, attributeFilter: ['data-annotations-hidden'] })
  })
  releaseApp()
  await page.waitForFunction(() => 'peopleMarkedAtHandOver' in window)
  expect(await page.evaluate(() => Reflect.get(window, 'peopleMarkedAtHandOver'))).toBe(0)
  const people = page.getByRole('checkbox', { name: 'People' })
  await expect(people).toBeVisible()
  await expect(people).not.toBeChecked()
  await expect(page.getByRole('button', { name: 'TASS', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sergei Shoigu' })).toHaveCount(0)
  // From now on the switches decide.
  await people.check()
  await expect(page.getByRole('button', { name: 'Sergei Shoigu' })).toHaveCSS(
    'text-decoration-line',
    'underline',
  )
  await expect(index.getByRole('heading', { name: 'People' })).toBeVisible()
  expect(uncaught).toEqual([])
})

const STARTUP_STALLED = 'The annotations are taking a long time to start.'
/** The page's one script, src/app/boot.ts, as the build names it. */
const BOOT_SCRIPT = /\/assets\/index-[^/]*\.js$/

test('if the page’s one script never runs, the page itself says so after a wait', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 })
  await page.route(BOOT_SCRIPT, (route) => route.abort('internetdisconnected'))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
  const notice = page.getByRole('status').filter({ hasText: STARTUP_STALLED })
  const words = notice.getByText(STARTUP_STALLED)
  const legend = page.getByRole('group', { name: 'Show annotations' })
  const lastParagraph = page.getByRole('article').getByRole('paragraph').last()
  // Not at once: a slow phone's script may still be on its way.
  await expect(words).toBeHidden()
  await expect(legend).toHaveCSS('opacity', '1')
  const before = await lastParagraph.boundingBox()

  await finishAnimations(page)
  await expect(words).toBeVisible()
  await expect(notice).toContainText('The story is complete; its annotations are listed after it.')
  await expect(legend).not.toHaveCSS('opacity', '1')
  // Showing it moves nothing: its space at the page's end was kept from the start.
  expect(await lastParagraph.boundingBox()).toEqual(before)
  // At the foot of the window, over the story; at the page's end, in the space kept for it.
  const box = await notice.boundingBox()
  expect(box && box.y + box.height).toBeCloseTo(page.viewportSize()?.height ?? 0, 0)
  // Tabbing through the notes after the story, each link the focus scrolls to stops above it.
  const noteLinks = page.getByRole('region', { name: 'In this article' }).getByRole('link')
  const lastNote = noteLinks.last()
  const reload = notice.getByRole('link', { name: 'Reload the page' })
  const checked: string[] = []
  const underNotice: string[] = []
  while (!(await lastNote.evaluate((link) => link === document.activeElement))) {
    await page.keyboard.press('Tab')
    const focused = noteLinks.and(page.locator(':focus'))
    if ((await focused.count()) === 0) continue
    const name = (await focused.textContent()) ?? ''
    checked.push(name)
    const linkBox = await focused.boundingBox()
    if (linkBox && box && linkBox.y + linkBox.height > box.y) underNotice.push(name)
  }
  expect(checked.length).toBeGreaterThanOrEqual(12)
  expect(underNotice).toEqual([])

  await page.unroute(BOOT_SCRIPT)
  await reload.click()
  await expect(page.getByRole('button', { name: 'Sergei Shoigu' }).first()).toBeVisible()
  await finishAnimations(page)
  await expect(page.getByText(STARTUP_STALLED)).toHaveCount(0)
  await expect(legend).toHaveCSS('opacity', '1')
})

test('an app that starts after the notice leaves the focus on the story, not lost', async ({
  page,
}) => {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(BOOT_SCRIPT, async (route) => {
    await released
    await route.continue()
  })
  // A module script holds back DOMContentLoaded: wait for the notice, first in the page, instead.
  await page.goto('/', { waitUntil: 'commit' })
  await expect(
    page.getByRole('link', { name: 'Reload the page', includeHidden: true }),
  ).toBeAttached()
  await finishAnimations(page)
  await page.getByRole('link', { name: 'Reload the page' }).focus()

  release()
  await expect(page.getByText(STARTUP_STALLED)).toHaveCount(0)
  await expect(page.getByRole('main')).toBeFocused()
})

test('a reader who came by a link to a phrase keeps it when the notice reloads the page', async ({
  page,
}) => {
  // The page's script runs; the app's own code stalls on the way, the first time only.
  let stalled = true
  let endStall = () => {}
  const stall = new Promise<void>((resolve) => (endStall = resolve))
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    if (!stalled) return route.continue()
    stalled = false
    await stall
    // Its page is gone by now: there is nothing left to answer.
    await route.abort().catch(() => {})
  })
  await page.goto('/#tass', { waitUntil: 'domcontentloaded' })
  await finishAnimations(page)
  const reload = page.getByRole('link', { name: 'Reload the page' })
  await expect(reload).toBeVisible()

  // Opened in a new tab, it carries the address too.
  const [elsewhere] = await Promise.all([
    page.context().waitForEvent('page'),
    reload.click({ modifiers: ['ControlOrMeta'] }),
  ])
  expect(new URL(elsewhere.url()).hash).toBe('#tass')
  await elsewhere.close()

  await reload.click()
  await expect(page.getByRole('dialog', { name: 'TASS' })).toBeVisible()
  expect(new URL(page.url()).hash).toBe('#tass')
  endStall()
})

test('a link followed while the app starts is left alone once the reader has moved on', async ({
  page,
}) => {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await released
    await route.continue()
  })
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  const notes = page.getByRole('region', { name: 'In this article' })
  await notes.getByRole('link', { name: /^TASS/ }).click()
  expect(new URL(page.url()).hash).toBe('#tass')
  // On down the page, to another note, while the app is still on its way.
  const elsewhere = notes.getByRole('link').last()
  await elsewhere.focus()
  await elsewhere.scrollIntoViewIfNeeded()
  const tass = page.getByRole('article').getByRole('paragraph').getByText('TASS', { exact: true })
  await expect(tass).not.toBeInViewport()

  release()
  await waitForHydration(page)
  await expect(page.getByRole('button', { name: 'TASS' }).first()).toBeAttached()
  // Before, the app took the reader back to TASS, opened its card and took the focus there.
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(elsewhere).toBeFocused()
  await expect(elsewhere).toBeInViewport()
  await expect(tass).not.toBeInViewport()
})

test('once the app runs, no wait brings the notice that it has not started', async ({ page }) => {
  await page.goto('/')
  await waitForHydration(page)
  await finishAnimations(page)
  await expect(page.getByText(STARTUP_STALLED)).toHaveCount(0)
  await expect(page.getByRole('group', { name: 'Show annotations' })).toHaveCSS('opacity', '1')
  // The appeal docks; its copy for readers without the app stays out of the page.
  await expect(page.getByRole('region', { name: appealDocument.heading })).toBeVisible()
  await expect(page.getByText(appealDocument.greeting).filter({ visible: true })).toHaveCount(1)
  await expect(page.getByRole('complementary')).toHaveCount(0)
})
