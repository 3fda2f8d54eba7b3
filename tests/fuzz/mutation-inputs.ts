import fc from 'fast-check';
import { daysAgo } from '../support/time';

/** One generated call: which mutation, its input, and who sends it (two people, for the four-eyes rule). */
export interface FuzzInput {
  readonly mutation: string;
  /** `import`: `importClientHistory`, whose variables are `input` itself (clientId, commands, idempotencyKey), sent with the admin key. */
  readonly kind: 'client' | 'termination' | 'import';
  readonly input: Record<string, unknown>;
  readonly actor: 0 | 1;
}

type Arb<T> = fc.Arbitrary<T>;

/** Mostly a plausible value, sometimes a hostile one: the API must answer both with a code, never a crash. */
const mostly = <T, U>(valid: Arb<T>, hostile: Arb<U>): Arb<T | U> => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: hostile });

const NOT_A_STRING = fc.constantFrom<unknown>(42, -1, true, null, [], {}, ['a'], 1.5);

export const hostileText: Arb<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    '\t\n',
    '\u0000',
    '\u0000\u0000\u0000',
    '\u200b\u200c\u200d\ufeff',
    'Pay \u202egnorw',
    'a\u2066b\u2069',
    'bell\u0007',
    'cr\ronly',
    'lone \ud800 surrogate',
    'lone \udc00 low',
    '\uffff',
    '\u3164\u115f',
    'x'.repeat(4_001),
    'y'.repeat(100_000),
    "'; DROP TABLE events; --",
    '{"$where": "1"}',
    '<script>alert(1)</script>',
    '🙂👍🏽',
    'שלום עולם',
    '東京',
    'Ünïcödé',
    'null',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  NOT_A_STRING,
);

const hostileNumber: Arb<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    0,
    -0,
    -1,
    0.5,
    12.5,
    1e12,
    1e12 + 1,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    -Number.MAX_SAFE_INTEGER,
    1e21,
    1e308,
    -1e308,
    '100',
    null,
    true,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileDate: Arb<unknown> = fc.oneof(
  fc.constantFrom(
    '9999-12-31',
    '0000-01-01',
    '1969-12-31',
    '1899-12-31',
    '2099-01-01',
    '2026-02-30',
    '2026-13-01',
    '2026-1-1',
    '',
    'yesterday',
    '+275760-09-13',
    '2026-03-01T10:00:00Z',
  ),
  fc.integer({ min: -4_000, max: 40_000 }).map((days) => daysAgo(-days)),
  hostileText,
);

const hostileInstant: Arb<unknown> = fc.oneof(
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '1969-12-31T23:59:59Z',
    '2999-01-01T00:00:00Z',
    '2026-03-01 10:00',
    '2026-03-01T10:00:00',
    '2026-02-30T10:00:00Z',
    '2026-03-01T25:00:00Z',
    '+275760-09-13T00:00:00Z',
    '2026-03-01T10:00:00.123456789+14:00',
  ),
  fc.integer({ min: -40_000, max: 4_000 }).map((days) => `${daysAgo(days)}T12:00:00Z`),
  hostileText,
);

const hostileCurrency = fc.constantFrom<unknown>('USD', 'eur', 'XXX', 'XTS', '', 'EURO', '€', 42, null);
const hostileEnum = fc.constantFrom<unknown>('UNKNOWN', '', 'held', 'non_payment', 42, null);

const pool = (prefix: string, size: number): Arb<string> => fc.integer({ min: 1, max: size }).map((n) => `${prefix}${n}`);
const hostileId: Arb<unknown> = fc.oneof(
  fc.constantFrom('unknown-1', 'has spaces', '', 'x'.repeat(65), '../etc/passwd', '-starts-with-dash', 'ok:but.odd_id-9'),
  hostileText,
);

