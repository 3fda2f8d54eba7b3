import { AbuseSeverity, addDays, ComplaintOutcome, type LocalDate, MeetingOutcome, RecommendationOutcome, ScopeClassification } from '@client-lifecycle/domain';
import { type Engagement, type IssuedInvoice, logTime, payByPlan, payLate, payOnTime } from './billing.script';
import type { ClientScript } from './client-script';
import { changeScope, complain, meet, recommend, reportAbuse } from './conduct.script';
import { defaultOnInvoice, firstIncident, stallOnInvoice } from './non-payment.script';
import { ClientProfile } from './portfolio.profiles';
import { laterOf } from './seed-calendar';
import { NON_BILLABLE_ACTIVITIES, REJECTED_RECOMMENDATIONS } from './seed-wording';

/** The risk model looks back 90 days; a difficult client's behaviour lands inside that window. */
const RECENT_DAYS = 85;

export interface Story {
  readonly script: ClientScript;
  readonly engagement: Engagement;
  readonly profile: ClientProfile;
  readonly invoices: readonly IssuedInvoice[];
  /** Nothing may be recorded about a client before it is registered. */
  readonly registeredOn: LocalDate;
}

const recentDay = ({ script, registeredOn }: Story, fromDaysAgo = RECENT_DAYS, toDaysAgo = 3): LocalDate =>
  laterOf(addDays(script.today, -script.random.int(toDaysAgo, fromDaysAgo)), addDays(registeredOn, 1));

/** How each invoice gets paid, by profile: the payment history behind the collection read model. */
export const settleInvoices = ({ script, engagement, profile, invoices }: Story): void => {
  const { random, today } = script;
  const mostlyOnTime = (invoice: IssuedInvoice) =>
    random.chance(0.8) ? payOnTime(script, engagement, invoice) : payLate(script, engagement, invoice, random.int(6, 15));
  if (profile === ClientProfile.NonPayer) {
    // Most reach the lawyer's letter (D+90); the others are caught mid-ladder.
    const defaultFrom = addDays(today, random.chance(0.7) ? -random.int(95, 140) : -random.int(30, 90));
    const first = invoices.findIndex((invoice) => invoice.dueDate >= defaultFrom);
    invoices.forEach((invoice, index) => {
      if (first === -1 || index < first) payLate(script, engagement, invoice, random.int(10, 35));
      else if (index === first) defaultOnInvoice(script, engagement, invoice);
      else stallOnInvoice(script, engagement, invoice);
    });
    return;
  }
  if (profile === ClientProfile.LongStandingFirstIncident) {
    const incident = invoices.findLastIndex((invoice) => invoice.dueDate <= addDays(today, -12));
    invoices.forEach((invoice, index) => (index === incident ? firstIncident(script, engagement, invoice) : payOnTime(script, engagement, invoice)));
    return;
  }
  if (profile === ClientProfile.LatePayer) {
    const planned = random.chance(0.4) ? invoices.length - random.int(2, 6) : -1;
    invoices.forEach((invoice, index) => {
      if (index === planned) payByPlan(script, engagement, invoice);
      else if (random.chance(0.7)) payLate(script, engagement, invoice, random.int(6, 40));
      else payOnTime(script, engagement, invoice);
    });
    return;
  }
  const lenient = profile === ClientProfile.ChronicComplainer || profile === ClientProfile.TimeWaster;
  invoices.forEach((invoice) => (lenient ? mostlyOnTime(invoice) : payOnTime(script, engagement, invoice)));
};

/** What besides money marks each profile: complaints, scope creep, wasted time, abuse, unbilled hours. */
export const addConduct = (story: Story, months: readonly LocalDate[]): void => {
  const { script, engagement, profile, invoices } = story;
  const { random } = script;
  const times = (min: number, max: number, act: () => void) => Array.from({ length: random.int(min, max) }, act);
  switch (profile) {
    case ClientProfile.GoodPayer:
    case ClientProfile.LongStandingFirstIncident:
      if (random.chance(0.1)) complain(script, recentDay(story, 300, 10), ComplaintOutcome.Founded);
      if (random.chance(0.15)) changeScope(script, recentDay(story, 300, 10), ScopeClassification.InContract, true, random.int(120, 480));
      return;
    case ClientProfile.ChronicComplainer: {
      const disputed = invoices.filter((invoice) => invoice.issuedOn < addDays(script.today, -30)).at(-1);
      if (disputed) complain(script, addDays(disputed.issuedOn, random.int(2, 20)), ComplaintOutcome.Unfounded, disputed.invoiceId);
      times(4, 7, () => complain(script, recentDay(story), random.chance(0.8) ? ComplaintOutcome.Unfounded : ComplaintOutcome.Founded));
      times(3, 5, () => changeScope(script, recentDay(story, RECENT_DAYS, 10), ScopeClassification.OutOfContract, false, random.int(240, 900)));
      return;
    }
    case ClientProfile.TimeWaster:
      times(2, 4, () => meet(script, recentDay(story), MeetingOutcome.Missed, 'No-show, no notice'));
      times(1, 2, () => meet(script, recentDay(story), MeetingOutcome.ClientUnprepared, 'Had not read the agenda'));
      times(3, 5, () => recommend(script, recentDay(story), random.pick(REJECTED_RECOMMENDATIONS), RecommendationOutcome.Rejected));
      times(4, 8, () => logTime(script, recentDay(story), random.int(120, 480), false, random.pick(NON_BILLABLE_ACTIVITIES)));
      return;
    case ClientProfile.Abusive:
      reportAbuse(script, recentDay(story, 60), random.chance(0.5) ? AbuseSeverity.Minor : AbuseSeverity.Severe);
      return;
    case ClientProfile.Unprofitable:
      // Unbilled effort at 1.6–2.5 times the billable hours: the loaded cost alone exceeds revenue.
      for (const month of months)
        times(2, 2, () => {
          const minutes = engagement.hoursPerMonth * 60 * (0.8 + random.float() * 0.45);
          logTime(script, addDays(month, random.int(3, 27)), minutes, false, random.pick(NON_BILLABLE_ACTIVITIES));
        });
      return;
    case ClientProfile.LatePayer:
    case ClientProfile.NonPayer:
      return;
  }
};

/** Everyone gets a quarterly review; good relationships accept advice now and then. */
export const addRoutine = ({ script, profile }: Story, months: readonly LocalDate[]): void => {
  months.forEach((month, index) => {
    if (index % 3 !== 0) return;
    meet(script, addDays(month, script.random.int(3, 8)), MeetingOutcome.Held, 'Quarterly review');
    if (profile !== ClientProfile.TimeWaster && script.random.chance(0.5))
      recommend(script, addDays(month, 9), 'Shift budget to the best-performing channel', RecommendationOutcome.Accepted);
  });
};
