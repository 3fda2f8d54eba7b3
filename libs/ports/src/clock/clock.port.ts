export const CLOCK = Symbol('Clock');

/** The only source of "now" outside tests; the domain receives it as data. */
export interface Clock {
  now(): Date;
}
