import { type ClientCommand, type ClientEvent, clientDecider, type ClientState, dateOf, isDomainError, ReminderStep } from '@client-lifecycle/domain';
import type { UnstampedClientCommand } from '../client';
import { demoClientName, type GeneratedClient, generatePortfolio } from './portfolio.generator';
import { ClientProfile } from './portfolio.profiles';

const TODAY = '2026-03-01';
const NOW = `${TODAY}T23:59:59.999Z`;
const portfolio = generatePortfolio({ clients: 300, seed: 42, today: TODAY });

const stamp = (command: UnstampedClientCommand): ClientCommand => {
  const { occurredAt, ...rest } = command;
  return { ...rest, metadata: { occurredAt: occurredAt ?? NOW, now: NOW } } as ClientCommand; // the same union member, with its metadata
};

/** Runs a client's commands through the real decider; the first refusal, if any, with its command. */
const replay = (client: GeneratedClient): { refusal: string | null; events: ClientEvent[] } => {
  let state: ClientState = clientDecider.initialState();
  const events: ClientEvent[] = [];
  for (const [index, command] of client.commands.entries()) {
    const decision = clientDecider.decide(stamp(command), state);
    if (isDomainError(decision)) return { refusal: `#${index} ${command.type}: ${decision.code} ${decision.message}`, events };
    for (const event of decision) {
      state = clientDecider.evolve(state, event);
      events.push(event);
    }
  }
  return { refusal: null, events };
};

/** Dates of things that have happened; due and promised dates are expectations and may lie ahead. */
const factDates = (command: UnstampedClientCommand): string[] => {
  const dates = command.occurredAt !== undefined ? [dateOf(command.occurredAt)] : [];
  switch (command.type) {
    case 'IssueInvoice':
      return [...dates, command.data.issuedOn];
    case 'RecordPayment':
      return [...dates, command.data.paidOn];
    case 'LogTime':
      return [...dates, command.data.workedOn];
    case 'RecordMeeting':
      return [...dates, dateOf(command.data.scheduledAt)];
    default:
      return dates;
  }
};

describe('generatePortfolio', () => {
  it('writes only commands the client decider accepts', () => {
    const refusals = portfolio
      .map((client) => ({ clientId: client.clientId, profile: client.profile, refusal: replay(client).refusal }))
      .filter((result) => result.refusal !== null);
    expect(refusals).toEqual([]);
  });

  it('mixes every profile, good payers the majority', () => {
    const counts = new Map<ClientProfile, number>();
    for (const client of portfolio) counts.set(client.profile, (counts.get(client.profile) ?? 0) + 1);
    for (const profile of Object.values(ClientProfile)) expect(counts.get(profile) ?? 0).toBeGreaterThan(0);
    const good = (counts.get(ClientProfile.GoodPayer) ?? 0) + (counts.get(ClientProfile.LongStandingFirstIncident) ?? 0);
    expect(good / portfolio.length).toBeGreaterThan(0.5);
  });

  it('dates every fact before today, each client in time order, registration first', () => {
    const problems = portfolio.flatMap((client) => {
      const instants = client.commands.map((command) => command.occurredAt ?? '');
      return [
        ...(client.commands[0].type === 'RegisterClient' ? [] : [`${client.clientId} starts with ${client.commands[0].type}`]),
        ...(instants.join() === [...instants].sort().join() ? [] : [`${client.clientId} out of time order`]),
        ...client.commands
          .flatMap(factDates)
          .filter((day) => day >= TODAY)
          .map((day) => `${client.clientId} dated ${day}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('climbs the collection ladder to a lawyer letter for non-payers, with every kind of excuse', () => {
    const nonPayerEvents = portfolio.filter((client) => client.profile === ClientProfile.NonPayer).flatMap((client) => replay(client).events);
    const steps = new Set(nonPayerEvents.flatMap((event) => (event.type === 'ReminderSent' ? [event.data.step] : [])));
    expect([...steps]).toEqual(
      expect.arrayContaining([ReminderStep.Friendly, ReminderStep.Firm, ReminderStep.FormalLetter, ReminderStep.FinalNotice, ReminderStep.LawyerLetter]),
    );
    const categories = new Set(nonPayerEvents.flatMap((event) => (event.type === 'ExcuseRecorded' ? [event.data.category] : [])));
    expect(categories.size).toBe(5);
    expect(nonPayerEvents.some((event) => event.type === 'PaymentRecorded' && event.data.kind === 'PARTIAL')).toBe(true);
  });

  it('gives long-standing clients years of tenure before their first incident', () => {
    const longStanding = portfolio.filter((client) => client.profile === ClientProfile.LongStandingFirstIncident);
    for (const client of longStanding) expect(client.clientSince < '2024-03-01').toBe(true);
  });

  it('is deterministic: the same seed gives the same portfolio, another seed a different one', () => {
    expect(generatePortfolio({ clients: 50, seed: 42, today: TODAY })).toEqual(portfolio.slice(0, 50));
    expect(generatePortfolio({ clients: 50, seed: 7, today: TODAY })).not.toEqual(portfolio.slice(0, 50));
  });

  it('names every client of a 2,000-client portfolio differently, so a search by name finds one client', () => {
    const names = Array.from({ length: 2_000 }, (_, index) => demoClientName(42, index));

    expect(new Set(names).size).toBe(2_000);
    expect(portfolio.map((client) => client.name)).toEqual(names.slice(0, 300));
  });

  it('numbers the names of a portfolio larger than the combinations of words, keeping them unique', () => {
    const names = Array.from({ length: 6_000 }, (_, index) => demoClientName(7, index));

    expect(new Set(names).size).toBe(6_000);
    expect(names[5_999]).toMatch(/ \(3\)$/);
  });
});
