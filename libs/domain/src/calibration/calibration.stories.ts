/**
 * The calibration suite's client stories (DOMAIN.md, "Risk model v2"): each with the band,
 * archetypes and recommendation a credit controller would give, and why. Test support only:
 * `calibration.unit.spec.ts` runs them and `docs/risk-calibration.md` tabulates them.
 */
import type { ClientHistory } from '../client-history';
import { ConductSignalKind, FeeKind } from '../client-history';
import { Archetype, Recommendation, RiskBand } from '../risk/risk.model';
import { addDays, type LocalDate } from '../shared';
import { AbuseSeverity, ComplaintOutcome, MeetingOutcome, RecommendationOutcome, ReminderStep, story } from './client-story.fixtures';

export interface CalibrationStory {
  readonly title: string;
  readonly asOf: LocalDate;
  readonly history: () => ClientHistory;
  readonly expected: { readonly band: RiskBand; readonly archetypes: readonly Archetype[]; readonly recommendation: Recommendation };
  readonly why: string;
}

const MONTH = 40 * 9_000;
/** The first of the month `by` months after (or before) the month of `day`. */
const shiftMonths = (day: LocalDate, by: number): LocalDate => {
  const [year, month] = day.split('-').map(Number);
  const total = year * 12 + (month - 1) + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
};
const monthsFrom = (first: LocalDate, count: number) => Array.from({ length: count }, (_, index) => shiftMonths(first, index));

/**
 * Monthly work (40 h at €90) invoiced on the 1st of `count` months up to `lastMonth`, each paid
 * `daysLate` after its due date except the last `unpaidLast` invoices.
 */
function goodYear(title: string, since: LocalDate, lastMonth: LocalDate, count = 12, daysLate = 0, unpaidLast = 0) {
  const client = story(title, { since });
  const months = monthsFrom(shiftMonths(lastMonth, 1 - count), count);
  for (const day of months) client.monthOfWork(day, 40);
  for (const day of months.slice(0, count - unpaidLast)) client.pay(addDays(day, 30 + daysLate), `INV-${day}`);
  return client;
}

/**
 * The non-payer: 40 h of work every month, invoiced on the 1st; three days after each due
 * date pays 10%, gives an excuse and promises the rest within a fortnight, and never keeps it.
 */
function nonPayer(months: number) {
  const client = story('non-payer', { since: '2025-06-01' });
  for (const day of monthsFrom('2026-01-01', months)) {
    const invoiceId = `INV-${day}`;
    client.monthOfWork(day, 40);
    const due = addDays(day, 30);
    client
      .pay(addDays(due, 3), invoiceId, MONTH / 10)
      .excuse(addDays(due, 3), invoiceId)
      .promise(addDays(due, 3), invoiceId, (MONTH * 9) / 10, addDays(due, 15));
    client.reminder(addDays(due, 1), invoiceId, ReminderStep.Friendly);
  }
  return client.build();
}

const lastNinetyDays = (asOf: LocalDate, count: number) =>
  Array.from({ length: count }, (_, index) => addDays(asOf, -5 - index * Math.floor(80 / Math.max(1, count))));

