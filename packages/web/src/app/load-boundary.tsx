import { Component, type ReactNode } from 'react';

type State = { readonly error: Error | null };

/**
 * Catches a screen whose code or scenario failed to load (offline, or the app was redeployed
 * while the page was open), so the learner reads what to do instead of a blank page.
 */
type Props = {
  readonly children: ReactNode;
  /** A new value (the next route) clears the error, so the learner can try elsewhere. */
  readonly resetKey?: string;
};

export class LoadBoundary extends Component<Props, State> {
  override state: State = { error: null };

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="notice" role="alert">
        <p>
          This screen could not be loaded ({error.message}). Check the connection and reload the
          page.
        </p>
      </div>
    );
  }
}
