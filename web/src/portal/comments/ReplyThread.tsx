/**
 * A Reply thread (client-visible comments) on a project or a task: the latest 50 replies live
 * ("Earlier replies" loads the 50 before), a composer to add a Reply, and editing the body of
 * one's own replies. Internal Notes are never queried.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Reply, WithId } from '@model';
import { useBranding } from '../../lib/useBranding';
import { ChatIcon } from '../../components/icons';
import { Avatar, Badge, EmptyState, ErrorState, FieldError, Spinner } from '../../components/ui';
import { validateReplyBody } from '../../lib/comments';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { LIMITS } from '@model';
import { usePortal } from '../lib/context';
import { Connecting, usePortalSync } from '../components/sync';
import { draftKey, readDraft, writeDraft } from './drafts';
import { LoadMore } from '../../components/LoadMore';
import { useAddReply, useEditReply, useReplyCount, useReplyPages, type ThreadRef } from './queries';

function ThreadHeader({ titleId, title, count }: { titleId: string; title: string; count: number | undefined }) {
  return (
    <div className="row top between panel-header gap-12">
      <div>
        <h2 id={titleId}>{title}</h2>
        <p className="muted panel-sub">Questions, feedback or approvals — the team sees your reply right away.</p>
      </div>
      {count !== undefined ? <span className="count">{count}</span> : null}
    </div>
  );
}

/** The thread as it first shows, before its replies are asked for (see components/Deferred). */
export function ReplyThreadPlaceholder({ title }: { title: string }) {
  const titleId = useId();
  return (
    <section className="panel thread" aria-labelledby={titleId}>
      <ThreadHeader titleId={titleId} title={title} count={undefined} />
      <Connecting rows={2} />
    </section>
  );
}

export function ReplyThread({ thread, title }: { thread: ThreadRef; title: string }) {
  const replies = useReplyPages(thread);
  const total = useReplyCount(thread, replies.version, replies.hasMore);
  const scope = usePortal();
  const titleId = useId();
  // The pages hold the thread newest first; it reads oldest to newest.
  const shown = useMemo(() => [...replies.items].reverse(), [replies.items]);
  const count = replies.hasMore ? total.data : shown.length;
  const sync = usePortalSync();
  const pendingIds = replies.freshness.pendingIds;

  return (
    <section className="panel thread" aria-labelledby={titleId}>
      <ThreadHeader titleId={titleId} title={title} count={!replies.isPending && !replies.isError ? count : undefined} />
      {replies.isError ? (
        <ErrorState message={describeError(replies.error)} onRetry={replies.retry} />
      ) : replies.isPending || (shown.length === 0 && !replies.freshness.synced) ? (
        <Connecting rows={2} />
      ) : shown.length === 0 ? (
        <EmptyState icon={<ChatIcon size={26} />} title="No replies yet">
          Start the conversation below.
        </EmptyState>
      ) : (
        <>
          <LoadMore pages={replies} label="Earlier replies" placement="before" />
          <ol className="stack replies gap-4" aria-label={title}>
            {shown.map((reply) => (
              <ReplyItem
                key={reply.id}
                reply={reply}
                thread={thread}
                mine={reply.authorUid === scope.uid && !scope.preview}
                pending={pendingIds.has(reply.id) ? (sync.state === 'online' ? 'sending' : 'queued') : null}
              />
            ))}
          </ol>
        </>
      )}
      {scope.preview ? <p className="muted preview-note">Preview: replies are read-only here.</p> : <Composer thread={thread} />}
    </section>
  );
}

/** A reply written here that the server does not have yet: being sent, or waiting for the connection. */
type Pending = 'sending' | 'queued' | null;

