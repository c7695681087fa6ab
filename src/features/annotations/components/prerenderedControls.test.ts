import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { HIDDEN_KINDS_ATTRIBUTE } from '../preferences/hiddenKindsBeforeStart'
import { activatePrerenderedControls } from './prerenderedControls'

afterEach(() => {
  document.body.innerHTML = ''
  document.documentElement.removeAttribute(HIDDEN_KINDS_ATTRIBUTE)
})

/** Two phrases as the prerender writes them: marked, not yet buttons. */
function prerenderedStory() {
  document.body.innerHTML = `<main><p>
    Defense Minister <span id="shoigu" class="annotation-phrase annotation-mark annotation-mark--person">Sergei Shoigu</span>
    told <span id="tass" class="annotation-phrase annotation-mark annotation-mark--source">TASS</span>.
  </p></main>`
  return document.querySelector('main') as HTMLElement
}

describe('activatePrerenderedControls', () => {
  it('makes every marked phrase a button that opens its card', () => {
    activatePrerenderedControls(prerenderedStory())
    expect(screen.getByRole('button', { name: 'Sergei Shoigu' })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    )
    expect(screen.getByRole('button', { name: 'TASS' })).toHaveAttribute('tabindex', '0')
  })

  it('leaves as text the phrases of a kind the reader switched off, as they look', () => {
    document.documentElement.setAttribute(HIDDEN_KINDS_ATTRIBUTE, 'person')
    activatePrerenderedControls(prerenderedStory())
    expect(screen.queryByRole('button', { name: 'Sergei Shoigu' })).not.toBeInTheDocument()
    expect(screen.getByText('Sergei Shoigu')).not.toHaveAttribute('tabindex')
    expect(screen.getByRole('button', { name: 'TASS' })).toBeInTheDocument()
  })
})
