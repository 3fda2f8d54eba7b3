import {
  type ClientFact,
  type ClientHistory,
  collectionView,
  DraftKind,
  DraftLocale,
  draftFactsOf,
  ExcuseCategory,
  foldClientHistory,
} from '@client-lifecycle/domain';
import { renderDraft } from './draft.renderer';

const fact = (eventId: string, day: string, event: ClientFact['event']): ClientFact => ({ eventId, occurredAt: `${day}T10:00:00Z`, event });

/**
 * Panadería Sol: invoice F-1 (2,400.00 €, due 14 March 2026) and F-2 (380.50 €, due 3 April 2026)
 * unpaid; on 20 March it said "the accountant is on holiday" without a date.
 */
function panaderiaSol(): ClientHistory {
  const clientId = 'panaderia-sol';
  const history = foldClientHistory([
    fact('e1', '2025-06-01', {
      type: 'ClientRegistered',
      data: {
        clientId,
        name: 'Panadería Sol',
        clientSince: '2025-06-01',
        contract: {
          paymentTermsDays: 30,
          noticePeriodDays: 15,
          exitClause: { text: 'Either party may end with 15 days notice', immediateExitFor: [] },
          startDate: '2025-06-01',
          endDate: null,
          hourlyRate: { amountMinor: 6_000, currency: 'EUR' },
          currency: 'EUR',
          contractedHoursPerMonth: 10,
        },
      },
    }),
    fact('e2', '2026-02-12', {
      type: 'InvoiceIssued',
      data: { clientId, invoiceId: 'F-1', amount: { amountMinor: 240_000, currency: 'EUR' }, issuedOn: '2026-02-12', dueDate: '2026-03-14', description: null },
    }),
    fact('e3', '2026-03-04', {
      type: 'InvoiceIssued',
      data: { clientId, invoiceId: 'F-2', amount: { amountMinor: 38_050, currency: 'EUR' }, issuedOn: '2026-03-04', dueDate: '2026-04-03', description: null },
    }),
    fact('e4', '2026-03-20', {
      type: 'ExcuseRecorded',
      data: { clientId, excuseId: 'X-1', invoiceId: 'F-1', category: ExcuseCategory.PersonOnHoliday, text: 'The accountant is on holiday', promisedDate: null },
    }),
  ]);
  if (!history) throw new Error('registered above');
  return history;
}

/** As the draft query renders it: facts as of the day, the ladder saying whether to ask for a date. */
const draftOn = (day: string, kind: DraftKind, locale: DraftLocale) => {
  const history = panaderiaSol();
  const chased = collectionView(history, day).invoices.find((invoice) => invoice.ladderActive);
  const { subject, body } = renderDraft(draftFactsOf(history, kind, day, { askForDate: chased?.askForDate ?? false }), locale);
  // Intl separates amount and € (and % in Spanish) with a no-break space: written here as a plain one.
  return `${subject}\n\n${body}`.replace(/\u00a0/g, ' ');
};

describe('drafts for a fixture client, in both languages', () => {
  it('the friendly reminder on 6 April lists both overdue invoices and asks for the date the excuse left out (ES)', () => {
    expect(draftOn('2026-04-06', DraftKind.FriendlyReminder, DraftLocale.ES)).toBe(`Un recordatorio amable

Hola, Panadería Sol:

Esperamos que todo vaya bien. A todos se nos traspapela alguna factura, así que solo queremos recordaros que en nuestros registros siguen pendientes 2 facturas por 2780,50 €:
- Factura F-1: 2400,00 €, con vencimiento el 14 de marzo de 2026, vencida hace 23 días
- Factura F-2: 380,50 €, con vencimiento el 3 de abril de 2026, vencida hace 3 días

Si el pago ya está en camino, muchas gracias y disculpad este mensaje. ¿Podríais indicarnos la fecha en la que podemos esperar el pago?

Un saludo,
Departamento de cobros`);
  });

  it('the same reminder in English', () => {
    expect(draftOn('2026-04-06', DraftKind.FriendlyReminder, DraftLocale.EN)).toBe(`A friendly reminder from us

Hello Panadería Sol,

We hope all is well. Invoices get misplaced all the time, so this is just a friendly note: our records show 2 invoices for €2,780.50 still open:
- Invoice F-1: €2,400.00, due on 14 March 2026, 23 days overdue
- Invoice F-2: €380.50, due on 3 April 2026, 3 days overdue

If it is already on its way, thank you and please ignore this message. Could you tell us the date on which we can expect the payment?

Kind regards,
Accounts receivable`);
  });

  it('the formal letter on 4 May quotes the interest accrued on each invoice (ES and EN)', () => {
    // 2,400.00 € for 51 days and 380.50 € for 31 days at 10.15% a year: 34.04 € + 3.28 €.
    expect(draftOn('2026-05-04', DraftKind.FormalLetter, DraftLocale.ES)).toContain(
      'el retraso devenga intereses al 10,15 % anual: 37,32 € hasta hoy, 4 de mayo de 2026',
    );
    expect(draftOn('2026-05-04', DraftKind.FormalLetter, DraftLocale.EN)).toContain(
      'late payment accrues interest at 10.15% a year: €37.32 up to today, 4 May 2026',
    );
  });

  it('the transition plan names the effective date fifteen days on, and what is still open (EN)', () => {
    expect(draftOn('2026-05-04', DraftKind.TransitionPlan, DraftLocale.EN)).toBe(`Transition plan to 19 May 2026

Dear Panadería Sol,

To make the handover orderly before 19 May 2026:
1. We will confirm with you the deliverables still owed and complete them.
2. We will hand over your data, access credentials and documentation.
3. A final invoice will be issued for the work done until then.
4. Access to our systems ends on 19 May 2026.

Amount still open: €2,780.50:
- Invoice F-1: €2,400.00, due on 14 March 2026, 51 days overdue
- Invoice F-2: €380.50, due on 3 April 2026, 31 days overdue

Please tell us who on your side will receive the handover.

Kind regards`);
  });

  it('the courtesy call before any due date lists the open invoice without calling it overdue (ES)', () => {
    expect(draftOn('2026-03-10', DraftKind.CourtesyCall, DraftLocale.ES)).toBe(`Llamada de cortesía: Panadería Sol

Llamar a Panadería Sol antes del vencimiento.
- Preguntar si todo funciona bien y si necesitan algo de nosotros.
- Confirmar que recibieron las 2 facturas por 2780,50 €:
- Factura F-1: 2400,00 €, con vencimiento el 14 de marzo de 2026
- Factura F-2: 380,50 €, con vencimiento el 3 de abril de 2026
- Agradecerles la confianza; sin presión, es una cortesía.`);
  });
});
