import type { CommandMetadata } from '../client/client.commands';
import {
  assertNever,
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
} from '../shared';
import type { TerminationCommand } from './termination.commands';
import { TerminationErrors } from './termination.errors';

const amount = (field: string, amountMinor: number | undefined) => (): InputCheck =>
  isAboveAmountBound(amountMinor) ? TerminationErrors.amountTooLarge(field, amountMinor, MAX_AMOUNT_MINOR) : null;

const date = (field: string, value: LocalDate | undefined, window: DateWindow, metadata: CommandMetadata) => (): InputCheck => {
  const found = dateOutOfWindow(field, value, window, metadata.now);
  return found ? TerminationErrors.dateOutOfRange(found) : null;
};

const { happened, planned } = DateWindows;

/** Figures the service reads from the client (the evidence, balances): nobody typed them in. */
const READ_IN: ReadonlySet<string> = new Set(['evidence', 'outstanding', 'clientOpenBalance']);

const fieldRules = (command: TerminationCommand): (() => InputCheck)[] => {
  const m = command.metadata;
  switch (command.type) {
    case 'ServeNotice':
      return [date('servedOn', command.data.servedOn, happened, m), date('effectiveDate', command.data.effectiveDate, planned, m)];
    case 'ConfirmDeliverables':
      return command.data.deliverables.map((item, index) => date(`deliverables[${index}].dueOn`, item.dueOn, planned, m));
    case 'CompleteDeliverable':
      return [date('completedOn', command.data.completedOn, happened, m)];
    case 'IssueFinalInvoice':
      return [amount('amount', command.data.amount.amountMinor), date('issuedOn', command.data.issuedOn, happened, m)];
    case 'RecordSettlement':
      return [amount('expectedRecoveryMinor', command.data.expectedRecoveryMinor), amount('recoveryCostMinor', command.data.recoveryCostMinor)];
    case 'DeliverTransitionPlan':
      return [date('deliveredOn', command.data.deliveredOn, happened, m)];
    case 'ObserveClientPayment':
      return [date('paidOn', command.data.paidOn, happened, m)];
    case 'ProposeTermination':
    case 'ApproveTermination':
    case 'RejectTermination':
    case 'EvaluateContract':
    case 'DecideNewWork':
    case 'CancelTermination':
    case 'CompleteOffboarding':
    case 'RecordDeadlinePassed':
      return [];
    default:
      return assertNever(command);
  }
};

/**
 * The bounds of client commands, for a termination's own inputs: amounts, business dates in a
 * plausible window of the clock's day, visible text. The outstanding balance and the evidence are
 * read from the client, not typed in, so they are not bounded here.
 */
export const checkTerminationInputLimits = (command: TerminationCommand): InputCheck => {
  const typedIn = Object.fromEntries(Object.entries(command.data).filter(([key]) => !READ_IN.has(key)));
  return firstRefusal(
    () => {
      const found = instantOutOfWindow('occurredAt', command.metadata.occurredAt, command.metadata.now, Number.POSITIVE_INFINITY, 'business time since 1970');
      return found ? TerminationErrors.dateOutOfRange(found) : null;
    },
    () => {
      const found = firstImplausibleText(typedIn);
      return found ? TerminationErrors.implausibleText(found.field, found.violation) : null;
    },
    ...fieldRules(command),
  );
};
