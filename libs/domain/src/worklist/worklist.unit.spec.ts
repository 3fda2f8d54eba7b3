import type { ClientHistory } from '../client-history';
import { ComplaintOutcome, ReminderStep, story } from '../calibration/client-story.fixtures';
import { ReminderChannel } from '../client/client.vocabulary';
import { DECIDE_COURT_OR_WRITE_OFF } from '../collection/collection-ladder';
import { Recommendation } from '../risk/risk.model';
import { CreditHoldReason, worklistChangesOn, worklistEntriesOf, WorklistAction, WorklistContact, worklistPriority, type WorklistRisk } from './worklist';

const risk = (score: number, recommendation = Recommendation.Keep): WorklistRisk => ({ score, recommendation });

/** Invoice A: EUR 1,000.00 issued 10 January 2026, due 9 February 2026 (30 days' terms). */
const acme = () => story('ACME').invoice('2026-01-10', 100_000, 'A');

describe('the collector worklist of one client', () => {
  it('given an invoice not yet due, lists the courtesy call three days before its due date', () => {
    const [entry] = worklistEntriesOf(acme().build(), '2026-01-20', risk(40));

    expect(entry).toMatchObject({
      entryId: 'acme/A/COURTESY',
      action: WorklistAction.CourtesyCall,
      step: ReminderStep.Courtesy,
      dueOn: '2026-02-06',
      daysPastDue: -3,
      channel: ReminderChannel.Call,
      contact: WorklistContact.AccountsPayable,
      invoices: [{ invoiceId: 'A', dueDate: '2026-02-09', openBalanceMinor: 100_000 }],
    });
  });

  it('given the due date passed, the first message is the friendly reminder, whatever was sent before', () => {
    const [entry] = worklistEntriesOf(acme().build(), '2026-02-15', risk(40));

    expect(entry).toMatchObject({ action: WorklistAction.FriendlyReminder, dueOn: '2026-02-10', channel: ReminderChannel.Email });
  });

  it('when the friendly reminder is recorded, the action leaves the list and the firm reminder waits for D+10', () => {
    const [entry] = worklistEntriesOf(acme().reminder('2026-02-10', 'A', ReminderStep.Friendly).build(), '2026-02-12', risk(40));

    expect(entry).toMatchObject({ entryId: 'acme/A/FIRM', action: WorklistAction.FirmReminder, dueOn: '2026-02-19', channel: ReminderChannel.Call });
  });

  it('lists every invoice past due, the chased one first, and totals them', () => {
    const history = acme().invoice('2026-01-15', 50_000, 'B').reminder('2026-02-10', 'A', ReminderStep.Friendly).build();

    const [entry] = worklistEntriesOf(history, '2026-02-25', risk(40));

    expect(entry.invoices.map((invoice) => invoice.invoiceId)).toEqual(['A', 'B']);
    expect(entry.totalMinor).toBe(150_000);
  });

  it('an action already due lists the invoices past due on the day judged, not only on its due day', () => {
    const history = acme().invoice('2026-02-01', 50_000, 'B').build();

    const [entry] = worklistEntriesOf(history, '2026-03-10', risk(40));

    expect(entry).toMatchObject({ action: WorklistAction.FriendlyReminder, dueOn: '2026-02-10' });
    expect(entry.invoices.map((invoice) => invoice.invoiceId)).toEqual(['A', 'B']);
  });

  it('given a key account, the firm step goes to the top executive', () => {
    const history = story('Big').invoice('2025-06-10', 6_000_000, 'OLD').pay('2025-07-01', 'OLD').invoice('2026-01-10', 100_000, 'A');

    const [entry] = worklistEntriesOf(history.reminder('2026-02-10', 'A', ReminderStep.Friendly).build(), '2026-02-20', risk(40));

    expect(entry).toMatchObject({ action: WorklistAction.ExecutiveEscalation, step: ReminderStep.Firm, contact: WorklistContact.TopExecutive });
  });

  it('at the top of the ladder the action is the court-or-write-off decision, ours to take', () => {
    const [entry] = worklistEntriesOf(acme().reminder('2026-05-10', 'A', ReminderStep.LawyerLetter).build(), '2026-05-30', risk(40));

    expect(entry).toMatchObject({ action: WorklistAction.WriteOffDecision, step: DECIDE_COURT_OR_WRITE_OFF, contact: WorklistContact.Internal });
  });

  it('lists nothing for a paid or a disputed invoice', () => {
    expect(worklistEntriesOf(acme().pay('2026-02-09', 'A').build(), '2026-03-01', risk(40))).toEqual([]);
    expect(worklistEntriesOf(acme().complaint('2026-02-12', null, 'A').build(), '2026-03-01', risk(40))).toEqual([]);
  });

  it('a resolved dispute puts the invoice back on the list', () => {
    const history = acme().complaint('2026-02-12', ComplaintOutcome.Unfounded, 'A').build();

    expect(worklistEntriesOf(history, '2026-03-01', risk(40))).toHaveLength(1);
  });
});

describe('priority: amount × days past due × risk', () => {
  it('weighs each factor', () => {
    expect(worklistPriority(100_000, 10, 0)).toBe(1_000_000);
    expect(worklistPriority(100_000, 10, 100)).toBe(2_000_000);
    expect(worklistPriority(100_000, -3, 50)).toBe(150_000);
  });
});

