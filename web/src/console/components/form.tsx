/**
 * Forms in the console: react-hook-form with a zod schema (built from LIMITS, in the feature's
 * schemas.ts) through @hookform/resolvers. The schema's input is what the fields hold (strings),
 * its output what is submitted (parsed: minor units, trimmed text, null for empty).
 */
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm, type Control, type DefaultValues, type FieldValues, type Path, type UseFormProps, type UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';
import { CURRENCIES } from '@model';
import { Spinner } from '../../components/ui';
import { FormField } from './kit';

export function useZodForm<In extends FieldValues, Out>(
  schema: z.ZodType<Out, In>,
  defaultValues: DefaultValues<In>,
  options: Omit<UseFormProps<In, unknown, Out>, 'resolver' | 'defaultValues'> = {},
) {
  return useForm<In, unknown, Out>({ resolver: zodResolver(schema), defaultValues, ...options });
}

/**
 * A select whose value the form controls. Use it when the options come from a live list (people,
 * companies, projects): a registered select would keep the first option when its options arrive
 * after the form's values; a controlled one shows the form's value as soon as its option exists.
 */
export function FormSelect<T extends FieldValues, Out>({
  control,
  name,
  onValue,
  ...rest
}: { control: Control<T, unknown, Out>; name: Path<T>; onValue?: (value: string) => void } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'name' | 'value' | 'onChange' | 'onBlur'
>) {
  const { field } = useController({ control: control as unknown as Control<T>, name });
  const { onChange, value, ...props } = field;
  return (
    <select
      {...props}
      {...rest}
      value={(value as string | undefined) ?? ''}
      onChange={(event) => {
        onChange(event.target.value);
        onValue?.(event.target.value);
      }}
    />
  );
}

/** The first problem of a form (`formState.errors`), in the order of its fields, for forms that show one message. */
export function firstError(errors: object): string | null {
  for (const value of Object.values(errors) as unknown[]) {
    if (!value || typeof value !== 'object') continue;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) return message;
    const nested = firstError(value);
    if (nested) return nested;
  }
  return null;
}

/** A dialog form's Cancel and submit buttons; the submit shows a spinner while saving. */
export function DialogActions({
  onCancel,
  pending,
  submitLabel,
  pendingLabel = 'Saving…',
  className = 'cx-dialog-actions',
  submitDisabled = false,
  children,
}: {
  onCancel: () => void;
  pending: boolean;
  /** e.g. while the form is not valid yet */
  submitDisabled?: boolean;
  submitLabel: ReactNode;
  pendingLabel?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`row end ${className}`}>
      {children}
      <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={pending}>
        Cancel
      </button>
      <button type="submit" className="btn btn-primary" disabled={pending || submitDisabled}>
        {pending ? <Spinner label={pendingLabel} /> : submitLabel}
      </button>
    </div>
  );
}

/** A form's Currency field: a select of the currencies the agency bills in. */
export function CurrencyField({ registration, error }: { registration: UseFormRegisterReturn; error?: string | undefined }) {
  return (
    <FormField label="Currency" error={error}>
      {(id, d) => (
        <select id={id} className="select" aria-describedby={d} {...registration}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      )}
    </FormField>
  );
}
