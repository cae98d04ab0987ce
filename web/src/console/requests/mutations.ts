/** Deciding a client's request (the decideRequest callable) as a mutation. */
import { useQueryClient } from '@tanstack/react-query';
import type { DecideRequestInput } from '@model';
import { decideRequest } from '../lib/callables';
import { useConsoleMutation } from '../lib/mutation';
import { requestKeys } from './queries';

/** Accept (creates the task; `projectId` when the request names none) or decline (a reason the client reads). */
export function useDecideRequest() {
  const client = useQueryClient();
  return useConsoleMutation(async ({ app }, input: DecideRequestInput) => {
    const result = await decideRequest(app, input);
    void client.invalidateQueries({ queryKey: requestKeys.submittedCount() });
    return result;
  });
}
