import { type ActiveFault, describeFault, type NormalizedRestFault } from "./fault-spec.js";
import type { InjectedHttpFault } from "./protocol.js";

interface RestRule {
  readonly id: string;
  readonly fault: NormalizedRestFault;
  remaining: number | "unlimited";
}

export interface RestFaultDecision {
  /** Hold the request this long before answering it. */
  readonly slowMs: number;
  /** Answer with this injected error instead of asking the protocol. */
  readonly answer: InjectedHttpFault | undefined;
}

/**
 * The REST faults of one venue. For each request the first matching slow rule and the first matching
 * 429/5xx rule are consumed (in the order they were installed), so a slow fault and an error burst compose.
 */
export class RestFaults {
  readonly #rules: RestRule[] = [];

  arm(id: string, fault: NormalizedRestFault): void {
    this.#rules.push({ id, fault, remaining: fault.count });
  }

  decide(method: string, path: string): RestFaultDecision {
    const slow = this.#take(method, path, (f) => f.kind === "slow");
    const error = this.#take(method, path, (f) => f.kind !== "slow");
    let answer: InjectedHttpFault | undefined;
    if (error?.kind === "rateLimit") {
      answer = { kind: "rateLimit", status: 429, retryAfterSeconds: error.retryAfterSeconds };
    } else if (error?.kind === "serverError") {
      answer = { kind: "serverError", status: error.status, retryAfterSeconds: undefined };
    }
    return { slowMs: slow?.kind === "slow" ? slow.ms : 0, answer };
  }

  clear(id?: string): number {
    let cleared = 0;
    for (let i = this.#rules.length - 1; i >= 0; i--) {
      if (id === undefined || this.#rules[i]?.id === id) {
        this.#rules.splice(i, 1);
        cleared++;
      }
    }
    return cleared;
  }

  active(venue: string): ActiveFault[] {
    return this.#rules.map((rule) => ({
      id: rule.id,
      venue,
      connection: undefined,
      kind: rule.fault.kind,
      remaining: rule.remaining,
      spec: describeFault(rule.fault),
    }));
  }

  #take(
    method: string,
    path: string,
    wanted: (fault: NormalizedRestFault) => boolean,
  ): NormalizedRestFault | undefined {
    const rule = this.#rules.find((r) => wanted(r.fault) && matches(r.fault, method, path));
    if (rule === undefined) return undefined;
    if (rule.remaining !== "unlimited") {
      rule.remaining--;
      if (rule.remaining <= 0) this.#rules.splice(this.#rules.indexOf(rule), 1);
    }
    return rule.fault;
  }
}

function matches(fault: NormalizedRestFault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method !== method.toUpperCase()) return false;
  if (fault.path === undefined) return true;
  // A user-supplied /g or /y pattern keeps lastIndex between calls; reset it so every request is tested afresh.
  fault.path.lastIndex = 0;
  return fault.path.test(path);
}
