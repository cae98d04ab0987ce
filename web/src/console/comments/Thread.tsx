/**
 * A project's or task's comments: Replies (client-visible) and Notes (internal) in one thread,
 * each clearly marked, with one composer whose two modes cannot be mistaken for each other.
 * Note is the default; a Reply waits out an undo window before it is written.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ThreadParent } from '@model';
import { Avatar, EmptyState, ErrorState, LoadingBlock, Spinner } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ChatIcon, DotsIcon, EditIcon, GlobeIcon, LockIcon, SendIcon, SwapIcon, TrashIcon } from '../components/icons';
import { Menu, type MenuItem } from '../components/Menu';
import { useToast } from '../components/toast';
import { useAddNote, useDeleteComment, useEditComment, useQueueReply, useSwitchComment } from './mutations';
import { joinDrafts, parentId, showThread, takeRestored, undoReply, useOutgoingReplies, UNDO_WINDOW_MS, type OutgoingReply } from './outgoing';
import { RetryButton, UndoButtons } from './OutgoingReplies';
import { useThread, type Comment } from './queries';
import { useNow } from './useNow';
import { validateComment, type CommentKind } from './writes';

export function Thread({ parent, companyName, parentLabel }: { parent: ThreadParent; companyName: string; parentLabel: string }) {
  const thread = useThread(parent);
  const outgoing = useOutgoingReplies().filter((r) => parentId(r.parent) === parentId(parent));

  return (
    <section className="stack cx-thread gap-14" aria-label="Comments">
      <header className="row wrap between cx-row-between">
        <h2 className="row cx-panel-title">
          <ChatIcon /> Comments
        </h2>
        {thread.counts ? (
          <span className="small muted">
            {thread.counts.replies} {thread.counts.replies === 1 ? 'reply' : 'replies'} visible to {companyName} · {thread.counts.notes} internal{' '}
            {thread.counts.notes === 1 ? 'note' : 'notes'}
          </span>
        ) : null}
      </header>
      {thread.error ? (
        <ErrorState message={describeError(thread.error)} onRetry={thread.refetch} />
      ) : !thread.comments ? (
        <LoadingBlock rows={2} />
      ) : thread.comments.length === 0 && outgoing.length === 0 ? (
        <EmptyState title="No comments yet">Notes stay inside the agency. Replies are visible to {companyName}.</EmptyState>
      ) : (
        <ol className="stack">
          {thread.hasEarlier ? (
            <li className="load-more before">
              <button type="button" className="btn btn-secondary btn-sm" onClick={thread.loadEarlier} disabled={thread.isLoadingEarlier} aria-busy={thread.isLoadingEarlier || undefined}>
                {thread.isLoadingEarlier ? <Spinner /> : null}
                Earlier comments
              </button>
            </li>
          ) : null}
          {thread.comments.map((comment) => (
            <CommentItem key={`${comment.kind}-${comment.id}`} comment={comment} parent={parent} companyName={companyName} />
          ))}
          <OutgoingInThread replies={outgoing} parent={parent} companyName={companyName} />
        </ol>
      )}
      <Composer parent={parent} companyName={companyName} parentLabel={parentLabel} />
    </section>
  );
}

/**
 * This thread's replies waiting out their undo window, being sent, or refused (Retry, or Edit to
 * take the text back into the composer). While shown here, the shell's stack leaves them out.
 */
function OutgoingInThread({ replies, parent, companyName }: { replies: readonly OutgoingReply[]; parent: ThreadParent; companyName: string }) {
  const now = useNow(replies.some((r) => r.state === 'waiting'));
  const key = parentId(parent);
  // Before paint, so the shell's stack never shows them for a frame.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the parent is compared by its key
  useLayoutEffect(() => showThread(parent), [key]);
  return replies.map((reply) => {
    const left = Math.max(0, reply.sendAt - now);
    return (
      <li key={reply.id} className="cx-comment is-reply is-outgoing" data-testid="comment-outgoing" data-state={reply.state}>
        <div className="cx-comment-kind cx-kind-reply">
          <GlobeIcon size={14} /> Reply · visible to {companyName}
        </div>
        <div className="cx-comment-body">{reply.body}</div>
        <div className="row wrap cx-comment-outgoing">
          {reply.state === 'waiting' ? (
            <>
              <span className="row cx-outgoing-inline gap-6">
                <SendIcon size={14} /> Sending to client… {Math.ceil(left / 1000)} s
              </span>
              <UndoButtons id={reply.id} />
              <span className="cx-outgoing-meter" aria-hidden="true">
                <span style={{ width: `${(left / UNDO_WINDOW_MS) * 100}%` }} />
              </span>
            </>
          ) : reply.state === 'sending' ? (
            <Spinner label="Sending…" />
          ) : (
            <>
              <span className="text-danger" role="alert">
                Not sent: {reply.error}
              </span>
              <RetryButton id={reply.id} />
              <button type="button" className="btn btn-ghost btn-sm" onClick={() => undoReply(reply.id)}>
                <EditIcon /> Edit
              </button>
            </>
          )}
        </div>
      </li>
    );
  });
}

