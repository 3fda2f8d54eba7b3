import { v7 } from 'uuid';
import { type ClientEvent, clientStreamId } from '@client-lifecycle/domain';
import type { EventStore, EventToAppend } from '@client-lifecycle/ports';

/** A long relationship: invoices paid in two parts, time logged, meetings and reminders, in a steady mix. */
export function longClientEvents(clientId: string, length: number): ClientEvent[] {
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  const events: ClientEvent[] = [
    {
      type: 'ClientRegistered',
      data: {
        clientId,
        name: 'Long Ltd',
        clientSince: '2020-01-01',
        contract: {
          paymentTermsDays: 30,
          noticePeriodDays: 60,
          exitClause: { text: 'Notice applies', immediateExitFor: [] },
          startDate: '2020-01-01',
          endDate: null,
          hourlyRate: eur(9_000),
          currency: 'EUR',
          contractedHoursPerMonth: 20,
        },
      },
    } as ClientEvent,
  ];
  for (let cycle = 0; events.length < length; cycle++) {
    const invoiceId = `INV-${cycle}`;
    const day = `2026-${String((cycle % 9) + 1).padStart(2, '0')}-${String((cycle % 27) + 1).padStart(2, '0')}`;
    events.push(
      ...([
        { type: 'InvoiceIssued', data: { clientId, invoiceId, amount: eur(100_000), issuedOn: day, dueDate: day, description: null } },
        {
          type: 'TimeLogged',
          data: { clientId, timeEntryId: `T-${cycle}-1`, activity: 'DELIVERY', minutes: 60, billable: true, workedOn: day, scopeChangeId: null },
        },
        { type: 'ReminderSent', data: { clientId, reminderId: `R-${cycle}`, invoiceId, step: 'FRIENDLY', channel: 'EMAIL', note: null } },
        {
          type: 'PaymentRecorded',
          data: { clientId, paymentId: `P-${cycle}-1`, invoiceId, amount: eur(40_000), paidOn: day, kind: 'PARTIAL', openBalanceAfter: eur(60_000) },
        },
        {
          type: 'TimeLogged',
          data: { clientId, timeEntryId: `T-${cycle}-2`, activity: 'SUPPORT', minutes: 30, billable: false, workedOn: day, scopeChangeId: null },
        },
        {
          type: 'MeetingRecorded',
          data: { clientId, meetingId: `M-${cycle}`, scheduledAt: `${day}T10:00:00.000Z`, outcome: 'HELD', durationMinutes: 45, note: null },
        },
        {
          type: 'PaymentRecorded',
          data: { clientId, paymentId: `P-${cycle}-2`, invoiceId, amount: eur(60_000), paidOn: day, kind: 'FULL', openBalanceAfter: eur(0) },
        },
        {
          type: 'TimeLogged',
          data: { clientId, timeEntryId: `T-${cycle}-3`, activity: 'DELIVERY', minutes: 90, billable: true, workedOn: day, scopeChangeId: null },
        },
      ] as ClientEvent[]),
    ); // the enum members by value, so the script also runs against older vocabularies
  }
  return events.slice(0, length);
}

/** Appends a long client's stream straight through the event store, 1,000 events per append. */
export async function appendLongClient(store: EventStore, clientId: string, length: number): Promise<void> {
  const events = longClientEvents(clientId, length);
  const metadata = { correlationId: 'bench', causationId: null, actor: 'bench' };
  for (let from = 0; from < events.length; from += 1_000) {
    const batch: EventToAppend[] = events.slice(from, from + 1_000).map((event) => ({
      eventId: v7(),
      type: event.type,
      schemaVersion: 1,
      occurredAt: '2026-11-01T09:00:00.000Z',
      data: event.data,
      metadata,
    }));
    await store.append(clientStreamId(clientId), batch, { expectedVersion: from });
  }
}
