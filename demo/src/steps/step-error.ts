import { PerpError } from "@perp/core";
import type { VenueName } from "../venues/names.js";

/** A demo step that did not reach its expected outcome (a timeout, a state that does not match). */
export class DemoStepError extends PerpError {
  override name = "DemoStepError";
  readonly step: string;

  constructor(
    step: string,
    message: string,
    options: { venue?: VenueName | undefined; cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, {
      ...(options.venue === undefined ? {} : { venue: options.venue }),
      ...(options.cause === undefined ? {} : { cause: options.cause }),
      ...(options.details === undefined ? {} : { details: options.details }),
    });
    this.step = step;
  }
}
