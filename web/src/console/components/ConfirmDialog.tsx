/** "Are you sure?" on the shared Dialog, with a busy state and the refusal shown inline. */
import { useState, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/ui';
import { FormError } from './kit';

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      title={title}
      onClose={() => {
        setError(null);
        onClose();
      }}
    >
      <div className="cx-dialog-body">{children}</div>
      <FormError message={error} />
      <div className="row end cx-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} onClick={() => void confirm()} disabled={busy}>
          {busy ? <Spinner label="Working…" /> : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