function ReplyItem({ reply, thread, mine, pending }: { reply: WithId<Reply>; thread: ThreadRef; mine: boolean; pending: Pending }) {
  const { agencyName } = useBranding();
  // The editor's text; an edit the server refused comes back here with why, so nothing is lost.
  const [editing, setEditing] = useState<{ body: string; refused?: string } | null>(null);
  const created = reply.createdAt?.toDate?.() ?? null;
  return (
    <li className={`row top reply${reply.authorRole === 'staff' ? ' from-team' : ' from-client'} gap-12`} data-reply-id={reply.id} data-pending={pending ?? undefined}>
      <Avatar name={reply.authorName} />
      <div className="reply-content">
        <div className="row wrap reply-head" style={{ gap: '4px 10px' }}>
          <span className="strong">{reply.authorName}</span>
          {reply.authorRole === 'staff' ? <Badge tone="info">{agencyName}</Badge> : mine ? <Badge>You</Badge> : null}
          <time className="hint" dateTime={created?.toISOString()}>
            {formatDateTime(created)}
          </time>
          {reply.editedAt ? <span className="hint">(edited)</span> : null}
          {pending ? <Badge tone="warning">{pending === 'queued' ? "Sending when you're back online" : 'Sending…'}</Badge> : null}
        </div>
        {editing ? (
          <EditReply
            reply={reply}
            thread={thread}
            initial={editing}
            onDone={() => setEditing(null)}
            onRefused={(body, error) => setEditing({ body, refused: `Your edit was not saved: ${describeError(error)}` })}
          />
        ) : (
          <>
            <p className="reply-body">{reply.body}</p>
            {mine && !pending ? (
              <button type="button" className="btn btn-link btn-sm" onClick={() => setEditing({ body: reply.body })}>
                Edit<span className="visually-hidden"> your reply</span>
              </button>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}

function EditReply({
  reply,
  thread,
  initial,
  onDone,
  onRefused,
}: {
  reply: WithId<Reply>;
  thread: ThreadRef;
  initial: { body: string; refused?: string };
  onDone: () => void;
  /** the server refused a queued edit (after the editor closed) */
  onRefused: (body: string, error: unknown) => void;
}) {
  const [body, setBody] = useState(initial.body);
  const [problem, setProblem] = useState<string | null>(initial.refused ?? null);
  const edit = useEditReply(thread);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = validateReplyBody(body);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    if (body.trim() === reply.body) {
      onDone();
      return;
    }
    // Done once the edit is queued: the reply shows it at once ("Sending when you're back
    // online" while offline); a refusal from the server reopens the editor with this text.
    const sent = body;
    edit.mutate(
      { replyId: reply.id, body },
      {
        onSuccess: (queued) => {
          onDone();
          queued.written.catch((error: unknown) => onRefused(sent, error));
        },
      },
    );
  }

  return (
    <form className="stack gap-8" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        Edit your reply
      </label>
      <textarea
        id={id}
        className="textarea"
        value={body}
        rows={3}
        maxLength={LIMITS.replyBody}
        autoFocus
        onChange={(e) => {
          setBody(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(e);
        }}
        aria-invalid={problem ? true : undefined}
      />
      <FieldError message={problem || (edit.isError ? describeError(edit.error) : null)} />
      <div className="button-row">
        <button type="submit" className="btn btn-primary btn-sm" disabled={edit.isPending}>
          {edit.isPending ? <Spinner label="Saving…" /> : 'Save'}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Composer({ thread }: { thread: ThreadRef }) {
  const scope = usePortal();
  const key = draftKey(scope.uid, thread.kind === 'project' ? `project.${thread.projectId}` : `task.${thread.taskId}`);
  const [body, setBodyState] = useState(() => readDraft(key));
  const [problem, setProblem] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  // The text is kept until the server has the Reply: a reload never loses it.
  const setBody = (value: string) => {
    setBodyState(value);
    writeDraft(key, value);
  };
  const [announcement, setAnnouncement] = useState('');
  const add = useAddReply(thread);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const remaining = LIMITS.replyBody - body.length;

  function submit(event: FormEvent | KeyboardEvent) {
    event.preventDefault();
    const invalid = validateReplyBody(body);
    if (invalid) {
      setProblem(invalid);
      textarea.current?.focus();
      return;
    }
    const sent = body;
    add.mutate(body, {
      // Done once the Reply is in the local queue: it shows in the thread at once, marked
      // "Sending when you're back online" while offline, and goes out when the connection returns.
      onSuccess: ({ written }) => {
        setBody('');
        setAnnouncement(navigator.onLine === false ? "Reply saved. It is sent when you're back online." : 'Reply sent.');
        textarea.current?.focus();
        written.catch((error: unknown) => {
          // The server refused it: the text comes back into the composer.
          const now = readDraft(key);
          const restored = now ? `${sent}\n\n${now}` : sent;
          writeDraft(key, restored);
          if (alive.current) {
            setBodyState(restored);
            setProblem(`Your reply was not sent: ${describeError(error)}`);
          }
        });
      },
    });
  }

  return (
    <form className="stack composer gap-8" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        Add a reply
      </label>
      <div className="row top composer-box gap-12">
        <Avatar name={scope.displayName} />
        <textarea
          id={id}
          ref={textarea}
          className="textarea"
          rows={3}
          placeholder="Ask a question, give feedback or approve…"
          value={body}
          maxLength={LIMITS.replyBody}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setBody(e.target.value);
            setProblem(null);
            setAnnouncement('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(e);
          }}
        />
      </div>
      <FieldError message={problem || (add.isError ? describeError(add.error) : null)} />
      <div className="row between composer-footer gap-12">
        <span id={`${id}-hint`} className="muted composer-hint">
          {remaining < 500 ? `${remaining.toLocaleString()} characters left` : 'Visible to you and the team. Ctrl + Enter to send.'}
        </span>
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          {add.isPending ? <Spinner label="Sending…" /> : 'Send reply'}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </form>
  );
}