describe('when the worklist changes without an event', () => {
  it('is the next ladder day after the day judged', () => {
    expect(worklistChangesOn(acme().build(), '2026-01-20')).toBe('2026-02-06');
    expect(worklistChangesOn(acme().build(), '2026-02-12')).toBe('2026-02-19');
  });

  it('once everything is paid, only the end of the key-account year can change it', () => {
    expect(worklistChangesOn(acme().pay('2026-02-09', 'A').build(), '2026-03-01')).toBe('2027-01-10');
  });
});

describe('a credit hold on the worklist', () => {
  /** A and B open: A due 9 February, B due 14 February. */
  const owing = () => acme().invoice('2026-01-15', 50_000, 'B');

  it('given the risk recommends a credit hold, lists the hold with every open invoice, due on the day judged', () => {
    const entries = worklistEntriesOf(owing().build(), '2026-03-01', risk(70, Recommendation.CreditHold));

    const hold = entries.find((entry) => entry.action === WorklistAction.PlaceCreditHold);
    expect(hold).toMatchObject({
      entryId: 'acme/PLACE_CREDIT_HOLD',
      step: null,
      invoiceId: 'A',
      dueOn: '2026-03-01',
      daysPastDue: 20,
      totalMinor: 150_000,
      channel: ReminderChannel.Email,
      contact: WorklistContact.AccountsPayable,
      hold: { reason: CreditHoldReason.PaymentRisk, creditLimitMinor: null },
      priority: worklistPriority(150_000, 20, 70),
    });
    expect(hold?.invoices.map((invoice) => invoice.invoiceId)).toEqual(['A', 'B']);
    expect(entries.map((entry) => entry.action)).toContain(WorklistAction.FriendlyReminder);
  });

  it('given the client owes more than its credit limit, lists the hold with the limit as its reason, whatever the recommendation', () => {
    const history = { ...owing().build(), creditLimits: [{ amountMinor: 120_000, on: '2026-01-01', eventId: 'limit-1' }] };

    const [hold] = worklistEntriesOf(history, '2026-03-01', risk(30)).filter((entry) => entry.action === WorklistAction.PlaceCreditHold);

    expect(hold.hold).toEqual({ reason: CreditHoldReason.CreditLimitExceeded, creditLimitMinor: 120_000 });
  });

  it('within the limit, or with the limit cleared, and no hold recommended, lists no hold', () => {
    const within = { ...owing().build(), creditLimits: [{ amountMinor: 200_000, on: '2026-01-01', eventId: 'limit-1' }] };
    const cleared = {
      ...owing().build(),
      creditLimits: [
        { amountMinor: 100_000, on: '2026-01-01', eventId: 'limit-1' },
        { amountMinor: null, on: '2026-02-01', eventId: 'limit-2' },
      ],
    };

    for (const history of [within, cleared])
      expect(worklistEntriesOf(history, '2026-03-01', risk(30)).map((entry) => entry.action)).not.toContain(WorklistAction.PlaceCreditHold);
  });

  it('when credit is placed on hold, the hold leaves the list; once released, it comes back if still advised', () => {
    const held = { ...owing().build(), creditHolds: [{ placedOn: '2026-03-01', releasedOn: null, eventIds: ['hold-1'] }] };
    const released = { ...owing().build(), creditHolds: [{ placedOn: '2026-02-20', releasedOn: '2026-02-25', eventIds: ['hold-1', 'release-1'] }] };

    const actions = (history: ClientHistory) => worklistEntriesOf(history, '2026-03-02', risk(70, Recommendation.CreditHold)).map((entry) => entry.action);

    expect(actions(held)).not.toContain(WorklistAction.PlaceCreditHold);
    expect(actions(released)).toContain(WorklistAction.PlaceCreditHold);
  });

  it('with nothing owed, a hold recommendation lists nothing', () => {
    expect(worklistEntriesOf(acme().pay('2026-02-09', 'A').build(), '2026-03-01', risk(70, Recommendation.CreditHold))).toEqual([]);
  });
});

describe('a written-off invoice on the worklist', () => {
  it('when the invoice is written off in full, its actions and the hold leave the list', () => {
    const history = acme().reminder('2026-05-10', 'A', ReminderStep.LawyerLetter).writeOff('2026-05-31', 'A').build();

    expect(worklistEntriesOf(history, '2026-06-01', risk(80, Recommendation.CreditHold))).toEqual([]);
  });

  it('when part of it is written off, the rest is still chased, for what remains open', () => {
    const history = acme().writeOff('2026-02-20', 'A', 40_000).build();

    const [entry] = worklistEntriesOf(history, '2026-03-01', risk(40));

    expect(entry).toMatchObject({ action: WorklistAction.FriendlyReminder, totalMinor: 60_000 });
  });

  it('the ladder moves on to the next invoice still open', () => {
    const history = acme().invoice('2026-01-20', 30_000, 'B').writeOff('2026-02-20', 'A').build();

    const [entry] = worklistEntriesOf(history, '2026-03-01', risk(40));

    expect(entry).toMatchObject({ invoiceId: 'B', invoices: [{ invoiceId: 'B', openBalanceMinor: 30_000 }] });
  });
});
