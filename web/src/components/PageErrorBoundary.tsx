/**
 * A page that fails to render — its code could not be downloaded (offline, or a new version
 * replaced the files) or it threw — shows why instead of blanking the whole app. Try again
 * reloads: the browser keeps a failed module import, so only a new document imports it again.
 * Going to another page (`resetKey`) shows that page.
 */
import { Component, type ReactNode } from 'react';
import { ErrorState } from './ui';

interface Props {
  resetKey: string;
  children: ReactNode;
}

export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(before: Props) {
    if (this.state.failed && before.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? (
      <ErrorState
        title="This page could not be shown"
        message="Its code did not download: the connection dropped, or a new version of the app is out. Try again reloads the page."
        onRetry={() => window.location.reload()}
      />
    ) : (
      this.props.children
    );
  }
}
