import { describe, expect, it, vi } from 'vitest';
import { saveInvoice } from './mutations';

const refused = () => Object.assign(new Error('Missing or insufficient permissions.'), { code: 'permission-denied' });

describe('saveInvoice: "Save draft" and "Save and issue"', () => {
  it('saves and issues the draft it saved', async () => {
    const issue = vi.fn(async () => undefined);
    await expect(saveInvoice({ save: async () => 'inv-1', issue }, true)).resolves.toEqual({ invoiceId: 'inv-1', issueError: null });
    expect(issue).toHaveBeenCalledWith('inv-1');
  });

  it('a draft saved but refused at issuing is named with the reason, not reported as nothing written', async () => {
    const saved = await saveInvoice({ save: async () => 'inv-2', issue: async () => Promise.reject(refused()) }, true);
    expect(saved.invoiceId).toBe('inv-2');
    expect(saved.issueError).toMatch(/refused this change \(permission denied\)/);
  });

  it('"Save draft" never issues; a failed save fails as a whole', async () => {
    const issue = vi.fn(async () => undefined);
    await expect(saveInvoice({ save: async () => 'inv-3', issue }, false)).resolves.toEqual({ invoiceId: 'inv-3', issueError: null });
    expect(issue).not.toHaveBeenCalled();
    await expect(saveInvoice({ save: async () => Promise.reject(new Error('no network')), issue }, true)).rejects.toThrow('no network');
    expect(issue).not.toHaveBeenCalled();
  });
});
