import { DraftKind } from '../draft.vocabulary';
import type { DraftTemplates } from '../draft.template';

/** English drafts. Tone (DOMAIN.md): the first message friendly, then empathy, clear limits and always the reason. */
export const EN_TEMPLATES: DraftTemplates = {
  invoiceLine: '- Invoice {invoiceId}: {amount}, due on {dueDate}{overdue, select, yes {, {days, plural, one {# day} other {# days}} overdue} other {}}',
  drafts: {
    [DraftKind.CourtesyCall]: {
      subject: 'Courtesy call: {client}',
      body: `Call {client} before the due date.
- Ask whether everything is working well and whether they need anything from us.
- Confirm they received {count, plural, one {the invoice} other {the # invoices}} for {total}:
{invoiceList}
- Thank them for their business; no pressure, this is a courtesy.`,
    },
    [DraftKind.FriendlyReminder]: {
      subject: 'A friendly reminder from us',
      body: `Hello {client},

We hope all is well. Invoices get misplaced all the time, so this is just a friendly note: our records show {count, plural, one {an invoice} other {# invoices}} for {total} still open:
{invoiceList}

If it is already on its way, thank you and please ignore this message. {askForDate, select, yes {Could you tell us the date on which we can expect the payment?} other {If anything is holding it up, let us know and we will gladly help.}}

Kind regards,
Accounts receivable`,
    },
    [DraftKind.FirmReminder]: {
      subject: 'Payment overdue: {total}',
      body: `Hello {client},

We understand that things come up, but the following {count, plural, one {invoice is} other {# invoices are}} now overdue, the oldest by {oldestDays} days:
{invoiceList}

We need the payment of {total}, or a firm payment date, by {replyBy}: our agreement depends on invoices being paid on the terms we both signed. We will call you in the next few days to settle it together.{askForDate, select, yes {
Please tell us the date on which you will pay.} other {}}

Kind regards,
Accounts receivable`,
    },
    [DraftKind.FormalLetter]: {
      subject: 'Formal demand for payment: {total}',
      body: `Dear {client},

Despite our previous reminders, the following amounts remain unpaid:
{invoiceList}

Total due: {total}. Under the late-payment terms of our contract and the law, late payment accrues interest at {interestRate} a year: {interest} up to today, {today}, and it keeps accruing.

We ask you to pay the total by {replyBy}. We value our relationship and remain open to agreeing a short payment plan if you contact us before that date; without payment or an agreement, we will have to take further steps.

Yours sincerely,
Accounts receivable`,
    },
    [DraftKind.FinalNotice]: {
      subject: 'Final notice before further action: {total}',
      body: `Dear {client},

This is our final notice. {count, plural, one {One invoice remains} other {# invoices remain}} unpaid, the oldest for {oldestDays} days:
{invoiceList}

Total due: {total}, plus late-payment interest of {interest} at {interestRate} a year.

From today, new work is carried out only against payment in advance. We still prefer an agreement: we can offer a short instalment plan if you reply by {replyBy}. Without payment or an agreement by then, the matter passes to our lawyers.

Yours sincerely,
Accounts receivable`,
    },
    [DraftKind.LawyerLetter]: {
      subject: 'Claim for payment: {total}',
      body: `Dear {client},

On behalf of our client we claim payment of {total}, owed under the following invoices:
{invoiceList}

plus statutory late-payment interest of {interest} ({interestRate} a year) to {today}.

Unless the full amount is paid by {replyBy}, legal proceedings will be started without further notice, with the costs they bring.

Yours faithfully,
Legal counsel`,
    },
    [DraftKind.WriteOffDecision]: {
      subject: 'Decision: court or write-off for {client}',
      body: `{client} owes {total}, the oldest invoice {oldestDays} days past due:
{invoiceList}

Expected recovery: {recovery}. Cost of legal action: {legalCost}.
Rule: pursue in court only if the expected recovery exceeds the legal cost; otherwise write the debt off and close the file.`,
    },
    [DraftKind.ExecutiveEscalation]: {
      subject: '{client}: {total} overdue',
      body: `Dear CEO of {client},

I am writing to you directly because we value the relationship between our companies. {count, plural, one {One invoice} other {# invoices}} for {total} {count, plural, one {is} other {are}} overdue, the oldest by {oldestDays} days, and our reminders have not resolved it:
{invoiceList}

Could you ask your team to pay, or to give us a firm date, by {replyBy}?

Thank you for your help.`,
    },
    [DraftKind.TerminationNotice]: {
      subject: 'Notice of termination of our contract',
      body: `Dear {client},

After careful consideration we have decided to end our contract, with {noticeDays} days’ notice as the contract provides. The termination takes effect on {effectiveDate}.

We are taking this decision because the relationship no longer works on the terms we agreed: {count, plural, =0 {} one {one invoice for {total} remains unpaid.} other {# invoices for {total} remain unpaid.}}

Until {effectiveDate} we will complete what we owe you and hand over everything you need so that your work continues without disruption; a transition plan follows.

We thank you for the time we have worked together.

Yours sincerely`,
    },
    [DraftKind.TransitionPlan]: {
      subject: 'Transition plan to {effectiveDate}',
      body: `Dear {client},

To make the handover orderly before {effectiveDate}:
1. We will confirm with you the deliverables still owed and complete them.
2. We will hand over your data, access credentials and documentation.
3. A final invoice will be issued for the work done until then.
4. Access to our systems ends on {effectiveDate}.
{count, plural, =0 {} other {
Amount still open: {total}:
{invoiceList}
}}
Please tell us who on your side will receive the handover.

Kind regards`,
    },
    [DraftKind.TerminationTalkingPoints]: {
      subject: 'Talking points: ending the relationship with {client}',
      body: `- Open with thanks for the time worked together; keep it calm and short.
- State the decision clearly: the contract ends on {effectiveDate}, with {noticeDays} days’ notice.
- Give the reason once, with facts, not blame{count, plural, =0 {.} other {: {total} unpaid over {count, plural, one {one invoice} other {# invoices}}, the oldest {oldestDays} days past due.}}
- Show empathy: acknowledge the impact on their work.
- Set the limits: the decision is final; what we still deliver and until when.
- Explain the transition plan and ask who receives the handover.
- Do not argue past decisions or make new promises.`,
    },
    [DraftKind.CreditHoldNotice]: {
      subject: 'New work on prepayment: {client}',
      body: `Hello {client},

We value working with you, and we want to keep doing so. {reason, select, CREDIT_LIMIT_EXCEEDED {What is open on your account, {total}, is now above the credit limit we agreed of {creditLimit}} other {{count, plural, one {An invoice has} other {# invoices have}} been open for longer than our terms allow, the oldest by {oldestDays} days, for {total} in all}}:
{invoiceList}

So, from today, {today}, new work is carried out against payment in advance. Work already under way continues as agreed.

This is not the end of anything: as soon as the open balance is settled, or a payment plan is agreed and kept, we go back to the usual terms. If you reply by {replyBy}, we will gladly agree the dates with you.

Kind regards,
Accounts receivable`,
    },
  },
};
