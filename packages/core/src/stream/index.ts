export {
  type SequencedStatus,
  SequencedStream,
  type SequencedStreamEvents,
  type SequencedStreamOptions,
  type SequenceRule,
} from "./sequenced-stream.js";
