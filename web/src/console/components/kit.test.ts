import { describe, expect, it, vi } from 'vitest';
import { allOf, type QueryPart } from './kit';

const part = (state: Partial<QueryPart> = {}): QueryPart => ({ isPending: false, error: null, refetch: vi.fn(), ...state });

describe('allOf: several queries shown as one', () => {
  it('is pending until each has answered, then gives the data', () => {
    const data = vi.fn(() => 'summary');
    expect(allOf([part(), part({ isPending: true })], data)).toMatchObject({ isPending: true, error: null, data: undefined });
    expect(data).not.toHaveBeenCalled();
    expect(allOf([part(), part()], data)).toMatchObject({ isPending: false, error: null, data: 'summary' });
  });

  it('shows the first error, and Try again starts every failed one again, not only the first query', () => {
    const fine = part();
    const rates = part({ error: new Error('rates refused') });
    const weeks = part({ error: new Error('weeks unavailable') });
    const query = allOf([fine, rates, weeks], () => 'summary');
    expect(query.error?.message).toBe('rates refused');
    expect(query.data).toBeUndefined();
    query.refetch();
    expect(rates.refetch).toHaveBeenCalledTimes(1);
    expect(weeks.refetch).toHaveBeenCalledTimes(1);
    expect(fine.refetch).not.toHaveBeenCalled();
  });
});
