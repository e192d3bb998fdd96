import { decString, type Dec } from './decimal';
import type { Check, CheckName } from './types';

type Shown = Dec | string | null;

const show = (v: Shown): string | null => (v === null ? null : typeof v === 'string' ? v : decString(v));

/** The audit trail: every check that ran, in order. */
export class Trail {
  readonly checks: Check[] = [];

  /** Records a check and returns whether it passed. */
  record(step: number | null, name: CheckName, ok: boolean, value: Shown, limit: Shown, detail?: string): boolean {
    const check: Check =
      detail === undefined
        ? { step, name, ok, value: show(value), limit: show(limit) }
        : { step, name, ok, value: show(value), limit: show(limit), detail };
    this.checks.push(check);
    return ok;
  }
}
