import { GraphQLScalarType } from 'graphql';

/** Output only: an event's payload as stored, for consumers that want every field. */
export const JSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object, as stored in the event log (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSONObject is an output type');
  },
  parseLiteral: () => {
    throw new TypeError('JSONObject is an output type');
  },
});
