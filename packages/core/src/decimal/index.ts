export {
  absDecimal,
  addDecimal,
  compareDecimal,
  decimalPlaces,
  divDecimal,
  equalsDecimal,
  isZeroDecimal,
  MAX_DECIMAL_SCALE,
  maxDecimal,
  minDecimal,
  mulDecimal,
  negateDecimal,
  roundDecimal,
  signDecimal,
  subDecimal,
} from "./arithmetic.js";
export { isDecimalString, MAX_DECIMAL_EXPONENT, parseDecimal } from "./parse.js";
export { isMultipleOf, quantize } from "./quantize.js";
export { isRoundingMode, ROUNDING_MODES, type RoundingMode } from "./rounding.js";
export {
  decimalsOf,
  fromScaledInt,
  type Precision,
  type ToScaledIntOptions,
  toScaledInt,
} from "./scaled-int.js";
