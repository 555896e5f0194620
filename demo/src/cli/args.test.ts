import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { parseDemoArgs } from "./args.js";

describe("parseDemoArgs", () => {
  it("defaults to every venue on the simulator, human output", () => {
    expect(parseDemoArgs([])).toEqual({
      venues: ["extended", "lighter", "vest"],
      venuesChosen: false,
      live: false,
      json: false,
      help: false,
    });
  });

  it("takes --venue repeated and as a comma list, in display order, without duplicates", () => {
    expect(parseDemoArgs(["--venue", "vest", "--venue", "extended,vest"]).venues).toEqual([
      "extended",
      "vest",
    ]);
    expect(parseDemoArgs(["--venue=lighter"])).toMatchObject({ venues: ["lighter"], venuesChosen: true });
  });

  it("reads --live, --json and -h", () => {
    expect(parseDemoArgs(["--live", "--json", "-h"])).toMatchObject({ live: true, json: true, help: true });
  });

  it("names an unknown venue and the known ones", () => {
    expect(() => parseDemoArgs(["--venue", "extended,binance"])).toThrow(
      /unknown venue "binance": choose from extended, lighter, vest/,
    );
    expect(() => parseDemoArgs(["--venue", "extended,"])).toThrow(ValidationError);
  });

  it("refuses unknown flags, positionals and a --venue without value", () => {
    expect(() => parseDemoArgs(["--fast"])).toThrow(ValidationError);
    expect(() => parseDemoArgs(["extended"])).toThrow(ValidationError);
    expect(() => parseDemoArgs(["--venue"])).toThrow(ValidationError);
  });
});
