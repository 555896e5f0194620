/**
 * The browser entry: bundled from the packages' built dist files and loaded by the test page. It
 * installs the checks on `window`; the Node test runs them through page.evaluate and asserts.
 */
import {
  type BrowserChecks,
  CHECKS_GLOBAL,
  type CheckConfig,
  type Venue,
  type VenueReport,
} from "./contract.js";
import { checkExtended } from "./venues/extended.js";
import { checkLighter } from "./venues/lighter.js";
import { checkVest } from "./venues/vest.js";

const checks: Record<Venue, (config: CheckConfig) => Promise<VenueReport>> = {
  extended: checkExtended,
  lighter: checkLighter,
  vest: checkVest,
};

const api: BrowserChecks = {
  run: (venue, config) => checks[venue](config),
};

Object.assign(globalThis, { [CHECKS_GLOBAL]: api });
