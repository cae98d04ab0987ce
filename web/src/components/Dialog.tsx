/** A modal on the native <dialog>: focus moves in, stays in, returns to its opener on close; Escape closes. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Dialog({ open, onClose, title, description, children }: { open: boolean; onClose: () => void; title: string; description?: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      // Focus goes back to what opened the dialog (the browser may leave it on <body> when the
      // opener was re-rendered or lived in a menu that closed), unless something else took it.
      const back = opener.current;
      opener.current = null;
      const lost = !document.activeElement || document.activeElement === document.body || dialog.contains(document.activeElement);
      if (lost && back instanceof HTMLElement && back.isConnected) back.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its panel) closes it.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog-panel">
        <div className="row between gap-12">
          <h2 id={titleId} className="dialog-title">{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
            <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
          </button>
        </div>
        {description ? <p id={descriptionId} className="dialog-description">{description}</p> : null}
        {open ? children : null}
      </div>
    </dialog>
  );
}
