/** Every Reply in its undo window, wherever you are in the console: "Sending to client… Undo". */
import { Link } from 'react-router-dom';
import { Spinner } from '../../components/ui';
import { SendIcon, UndoIcon } from '../components/icons';
import { discardReply, retryReply, sendReplyNow, undoReply, useOutgoingReplies, UNDO_WINDOW_MS, type OutgoingReply } from './outgoing';
import { useNow } from './useNow';

export function parentLink(reply: Pick<OutgoingReply, 'parent'>): string {
  const { parent } = reply;
  return parent.kind === 'task' ? `/console/tasks/${parent.companyId}/${parent.taskId}` : `/console/projects/${parent.companyId}/${parent.projectId}`;
}

export function OutgoingReplies() {
  // A thread on screen shows its own pending replies; this stack shows the others (also a refused
  // one whose page is gone, e.g. its task was deleted meanwhile).
  const replies = useOutgoingReplies().filter((reply) => !reply.inThread);
  const now = useNow(replies.length > 0);
  if (replies.length === 0) return null;
  return (
    <div className="stack cx-outgoing" aria-live="polite">
      {replies.map((reply) => {
        const left = Math.max(0, reply.sendAt - now);
        return (
          <div key={reply.id} className={`cx-outgoing-item is-${reply.state}`} role="status" data-testid="outgoing-reply">
            <div className="cx-outgoing-main gap-3">
              <div className="row cx-outgoing-title gap-6">
                {reply.state === 'failed' ? (
                  <>Couldn't send the reply to {reply.companyName}</>
                ) : reply.state === 'sending' ? (
                  <Spinner label={`Sending to ${reply.companyName}…`} />
                ) : (
                  <>
                    <SendIcon /> Sending to client… <span className="cx-outgoing-count">{Math.ceil(left / 1000)} s</span>
                  </>
                )}
              </div>
              <div className="hint cx-outgoing-detail">
                Visible to {reply.companyName} · <Link to={parentLink(reply)}>{reply.parentLabel}</Link>
              </div>
              <div className="truncate cx-outgoing-body">“{reply.body.length > 120 ? `${reply.body.slice(0, 120)}…` : reply.body}”</div>
              {reply.error ? <div className="cx-outgoing-error">{reply.error}</div> : null}
            </div>
            <div className="stack cx-outgoing-actions gap-6">
              {reply.state === 'waiting' ? (
                <UndoButtons id={reply.id} />
              ) : reply.state === 'failed' ? (
                <>
                  <RetryButton id={reply.id} />
                  <button type="button" className="btn btn-ghost btn-sm" onClick={() => discardReply(reply.id)}>
                    Discard
                  </button>
                </>
              ) : null}
            </div>
            {reply.state === 'waiting' ? (
              <div className="cx-outgoing-bar" aria-hidden="true">
                <span style={{ width: `${(left / UNDO_WINDOW_MS) * 100}%` }} />
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** "Retry" for a reply the server refused. */
export function RetryButton({ id }: { id: string }) {
  return (
    <button type="button" className="btn btn-sm cx-undo" onClick={() => retryReply(id)}>
      Retry
    </button>
  );
}

/** "Undo" and "Send now" for a reply in its undo window. */
export function UndoButtons({ id }: { id: string }) {
  return (
    <>
      <button type="button" className="btn btn-sm cx-undo" onClick={() => undoReply(id)}>
        <UndoIcon /> Undo
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => sendReplyNow(id)}>
        Send now
      </button>
    </>
  );
}
