import { redactText, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { integerVariable, requireLiveVariables, secretVariable } from "./live-env.js";

describe("requireLiveVariables", () => {
  it("names every missing variable of the selected venues at once", () => {
    const env = { EXTENDED_API_KEY: "k", EXTENDED_VAULT: " ", VEST_API_KEY: "v" };
    const error = (() => {
      try {
        requireLiveVariables(["extended", "vest"], env);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      "--live needs EXTENDED_STARK_PRIVATE_KEY, EXTENDED_VAULT, VEST_SIGNING_PRIVATE_KEY, VEST_PRIMARY_ADDRESS, " +
        "VEST_ACCOUNT_GROUP in the environment (or run without --live to use the local simulator)",
    );
    expect((error as ValidationError).issues.map((issue) => issue.path[0])).toHaveLength(5);
  });

  it("passes when every variable of the selected venues is set; other venues do not matter", () => {
    const env = {
      LIGHTER_API_PRIVATE_KEY: "a",
      LIGHTER_ACCOUNT_INDEX: "1",
      LIGHTER_API_KEY_INDEX: "4",
    };
    expect(() => requireLiveVariables(["lighter"], env)).not.toThrow();
  });
});

describe("variables", () => {
  it("registers secrets for redaction", () => {
    const key = "0xdemo-secret-value-7f3a9c";
    expect(secretVariable({ KEY: key }, "KEY")).toBe(key);
    expect(redactText(`signed with ${key}`)).not.toContain(key);
  });

  it("checks integers without echoing the value", () => {
    expect(integerVariable({ N: "42" }, "N")).toBe(42);
    expect(() => integerVariable({ N: "secret-ish" }, "N")).toThrow("N must be a non-negative integer");
    expect(() => integerVariable({ N: "secret-ish" }, "N")).not.toThrow(/secret-ish/);
  });
});
