/**
 * Shown when the app's code fails to load or start (offline after the page arrived, a deploy that
 * replaced the files). The prerendered story stays readable; only the extras are missing, so the
 * notice is polite and offers a reload. Plain DOM: React is what failed.
 */
export function showStartupFailure(doc: Document, error: unknown): void {
  console.error('The app could not start:', error)
  if (doc.getElementById(STARTUP_FAILURE_ID)) return

  const notice = doc.createElement('div')
  notice.id = STARTUP_FAILURE_ID
  notice.className = 'load-error'
  notice.setAttribute('role', 'status')

  const message = doc.createElement('p')
  const summary = doc.createElement('strong')
  summary.textContent = 'The annotations couldn’t start.'
  message.append(summary, ' The story below is complete. Reload the page to try again.')

  const reload = doc.createElement('button')
  reload.type = 'button'
  reload.className = 'button'
  reload.textContent = 'Reload'
  reload.addEventListener('click', () => doc.defaultView?.location.reload())

  notice.append(message, reload)
  const main = doc.getElementById('main')
  if (main) main.prepend(notice)
  else doc.body.prepend(notice)
}

const STARTUP_FAILURE_ID = 'startup-failure'
