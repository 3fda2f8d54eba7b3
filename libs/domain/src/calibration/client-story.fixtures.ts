/**
 * A small story DSL for the calibration suite: a client's life as dated facts, built straight
 * into the `ClientHistory` the read models read (not through the fold, so a story can also state
 * facts no client event records yet: write-offs, legal fees, conduct signals). Test support only.
 */
import type { ClientHistory, InvoiceEntry, PromiseEntry } from '../client-history';
import { contractTerms } from '../client/client.fixtures';
import {
  AbuseSeverity,
  ComplaintOutcome,
  MeetingOutcome,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  ScopeClassification,
} from '../client/client.vocabulary';
import { addDays, type LocalDate } from '../shared';
import type { ConductSignalKind, FeeKind } from '../client-history';

type Mutable<T> = { -readonly [K in keyof T]-?: NonNullable<T[K]> extends readonly (infer Item)[] ? Item[] : T[K] };

export interface StoryClient {
  readonly since?: LocalDate;
  readonly hourlyRateMinor?: number;
  readonly paymentTermsDays?: number;
  readonly contractedHoursPerMonth?: number;
}

export class ClientStory {
  private readonly history: Mutable<ClientHistory>;
  private readonly invoiceById = new Map<string, Mutable<InvoiceEntry>>();
  private sequence = 0;

  constructor(
    readonly title: string,
    client: StoryClient = {},
  ) {
    const since = client.since ?? '2025-01-01';
    this.history = {
      clientId: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      name: title,
      clientSince: since,
      contract: contractTerms({
        startDate: since,
        paymentTermsDays: client.paymentTermsDays ?? 30,
        contractedHoursPerMonth: client.contractedHoursPerMonth ?? 40,
        hourlyRate: { amountMinor: client.hourlyRateMinor ?? 9_000, currency: 'EUR' },
      }),
      invoices: [],
      promises: [],
      paymentPlans: [],
      excuses: [],
      reminders: [],
      complaints: [],
      scopeChanges: [],
      timeEntries: [],
      meetings: [],
      recommendations: [],
      abuseReports: [],
      fees: [],
      conductSignals: [],
      creditHolds: [],
      creditLimits: [],
      recoverySteps: [],
    };
  }

  private id(prefix: string, day: LocalDate) {
    this.sequence += 1;
    return `${prefix}-${this.sequence}@${day}`;
  }

  invoice(issuedOn: LocalDate, amountMinor: number, invoiceId = `INV-${issuedOn}`): this {
    const invoice: Mutable<InvoiceEntry> = {
      invoiceId,
      amountMinor,
      currency: 'EUR',
      issuedOn,
      dueDate: addDays(issuedOn, this.history.contract.paymentTermsDays),
      description: null,
      eventId: this.id('InvoiceIssued', issuedOn),
      payments: [],
      openBalanceMinor: amountMinor,
      paidOffOn: null,
      disputes: [],
      writeOffs: [],
      adjustments: [],
    };
    this.invoiceById.set(invoiceId, invoice);
    this.history.invoices.push(invoice);
    return this;
  }

  /** Billable work of a month, invoiced on `issuedOn` at the contract rate. */
  monthOfWork(issuedOn: LocalDate, billableHours: number, activity = 'DELIVERY'): this {
    this.time(addDays(issuedOn, -1), billableHours * 60, { activity });
    return this.invoice(issuedOn, billableHours * this.history.contract.hourlyRate.amountMinor);
  }

  pay(paidOn: LocalDate, invoiceId: string, amountMinor?: number): this {
    const invoice = this.invoiceOf(invoiceId);
    const amount = amountMinor ?? invoice.openBalanceMinor;
    invoice.payments.push({ paymentId: this.id('P', paidOn), amountMinor: amount, paidOn, eventId: this.id('PaymentRecorded', paidOn) });
    invoice.openBalanceMinor = Math.max(0, invoice.openBalanceMinor - amount);
    if (invoice.openBalanceMinor === 0) invoice.paidOffOn = paidOn;
    return this;
  }

  /** Pays the share of every invoice `days` after its due date. */
  payEveryInvoice(daysAfterDue: number, share = 1): this {
    for (const invoice of [...this.history.invoices])
      this.pay(addDays(invoice.dueDate, daysAfterDue), invoice.invoiceId, Math.round(invoice.amountMinor * share));
    return this;
  }

  excuse(on: LocalDate, invoiceId: string | null = null, promisedDate: LocalDate | null = null): this {
    this.history.excuses.push({ excuseId: this.id('E', on), on, invoiceId, promisedDate, eventId: this.id('ExcuseRecorded', on) });
    return this;
  }

  promise(madeOn: LocalDate, invoiceId: string, amountMinor: number, promisedDate: LocalDate): this {
    this.history.promises.push({
      promiseId: this.id('PTP', madeOn),
      invoiceId,
      amountMinor,
      madeOn,
      promisedDate,
      eventId: this.id('PromiseToPayRecorded', madeOn),
      source: 'PROMISE',
    });
    return this;
  }

