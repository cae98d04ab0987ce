/**
 * What a client has typed in a Reply composer, kept in localStorage until it is sent (issue 12):
 * a reload, a crash or a Reply the server refuses never loses the text. Per user and thread;
 * signing out forgets them all.
 */
const PREFIX = 'agencyOs.portal.draft.';

export function draftKey(uid: string, threadId: string): string {
  return `${PREFIX}${uid}.${threadId}`;
}

export function readDraft(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function writeDraft(key: string, body: string): void {
  try {
    if (body) window.localStorage.setItem(key, body);
    else window.localStorage.removeItem(key);
  } catch {
    // storage unavailable or full: the composer still holds the text
  }
}

/** Sign-out: no draft stays behind in a shared browser. */
export function forgetDrafts(): void {
  try {
    for (let i = window.localStorage.length - 1; i >= 0; i -= 1) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(PREFIX)) window.localStorage.removeItem(key);
    }
  } catch {
    // storage unavailable
  }
}