export const CALIBRATION_STORIES: readonly CalibrationStory[] = [
  {
    title: 'Good client: on time, healthy margin',
    asOf: '2026-06-20',
    history: () => goodYear('good client', '2024-01-01', '2026-06-01').build(),
    expected: { band: RiskBand.Green, archetypes: [], recommendation: Recommendation.Keep },
    why: 'Pays on its due date and earns its margin: nothing to act on.',
  },
  {
    title: 'New client, first invoice not yet due',
    asOf: '2026-06-20',
    history: () => story('new client', { since: '2026-06-01' }).monthOfWork('2026-06-01', 40).build(),
    expected: { band: RiskBand.Green, archetypes: [], recommendation: Recommendation.Keep },
    why: 'No evidence either way; the courtesy contact comes before the due date.',
  },
  {
    title: 'Non-payer with excuses, month 1 (one broken promise)',
    asOf: '2026-02-20',
    history: () => nonPayer(2),
    expected: { band: RiskBand.Amber, archetypes: [Archetype.NonPayer], recommendation: Recommendation.Renegotiate },
    why: 'Paid 10%, gave an excuse and broke the promise: firm reminders and a short-term agreement, not yet a hold.',
  },
  {
    title: 'Non-payer with excuses, month 2 (second broken promise)',
    asOf: '2026-03-20',
    history: () => nonPayer(3),
    expected: { band: RiskBand.Red, archetypes: [Archetype.NonPayer], recommendation: Recommendation.CreditHold },
    why: 'The second broken promise is the pattern, not an accident: red, and no more work on credit.',
  },
  {
    title: 'Non-payer with excuses, month 3 (third broken promise)',
    asOf: '2026-04-20',
    history: () => nonPayer(4),
    expected: { band: RiskBand.Red, archetypes: [Archetype.NonPayer], recommendation: Recommendation.ProposeTermination },
    why: '"Cuanto antes mejor": three promises broken in three months; the longer it runs the less is recovered.',
  },
  {
    title: 'Non-payer with excuses, month 6 (in default)',
    asOf: '2026-07-20',
    history: () => nonPayer(7),
    expected: { band: RiskBand.LetGo, archetypes: [Archetype.NonPayer, Archetype.Unprofitable], recommendation: Recommendation.ProposeTermination },
    why: 'In default (90+ days overdue after broken promises): the debt is expected lost, the client costs money.',
  },
  {
    title: "Loyal client's first incident",
    asOf: '2026-06-25',
    history: () => {
      return goodYear('loyal client', '2021-03-01', '2026-05-01', 12, 0, 1).build();
    },
    expected: { band: RiskBand.Green, archetypes: [], recommendation: Recommendation.Keep },
    why: 'Five years on time; one invoice three weeks late: a friendly reminder, a chance, no hold.',
  },
  {
    title: 'Long-tenured debtor, six months owed at 150 days with a broken promise',
    asOf: '2026-07-01',
    history: () => {
      const client = story('long-tenured debtor', { since: '2023-06-01' });
      const months = monthsFrom('2023-07-01', 36);
      for (const day of months) client.monthOfWork(day, 40);
      for (const day of months.slice(0, 30)) client.pay(addDays(day, 30), `INV-${day}`);
      client.promise('2026-02-10', `INV-${months[30]}`, MONTH, '2026-02-28');
      client.reminder('2026-05-01', `INV-${months[30]}`, ReminderStep.LawyerLetter);
      return client.build();
    },
    expected: { band: RiskBand.Red, archetypes: [Archetype.NonPayer], recommendation: Recommendation.ProposeTermination },
    why: 'Tenure mitigates a first slip, not six months of debt at the lawyer-letter stage: the relationship is in default.',
  },
  {
    title: 'Slow payer, two months owed 65 days overdue, no promise',
    asOf: '2026-06-05',
    history: () => {
      const client = story('slow payer', { since: '2025-01-01' });
      for (const day of monthsFrom('2026-01-01', 6)) client.monthOfWork(day, 40);
      for (const day of monthsFrom('2026-01-01', 2)) client.pay(addDays(day, 32), `INV-${day}`);
      return client.build();
    },
    expected: { band: RiskBand.Red, archetypes: [Archetype.NonPayer], recommendation: Recommendation.CreditHold },
    why: 'More than a month of billing over 60 days overdue: stop working on credit before the debt grows.',
  },
  {
    title: 'Chronic complainer with unpaid scope creep',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('chronic complainer', '2025-01-01', '2026-06-01');
      for (const day of lastNinetyDays('2026-06-30', 10)) client.complaint(day, ComplaintOutcome.Unfounded);
      for (const day of lastNinetyDays('2026-06-30', 4)) client.unpaidScopeCreep(day, 10 * 60);
      return client.build();
    },
    expected: { band: RiskBand.Red, archetypes: [Archetype.ChronicComplainer], recommendation: Recommendation.ProposeTermination },
    why: 'Ten unfounded complaints in 90 days and a month of unpaid extra work: one of the three clients to let go.',
  },
  {
    title: 'Occasional complaints, mostly founded',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('occasional complaints', '2025-01-01', '2026-06-01');
      client
        .complaint('2026-05-02', ComplaintOutcome.Founded)
        .complaint('2026-05-20', ComplaintOutcome.Founded)
        .complaint('2026-06-10', ComplaintOutcome.Unfounded);
      return client.build();
    },
    expected: { band: RiskBand.Green, archetypes: [], recommendation: Recommendation.Keep },
    why: 'Founded complaints are on us; one unfounded complaint is ordinary friction.',
  },
  {
    title: 'Time-waster',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('time-waster', '2025-01-01', '2026-06-01');
      client.meeting('2026-04-10', MeetingOutcome.Missed).meeting('2026-05-05', MeetingOutcome.Missed).meeting('2026-06-02', MeetingOutcome.ClientUnprepared);
      client.recommendation('2026-05-12', RecommendationOutcome.Rejected).recommendation('2026-06-12', RecommendationOutcome.Rejected);
      client.conduct('2026-06-15', ConductSignalKind.SlowResponse, { agreedHours: 48, actualHours: 150 });
      for (const day of ['2026-04-15', '2026-05-15', '2026-06-15']) client.time(day, 10 * 60, { billable: false, activity: 'SUPPORT_CALL' });
      return client.build();
    },
    expected: { band: RiskBand.Amber, archetypes: [Archetype.TimeWaster], recommendation: Recommendation.Renegotiate },
    why: 'Missed and unprepared meetings, rejected advice, slow answers: state limits with a reason, in a new agreement.',
  },
  {
    title: 'Time-waster who does not change',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('stuck time-waster', '2025-01-01', '2026-06-01');
      for (const day of lastNinetyDays('2026-06-30', 5)) client.meeting(day, MeetingOutcome.Missed);
      for (const day of lastNinetyDays('2026-06-30', 3)) client.recommendation(day, RecommendationOutcome.Rejected).conduct(day, ConductSignalKind.NoProgress);
      for (const day of lastNinetyDays('2026-06-30', 4)) client.conduct(day, ConductSignalKind.SlowResponse, { agreedHours: 24, actualHours: 120 });
      for (const day of lastNinetyDays('2026-06-30', 6)) client.time(day, 10 * 60, { billable: false, activity: 'SUPPORT_CALL' });
      return client.build();
    },
    expected: { band: RiskBand.Red, archetypes: [Archetype.TimeWaster], recommendation: Recommendation.ProposeTermination },
    why: 'Limits were stated and nothing advances; the hours are not paid for: part ways professionally.',
  },
  {
    title: 'Abusive client: one severe report',
    asOf: '2026-06-30',
    history: () => goodYear('severe abuse', '2022-01-01', '2026-06-01').abuse('2026-06-20', AbuseSeverity.Severe).build(),
    expected: { band: RiskBand.LetGo, archetypes: [Archetype.Abusive], recommendation: Recommendation.ProposeTermination },
    why: 'Insults or threats to staff end the relationship, whatever the tenure or margin: no scoring needed.',
  },
  {
    title: 'Abusive client: one minor report',
    asOf: '2026-06-30',
    history: () => goodYear('one minor abuse', '2025-01-01', '2026-06-01').abuse('2026-06-20').build(),
    expected: { band: RiskBand.Green, archetypes: [Archetype.Abusive], recommendation: Recommendation.Renegotiate },
    why: 'No form of abuse is tolerated: the boundary is stated in writing, and the report counts towards escalation.',
  },
  {
    title: 'Abusive client: two minor reports in 90 days',
    asOf: '2026-06-30',
    history: () => goodYear('two minor abuses', '2025-01-01', '2026-06-01').abuse('2026-05-02').abuse('2026-06-20').build(),
    expected: { band: RiskBand.Amber, archetypes: [Archetype.Abusive], recommendation: Recommendation.Renegotiate },
    why: 'A second incident within 90 days: amber, a last warning with a new agreement.',
  },
  {
    title: 'Abusive client: three minor reports',
    asOf: '2026-06-30',
    history: () => goodYear('three minor abuses', '2025-01-01', '2026-06-01').abuse('2026-04-15').abuse('2026-05-20').abuse('2026-06-20').build(),
    expected: { band: RiskBand.LetGo, archetypes: [Archetype.Abusive], recommendation: Recommendation.ProposeTermination },
    why: 'The warning did not work: the third report ends the relationship.',
  },
  {
    title: 'Conduct-only red: disrespect, impossible demands, slow answers',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('conduct only', '2025-01-01', '2026-06-01');
      for (const day of lastNinetyDays('2026-06-30', 3)) client.conduct(day, ConductSignalKind.Disrespect).conduct(day, ConductSignalKind.UnreasonableDemand);
      for (const day of lastNinetyDays('2026-06-30', 4)) client.conduct(day, ConductSignalKind.SlowResponse, { agreedHours: 24, actualHours: 96 });
      client.conduct('2026-06-20', ConductSignalKind.NoProgress);
      return client.build();
    },
    expected: { band: RiskBand.Red, archetypes: [Archetype.TimeWaster, Archetype.Demanding], recommendation: Recommendation.ProposeTermination },
    why: 'Red with no debt at all: the margin does not buy this conduct; the manager approving the proposal weighs the account.',
  },
  {
    title: 'Conduct beyond repair, no debt',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('conduct beyond repair', '2025-01-01', '2026-06-01');
      for (const day of lastNinetyDays('2026-06-30', 8))
        client.complaint(day, ComplaintOutcome.Unfounded).conduct(day, ConductSignalKind.Disrespect).conduct(day, ConductSignalKind.UnreasonableDemand);
      for (const day of lastNinetyDays('2026-06-30', 5))
        client.meeting(day, MeetingOutcome.Missed).conduct(day, ConductSignalKind.SlowResponse, { agreedHours: 24, actualHours: 96 });
      client.abuse('2026-06-01');
      return client.build();
    },
    expected: {
      band: RiskBand.LetGo,
      archetypes: [Archetype.ChronicComplainer, Archetype.TimeWaster, Archetype.Abusive, Archetype.Demanding],
      recommendation: Recommendation.ProposeTermination,
    },
    why: 'Every conduct sign at once: let go even though every invoice is paid.',
  },
  {
    title: 'Unprofitable payer: pays on time, consumes unpaid hours',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('unprofitable payer', '2025-01-01', '2026-06-01');
      for (const day of monthsFrom('2025-07-01', 12))
        client.time(addDays(day, 14), 40 * 60, { billable: false, activity: 'SUPPORT_CALL' }).meeting(addDays(day, 20), MeetingOutcome.Held, 120);
      return client.build();
    },
    expected: { band: RiskBand.Amber, archetypes: [Archetype.TimeWaster, Archetype.Unprofitable], recommendation: Recommendation.Renegotiate },
    why: 'It pays, but every paid hour drags an unpaid one: the margin is negative, so reset price and scope.',
  },
  {
    title: 'Late but profitable: always about 20 days late',
    asOf: '2026-06-30',
    history: () => goodYear('late but profitable', '2024-01-01', '2026-06-01', 12, 20).build(),
    expected: { band: RiskBand.Green, archetypes: [], recommendation: Recommendation.RenegotiateTerms },
    why: 'Always pays, always three weeks late, earns its margin: keep it, shorten the terms or charge late interest.',
  },
  {
    title: 'Underpriced client: €40 an hour for work that costs €54',
    asOf: '2026-06-30',
    history: () => {
      const client = story('underpriced', { since: '2025-01-01', hourlyRateMinor: 4_000 });
      for (const day of monthsFrom('2025-07-01', 12)) client.monthOfWork(day, 40);
      for (const day of monthsFrom('2025-07-01', 11)) client.pay(addDays(day, 30), `INV-${day}`);
      return client.build();
    },
    expected: { band: RiskBand.Amber, archetypes: [Archetype.Unprofitable], recommendation: Recommendation.Renegotiate },
    why: 'A model pay-on-time client we lose money on: the price, not the client, must change.',
  },
  {
    title: 'Written-off debt after broken promises',
    asOf: '2026-06-30',
    history: () => {
      const client = goodYear('written off', '2025-01-01', '2026-01-01', 6);
      client
        .monthOfWork('2026-02-01', 40)
        .promise('2026-03-10', 'INV-2026-02-01', MONTH, '2026-03-25')
        .promise('2026-04-01', 'INV-2026-02-01', MONTH, '2026-04-15');
      client.reminder('2026-06-01', 'INV-2026-02-01', ReminderStep.LawyerLetter).fee('2026-06-01', FeeKind.Legal, 60_000);
      client.writeOff('2026-06-18', 'INV-2026-02-01');
      return client.build();
    },
    expected: { band: RiskBand.Red, archetypes: [Archetype.NonPayer], recommendation: Recommendation.ProposeTermination },
    why: 'Nothing is owed any more because we gave up on it after two broken promises and a lawyer letter: no new work, end the relationship.',
  },
  {
    title: 'Payment plan over two invoices, kept',
    asOf: '2026-06-30',
    history: () => {
      const client = story('plan kept', { since: '2025-01-01' });
      for (const day of monthsFrom('2026-01-01', 2)) client.monthOfWork(day, 40);
      client.plan(
        '2026-03-10',
        ['INV-2026-01-01', 'INV-2026-02-01'],
        [
          { dueDate: '2026-03-31', amountMinor: MONTH / 2 },
          { dueDate: '2026-04-30', amountMinor: MONTH },
          { dueDate: '2026-05-31', amountMinor: MONTH / 2 },
        ],
      );
      client
        .pay('2026-03-30', 'INV-2026-01-01', MONTH / 2)
        .pay('2026-04-29', 'INV-2026-01-01', MONTH / 2)
        .pay('2026-04-29', 'INV-2026-02-01', MONTH / 2)
        .pay('2026-05-29', 'INV-2026-02-01', MONTH / 2);
      return client.build();
    },
    expected: { band: RiskBand.Green, archetypes: [], recommendation: Recommendation.Keep },
    why: 'Fell behind, agreed a short plan and kept every instalment: trust restored.',
  },
  {
    title: 'Payment plan over two invoices, broken after an earlier broken promise',
    asOf: '2026-05-10',
    history: () => {
      const client = story('plan broken', { since: '2025-01-01' });
      for (const day of monthsFrom('2026-01-01', 2)) client.monthOfWork(day, 40);
      client.promise('2026-02-05', 'INV-2026-01-01', MONTH, '2026-02-20');
      client.plan(
        '2026-03-10',
        ['INV-2026-01-01', 'INV-2026-02-01'],
        [
          { dueDate: '2026-03-31', amountMinor: MONTH },
          { dueDate: '2026-04-30', amountMinor: MONTH },
        ],
      );
      client.pay('2026-03-30', 'INV-2026-01-01', MONTH);
      return client.build();
    },
    expected: { band: RiskBand.Red, archetypes: [Archetype.NonPayer], recommendation: Recommendation.CreditHold },
    why: 'A missed instalment is a broken promise, the second one: the plan is in default, credit stops.',
  },
];
