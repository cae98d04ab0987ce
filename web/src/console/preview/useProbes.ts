/** Runs the checklist's probes (./probes) for an open preview: staff reads beside the client's. */
import { useEffect, useState } from 'react';
import { firestoreFor } from '../../lib/db';
import { useConsole } from '../lib/env';
import { actionError } from '../lib/errors';
import { runProbes, type ProbeResult } from './probes';
import type { PreviewSession } from './session';

/** The results (null while running) or the error; `run` changes to run them again. */
export function useProbes(session: PreviewSession, run: number): { results: ProbeResult[] | null; error: string | null } {
  const { db } = useConsole();
  const [state, setState] = useState<{ session: PreviewSession; run: number; results: ProbeResult[] | null; error: string | null } | null>(null);

  useEffect(() => {
    let live = true;
    runProbes(db, firestoreFor(session.app), session.companyId, session.companyName).then(
      (results) => live && setState({ session, run, results, error: null }),
      (e: unknown) => live && setState({ session, run, results: null, error: actionError(e) }),
    );
    return () => {
      live = false;
    };
  }, [db, session, run]);

  // A new run (or session) shows "running" until its results arrive.
  const current = state && state.session === session && state.run === run ? state : null;
  return { results: current?.results ?? null, error: current?.error ?? null };
}
