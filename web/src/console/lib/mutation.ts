/**
 * Every console write is a mutation (TanStack Query `useMutation`): the write function gets the
 * console environment — the staff member's Firestore, app and identity — inside the hook, so
 * components never hold `db`; a failure becomes an Error whose message is the sentence to show
 * (the function's refusal as written, or the Firestore reason: ./errors). Components read
 * `isPending` and `error` from the mutation instead of keeping their own busy and error state.
 * The data on screen follows by itself: every read is a live listener (lib/live.ts).
 */
import { useMutation } from '@tanstack/react-query';
import { useConsole, type ConsoleEnv } from './env';
import { actionError } from './errors';

export function useConsoleMutation<Vars = void, Result = void>(write: (env: ConsoleEnv, vars: Vars) => Promise<Result>) {
  const env = useConsole();
  return useMutation<Result, Error, Vars>({
    mutationFn: async (vars) => {
      try {
        return await write(env, vars);
      } catch (error) {
        throw new Error(actionError(error), { cause: error });
      }
    },
  });
}
