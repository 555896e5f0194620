import type { Writer } from "./writer.js";

/** A Writer that keeps what was written (tests, and anything that wants the output as text). */
export class MemoryWriter implements Writer {
  readonly isTTY: boolean;
  readonly columns: number | undefined;
  text = "";

  constructor(options: { isTTY?: boolean; columns?: number } = {}) {
    this.isTTY = options.isTTY ?? false;
    this.columns = options.columns;
  }

  write(text: string): void {
    this.text += text;
  }

  lines(): string[] {
    return this.text.split("\n").filter((line) => line !== "");
  }
}
