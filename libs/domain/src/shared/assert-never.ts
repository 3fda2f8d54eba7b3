/** Makes a switch over a discriminated union fail to compile when a member is forgotten. */
export const assertNever = (value: never): never => {
  throw new Error(`Unhandled member: ${JSON.stringify(value)}`);
};
