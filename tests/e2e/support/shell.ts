import type { Page } from '@playwright/test'

/**
 * Serves the page as the plain app shell, without the prerendered story, cache and appeal, so the
 * browser must fetch the article itself: the path taken in development, and whenever the
 * prerendered state is missing or damaged. Lets tests exercise failed content requests.
 */
export async function serveShellWithoutPrerender(page: Page) {
  await page.route('/', async (route) => {
    const response = await route.fetch()
    const prerendered = await response.text()
    const html = prerendered.replace(
      /<div id="root">[\s\S]*?<\/div>(?:<aside[\s\S]*?<\/aside>)?<script type="application\/json"[^>]*>[\s\S]*?<\/script>/,
      '<div id="root"></div>',
    )
    // Else the tests that use it would run against the prerendered page, and pass for nothing.
    if (html === prerendered) throw new Error('The built page no longer has the shape this expects')
    await route.fulfill({ response, body: html })
  })
}