const id = (prefix: string, size: number) => mostly(pool(prefix, size), hostileId);
const clientId = mostly(pool('fz-', 5), hostileId);
const invoiceId = mostly(fc.oneof(pool('INV-', 5), pool('INV-FINAL-', 3)), hostileId);
const terminationId = mostly(pool('T-', 12), hostileId);

const text = mostly(fc.constantFrom('Late again', 'Needs the report by Friday', 'Line one\nline two', 'Tab\tseparated', 'Señor Müller 👋'), hostileText);
const optionalText = fc.option(text, { nil: undefined });
const pastDate = mostly(fc.integer({ min: 0, max: 400 }).map(daysAgo), hostileDate);
const plannedDate = mostly(
  fc.integer({ min: -20, max: 200 }).map((days) => daysAgo(-days)),
  hostileDate,
);
const amountMinor = mostly(fc.integer({ min: 1, max: 2_000_000 }), hostileNumber);
const money = mostly(
  fc.record({ amountMinor, currency: mostly(fc.constant('EUR'), hostileCurrency) }),
  fc.constantFrom<unknown>(null, {}, 'EUR 10', { amountMinor: 100 }),
);
const minutes = mostly(fc.integer({ min: 1, max: 1_440 }), hostileNumber);
const days = mostly(fc.integer({ min: 0, max: 120 }), hostileNumber);
const enumOf = (...values: string[]) => mostly(fc.constantFrom(...values), hostileEnum);
const bool = mostly(fc.boolean(), fc.constantFrom<unknown>('true', 1, null));

/** What a command input may also carry, now and then: a backdated time, an idempotency key, a pinned version, an unknown field. */
const envelope: Arb<Record<string, unknown>> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc.record({
      occurredAt: mostly(
        fc.integer({ min: 0, max: 30 }).map((daysBack) => `${daysAgo(daysBack)}T08:00:00Z`),
        hostileInstant,
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ idempotencyKey: mostly(pool('key-', 8), hostileText) }) },
  { weight: 1, arbitrary: fc.record({ expectedVersion: mostly(fc.integer({ min: 0, max: 40 }), hostileNumber) }) },
  { weight: 1, arbitrary: fc.constant({ unexpectedField: 'not in the schema' }) },
);

const contract = fc.record({
  paymentTermsDays: days,
  noticePeriodDays: fc.option(days, { nil: undefined }),
  exitClause: fc.record({ text, immediateExitFor: mostly(fc.subarray(['NON_PAYMENT', 'ABUSE']), fc.constantFrom<unknown>(['NOPE'], 'ABUSE', null)) }),
  startDate: mostly(fc.integer({ min: 0, max: 3_000 }).map(daysAgo), hostileDate),
  endDate: fc.option(plannedDate, { nil: undefined }),
  hourlyRate: money,
  currency: mostly(fc.constant('EUR'), hostileCurrency),
  contractedHoursPerMonth: mostly(fc.integer({ min: 0, max: 744 }), hostileNumber),
});

