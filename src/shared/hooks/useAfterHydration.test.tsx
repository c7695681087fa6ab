import { render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { useAfterHydration } from './useAfterHydration'

function Extra() {
  return useAfterHydration() ? <p>Shown after hydration</p> : null
}

describe('useAfterHydration', () => {
  it('leaves deferred content out of the prerendered HTML', () => {
    expect(renderToString(<Extra />)).toBe('')
  })

  it('shows it in the browser once the first render has committed', async () => {
    render(<Extra />)
    expect(await screen.findByText('Shown after hydration')).toBeInTheDocument()
  })
})
