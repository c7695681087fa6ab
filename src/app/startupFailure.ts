import { showAppealWithoutScript } from '../features/appeal/beforeStart'
import { removeStalledNotice } from './stalledNotice'

const STARTUP_FAILURE_ID = 'startup-failure'

/** Long enough for screen readers to register the empty live region before its text arrives. */
const ANNOUNCE_DELAY_MS = 100

/**
 * Shown when the app's code fails to load or to run its first lines (offline after the page
 * arrived, a deploy that replaced the files). The prerendered story stays readable, so the notice
 * is polite and offers a reload. Plain DOM: React is what failed.
 */
export function showStartupFailure(doc: Document, error: unknown): void {
  console.error('The app could not start:', error)
  if (doc.getElementById(STARTUP_FAILURE_ID)) return
  removeStalledNotice(doc)
  showAppealWithoutScript(doc)
  const main = doc.getElementById('main')
  const storyIsShown = !!main?.querySelector('article')

  // A live region announces changes to its content, not content it is born with.
  const notice = doc.createElement('div')
  notice.id = STARTUP_FAILURE_ID
  notice.className = 'load-error'
  notice.setAttribute('role', 'status')
  if (main) main.prepend(notice)
  else doc.body.prepend(notice)

  const message = doc.createElement('p')
  const summary = doc.createElement('strong')
  summary.textContent = storyIsShown
    ? 'The annotations couldn’t start.'
    : 'The page couldn’t start.'
  message.append(
    summary,
    storyIsShown
      ? ' The story below is complete. Reload the page to try again.'
      : ' Check that you are online, then reload the page.',
  )

  const reload = doc.createElement('button')
  reload.type = 'button'
  reload.className = 'button'
  reload.textContent = 'Reload'
  reload.addEventListener('click', () => doc.defaultView?.location.reload())

  setTimeout(() => notice.append(message, reload), ANNOUNCE_DELAY_MS)
}
