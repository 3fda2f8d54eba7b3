/** The process cannot start as configured; the message says what is wrong and what to do. */
export class BootRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BootRefusal';
  }
}
