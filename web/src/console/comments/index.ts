/** Comments: a project's or task's thread of client Replies and internal Notes, and the replies waiting out their undo window. */
export { Thread } from './Thread';
export { OutgoingReplies } from './OutgoingReplies';
export { flushOutgoing } from './outgoing';
