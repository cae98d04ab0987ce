/** "View as…" from the user menu: pick a company, then open its portal as its client sees it. */
import { useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { Badge, LoadingBlock } from '../../components/ui';
import { EyeIcon } from '../components/icons';
import { useCompany } from '../lib/queries';
import { useCompanyChoices } from '../lib/pickers';
import { COMPANY_STATUS } from '../lib/labels';

export function ViewAsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="View as a client" description="See the portal exactly as that company's client sees it: read-only, with the same security rules.">
      <CompanyPicker onClose={onClose} />
    </Dialog>
  );
}

/** A few companies at a time (issue 10): the first by name, or those matching what is typed (the search index). */
function CompanyPicker({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [filter, setFilter] = useState('');
  const choices = useCompanyChoices(useDeferredValue(filter));
  const list = choices.options.filter((c) => c.value);
  return (
    <div className="stack cx-viewas-picker">
      <input className="input cx-input" type="search" placeholder="Type a company's name…" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter companies" />
      {choices.error ? (
        <p className="muted">Could not look companies up right now.</p>
      ) : !choices.ready && list.length === 0 ? (
        <LoadingBlock rows={3} />
      ) : list.length === 0 ? (
        <p className="muted">No company matches “{filter.trim()}”.</p>
      ) : (
        <ul className="stack cx-picker-list gap-6">
          {list.map((company) => (
            <li key={company.value}>
              <button
                type="button"
                className="row gap-12 account-option"
                onClick={() => {
                  onClose();
                  navigate(`/console/view-as/${company.value}`);
                }}
              >
                <EyeIcon />
                <span className="cx-picker-name">View as {company.label}</span>
                <CompanyStatus id={company.value} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The company's status, from its own document (one per company shown). */
function CompanyStatus({ id }: { id: string }) {
  const company = useCompany(id);
  if (!company.data) return null;
  const status = COMPANY_STATUS[company.data.status];
  return <Badge tone={status.tone}>{status.label}</Badge>;
}
