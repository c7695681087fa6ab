import { expect, test } from '@playwright/test'
import { chromiumLaunchOptions } from '../playwright.config'
import { appealBanner, appealDecided, expectEveryChoiceInView } from './support/appeal'

// Playwright's Chromium hides scrollbars; a desktop's takes 15 px, which the window's width in a
// media query counts and the banner's own width does not.
test.use({
  launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] },
})

for (const width of [576, 583, 590]) {
  test(`in a short window ${width} px wide with a desktop's scrollbar, the banner stays compact with every choice in view`, async ({
    page,
  }) => {
    // Between the two sideways layouts, one in the window's units and one in the banner's, the
    // banner was stacked: 57% of the window.
    await page.setViewportSize({ width, height: 320 })
    await page.goto('/')
    await appealDecided(page, 'shown')
    expect((await appealBanner(page).boundingBox())?.height).toBeLessThanOrEqual(320 * 0.45 + 1)
    await expectEveryChoiceInView(page)
  })
}
