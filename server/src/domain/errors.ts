// The product's small error family. Each carries a public code; the API maps codes to
// GraphQL `extensions.code` in one place. Messages start with the module and name the id or field.

export const ERROR_CODES = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'STORE_UNAVAILABLE',
  'NOT_SUPPORTED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One thing wrong with an input: where (a dotted path such as `nodes.3.end`) and why. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(
    module: string,
    readonly ids: readonly string[],
    what = 'node',
  ) {
    super(`[${module}] no ${what} with id ${ids.map((id) => `"${id}"`).join(', ')}`);
  }
}

export class BadInputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    module: string,
    readonly issues: readonly InputIssue[],
  ) {
    super(
      `[${module}] invalid input: ${issues
        .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
        .join('; ')}`,
    );
  }
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT';
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
}

/** No credentials where they are required, or credentials the server does not know. */
export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
}

/** The store cannot be opened or reached (locked by another process, wrong credentials, down).
 *  `store` names it ("neo4j", "ladybug") for the log; `cause` keeps the driver's own error. */
export class StoreUnavailableError extends AppError {
  readonly code = 'STORE_UNAVAILABLE';
  readonly store: string | undefined;
  constructor(message: string, options?: { cause?: unknown; store?: string }) {
    super(message, options);
    this.store = options?.store;
  }
}

/** The configured store does not offer this operation (a backup of Neo4j through the app). */
export class NotSupportedError extends AppError {
  readonly code = 'NOT_SUPPORTED';
  constructor(
    readonly store: string,
    message: string,
  ) {
    super(message);
  }
}

/** A store failed in a way the caller cannot fix (a statement the driver refused, a fault in
 *  the driver): the store's name and the driver's error as `cause` go to the log; the client
 *  sees an internal error, masked in production. */
export class StoreFailureError extends AppError {
  readonly code = 'INTERNAL_SERVER_ERROR';
  constructor(
    readonly store: string,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** One transaction needed more memory than the store allows (Neo4j's transaction memory
 *  limits). Not retried: the same transaction would not fit again. The store's batches are
 *  sized to stay far below the defaults; this names the settings when one still does not fit. */
export class TransactionTooLargeError extends StoreFailureError {}

/** The store opened but does not hold what it recorded (a crash tore a write): it is refused,
 *  not served or seeded. Names the data directory and what was found. */
export class StoreInconsistentError extends StoreUnavailableError {
  readonly dataDir: string;
  readonly problems: readonly string[];
  constructor(message: string, details: { dataDir: string; problems: readonly string[] }) {
    super(message);
    this.dataDir = details.dataDir;
    this.problems = details.problems;
  }
}
