import { touchesTable } from '../../shared/contract';

/**
 * The areas each write touches, which tell the window which views a write reloads. Read from the
 * contract here (tests, development); the built renderer gets this table as plain data instead
 * (scripts/method-touches.ts): taking it from the contract meant building every schema of every
 * method as the window starts, only to read these names (issue 21).
 */
export const METHOD_TOUCHES = touchesTable();
