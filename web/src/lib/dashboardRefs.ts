/**
 * Typed builders for the documents Cloud Functions keep for the console (issue 10): the search
 * index and the rollups. Staff-only paths; the rules-tests run these builders as every role.
 */
import { collection, doc, limit, orderBy, query, where, type Firestore } from 'firebase/firestore';
import { paths, rollupIds, type IsoDate, type MonthRollup, type ProjectRollup, type SearchEntry, type SearchKind, type WeekRollup } from '@model';
import { converter } from './refs';

const searchIndex = (db: Firestore) => collection(db, paths.searchIndex()).withConverter(converter<SearchEntry>());
const rollups = <T extends object>(db: Firestore) => collection(db, paths.rollups()).withConverter(converter<T>());

/** Entries of one kind whose words start with `token` (index kind + tokens), at most `size`. */
export const searchIndexQuery = (db: Firestore, kind: SearchKind, token: string, size: number) =>
  query(searchIndex(db), where('kind', '==', kind), where('tokens', 'array-contains', token), limit(size));

/** A project's time and cost to date (staff, admin). */
export const projectRollupRef = (db: Firestore, companyId: string, projectId: string) =>
  doc(rollups<ProjectRollup>(db), rollupIds.project(companyId, projectId));

/** One person's logged time in the ISO week starting `monday` (staff, admin). */
export const weekRollupRef = (db: Firestore, uid: string, monday: IsoDate) => doc(rollups<WeekRollup>(db), rollupIds.week(uid, monday));

/** Month rollups from `from` to `to` (`YYYY-MM`, inclusive), oldest first (admin only). */
export const monthRollupsQuery = (db: Firestore, from: string, to: string) =>
  query(rollups<MonthRollup>(db), where('kind', '==', 'month'), where('month', '>=', from), where('month', '<=', to), orderBy('month'));
