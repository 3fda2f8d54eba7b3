import {
  assertNever,
  type DateOutOfWindow,
  type DateWindow,
  dateOutOfWindow,
  DateWindows,
  firstRefusal,
  type InputCheck,
  firstImplausibleText,
  instantOutOfWindow,
  isAboveAmountBound,
  type LocalDate,
  MAX_AMOUNT_MINOR,
  MAX_CLIENT_INVOICED_MINOR,
  type Money,
  PAST_DATE_TOLERANCE_DAYS,
} from '../shared';
import type { ClientCommand, CommandMetadata } from './client.commands';
import { ClientErrors } from './client.errors';
import type { ClientState } from './client.state';

const amount = (field: string, value: Money | undefined) => (): InputCheck =>
  value !== undefined && isAboveAmountBound(value.amountMinor) ? ClientErrors.amountTooLarge(field, value.amountMinor, MAX_AMOUNT_MINOR) : null;

const date = (field: string, value: LocalDate | null | undefined, window: DateWindow, metadata: CommandMetadata) => (): InputCheck => {
  const found: DateOutOfWindow | null = dateOutOfWindow(field, value, window, metadata.now);
  return found ? ClientErrors.dateOutOfRange(found) : null;
};

const occurredAt = (metadata: CommandMetadata) => (): InputCheck => {
  // The upper side (not after now) is the decider's own rule; only the lower bound is new here.
  const found = instantOutOfWindow('occurredAt', metadata.occurredAt, metadata.now, Number.POSITIVE_INFINITY, 'business time since 1970');
  return found ? ClientErrors.dateOutOfRange(found) : null;
};

const text = (data: unknown) => (): InputCheck => {
  const found = firstImplausibleText(data);
  return found ? ClientErrors.implausibleText(found.field, found.violation) : null;
};

/** Invoiced over the client's whole history, so every per-client total stays an exact JSON number. */
const invoicedTotal = (state: ClientState, value: Money) => (): InputCheck => {
  if (state.status !== 'ACTIVE' || !Number.isSafeInteger(value.amountMinor)) return null;
  let invoicedMinor = 0;
  for (const invoice of state.invoices.values()) invoicedMinor += invoice.amount.amountMinor;
  return invoicedMinor + value.amountMinor > MAX_CLIENT_INVOICED_MINOR
    ? ClientErrors.invoicedTotalCapExceeded(invoicedMinor, value.amountMinor, MAX_CLIENT_INVOICED_MINOR)
    : null;
};

const { happened, planned } = DateWindows;

/** The rules of each command's own fields (docs/input-rules.md lists them with their reasons). */
const fieldRules = (command: ClientCommand, state: ClientState): (() => InputCheck)[] => {
  const m = command.metadata;
  switch (command.type) {
    case 'RegisterClient': {
      const { contract, clientSince } = command.data;
      return [
        amount('contract.hourlyRate', contract.hourlyRate),
        date('contract.startDate', contract.startDate, DateWindows.contractStart, m),
        date('contract.endDate', contract.endDate, DateWindows.contractEnd, m),
        date('clientSince', clientSince, DateWindows.clientSince, m),
      ];
    }
    case 'AmendContract':
      return [amount('hourlyRate', command.data.hourlyRate), date('endDate', command.data.endDate, DateWindows.contractEnd, m)];
    case 'IssueInvoice':
      return [
        amount('amount', command.data.amount),
        date('issuedOn', command.data.issuedOn, happened, m),
        date('dueDate', command.data.dueDate, planned, m),
        invoicedTotal(state, command.data.amount),
      ];
    case 'RecordPayment':
      return [amount('amount', command.data.amount), date('paidOn', command.data.paidOn, happened, m)];
    case 'RecordExcuse':
      return [date('promisedDate', command.data.promisedDate, planned, m)];
    case 'RecordPromiseToPay':
      return [amount('amount', command.data.amount), date('promisedDate', command.data.promisedDate, planned, m)];
    case 'AgreePaymentPlan':
      return command.data.instalments.flatMap((instalment, index) => [
        amount(`instalments[${index}].amount`, instalment.amount),
        date(`instalments[${index}].dueDate`, instalment.dueDate, planned, m),
      ]);
    case 'LogTime':
      return [date('workedOn', command.data.workedOn, happened, m)];
    case 'RecordMeeting': {
      // Every outcome (held, missed, client unprepared) is known only once the meeting's time has come.
      const { scheduledAt } = command.data;
      return [
        () => {
          const found = instantOutOfWindow('scheduledAt', scheduledAt, m.now, PAST_DATE_TOLERANCE_DAYS, 'a meeting whose outcome is known');
          return found ? ClientErrors.dateOutOfRange(found) : null;
        },
      ];
    }
    case 'RecordInvoiceAged':
      return [date('agedOn', command.data.agedOn, happened, m)];
    case 'RecordBrokenPromise':
      return [date('brokenOn', command.data.brokenOn, happened, m)];
    case 'RecordCollectionStepDue':
      return [date('dueOn', command.data.dueOn, happened, m)];
    case 'RecordNoticeOfTermination':
      return [date('servedOn', command.data.servedOn, happened, m), date('effectiveDate', command.data.effectiveDate, planned, m)];
    case 'OffboardClient':
      return [date('offboardedOn', command.data.offboardedOn, happened, m)];
    case 'WriteOffInvoice':
    case 'WriteOffOutstanding':
    case 'RecordCollectionCost':
    case 'IssueCreditNote':
    case 'GrantSettlementDiscount':
      return [amount('amount', command.data.amount)];
    case 'SetCreditLimit':
      return [amount('limit', command.data.limit ?? undefined)];
    case 'ChargeLateInterest':
      return [amount('amount', command.data.amount), date('from', command.data.from, happened, m), date('to', command.data.to, happened, m)];
    case 'RecordConductSignal':
      return [date('occurredOn', command.data.occurredOn, happened, m)];
    case 'PlaceCreditHold':
    case 'ReleaseCreditHold':
    case 'HandOverToCollectionAgency':
    case 'RecordLegalAction':
    case 'FileComplaint':
    case 'ResolveComplaint':
    case 'RecordReminder':
    case 'RequestScopeChange':
    case 'DecideScopeChange':
    case 'RecordRecommendation':
    case 'ReportAbuse':
    case 'RestrictNewWork':
    case 'LiftNewWorkRestriction':
    case 'WithdrawNoticeOfTermination':
    case 'OpenTermination':
    case 'CloseTermination':
      return [];
    default:
      return assertNever(command);
  }
};

/**
 * Bounds every command meets, whoever sends it (the API, the termination process, the seed):
 * amounts that keep totals exact, business dates in a plausible window of the clock's day, and
 * text that shows something and hides nothing. Checked before the business rules.
 */
export const checkClientInputLimits = (command: ClientCommand, state: ClientState): InputCheck =>
  firstRefusal(occurredAt(command.metadata), text(command.data), ...fieldRules(command, state));
