import { Component, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What stands in for the children once one of them has thrown while rendering. */
  fallback: ReactNode
  children: ReactNode
}

/**
 * Keeps a failure in one part of the page from taking the rest with it: React removes the whole
 * tree, prerendered story included, on a render error nothing catches. (React logs the error.)
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
