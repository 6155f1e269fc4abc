package phaze.agent.execution;

/** The journal states of one file's move (docs/adr/070-journaled-moves.md). */
public enum MoveStep { PRECHECK, MOVE, COPY, VERIFY, PLACE, DELETE_SOURCE, DONE, ROLLBACK }
