import { Component, type ErrorInfo, type ReactNode } from 'react';

export type Props = {
  readonly children: ReactNode;
};

type State = { readonly error: Error | undefined };

/**
 * Keeps a scenario the engine cannot play from taking the page down: the facilitator sees what
 * went wrong and can still read the problems and the graph.
 */
export class PlayerBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Shown on the page instead of logged: the facilitator is the one who can act on it.
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="player-error" role="alert">
        <p>The preview stopped: {error.message}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