const CLIENT_INPUTS: Readonly<Record<string, Arb<Record<string, unknown>>>> = {
  registerClient: fc.record({
    clientId,
    name: text,
    clientSince: fc.option(mostly(fc.integer({ min: 0, max: 20_000 }).map(daysAgo), hostileDate), { nil: undefined }),
    contract,
  }),
  amendContract: fc.record(
    { clientId, paymentTermsDays: days, noticePeriodDays: days, endDate: plannedDate, hourlyRate: money, contractedHoursPerMonth: minutes, reason: text },
    { requiredKeys: ['clientId', 'reason'] },
  ),
  issueInvoice: fc.record({
    clientId,
    invoiceId,
    amount: money,
    issuedOn: pastDate,
    dueDate: fc.option(plannedDate, { nil: undefined }),
    description: optionalText,
  }),
  recordPayment: fc.record({ clientId, paymentId: id('PAY-', 10), invoiceId, amount: money, paidOn: pastDate }),
  recordExcuse: fc.record({
    clientId,
    excuseId: id('EX-', 10),
    invoiceId: fc.option(invoiceId, { nil: undefined }),
    category: enumOf('ADMINISTRATION', 'PERSON_ON_HOLIDAY', 'MONTH_CLOSING', 'CASH_FLOW', 'OTHER'),
    text,
    promisedDate: fc.option(plannedDate, { nil: undefined }),
  }),
  recordPromiseToPay: fc.record({ clientId, promiseId: id('PTP-', 10), invoiceId, amount: money, promisedDate: plannedDate }),
  agreePaymentPlan: fc.record({
    clientId,
    planId: id('PLAN-', 6),
    invoiceIds: mostly(fc.uniqueArray(pool('INV-', 5), { minLength: 1, maxLength: 3 }), fc.constantFrom<unknown>([], ['INV-1', 'INV-1'], null)),
    instalments: mostly(fc.array(fc.record({ dueDate: plannedDate, amount: money }), { minLength: 1, maxLength: 4 }), fc.constantFrom<unknown>([], null)),
  }),
  recordReminder: fc.record({
    clientId,
    reminderId: id('REM-', 10),
    invoiceId,
    step: enumOf('COURTESY', 'FRIENDLY', 'FIRM', 'FORMAL_LETTER', 'FINAL_NOTICE', 'LAWYER_LETTER'),
    channel: enumOf('EMAIL', 'CALL', 'LETTER', 'MEETING', 'MESSAGE'),
    note: optionalText,
  }),
  fileComplaint: fc.record({ clientId, complaintId: id('C-', 6), subject: text, text, invoiceId: fc.option(invoiceId, { nil: undefined }) }),
  resolveComplaint: fc.record({ clientId, complaintId: id('C-', 6), outcome: enumOf('FOUNDED', 'UNFOUNDED'), resolution: text }),
  requestScopeChange: fc.record({ clientId, scopeChangeId: id('SC-', 6), description: text, estimatedMinutes: fc.option(minutes, { nil: undefined }) }),
  decideScopeChange: fc.record({
    clientId,
    scopeChangeId: id('SC-', 6),
    classification: enumOf('IN_CONTRACT', 'OUT_OF_CONTRACT'),
    billable: bool,
    note: optionalText,
  }),
  logTime: fc.record({
    clientId,
    timeEntryId: id('TE-', 30),
    activity: text,
    minutes,
    billable: bool,
    workedOn: pastDate,
    scopeChangeId: fc.option(id('SC-', 6), { nil: undefined }),
  }),
  recordMeeting: fc.record({
    clientId,
    meetingId: id('M-', 10),
    scheduledAt: mostly(
      fc.integer({ min: 0, max: 300 }).map((daysBack) => `${daysAgo(daysBack)}T10:00:00Z`),
      hostileInstant,
    ),
    outcome: enumOf('HELD', 'MISSED', 'CLIENT_UNPREPARED'),
    durationMinutes: fc.option(minutes, { nil: undefined }),
    note: optionalText,
  }),
  recordRecommendation: fc.record({ clientId, recommendationId: id('R-', 10), summary: text, outcome: enumOf('ACCEPTED', 'REJECTED') }),
  reportAbuse: fc.record({ clientId, reportId: id('A-', 10), severity: enumOf('MINOR', 'SEVERE'), description: text, reportedBy: text }),
  writeOffInvoice: fc.record({ clientId, writeOffId: id('WO-', 10), invoiceId, amount: money, reason: text }),
  recordCollectionCost: fc.record({
    clientId,
    costId: id('CC-', 10),
    kind: enumOf('AGENCY_FEE', 'LEGAL_FEE', 'COURT_FEE', 'OTHER'),
    amount: money,
    invoiceId: fc.option(invoiceId, { nil: undefined }),
  }),
  recordConductSignal: fc.record({
    clientId,
    signalId: id('CS-', 10),
    kind: enumOf('SLOW_RESPONSE', 'DISRESPECT', 'UNREASONABLE_DEMAND', 'NO_PROGRESS'),
    occurredOn: pastDate,
    agreedHours: fc.option(mostly(fc.integer({ min: 1, max: 72 }), hostileNumber), { nil: undefined }),
    actualHours: fc.option(mostly(fc.integer({ min: 1, max: 400 }), hostileNumber), { nil: undefined }),
    note: optionalText,
  }),
  placeCreditHold: fc.record({ clientId, reason: text }),
  releaseCreditHold: fc.record({ clientId }),
  setCreditLimit: fc.record({ clientId, limit: fc.option(money, { nil: null }) }),
  issueCreditNote: fc.record({ clientId, creditNoteId: id('CN-', 10), invoiceId, amount: money, reason: text }),
  grantSettlementDiscount: fc.record({ clientId, discountId: id('SD-', 10), invoiceId, amount: money }),
  chargeLateInterest: fc.record({ clientId, chargeId: id('LI-', 10), invoiceId, amount: money, from: pastDate, to: pastDate }),
  handOverToCollectionAgency: fc.record({
    clientId,
    handoverId: id('HO-', 6),
    invoiceIds: mostly(fc.uniqueArray(pool('INV-', 5), { minLength: 1, maxLength: 3 }), fc.constantFrom<unknown>([], ['INV-1', 'INV-1'], null)),
    agency: text,
  }),
  recordLegalAction: fc.record({
    clientId,
    legalActionId: id('LA-', 6),
    invoiceIds: mostly(fc.uniqueArray(pool('INV-', 5), { minLength: 1, maxLength: 3 }), fc.constantFrom<unknown>([], ['INV-1', 'INV-1'], null)),
    kind: enumOf('FORMAL_DEMAND', 'PAYMENT_ORDER', 'LAWSUIT', 'ENFORCEMENT'),
  }),
};

