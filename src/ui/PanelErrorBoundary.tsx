// Catches a crash inside one panel: shows what happened and a way to recover, while the graph and other panels stay.
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface PanelErrorBoundaryProps {
  /** The panel's name, used in the message. */
  name: string;
  children: ReactNode;
  /** Called when the user asks to recover (e.g. to reset the state that made the panel crash). */
  onReset?: () => void;
  /** Its words in the interface language (a class cannot read the i18n context's hook). */
  messages: { crashed(name: string): string; rest: string; reset: string };
}

interface PanelErrorBoundaryState {
  error: Error | null;
}

export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  override state: PanelErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PanelErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`The ${this.props.name} panel crashed`, error, info.componentStack);
  }

  private readonly reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    const { messages } = this.props;
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>{messages.crashed(this.props.name)}</strong> {messages.rest}
        </p>
        <p className="help">{this.state.error.message}</p>
        <button type="button" onClick={this.reset}>
          {messages.reset}
        </button>
      </div>
    );
  }
}
