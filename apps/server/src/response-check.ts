import Ajv, { type ValidateFunction } from 'ajv';
import * as S from './schemas';

/** Compiled validators for every response body: a response that breaks its contract becomes a 500, not a lie. */
export class ResponseCheck {
  private readonly ajv = new Ajv({ allErrors: false, strict: false });
  readonly result: ValidateFunction;
  readonly batch: ValidateFunction;
  readonly replay: ValidateFunction;
  readonly solve: ValidateFunction;
  readonly error: ValidateFunction;
  readonly guard: ValidateFunction;

  constructor() {
    this.ajv.addSchema(S.microResultSchema);
    this.result = this.ajv.getSchema('MicroResult') as ValidateFunction;
    this.batch = this.ajv.compile({ type: 'array', items: { $ref: 'MicroResult' } });
    this.replay = this.ajv.compile(S.replayResponseSchema);
    this.solve = this.ajv.compile(S.solveResponseSchema);
    this.error = this.ajv.compile(S.errorSchema);
    this.guard = this.ajv.compile(S.guardVerdictSchema);
  }

  /** The first validation error as one line, or null when the value matches. */
  static why(v: ValidateFunction, value: unknown): string | null {
    if (v(value)) return null;
    const e = v.errors?.[0];
    return e ? `${e.instancePath || '/'} ${e.message ?? 'invalid'}` : 'invalid';
  }
}