const TERMINATION_INPUTS: Readonly<Record<string, Arb<Record<string, unknown>>>> = {
  proposeTermination: fc.record({
    terminationId,
    clientId,
    reason: enumOf('NON_PAYMENT', 'CHRONIC_COMPLAINTS', 'TIME_WASTE', 'ABUSE', 'UNPROFITABLE', 'OTHER'),
    explanation: text,
  }),
  approveTermination: fc.record({ terminationId, note: optionalText }),
  rejectTermination: fc.record({ terminationId, reason: text }),
  evaluateTerminationContract: fc.record({
    terminationId,
    immediateNoticeChannel: fc.option(enumOf('EMAIL', 'MEETING', 'CALL', 'LETTER'), { nil: undefined }),
  }),
  serveTerminationNotice: fc.record({
    terminationId,
    channel: enumOf('EMAIL', 'MEETING', 'CALL', 'LETTER'),
    servedOn: pastDate,
    effectiveDate: fc.option(plannedDate, { nil: undefined }),
  }),
  confirmOwedDeliverables: fc.record({
    terminationId,
    deliverables: mostly(
      fc.array(fc.record({ deliverableId: id('D-', 4), description: text, dueOn: plannedDate }), { maxLength: 4 }),
      fc.constantFrom<unknown>(null, 'D-1'),
    ),
  }),
  completeOwedDeliverable: fc.record({ terminationId, deliverableId: id('D-', 4), completedOn: pastDate }),
  issueFinalInvoice: fc.record({ terminationId, invoiceId, amount: money, issuedOn: pastDate, description: optionalText }),
  decideNewWork: fc.record({ terminationId, policy: enumOf('REFUSED', 'PREPAYMENT') }),
  recordSettlement: fc.record({
    terminationId,
    outcome: enumOf('PAID', 'SENT_TO_COLLECTION', 'WRITTEN_OFF'),
    expectedRecoveryMinor: fc.option(amountMinor, { nil: undefined }),
    recoveryCostMinor: fc.option(amountMinor, { nil: undefined }),
    note: optionalText,
  }),
  deliverTransitionPlan: fc.record({ terminationId, summary: text, deliveredOn: pastDate, handoverTo: optionalText }),
  cancelTermination: fc.record({ terminationId, reason: enumOf('CLIENT_SETTLED_RETAINED', 'NEW_AGREEMENT_SIGNED', 'OTHER'), note: optionalText }),
  completeOffboarding: fc.record({ terminationId }),
};