  plan(madeOn: LocalDate, invoiceIds: readonly string[], instalments: readonly { dueDate: LocalDate; amountMinor: number }[]): this {
    const planId = this.id('PLAN', madeOn);
    const eventId = this.id('PaymentPlanAgreed', madeOn);
    const promises: PromiseEntry[] = instalments.map((instalment, index) => ({
      promiseId: `${planId}#${index + 1}`,
      invoiceId: invoiceIds[0],
      amountMinor: instalment.amountMinor,
      madeOn,
      promisedDate: instalment.dueDate,
      eventId,
      source: 'INSTALMENT',
      planInvoiceIds: invoiceIds,
    }));
    this.history.promises.push(...promises);
    this.history.paymentPlans.push({
      planId,
      agreedOn: madeOn,
      invoiceIds,
      instalments: instalments.map((instalment, index) => ({
        instalmentNumber: index + 1,
        dueDate: instalment.dueDate,
        amount: { amountMinor: instalment.amountMinor, currency: 'EUR' },
      })),
      eventId,
    });
    return this;
  }

  reminder(on: LocalDate, invoiceId: string, step: ReminderStep): this {
    this.history.reminders.push({ reminderId: this.id('R', on), invoiceId, step, channel: ReminderChannel.Email, on, eventId: this.id('ReminderSent', on) });
    return this;
  }

  complaint(filedOn: LocalDate, outcome: ComplaintOutcome | null = ComplaintOutcome.Unfounded, disputedInvoiceId: string | null = null): this {
    const resolvedOn = outcome === null ? null : addDays(filedOn, 2);
    const complaintId = this.id('C', filedOn);
    const eventIds = [this.id('ComplaintFiled', filedOn), ...(resolvedOn ? [this.id('ComplaintResolved', resolvedOn)] : [])];
    this.history.complaints.push({ complaintId, filedOn, disputedInvoiceId, outcome, resolvedOn, eventIds });
    const invoice = disputedInvoiceId ? this.invoiceById.get(disputedInvoiceId) : undefined;
    if (invoice) invoice.disputes.push({ complaintId, from: filedOn, until: resolvedOn });
    return this;
  }

  /** Out-of-contract work the client asked for and does not pay: a scope change and its hours. */
  unpaidScopeCreep(on: LocalDate, minutes: number): this {
    const scopeChangeId = this.id('SC', on);
    this.history.scopeChanges.push({
      scopeChangeId,
      requestedOn: on,
      classification: ScopeClassification.OutOfContract,
      billable: false,
      eventIds: [this.id('ScopeChangeRequested', on), this.id('ScopeChangeDecided', on)],
    });
    return this.time(on, minutes, { billable: false, scopeChangeId });
  }

  time(workedOn: LocalDate, minutes: number, options: { billable?: boolean; activity?: string; scopeChangeId?: string } = {}): this {
    this.history.timeEntries.push({
      timeEntryId: this.id('T', workedOn),
      activity: options.activity ?? 'DELIVERY',
      minutes,
      billable: options.billable ?? true,
      workedOn,
      scopeChangeId: options.scopeChangeId ?? null,
      eventId: this.id('TimeLogged', workedOn),
    });
    return this;
  }

  meeting(on: LocalDate, outcome: MeetingOutcome = MeetingOutcome.Held, durationMinutes: number | null = 60): this {
    this.history.meetings.push({
      meetingId: this.id('M', on),
      on,
      outcome,
      durationMinutes: outcome === MeetingOutcome.Held ? durationMinutes : null,
      eventId: this.id('MeetingRecorded', on),
    });
    return this;
  }

  recommendation(on: LocalDate, outcome: RecommendationOutcome): this {
    this.history.recommendations.push({ recommendationId: this.id('REC', on), on, outcome, eventId: this.id('RecommendationRecorded', on) });
    return this;
  }

  abuse(on: LocalDate, severity: AbuseSeverity = AbuseSeverity.Minor): this {
    this.history.abuseReports.push({ reportId: this.id('AB', on), on, severity, eventId: this.id('AbuseReported', on) });
    return this;
  }

  conduct(on: LocalDate, kind: ConductSignalKind, detail: { agreedHours?: number; actualHours?: number } = {}): this {
    this.history.conductSignals.push({ signalId: this.id('CS', on), on, kind, ...detail, eventId: this.id('ConductSignalRecorded', on) });
    return this;
  }

  writeOff(on: LocalDate, invoiceId: string, amountMinor?: number, reason = 'cost of recovery exceeds the debt'): this {
    const invoice = this.invoiceOf(invoiceId);
    const amount = amountMinor ?? invoice.openBalanceMinor;
    invoice.writeOffs.push({ writeOffId: this.id('WO', on), amountMinor: amount, on, reason, eventId: this.id('InvoiceWrittenOff', on) });
    invoice.openBalanceMinor = Math.max(0, invoice.openBalanceMinor - amount);
    return this;
  }

  fee(on: LocalDate, kind: FeeKind, amountMinor: number): this {
    this.history.fees.push({ feeId: this.id('FEE', on), on, kind, amountMinor, eventId: this.id('CollectionCostRecorded', on) });
    return this;
  }

  /** The story so far; a fresh copy, so a test may keep telling it. */
  build(): ClientHistory {
    return structuredClone(this.history);
  }

  private invoiceOf(invoiceId: string) {
    const invoice = this.invoiceById.get(invoiceId);
    if (!invoice) throw new Error(`story "${this.title}": no invoice ${invoiceId}`);
    return invoice;
  }
}

export const story = (title: string, client?: StoryClient) => new ClientStory(title, client);

export { AbuseSeverity, ComplaintOutcome, MeetingOutcome, RecommendationOutcome, ReminderStep };
