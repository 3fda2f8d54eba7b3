import { CreditHoldReason, type DraftFacts, DraftKind, DraftLocale } from '@client-lifecycle/domain';
import { renderDraft as render, type RenderedDraft } from './draft.renderer';

/** Intl puts a no-break space between amount and € (and before % in Spanish): the expected texts below write it as a plain space. */
const renderDraft = (...args: Parameters<typeof render>): RenderedDraft => {
  const draft = render(...args);
  return { ...draft, subject: draft.subject.replace(/\u00a0/g, ' '), body: draft.body.replace(/\u00a0/g, ' ') };
};

/** ACME on 15 March 2026: invoice A (1,234.56 €, due 9 February) and B (500.00 €, due 3 March) unpaid, an excuse without a date. */
const acme = (kind: DraftKind): DraftFacts => ({
  kind,
  clientName: 'ACME',
  currency: 'EUR',
  today: '2026-03-15',
  invoices: [
    { invoiceId: 'A', dueDate: '2026-02-09', openBalanceMinor: 123_456, daysPastDue: 34 },
    { invoiceId: 'B', dueDate: '2026-03-03', openBalanceMinor: 50_000, daysPastDue: 12 },
  ],
  totalMinor: 173_456,
  oldestDaysPastDue: 34,
  interestMinor: 1_334,
  annualInterestPercent: 10.15,
  askForDate: true,
  replyBy: '2026-03-22',
  noticeDays: 15,
  effectiveDate: '2026-03-30',
  expectedRecoveryMinor: 86_728,
  legalCostMinor: 150_000,
  hold: null,
});

