/** A small dropdown menu: a button that opens a list of actions; Escape and outside clicks close it. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  label: ReactNode;
  onSelect: () => void;
  icon?: ReactNode;
  danger?: boolean;
  disabled?: boolean;
}

export function Menu({
  button,
  label,
  items,
  header,
  align = 'end',
  className = 'btn btn-ghost btn-sm',
}: {
  button: ReactNode;
  label: string;
  items: (MenuItem | 'divider')[];
  header?: ReactNode;
  align?: 'start' | 'end';
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="cx-menu" ref={root}>
      <button type="button" className={className} aria-haspopup="menu" aria-expanded={open} aria-controls={id} aria-label={label} onClick={() => setOpen((v) => !v)}>
        {button}
      </button>
      {open ? (
        <div className={`cx-menu-list cx-menu-${align}`} role="menu" id={id}>
          {header ? <div className="cx-menu-header">{header}</div> : null}
          {items.map((item, i) =>
            item === 'divider' ? (
              <div key={i} className="cx-menu-divider" role="separator" />
            ) : (
              <button
                key={i}
                type="button"
                role="menuitem"
                className={`cx-menu-item ${item.danger ? 'is-danger' : ''}`}
                disabled={item.disabled}
                onClick={() => {
                  setOpen(false);
                  item.onSelect();
                }}
              >
                {item.icon}
                <span>{item.label}</span>
              </button>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