function CommentItem({ comment, parent, companyName }: { comment: Comment; parent: ThreadParent; companyName: string }) {
  const toast = useToast();
  const edit = useEditComment(parent);
  const remove = useDeleteComment(parent);
  const switchKind = useSwitchComment(parent);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.doc.body);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [switching, setSwitching] = useState(false);
  const isReply = comment.kind === 'reply';
  const byClient = comment.kind === 'reply' && comment.doc.authorRole === 'client';
  const created = comment.doc.createdAt?.toDate() ?? null;

  const error = invalid ?? edit.error?.message ?? null;
  function save() {
    const problem = validateComment(comment.kind, draft);
    setInvalid(problem);
    if (!problem) edit.mutate({ kind: comment.kind, id: comment.id, body: draft }, { onSuccess: () => setEditing(false) });
  }

  const items: (MenuItem | 'divider')[] = [];
  if (!byClient) {
    items.push({ label: 'Edit', icon: <EditIcon />, onSelect: () => { setDraft(comment.doc.body); setEditing(true); } });
    items.push({
      label: isReply ? 'Switch to internal Note' : `Switch to Reply (visible to ${companyName})`,
      icon: <SwapIcon />,
      onSelect: () => setSwitching(true),
    });
    items.push('divider');
  }
  items.push({ label: 'Delete', icon: <TrashIcon />, danger: true, onSelect: () => setDeleting(true) });

  return (
    <li className={`cx-comment ${isReply ? 'is-reply' : 'is-note'} ${byClient ? 'is-client' : ''}`} data-testid="comment" data-kind={comment.kind}>
      <div className={`cx-comment-kind ${isReply ? 'cx-kind-reply' : 'cx-kind-note'}`}>
        {isReply ? (
          <>
            <GlobeIcon size={14} /> {byClient ? `Reply from ${companyName}` : `Reply · visible to ${companyName}`}
          </>
        ) : (
          <>
            <LockIcon size={14} /> Internal note · team only
          </>
        )}
      </div>
      <div className="small row">
        <Avatar name={comment.doc.authorName} size="sm" />
        <span className="cx-comment-author">{comment.doc.authorName}</span>
        {byClient ? <span className="cx-cat">Client</span> : null}
        <time className="muted" dateTime={created?.toISOString()}>
          {formatDateTime(created)}
        </time>
        {comment.doc.editedAt ? <span className="muted cx-comment-edited">edited</span> : null}
        <Menu label="Comment actions" button={<DotsIcon />} items={items} className="icon-button cx-comment-menu" />
      </div>
      {editing ? (
        <div className="stack cx-comment-edit gap-8">
          <textarea className="input cx-input" rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus aria-label="Edit comment" />
          {error ? <p className="form-error">{error}</p> : null}
          <div className="row end">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing(false)} disabled={edit.isPending}>
              Cancel
            </button>
            <button type="button" className="btn btn-primary btn-sm" onClick={save} disabled={edit.isPending}>
              {edit.isPending ? <Spinner label="Saving…" /> : 'Save'}
            </button>
          </div>
        </div>
      ) : (
        <div className="cx-comment-body">{comment.doc.body}</div>
      )}
      {deleting ? (
        <ConfirmDialog
          open={deleting}
          title={isReply ? 'Delete this reply?' : 'Delete this note?'}
          confirmLabel="Delete"
          danger
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await remove.mutateAsync(comment);
            toast.success(isReply ? `Reply deleted: ${companyName} no longer sees it.` : 'Note deleted.');
          }}
        >
          <p>{isReply ? `${companyName} will no longer see it.` : 'Only your team could see it.'} This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
      {switching ? (
        <ConfirmDialog
          open={switching}
          title={isReply ? 'Make this an internal Note?' : `Make this a Reply visible to ${companyName}?`}
          confirmLabel={isReply ? 'Switch to Note' : 'Switch to Reply'}
          onClose={() => setSwitching(false)}
          onConfirm={async () => {
            await switchKind.mutateAsync(comment);
            toast.success(isReply ? `Switched to a Note: hidden from ${companyName}.` : `Switched to a Reply: ${companyName} can see it now.`);
          }}
        >
          <p>
            {isReply
              ? `${companyName} will no longer see it. It keeps its author and time.`
              : `${companyName} will see it right away, with its original author and time.`}
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

function Composer({ parent, companyName, parentLabel }: { parent: ThreadParent; companyName: string; parentLabel: string }) {
  const add = useAddNote(parent);
  const queue = useQueueReply(parent);
  const [mode, setMode] = useState<CommentKind>('note');
  const [body, setBody] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = invalid ?? add.error?.message ?? null;
  const input = useRef<HTMLTextAreaElement>(null);
  const outgoing = useOutgoingReplies();
  const isReply = mode === 'reply';

  // An undone reply comes back here, in Reply mode, to be fixed or discarded. Text already in the
  // composer stays, the reply after it; a note being written keeps Note mode (nothing internal
  // becomes a reply by itself).
  useEffect(() => {
    const restored = takeRestored(parent);
    if (restored === null) return;
    // Not cancelled on cleanup: the body was taken from the store and must land somewhere.
    setTimeout(() => {
      setBody((draft) => joinDrafts(draft, restored));
      setMode((current) => (current === 'note' && input.current?.value.trim() ? 'note' : 'reply'));
      input.current?.focus();
    }, 0);
  }, [outgoing, parent]);

  function submit() {
    const problem = validateComment(mode, body);
    setInvalid(problem);
    if (problem) return;
    if (isReply) {
      queue(body, { companyName, parentLabel });
      setBody('');
      setMode('note');
      return;
    }
    add.mutate(body, { onSuccess: () => setBody('') });
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <div className={`cx-composer ${isReply ? 'is-reply' : 'is-note'}`} data-testid="composer" data-mode={mode}>
      <div className="row wrap cx-composer-modes gap-4" role="tablist" aria-label="Comment type">
        <button type="button" role="tab" aria-selected={!isReply} className={`row cx-mode cx-mode-note ${!isReply ? 'is-active' : ''} gap-6`} onClick={() => setMode('note')}>
          <LockIcon size={15} /> Internal note
        </button>
        <button type="button" role="tab" aria-selected={isReply} className={`row cx-mode cx-mode-reply ${isReply ? 'is-active' : ''} gap-6`} onClick={() => setMode('reply')}>
          <GlobeIcon size={15} /> Reply to client
        </button>
        <span className={`cx-visibility ${isReply ? 'is-reply' : 'is-note'}`} data-testid="composer-visibility">
          {isReply ? (
            <>
              <GlobeIcon size={14} /> Visible to {companyName}
            </>
          ) : (
            <>
              <LockIcon size={14} /> Only your team sees this
            </>
          )}
        </span>
      </div>
      <textarea
        ref={input}
        className="cx-composer-input"
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={isReply ? `Write a reply — ${companyName} will see it in their portal` : 'Write an internal note — never shown to the client'}
        aria-label={isReply ? `Reply visible to ${companyName}` : 'Internal note'}
      />
      {error ? <p className="form-error">{error}</p> : null}
      <div className="row between cx-composer-footer gap-12">
        <span className="hint">
          {isReply ? `Replies wait ${UNDO_WINDOW_MS / 1000} seconds before sending, so you can undo.` : 'Ctrl + Enter to add.'}
        </span>
        <button type="button" className={`btn ${isReply ? 'cx-btn-reply' : 'cx-btn-note'}`} onClick={submit} disabled={add.isPending || !body.trim()}>
          {add.isPending ? <Spinner label="Adding…" /> : isReply ? <><SendIcon /> Send reply to {companyName}</> : <><LockIcon /> Add internal note</>}
        </button>
      </div>
    </div>
  );
}

