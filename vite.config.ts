/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy } from './src/prerender/contentSecurityPolicy.ts'
import { inlineStylesheet } from './src/prerender/inlineStylesheet.ts'
import { lowPriorityBootScript } from './src/prerender/lowPriorityBootScript.ts'
import { prerenderArticle } from './src/prerender/vitePlugin.ts'

export default defineConfig({
  // Order matters: the stylesheet is inlined before the policy hashes it.
  plugins: [
    react(),
    lowPriorityBootScript(),
    inlineStylesheet(),
    contentSecurityPolicy(),
    prerenderArticle(),
  ],
  build: {
    // One stylesheet for the page, written into it by inlineStylesheet: styles must never wait
    // for the app's code, which loads after the first paint (src/app/boot.ts).
    cssCodeSplit: false,
    // The app is one chunk loaded by one dynamic import: there is nothing to preload, so no
    // preload helper or polyfill belongs in the boot script.
    modulePreload: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
})
