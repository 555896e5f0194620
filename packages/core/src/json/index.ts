export { parseJson } from "./parse.js";
export { stringifyJson } from "./stringify.js";
export type { JsonValue, ParseJsonOptions } from "./types.js";