describe('drafts in Spanish and English', () => {
  it('the friendly reminder in Spanish: no blame, the invoice list, and a question for the date the excuse lacked', () => {
    expect(renderDraft(acme(DraftKind.FriendlyReminder), DraftLocale.ES)).toEqual({
      kind: DraftKind.FriendlyReminder,
      locale: DraftLocale.ES,
      subject: 'Un recordatorio amable',
      body: `Hola, ACME:

Esperamos que todo vaya bien. A todos se nos traspapela alguna factura, así que solo queremos recordaros que en nuestros registros siguen pendientes 2 facturas por 1734,56 €:
- Factura A: 1234,56 €, con vencimiento el 9 de febrero de 2026, vencida hace 34 días
- Factura B: 500,00 €, con vencimiento el 3 de marzo de 2026, vencida hace 12 días

Si el pago ya está en camino, muchas gracias y disculpad este mensaje. ¿Podríais indicarnos la fecha en la que podemos esperar el pago?

Un saludo,
Departamento de cobros`,
    });
  });

  it('the friendly reminder in English, without an excuse to answer, offers help instead', () => {
    const { subject, body } = renderDraft({ ...acme(DraftKind.FriendlyReminder), askForDate: false }, DraftLocale.EN);

    expect(subject).toBe('A friendly reminder from us');
    expect(body).toBe(`Hello ACME,

We hope all is well. Invoices get misplaced all the time, so this is just a friendly note: our records show 2 invoices for €1,734.56 still open:
- Invoice A: €1,234.56, due on 9 February 2026, 34 days overdue
- Invoice B: €500.00, due on 3 March 2026, 12 days overdue

If it is already on its way, thank you and please ignore this message. If anything is holding it up, let us know and we will gladly help.

Kind regards,
Accounts receivable`);
  });

  it('the formal letter quotes the late-payment interest and its rate, formatted for each locale', () => {
    const es = renderDraft(acme(DraftKind.FormalLetter), DraftLocale.ES).body;
    const en = renderDraft(acme(DraftKind.FormalLetter), DraftLocale.EN).body;

    expect(es).toContain(
      'Total adeudado: 1734,56 €. Conforme a las condiciones de morosidad de nuestro contrato y a la ley, el retraso devenga intereses al 10,15 % anual: 13,34 € hasta hoy, 15 de marzo de 2026, y siguen devengándose.',
    );
    expect(en).toContain(
      'Total due: €1,734.56. Under the late-payment terms of our contract and the law, late payment accrues interest at 10.15% a year: €13.34 up to today, 15 March 2026, and it keeps accruing.',
    );
  });

  it('the termination notice gives the reason, the notice and the effective date', () => {
    expect(renderDraft(acme(DraftKind.TerminationNotice), DraftLocale.EN).body).toBe(`Dear ACME,

After careful consideration we have decided to end our contract, with 15 days’ notice as the contract provides. The termination takes effect on 30 March 2026.

We are taking this decision because the relationship no longer works on the terms we agreed: 2 invoices for €1,734.56 remain unpaid.

Until 30 March 2026 we will complete what we owe you and hand over everything you need so that your work continues without disruption; a transition plan follows.

We thank you for the time we have worked together.

Yours sincerely`);
  });

  it('the talking points in Spanish state the decision, one reason and the limits', () => {
    expect(renderDraft(acme(DraftKind.TerminationTalkingPoints), DraftLocale.ES).body)
      .toBe(`- Empezar agradeciendo el tiempo trabajado juntos; con calma y brevedad.
- Comunicar la decisión con claridad: el contrato termina el 30 de marzo de 2026, con 15 días de preaviso.
- Dar el motivo una sola vez, con hechos y sin culpas: 1734,56 € impagados en 2 facturas, la más antigua con 34 días de retraso.
- Mostrar empatía: reconocer el impacto en su trabajo.
- Marcar los límites: la decisión es firme; qué entregamos todavía y hasta cuándo.
- Explicar el plan de transición y preguntar quién recibe el traspaso.
- No discutir decisiones pasadas ni hacer nuevas promesas.`);
  });

  it('the credit-hold notice in English: friendly, firm about prepayment, and the limit as its reason', () => {
    const facts: DraftFacts = { ...acme(DraftKind.CreditHoldNotice), hold: { reason: CreditHoldReason.CreditLimitExceeded, creditLimitMinor: 150_000 } };

    expect(renderDraft(facts, DraftLocale.EN)).toEqual({
      kind: DraftKind.CreditHoldNotice,
      locale: DraftLocale.EN,
      subject: 'New work on prepayment: ACME',
      body: `Hello ACME,

We value working with you, and we want to keep doing so. What is open on your account, €1,734.56, is now above the credit limit we agreed of €1,500.00:
- Invoice A: €1,234.56, due on 9 February 2026, 34 days overdue
- Invoice B: €500.00, due on 3 March 2026, 12 days overdue

So, from today, 15 March 2026, new work is carried out against payment in advance. Work already under way continues as agreed.

This is not the end of anything: as soon as the open balance is settled, or a payment plan is agreed and kept, we go back to the usual terms. If you reply by 22 March 2026, we will gladly agree the dates with you.

Kind regards,
Accounts receivable`,
    });
  });

  it('the credit-hold notice in Spanish gives the overdue invoices as its reason when the risk advised it', () => {
    const facts: DraftFacts = { ...acme(DraftKind.CreditHoldNotice), hold: { reason: CreditHoldReason.PaymentRisk, creditLimitMinor: null } };

    const { subject, body } = renderDraft(facts, DraftLocale.ES);

    expect(subject).toBe('Nuevos trabajos con pago por adelantado: ACME');
    expect(body).toContain('2 facturas llevan abiertas más tiempo del que permiten nuestras condiciones, la más antigua 34 días, por 1734,56 € en total:');
    expect(body).toContain('Por ello, desde hoy, 15 de marzo de 2026, los nuevos trabajos se realizarán con pago por adelantado.');
    expect(body).not.toContain('límite');
  });

  it('a single invoice reads in the singular', () => {
    const one = { ...acme(DraftKind.FirmReminder), invoices: [acme(DraftKind.FirmReminder).invoices[0]], totalMinor: 123_456 };

    expect(renderDraft(one, DraftLocale.ES).body).toContain('la siguiente factura está vencida, la más antigua desde hace 34 días:\n- Factura A: 1234,56 €');
    expect(renderDraft(one, DraftLocale.EN).body).toContain(
      'the following invoice is now overdue, the oldest by 34 days:\n- Invoice A: €1,234.56, due on 9 February 2026, 34 days overdue',
    );
  });

  it('every kind renders in both locales with no argument left unfilled', () => {
    for (const kind of Object.values(DraftKind))
      for (const locale of Object.values(DraftLocale)) {
        const { subject, body } = renderDraft(acme(kind), locale);
        expect(`${subject}\n${body}`).not.toMatch(/[{}]/);
        expect(`${subject}\n${body}`).toContain('ACME');
      }
  });
});
