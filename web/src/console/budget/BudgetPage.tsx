/** Placeholder while the page is being built. */
import { PageHeader } from '../components/kit';

export default function Page() {
  return (
    <div className="adm-page">
      <PageHeader title="Coming soon" subtitle="This page is being built." />
    </div>
  );
}
