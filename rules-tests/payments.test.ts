/** companies/{c}/payments/{id} (DESIGN §4): client and staff read; Functions write; admin records manual payments. */
import { deleteDoc, doc, setDoc, updateDoc, type DocumentData } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACME, dbOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { ownerDb } from './support/env';
import { FUTURE, build, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/payments';
import { runMatrix } from './support/matrix';

useRulesEnv('payments');

const payment = (id: string) => `${paths.payments(ACME)}/${id}`;

runMatrix(rows);

describe('field escalation', () => {
  let n = 0;
  const fresh = (key: ActorKey = 'admin') => doc(dbOf(key), payment(`esc-${(n += 1)}`));

  const invalid: [string, DocumentData][] = [
    ["provider 'stripe'", build.payment('stripe')],
    ['a manual payment with a stripeSessionId', { ...build.payment('manual'), stripeSessionId: 'cs_test_1' }],
    ['amount 0', { ...build.payment('manual'), amount: 0 }],
    ['a negative amount (a refund is a Functions write)', { ...build.payment('manual'), amount: -500 }],
    ['a fractional amount', { ...build.payment('manual'), amount: 10.5 }],
    ['a future paidAt', { ...build.payment('manual'), paidAt: FUTURE }],
    ['an unsupported currency', { ...build.payment('manual'), currency: 'JPY' }],
    ['an extra key', { ...build.payment('manual'), note: 'cash' }],
  ];
  for (const [label, data] of invalid) {
    it(`admin recording a payment with ${label}: denied (control: a manual payment)`, async () => {
      await expectDenied(setDoc(fresh(), data));
      await expectAllowed(setDoc(fresh(), build.payment('manual')));
    });
  }

  it("admin recording a manual payment at a Stripe webhook id (stripe_…): denied (control: the same payment at another id)", async () => {
    for (const id of ['stripe_cs_test_123', 'stripe_refund_ch_1_500', 'stripe_']) {
      await expectDenied(setDoc(doc(dbOf('admin'), payment(id)), build.payment('manual')));
    }
    await expectAllowed(setDoc(doc(dbOf('admin'), payment('manual-cs_test_123')), build.payment('manual')));
    await expectAllowed(setDoc(doc(dbOf('admin'), payment('stripe-like-but-not')), build.payment('manual')));
  });

  it('staff and clients cannot record a manual payment (control: admin)', async () => {
    await expectDenied(setDoc(fresh('staff'), build.payment('manual')));
    await expectDenied(setDoc(fresh('clientAcme'), build.payment('manual')));
    await expectDenied(setDoc(fresh('previewAcme'), build.payment('manual')));
    await expectAllowed(setDoc(fresh(), build.payment('manual')));
  });

  it('a Stripe payment is a Functions write: denied to admin (control: rules disabled)', async () => {
    await expectDenied(setDoc(fresh(), build.payment('stripe')));
    await expectAllowed(setDoc(doc(ownerDb(), payment('esc-stripe')), build.payment('stripe')));
  });

  it('nobody edits or deletes a recorded payment (control: rules disabled)', async () => {
    await put(payment('esc-recorded'), build.payment('manual'));
    await expectDenied(updateDoc(doc(dbOf('admin'), payment('esc-recorded')), { amount: 1 }));
    await expectDenied(deleteDoc(doc(dbOf('admin'), payment('esc-recorded'))));
    await expectAllowed(deleteDoc(doc(ownerDb(), payment('esc-recorded'))));
  });
});
