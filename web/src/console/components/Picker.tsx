/**
 * Bounded pickers (issue 10): an accessible combobox whose options are looked up as the person
 * types (lib/pickers.ts: the search index, a few at a time), and whose chosen value is named by its
 * own document read. Arrows move, Enter picks, Escape closes; the first option may be an "all" or
 * "none" choice (value '').
 */
import { useDeferredValue, useId, useRef, useState, type ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { Spinner } from '../../components/ui';
import { useCompanyName, useProjectName } from '../lib/names';
import { useCompanyChoices, useProjectChoices, useTaskChoices, useTaskTitle, type PickerChoices, type PickerOption } from '../lib/pickers';
import './combobox.css';

export interface PickerProps {
  /** the accessible name, when no <label for={id}> names the input */
  label?: string;
  value: string;
  onChange: (value: string) => void;
  /** a first option with the value '' (e.g. "All companies", "No project") */
  empty?: string;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  className?: string;
  invalid?: boolean;
  describedBy?: string | undefined;
}

interface ComboboxProps extends PickerProps {
  /** the chosen value's name ('' while it loads) */
  selected: string;
  choices: PickerChoices;
  text: string;
  onText: (text: string) => void;
  open: boolean;
  onOpen: (open: boolean) => void;
}

/** The open/typed state a picker's lookup depends on. */
function usePickerText() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  return { text, setText, open, setOpen, query: useDeferredValue(text) };
}

export function Combobox({ label, value, onChange, empty, placeholder, disabled, id, className = 'input cx-input', invalid, describedBy, selected, choices, text, onText, open, onOpen }: ComboboxProps) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(0);
  const options: PickerOption[] = [...(empty !== undefined && !text.trim() ? [{ value: '', label: empty }] : []), ...choices.options];
  const current = value ? selected || '…' : (empty ?? '');
  const showList = open && !disabled;

  function close() {
    onOpen(false);
    onText('');
    setActive(0);
  }
  function pick(option: PickerOption) {
    onChange(option.value);
    close();
  }

  return (
    <div className="cx-combo">
      <input
        ref={input}
        id={id}
        className={className}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={showList && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        disabled={disabled}
        placeholder={open ? current || placeholder : placeholder}
        value={open ? text : current}
        onFocus={() => onOpen(true)}
        onClick={() => onOpen(true)}
        onBlur={close}
        onChange={(e) => {
          onText(e.target.value);
          setActive(0);
          onOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) onOpen(true);
            else setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && open) {
            // Enter picks; it never submits the form around the picker.
            e.preventDefault();
            const option = options[active];
            if (option) pick(option);
          } else if (e.key === 'Escape' && open) {
            // Closes the list, not the dialog around it.
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      <ul className="cx-combo-list" id={listId} role="listbox" aria-label={label ?? 'Options'} hidden={!showList || options.length === 0}>
        {options.map((option, i) => (
          <li
            key={option.value || '-'}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={option.value === value}
            className={`cx-combo-option ${i === active ? 'is-active' : ''}`}
            // Keeps the focus in the input, so the pick happens before its blur closes the list.
            onMouseDown={(e) => e.preventDefault()}
            onPointerEnter={() => setActive(i)}
            onClick={(e) => {
              // Inside a <label>, a click would also "click" the input (and open the list again).
              e.preventDefault();
              pick(option);
            }}
          >
            <span className="truncate cx-combo-label">{option.label}</span>
            {option.detail ? <span className="hint truncate">{option.detail}</span> : null}
          </li>
        ))}
      </ul>
      {showList && options.length === 0 ? (
        <p className="cx-combo-note" role="status">
          {choices.error ? 'Could not look that up right now.' : !choices.ready ? <Spinner label="Looking up…" /> : `Nothing matches “${text.trim()}”.`}
        </p>
      ) : null}
    </div>
  );
}

/** A company of the agency, found by name. */
export function CompanyPicker(props: PickerProps) {
  const state = usePickerText();
  const choices = useCompanyChoices(state.query, state.open);
  const selected = useCompanyName(props.value);
  return <Combobox placeholder="Type a company's name…" {...props} selected={selected} choices={choices} text={state.text} onText={state.setText} open={state.open} onOpen={state.setOpen} />;
}

/**
 * A project of one company (value: its id), or of any company when `companyId` is null (value:
 * `companyId/projectId`).
 */
export function ProjectPicker({ companyId, ...props }: PickerProps & { companyId: string | null }) {
  const state = usePickerText();
  const choices = useProjectChoices(companyId, state.query, state.open);
  const [ownerId, projectId] = companyId === null ? splitProjectKey(props.value) : [companyId, props.value];
  const selected = useProjectName(ownerId, projectId || null);
  return <Combobox placeholder="Type a project's name…" {...props} selected={projectId ? selected : ''} choices={choices} text={state.text} onText={state.setText} open={state.open} onOpen={state.setOpen} />;
}

/** A task of one project. */
export function TaskPicker({ companyId, projectId, ...props }: PickerProps & { companyId: string; projectId: string }) {
  const state = usePickerText();
  const choices = useTaskChoices(companyId, projectId, state.query, state.open);
  const selected = useTaskTitle(companyId, props.value);
  return <Combobox placeholder="Type a task's title…" {...props} selected={selected} choices={choices} text={state.text} onText={state.setText} open={state.open} onOpen={state.setOpen} />;
}

/** `companyId/projectId` → [companyId, projectId] ('' parts when empty). */
export function splitProjectKey(key: string): [string, string] {
  const [companyId = '', projectId = ''] = key.split('/');
  return [companyId, projectId];
}

/** A picker whose value a react-hook-form form holds. */
export function FormPicker<T extends FieldValues, Out>({
  control,
  name,
  onValue,
  children,
}: {
  control: Control<T, unknown, Out>;
  name: Path<T>;
  onValue?: (value: string) => void;
  children: (value: string, onChange: (value: string) => void) => ReactNode;
}) {
  const { field } = useController({ control: control as unknown as Control<T>, name });
  return (
    <>
      {children((field.value as string | undefined) ?? '', (value) => {
        field.onChange(value);
        onValue?.(value);
      })}
    </>
  );
}
