import { addDays, ExitCause, type LocalDate } from '@client-lifecycle/domain';
import type { UnstampedClientCommand } from '../client';
import { type Engagement, type IssuedInvoice, workAndInvoiceMonth } from './billing.script';
import { ClientScript } from './client-script';
import { ClientProfile, PROFILE_WEIGHTS } from './portfolio.profiles';
import { clientSeed, Random } from './prng';
import { addConduct, addRoutine, settleInvoices, type Story } from './profile-stories';
import { laterOf, monthStart } from './seed-calendar';
import { COMPANY_FORMS, COMPANY_PREFIXES, COMPANY_TRADES } from './seed-wording';

export interface PortfolioOptions {
  readonly clients: number;
  readonly seed: number;
  /** The last day of the story; facts are recorded up to the end of the day before. */
  readonly today: LocalDate;
}

export interface GeneratedClient {
  readonly clientId: string;
  readonly name: string;
  readonly profile: ClientProfile;
  readonly clientSince: LocalDate;
  /** In the order they happened, each with its backdated occurredAt. */
  readonly commands: readonly UnstampedClientCommand[];
}

const DAYS_PER_YEAR = 365;
/**
 * Months of invoices recorded in detail. Tenure can be much longer (clientSince), but each
 * command re-reads its stream, so a few dozen facts per client keep the seed under a minute.
 */
const HISTORY_MONTHS = [12, 18] as const;

const tenureDays = (random: Random, profile: ClientProfile): number => {
  if (profile === ClientProfile.LongStandingFirstIncident) return random.int(3 * DAYS_PER_YEAR, 8 * DAYS_PER_YEAR);
  // Some clients are new, so the tenure rule has both sides to show.
  return random.chance(0.15) ? random.int(90, 330) : random.int(DAYS_PER_YEAR, 7 * DAYS_PER_YEAR);
};

const engagementFor = (random: Random, profile: ClientProfile): Engagement => ({
  currency: 'EUR',
  // Unprofitable clients pay a low rate as well as soaking up unbilled time.
  hourlyRateMinor: profile === ClientProfile.Unprofitable ? random.int(35, 55) * 100 : random.int(80, 150) * 100,
  paymentTermsDays: random.pick([14, 30, 30, 30, 45, 60]),
  hoursPerMonth: random.int(6, 20),
});

const register = (script: ClientScript, name: string, clientSince: LocalDate, registeredOn: LocalDate, engagement: Engagement): void => {
  const { random } = script;
  const strict = random.chance(0.7);
  script.at(registeredOn, 7 * 60, {
    type: 'RegisterClient',
    data: {
      clientId: script.clientId,
      name,
      clientSince,
      contract: {
        paymentTermsDays: engagement.paymentTermsDays,
        noticePeriodDays: random.pick([15, 15, 30, 60]),
        exitClause: strict
          ? { text: 'Either party may end with notice; immediately for non-payment or abuse', immediateExitFor: [ExitCause.NonPayment, ExitCause.Abuse] }
          : { text: 'Either party may end with notice', immediateExitFor: [] },
        startDate: clientSince,
        hourlyRate: { amountMinor: engagement.hourlyRateMinor, currency: engagement.currency },
        currency: engagement.currency,
        contractedHoursPerMonth: engagement.hoursPerMonth,
      },
    },
  });
};

const NAME_COMBINATIONS = COMPANY_PREFIXES.length * COMPANY_TRADES.length * COMPANY_FORMS.length;
/**
 * Prime and no factor of NAME_COMBINATIONS (2,880): stepping by it visits every combination once
 * before any repeats, and consecutive clients get unlike names.
 */
const NAME_STRIDE = 1_031;

/**
 * A demo client's name, unique in its portfolio: the index picks a combination of prefix, trade
 * and legal form (the seed shifts where the walk starts), and a portfolio larger than the
 * combinations numbers each further round, as in "Northwind Dental Ltd (2)".
 */
export const demoClientName = (seed: number, index: number): string => {
  const start = ((seed % NAME_COMBINATIONS) + NAME_COMBINATIONS) % NAME_COMBINATIONS;
  const slot = (index * NAME_STRIDE + start) % NAME_COMBINATIONS;
  const prefix = COMPANY_PREFIXES[slot % COMPANY_PREFIXES.length];
  const trade = COMPANY_TRADES[Math.floor(slot / COMPANY_PREFIXES.length) % COMPANY_TRADES.length];
  const form = COMPANY_FORMS[Math.floor(slot / (COMPANY_PREFIXES.length * COMPANY_TRADES.length))];
  const round = Math.floor(index / NAME_COMBINATIONS);
  return round === 0 ? `${prefix} ${trade} ${form}` : `${prefix} ${trade} ${form} (${round + 1})`;
};

/** One client, from its own seeded stream: the same (seed, index, today) always gives the same story. */
export const generateClient = (seed: number, index: number, today: LocalDate): GeneratedClient => {
  const random = new Random(clientSeed(seed, index));
  const profile = random.weighted(PROFILE_WEIGHTS);
  const clientId = `demo-${seed}-${String(index + 1).padStart(5, '0')}`;
  const name = demoClientName(seed, index);
  const clientSince = addDays(today, -tenureDays(random, profile));
  const engagement = engagementFor(random, profile);
  const script = new ClientScript(clientId, random, today);

  const firstMonth = laterOf(monthStart(today, -random.int(...HISTORY_MONTHS)), monthStart(clientSince, 1));
  const registeredOn = laterOf(clientSince, addDays(firstMonth, -7));
  register(script, name, clientSince, registeredOn, engagement);
  const months: LocalDate[] = [];
  for (let month = firstMonth; month <= monthStart(today); month = monthStart(month, 1)) months.push(month);
  const invoices: IssuedInvoice[] = months.map((month) => workAndInvoiceMonth(script, engagement, month));
  const story: Story = { script, engagement, profile, invoices, registeredOn };
  settleInvoices(story);
  addRoutine(story, months);
  addConduct(story, months);
  return { clientId, name, profile, clientSince, commands: script.commands() };
};

/** A deterministic demo portfolio: no clock, no Math.random, only the seed. */
export const generatePortfolio = ({ clients, seed, today }: PortfolioOptions): GeneratedClient[] =>
  Array.from({ length: clients }, (_, index) => generateClient(seed, index, today));
