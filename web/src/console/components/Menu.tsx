/**
 * A small dropdown menu (the WAI-ARIA menu button): a button that opens a list of actions.
 * Opening moves focus to the first item; ArrowUp/ArrowDown move between items (wrapping),
 * Home/End jump to the first/last; Escape closes and gives focus back to the button, Tab and
 * outside clicks close. Choosing an item returns focus to the button before the action runs, so
 * a dialog the action opens gives focus back there when it closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

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
  className = 'btn btn-ghost btn-sm',
}: {
  button: ReactNode;
  /** the button's accessible name; leave it out when the button's visible text names it */
  label?: string;
  items: (MenuItem | 'divider')[];
  header?: ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const id = useId();

  const menuItems = () => Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []);

  useEffect(() => {
    if (!open) return;
    const all = menuItems();
    (open === 'last' ? all[all.length - 1] : all[0])?.focus();
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  }

  function onListKey(event: KeyboardEvent) {
    const all = menuItems();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      event.preventDefault();
      all[(i + all.length) % all.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return go(at + 1);
      case 'ArrowUp':
        return go(at < 0 ? -1 : at - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(-1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return close(true);
      case 'Tab':
        return close(false);
    }
  }

  return (
    <div className="cx-menu" ref={root}>
      <button
        ref={trigger}
        id={`${id}-button`}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={!!open}
        aria-controls={open ? id : undefined}
        aria-label={label}
        onClick={() => setOpen((v) => (v ? false : 'first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(event.key === 'ArrowUp' ? 'last' : 'first');
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            close(true);
          }
        }}
      >
        {button}
      </button>
      {open ? (
        <div className="cx-menu-list" role="menu" id={id} ref={list} aria-labelledby={`${id}-button`} onKeyDown={onListKey}>
          {header ? <div className="cx-menu-header">{header}</div> : null}
          {items.map((item, i) =>
            item === 'divider' ? (
              <div key={i} className="cx-menu-divider" role="separator" />
            ) : (
              <button
                key={i}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={`row gap-10 cx-menu-item ${item.danger ? 'is-danger' : ''}`}
                disabled={item.disabled}
                onClick={() => {
                  close(true);
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
