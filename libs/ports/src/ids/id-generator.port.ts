export const ID_GENERATOR = Symbol('IdGenerator');

/** Event ids are UUID v7: time-ordered, so they index well and sort roughly by creation. */
export interface IdGenerator {
  next(): string;
}
