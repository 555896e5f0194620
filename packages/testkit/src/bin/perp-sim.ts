#!/usr/bin/env node
import { main } from "../cli.js";
import { registerBuiltinVenueProtocols } from "../venues/builtin.js";

registerBuiltinVenueProtocols();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
