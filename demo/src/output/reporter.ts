import { isPerpError, redactText } from "@perp/core";
import type { VenueName } from "../venues/names.js";
import type { Writer } from "./writer.js";

/** A step's machine-readable payload: plain JSON values only. */
export type StepData = Readonly<Record<string, unknown>>;

/**
 * How the demo reports progress: human lines (elapsed time, venue, text) or, with --json, one
 * JSON object per line (`{"step": ..., "venue": ..., "t": ms, ...data}`).
 */
export interface Reporter {
  readonly json: boolean;
  readonly writer: Writer;
  /** One outcome of a step. */
  step(step: string, venue: VenueName | undefined, text: string, data?: StepData): void;
  /** The last line of a successful run. */
  summary(text: string, data: StepData): void;
  /** The last line of a failed run: a clear message (no stack), with the venue and step when known. */
  failure(error: unknown): void;
}

export function createReporter(writer: Writer, options: { json: boolean; now?: () => number }): Reporter {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const elapsed = () => now() - startedAt;
  const emit = (record: StepData) => writer.write(`${JSON.stringify(record)}\n`);
  const line = (venue: string | undefined, text: string) => {
    const time = `${(elapsed() / 1000).toFixed(2)}s`.padStart(7);
    const prefix = `${time}  ${(venue ?? "").padEnd(8)}  `;
    writer.write(
      `${text
        .split("\n")
        .map((part, index) => (index === 0 ? prefix : " ".repeat(prefix.length)) + part)
        .join("\n")}\n`,
    );
  };
  return {
    json: options.json,
    writer,
    step(step, venue, text, data = {}) {
      if (options.json) emit({ step, ...(venue === undefined ? {} : { venue }), t: elapsed(), ...data });
      else line(venue, text);
    },
    summary(text, data) {
      if (options.json) emit({ step: "summary", ok: true, t: elapsed(), ...data });
      else line(undefined, text);
    },
    failure(error) {
      const described = describeError(error);
      if (options.json) {
        const { step, ...rest } = described;
        emit({ step: "error", ok: false, t: elapsed(), ...rest, failedStep: step ?? null });
      } else
        line(
          described.venue,
          `FAILED${described.step === undefined ? "" : ` (${described.step})`}: ${described.message}`,
        );
    },
  };
}

/** What a failure is, in words a user can act on; PerpErrors are already redacted. */
export function describeError(error: unknown): {
  message: string;
  name: string;
  code: string | undefined;
  venue: string | undefined;
  step: string | undefined;
} {
  if (isPerpError(error)) {
    const step = (error as { step?: unknown }).step;
    return {
      message: error.message,
      name: error.name,
      code: error.code,
      venue: error.venue,
      step: typeof step === "string" ? step : undefined,
    };
  }
  if (error instanceof Error) {
    return {
      message: redactText(error.message),
      name: error.name,
      code: undefined,
      venue: undefined,
      step: undefined,
    };
  }
  return {
    message: redactText(String(error)),
    name: "Error",
    code: undefined,
    venue: undefined,
    step: undefined,
  };
}
