/**
 * The console's shared live reads: single documents (a company, a project, its finance record
 * and rollup),
 * the team directory, rates, invitations, and the invoice editor's sources (time, expenses,
 * invoices). Lists that grow with the agency's history are paged beside their page
 * (`<area>/lists.ts`); pickers ask the search index (lib/pickers.ts).
 * One `queryOptions` factory per read, on the typed builders of lib/refs.ts, and a hook that
 * takes the staff member's Firestore from the console context. Reads only one area needs live
 * beside that area (`<area>/queries.ts`).
 */
import { useState } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { projectRollupRef } from '../../lib/dashboardRefs';
import type { StaffMember, StaffRate, TeamMemberRef, WithId } from '@model';
import {
  companyRef,
  invitationsByIdQuery,
  INVITATIONS_BY_ID,
  pendingInvitationsQuery,
  projectFinanceRef,
  projectRef,
  staffQuery,
  staffRatesQuery,
} from '../../lib/refs';
import { useConsole } from './env';
import { liveDoc, liveList } from './options';

// ---- companies ----
export const companyKeys = {
  companies: () => ['companies'] as const,
  company: (companyId: string) => ['companies', companyId] as const,
};
export const companyOptions = (db: Firestore, companyId: string) => liveDoc([...companyKeys.company(companyId), 'doc'], () => companyRef(db, companyId));

export function useCompany(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyOptions(db, companyId));
}

// ---- the team directory (staff/{uid}): assignees, project teams, CRM owners; rates are not here ----
export const staffOptions = (db: Firestore) => liveList(['staff'], () => staffQuery(db));

export function useStaff() {
  const { db } = useConsole();
  return useQuery(staffOptions(db));
}

export interface People {
  list: WithId<StaffMember>[];
  active: WithId<StaffMember>[];
  name: (uid: string) => string;
  ref: (uid: string) => TeamMemberRef | null;
  isLoading: boolean;
  /** the directory could not be read (an empty list then means nothing) */
  error: Error | null;
}

/** Team members for pickers and labels: the directory, the active ones, names by uid. */
export function usePeople(): People {
  const staff = useStaff();
  const list = staff.data ?? [];
  const byId = new Map(list.map((s) => [s.id, s]));
  return {
    list,
    active: list.filter((s) => s.active),
    name: (uid) => byId.get(uid)?.displayName ?? uid,
    ref: (uid) => {
      const member = byId.get(uid);
      return member ? { uid, displayName: member.displayName } : null;
    },
    isLoading: staff.isPending,
    error: staff.error,
  };
}

/** Rates by uid. Admin only: for staff the query is not even started. */
export const staffRatesOptions = (db: Firestore) => liveList(['staffRates', 'list'], () => staffRatesQuery(db));

export function useStaffRates() {
  const { db, isAdmin } = useConsole();
  return useQuery({ ...staffRatesOptions(db), enabled: isAdmin, select: ratesByUid });
}

export function ratesByUid(rates: WithId<StaffRate>[]): Record<string, WithId<StaffRate>> {
  return Object.fromEntries(rates.map((rate) => [rate.id, rate]));
}

// ---- projects ----
export const projectKeys = {
  all: () => ['projects'] as const,
  ofCompany: (companyId: string) => ['companies', companyId, 'projects'] as const,
  project: (companyId: string, projectId: string) => ['companies', companyId, 'projects', projectId] as const,
  finance: (companyId: string, projectId: string) => ['companies', companyId, 'projects', projectId, 'finance'] as const,
  rollup: (companyId: string, projectId: string) => ['companies', companyId, 'projects', projectId, 'rollup'] as const,
};
export const projectOptions = (db: Firestore, companyId: string, projectId: string) =>
  liveDoc([...projectKeys.project(companyId, projectId), 'doc'], () => projectRef(db, companyId, projectId));
export const projectFinanceOptions = (db: Firestore, companyId: string, projectId: string) =>
  liveDoc(projectKeys.finance(companyId, projectId), () => projectFinanceRef(db, companyId, projectId));
/** A project's rollup (time and cost to date, its tasks and done tasks), kept by Functions: staff read it. */
export const projectRollupOptions = (db: Firestore, companyId: string, projectId: string) =>
  liveDoc(projectKeys.rollup(companyId, projectId), () => projectRollupRef(db, companyId, projectId));

export function useProject(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery(projectOptions(db, companyId, projectId));
}

export function useProjectFinance(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery(projectFinanceOptions(db, companyId, projectId));
}

// ---- tasks ----
export const taskKeys = {
  all: () => ['tasks'] as const,
  ofCompany: (companyId: string) => ['companies', companyId, 'tasks'] as const,
  ofProject: (companyId: string, projectId: string) => ['companies', companyId, 'projects', projectId, 'tasks'] as const,
  task: (companyId: string, taskId: string) => ['companies', companyId, 'tasks', taskId] as const,
};

// ---- invitations (the state behind a contact's portal access and the Outbox's "Resend") ----
export const invitationKeys = {
  all: () => ['invitations'] as const,
  pendingOf: (companyId: string) => [...invitationKeys.all(), 'pending', companyId] as const,
  byIds: (ids: readonly string[]) => [...invitationKeys.all(), 'ids', ...ids] as const,
};

export const pendingInvitationsOptions = (db: Firestore, companyId: string) =>
  liveList(invitationKeys.pendingOf(companyId), () => pendingInvitationsQuery(db, companyId));

export function usePendingInvitations(companyId: string) {
  const { db } = useConsole();
  return useQuery(pendingInvitationsOptions(db, companyId));
}

/**
 * The invitations with these ids, live: one listener per 30 ids, never the whole collection.
 * An id keeps its listener while it is wanted (new ids fill the last listener or start one), so
 * another page of mail re-reads at most the last listener's invitations and hides none.
 */
export function useInvitationsById(ids: readonly string[]) {
  const { db } = useConsole();
  const wanted = [...new Set(ids)];
  const key = [...wanted].sort().join('\n');
  // The chunks of the previous render, adjusted when the ids change (state from earlier renders).
  const [assigned, setAssigned] = useState<{ key: string; chunks: string[][] }>({ key: '', chunks: [] });
  let chunks = assigned.chunks;
  if (assigned.key !== key) {
    chunks = assignChunks(assigned.chunks, wanted, INVITATIONS_BY_ID);
    setAssigned({ key, chunks });
  }
  return useQueries({
    queries: chunks.map((chunk) => liveList(invitationKeys.byIds(chunk), () => invitationsByIdQuery(db, chunk))),
    combine: (results) => ({
      /** the invitations loaded so far, by id */
      byId: new Map(results.flatMap((r) => r.data ?? []).map((invitation) => [invitation.id, invitation])),
      error: results.find((r) => r.error)?.error ?? null,
      /** restarts every listener that failed */
      retry: () => results.forEach((r) => (r.isError ? void r.refetch() : undefined)),
    }),
  });
}

/** `previous` chunks without the ids no longer wanted, the new ones added to the last chunk with room or to new chunks of `size`. */
export function assignChunks(previous: readonly string[][], wanted: readonly string[], size: number): string[][] {
  const keep = new Set(wanted);
  const chunks = previous.map((chunk) => chunk.filter((id) => keep.has(id))).filter((chunk) => chunk.length > 0);
  const placed = new Set(chunks.flat());
  for (const id of wanted) {
    if (placed.has(id)) continue;
    const last = chunks.at(-1);
    if (last && last.length < size) last.push(id);
    else chunks.push([id]);
    placed.add(id);
  }
  return chunks;
}