export const CLIENT_MUTATIONS = Object.keys(CLIENT_INPUTS);
export const TERMINATION_MUTATIONS = Object.keys(TERMINATION_INPUTS);

/** Sometimes a required field goes missing: the schema must refuse it with a code too. */
const withMissingField = (input: Arb<Record<string, unknown>>): Arb<Record<string, unknown>> =>
  fc.tuple(input, fc.nat()).map(([value, pick]) => {
    const keys = Object.keys(value);
    if (keys.length === 0) return value;
    const { [keys[pick % keys.length]]: _dropped, ...rest } = value;
    return rest;
  });

const call = (mutation: string, kind: FuzzInput['kind'], input: Arb<Record<string, unknown>>): Arb<FuzzInput> =>
  fc.record({
    mutation: fc.constant(mutation),
    kind: fc.constant(kind),
    input: fc
      .tuple(fc.oneof({ weight: 30, arbitrary: input }, { weight: 1, arbitrary: withMissingField(input) }), envelope)
      .map(([fields, extra]) => ({ ...fields, ...extra })),
    actor: fc.constantFrom<0 | 1>(0, 1),
  });

/** One ClientCommandInput: mostly one member about the batch's client, sometimes none or two. */
const commandOf = (batchClientId: string): Arb<Record<string, unknown>> =>
  fc.oneof(
    ...Object.entries(CLIENT_INPUTS).map(([member, input]) => ({
      weight: 4,
      arbitrary: fc.tuple(input, envelope).map(([fields, extra]) => ({ [member]: { ...fields, ...extra, clientId: batchClientId } })),
    })),
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(CLIENT_INPUTS.issueInvoice, CLIENT_INPUTS.recordPayment)
        .map(([invoice, payment]) => ({ issueInvoice: invoice, recordPayment: payment })),
    },
  );

const importCall: Arb<FuzzInput> = fc.record({
  mutation: fc.constant('importClientHistory'),
  kind: fc.constant<FuzzInput['kind']>('import'),
  input: clientId.chain((batchClientId) =>
    fc.record(
      {
        clientId: fc.constant(batchClientId),
        commands: mostly(
          fc.array(commandOf(typeof batchClientId === 'string' ? batchClientId : 'fz-1'), { minLength: 1, maxLength: 6 }),
          fc.constantFrom<unknown>([], null),
        ),
        idempotencyKey: fc.option(pool('import-key-', 4), { nil: undefined }),
      },
      { requiredKeys: ['clientId', 'commands'] },
    ),
  ),
  actor: fc.constant<0 | 1>(0),
});

/** Ending a termination is rarer than moving it on, so generated terminations get far enough to settle and offboard. */
const ENDING_STEPS = new Set(['rejectTermination', 'cancelTermination']);

/** Every client and termination mutation, and client history imports. */
export const fuzzInput: Arb<FuzzInput> = fc.oneof(
  ...Object.entries(CLIENT_INPUTS).map(([mutation, input]) => ({ weight: 4, arbitrary: call(mutation, 'client', input) })),
  ...Object.entries(TERMINATION_INPUTS).map(([mutation, input]) => ({
    weight: ENDING_STEPS.has(mutation) ? 1 : 4,
    arbitrary: call(mutation, 'termination', input),
  })),
  { weight: 4, arbitrary: importCall },
);
