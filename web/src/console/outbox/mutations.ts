/** Outbox actions as mutations. */
import { resendInvitation } from '../lib/callables';
import { useConsoleMutation } from '../lib/mutation';

/** "Resend invitation": a new link only the invitee receives; the old one stops working. */
export function useResendInvitation() {
  return useConsoleMutation(({ app }, invitationId: string) => resendInvitation(app, { invitationId }));
}
