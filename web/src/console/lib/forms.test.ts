import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';

const schema = z
  .object({ name: z.string().min(1, 'Name it.'), lines: z.array(z.object({ qty: z.string() })) })
  .superRefine((v, ctx) => v.lines.forEach((l, i) => (Number(l.qty) > 0 ? null : ctx.addIssue({ code: 'custom', path: ['lines', i, 'qty'], message: 'More than 0.' }))))
  .transform((v) => ({ name: v.name, total: v.lines.reduce((s, l) => s + Number(l.qty), 0) }));

const options = { fields: {}, shouldUseNativeValidation: false };

describe('zodResolver (@hookform/resolvers), as the console forms use it', () => {
  it('returns the schema output as the submitted values', async () => {
    expect(await zodResolver(schema)({ name: 'A', lines: [{ qty: '2' }, { qty: '3' }] }, undefined, options)).toEqual({ values: { name: 'A', total: 5 }, errors: {} });
  });
  it('puts each issue on its (nested) field, first one wins', async () => {
    const result = await zodResolver(schema)({ name: '', lines: [{ qty: '1' }, { qty: '0' }] }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({ name: { message: 'Name it.' }, lines: [undefined, { qty: { message: 'More than 0.' } }] });
  });
});
