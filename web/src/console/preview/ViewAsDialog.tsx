/** "View as…" from the user menu: pick a company, then open its portal as its client sees it. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { Badge, LoadingBlock } from '../../components/ui';
import { EyeIcon } from '../components/icons';
import { useCompanies } from '../lib/queries';
import { COMPANY_STATUS } from '../lib/labels';

export function ViewAsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="View as a client" description="See the portal exactly as that company's client sees it: read-only, with the same security rules.">
      <CompanyPicker onClose={onClose} />
    </Dialog>
  );
}

function CompanyPicker({ onClose }: { onClose: () => void }) {
  const companies = useCompanies();
  const navigate = useNavigate();
  const [filter, setFilter] = useState('');
  if (!companies.data) return <LoadingBlock rows={3} />;
  const list = companies.data
    .filter((c) => c.name.toLowerCase().includes(filter.trim().toLowerCase()))
    .sort((a, b) => Number(b.status === 'client') - Number(a.status === 'client') || a.name.localeCompare(b.name));
  return (
    <div className="cx-viewas-picker">
      <input className="cx-input" type="search" placeholder="Filter companies…" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter companies" />
      <ul className="cx-picker-list">
        {list.map((company) => (
          <li key={company.id}>
            <button
              type="button"
              className="cx-picker-item"
              onClick={() => {
                onClose();
                navigate(`/console/view-as/${company.id}`);
              }}
            >
              <EyeIcon />
              <span className="cx-picker-name">View as {company.name}</span>
              <Badge tone={COMPANY_STATUS[company.status].tone}>{COMPANY_STATUS[company.status].label}</Badge>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
