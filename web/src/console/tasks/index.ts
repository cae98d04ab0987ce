/** Tasks: the board and table views and the task dialog, for pages that show tasks (the tasks pages are routes: ../routes.tsx). */
export { TaskDialog } from './TaskDialog';
export { TaskBoard, TaskTable, type BoardPaging, type ScopedTask, type TaskLabels } from './TaskViews';
export { TABLE_PAGE_SIZE, useTaskBoard, useTaskPages } from './lists';
